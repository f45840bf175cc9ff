# generated: do not edit, run make codegen
"""Operations of the `Studies` tag of Orthanc's REST API (generated), in groups: main, archive, attachments, labels, metadata, modification, navigation, tags."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._generated.api.studies._archive import StudiesArchiveOperations
from aiorthanc._generated.api.studies._attachments import StudiesAttachmentsOperations
from aiorthanc._generated.api.studies._labels import StudiesLabelsOperations
from aiorthanc._generated.api.studies._main import StudiesMainOperations
from aiorthanc._generated.api.studies._metadata import StudiesMetadataOperations
from aiorthanc._generated.api.studies._modification import StudiesModificationOperations
from aiorthanc._generated.api.studies._navigation import StudiesNavigationOperations
from aiorthanc._generated.api.studies._tags import StudiesTagsOperations

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["StudiesApi"]


class StudiesApi(
    StudiesMainOperations,
    StudiesArchiveOperations,
    StudiesAttachmentsOperations,
    StudiesLabelsOperations,
    StudiesMetadataOperations,
    StudiesModificationOperations,
    StudiesNavigationOperations,
    StudiesTagsOperations,
):
    """The 43 operations of the `Studies` tag: `orthanc.api.studies.<name>(...)`."""

    def __init__(self, session: Session) -> None:
        self._session = session
