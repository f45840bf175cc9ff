# generated: do not edit, run make codegen
"""The operations that every resource level has alike, one class per group (generated)."""

from aiorthanc._generated.api._shared.attachments import ResourceAttachmentsOperations
from aiorthanc._generated.api._shared.main import ResourceMainOperations
from aiorthanc._generated.api._shared.metadata import ResourceMetadataOperations

__all__ = [
    "ResourceAttachmentsOperations",
    "ResourceMainOperations",
    "ResourceMetadataOperations",
]
