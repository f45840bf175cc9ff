# generated: do not edit, run make codegen
"""Operations of the `Patients` tag of Orthanc's REST API (generated), in groups: main, archive, attachments, labels, metadata, navigation, tags."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._generated.api.patients._archive import PatientsArchiveOperations
from aiorthanc._generated.api.patients._attachments import PatientsAttachmentsOperations
from aiorthanc._generated.api.patients._labels import PatientsLabelsOperations
from aiorthanc._generated.api.patients._main import PatientsMainOperations
from aiorthanc._generated.api.patients._metadata import PatientsMetadataOperations
from aiorthanc._generated.api.patients._navigation import PatientsNavigationOperations
from aiorthanc._generated.api.patients._tags import PatientsTagsOperations

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["PatientsApi"]


class PatientsApi(
    PatientsMainOperations,
    PatientsArchiveOperations,
    PatientsAttachmentsOperations,
    PatientsLabelsOperations,
    PatientsMetadataOperations,
    PatientsNavigationOperations,
    PatientsTagsOperations,
):
    """The 42 operations of the `Patients` tag: `orthanc.api.patients.<name>(...)`."""

    def __init__(self, session: Session) -> None:
        self._session = session
