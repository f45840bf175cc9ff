# generated: do not edit, run make codegen
"""Operations of the `Series` tag of Orthanc's REST API (generated), in groups: main, archive, attachments, labels, metadata, navigation, tags."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._generated.api.series._archive import SeriesArchiveOperations
from aiorthanc._generated.api.series._attachments import SeriesAttachmentsOperations
from aiorthanc._generated.api.series._labels import SeriesLabelsOperations
from aiorthanc._generated.api.series._main import SeriesMainOperations
from aiorthanc._generated.api.series._metadata import SeriesMetadataOperations
from aiorthanc._generated.api.series._navigation import SeriesNavigationOperations
from aiorthanc._generated.api.series._tags import SeriesTagsOperations

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["SeriesApi"]


class SeriesApi(
    SeriesMainOperations,
    SeriesArchiveOperations,
    SeriesAttachmentsOperations,
    SeriesLabelsOperations,
    SeriesMetadataOperations,
    SeriesNavigationOperations,
    SeriesTagsOperations,
):
    """The 42 operations of the `Series` tag: `orthanc.api.series.<name>(...)`."""

    def __init__(self, session: Session) -> None:
        self._session = session
