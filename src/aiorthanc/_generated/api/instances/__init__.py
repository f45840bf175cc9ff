# generated: do not edit, run make codegen
"""Operations of the `Instances` tag of Orthanc's REST API (generated), in groups: main, attachments, content, frames, labels, metadata, navigation, rendering, tags."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._generated.api.instances._attachments import InstancesAttachmentsOperations
from aiorthanc._generated.api.instances._content import InstancesContentOperations
from aiorthanc._generated.api.instances._frames import InstancesFramesOperations
from aiorthanc._generated.api.instances._labels import InstancesLabelsOperations
from aiorthanc._generated.api.instances._main import InstancesMainOperations
from aiorthanc._generated.api.instances._metadata import InstancesMetadataOperations
from aiorthanc._generated.api.instances._navigation import InstancesNavigationOperations
from aiorthanc._generated.api.instances._rendering import InstancesRenderingOperations
from aiorthanc._generated.api.instances._tags import InstancesTagsOperations

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["InstancesApi"]


class InstancesApi(
    InstancesMainOperations,
    InstancesAttachmentsOperations,
    InstancesContentOperations,
    InstancesFramesOperations,
    InstancesLabelsOperations,
    InstancesMetadataOperations,
    InstancesNavigationOperations,
    InstancesRenderingOperations,
    InstancesTagsOperations,
):
    """The 61 operations of the `Instances` tag: `orthanc.api.instances.<name>(...)`."""

    def __init__(self, session: Session) -> None:
        self._session = session
