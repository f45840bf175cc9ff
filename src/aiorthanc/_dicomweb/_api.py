"""`DicomWeb`: QIDO-RS, WADO-RS and STOW-RS on a `Session`; `DicomWebClient` for any server."""

from __future__ import annotations

import functools
import os
from collections.abc import AsyncGenerator, AsyncIterator, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from typing_extensions import Self, Unpack

from aiorthanc._constants import (
    DEFAULT_DICOMWEB_ROOT,
    DEFAULT_MAX_PART_BYTES,
    DEFAULT_QIDO_PAGE_SIZE,
    DEFAULT_STOW_BATCH_BYTES,
    DEFAULT_STOW_BATCH_FILES,
    DEFAULT_STOW_CONCURRENCY,
)
from aiorthanc._dicomweb._common import DicomJson, json_list, resource_path
from aiorthanc._dicomweb._multipart import MultipartError, Part, read_parts
from aiorthanc._dicomweb._qido import (
    ACCEPT_DICOM_JSON,
    QidoSearch,
    QidoValue,
    SearchOptions,
    qido_params,
)
from aiorthanc._dicomweb._qido import search_path as _search_path
from aiorthanc._dicomweb._servers import DicomWebServers
from aiorthanc._dicomweb._stow import StowReport, StowSource, store
from aiorthanc._dicomweb._wado import (
    Frame,
    accept_dicom,
    accept_frames,
    bulk_path,
    open_parts,
    read_dataset,
    read_frames,
    save_instances,
)
from aiorthanc._session import Session
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    import pydicom

__all__ = ["DicomWeb", "DicomWebClient", "RetrieveOptions"]


class RetrieveOptions(TypedDict, total=False):
    """The options of `DicomWeb.save` and `DicomWeb.datasets` (those of `retrieve`)."""

    transfer_syntax: str | None
    """"*" (the default): the files as stored; a UID: transcoded; None: the server's default."""
    timeout: TimeoutTypes | UseDefault
    """The timeout of the request."""


class DicomWeb:
    """DICOMweb (QIDO-RS, WADO-RS, STOW-RS) through a session: `orthanc.dicomweb`, or
    `DicomWebClient(url)` for any DICOMweb server.

    Same auth, retries, timeouts and errors as every other call of the session. UIDs are
    DICOM UIDs (StudyInstanceUID, ...), not Orthanc's IDs.

    Args:
        session: the session requests go through.
        root: the path of the DICOMweb service under the session's URL ("/dicom-web" for
            Orthanc's plugin, "" when the session's URL is the service's own).
        max_part_bytes: the largest part held in memory (Datasets, frames, bulk data);
            files saved to disk are streamed whatever their size.
    """

    def __init__(
        self,
        session: Session,
        root: str = DEFAULT_DICOMWEB_ROOT,
        *,
        max_part_bytes: int = DEFAULT_MAX_PART_BYTES,
    ) -> None:
        if root and not root.startswith("/"):
            raise ValueError(f"root must start with '/', got {root!r}")
        self._session = session
        self._root = root.rstrip("/")
        self._max_part_bytes = max_part_bytes

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self._session.url + self._root!r})"

    @property
    def session(self) -> Session:
        """The session requests go through."""
        return self._session

    @functools.cached_property
    def servers(self) -> DicomWebServers:
        """Orthanc as a DICOMweb client: its remote DICOMweb servers (`/dicom-web/servers`)."""
        return DicomWebServers(self._session, self._root)

    # -- QIDO-RS ---------------------------------------------------------------------------------

    def search_studies(
        self, query: Mapping[str, QidoValue] | None = None, **options: Unpack[SearchOptions]
    ) -> QidoSearch:
        """Search studies: `async for study in dicomweb.search_studies({"PatientID": "P*"})`.

        `query` maps attribute keywords or tags to match values (wildcards, date ranges, UID
        lists). The options (`SearchOptions`): `fuzzy` asks for fuzzy matching of person
        names; `include_fields` adds attributes to the results ("all" for all); iterating
        sends one request per `page_size` results; `limit` and `offset` bound the whole
        search; `timeout` is that of each request.
        """
        return self._search("studies", query, None, None, options)

    def search_series(
        self,
        query: Mapping[str, QidoValue] | None = None,
        *,
        study: str | None = None,
        **options: Unpack[SearchOptions],
    ) -> QidoSearch:
        """Search series, in all studies or within `study`; options as `search_studies`."""
        return self._search("series", query, study, None, options)

    def search_instances(
        self,
        query: Mapping[str, QidoValue] | None = None,
        *,
        study: str | None = None,
        series: str | None = None,
        **options: Unpack[SearchOptions],
    ) -> QidoSearch:
        """Search instances, everywhere, within `study`, or within `study` and `series`."""
        return self._search("instances", query, study, series, options)

    def _search(
        self,
        level: str,
        query: Mapping[str, QidoValue] | None,
        study: str | None,
        series: str | None,
        options: SearchOptions,
    ) -> QidoSearch:
        params = qido_params(
            query,
            fuzzy=options.get("fuzzy", False),
            include_fields=options.get("include_fields", ()),
        )
        return QidoSearch(
            self._session,
            _search_path(self._root, level, study, series),
            params,
            limit=options.get("limit"),
            offset=options.get("offset", 0),
            page_size=options.get("page_size", DEFAULT_QIDO_PAGE_SIZE),
            timeout=options.get("timeout", USE_DEFAULT),
        )

    # -- WADO-RS ---------------------------------------------------------------------------------

    @asynccontextmanager
    async def retrieve(
        self,
        study: str,
        series: str | None = None,
        instance: str | None = None,
        *,
        transfer_syntax: str | None = "*",
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AsyncIterator[AsyncGenerator[Part, None]]:
        """The instances of a study, series or instance as multipart parts, read as they arrive::

            async with dicomweb.retrieve(study_uid) as parts:
                async for part in parts:
                    async for chunk in part.iter_bytes():
                        ...

        `transfer_syntax="*"` (the default) asks for the files as stored; give a UID to ask
        the server to transcode, or None for the server's default (Explicit VR Little Endian).
        """
        path = resource_path(self._root, study, series, instance)
        accept = accept_dicom(transfer_syntax)
        async with open_parts(self._session, path, accept, timeout=timeout) as parts:
            yield parts

    async def save(
        self,
        folder: str | os.PathLike[str],
        study: str,
        series: str | None = None,
        instance: str | None = None,
        **options: Unpack[RetrieveOptions],
    ) -> list[Path]:
        """Retrieve a study, series or instance into `folder` as `<SOPInstanceUID>.dcm` files.

        Streamed: memory stays bounded whatever the size. Each file appears complete (written
        to a temporary file, then renamed); a broken answer raises `MultipartError` and leaves
        no partial file. Returns the paths written. The options (`transfer_syntax`,
        `timeout`) are those of `retrieve`.
        """
        async with self.retrieve(study, series, instance, **options) as parts:
            return await save_instances(parts, Path(folder))

    async def datasets(
        self,
        study: str,
        series: str | None = None,
        instance: str | None = None,
        **options: Unpack[RetrieveOptions],
    ) -> AsyncIterator[pydicom.Dataset]:
        """The instances of a study, series or instance as pydicom Datasets, one at a time.

        Each instance is held in memory once (at most `max_part_bytes`). Stopping early: wrap
        in `contextlib.aclosing` so that the answer is closed at once.
        """
        async with self.retrieve(study, series, instance, **options) as parts:
            async for part in parts:
                yield await read_dataset(part, self._max_part_bytes)

    async def metadata(
        self,
        study: str,
        series: str | None = None,
        instance: str | None = None,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[DicomJson]:
        """The metadata of each instance (DICOM JSON; pixel data as a BulkDataURI)."""
        path = resource_path(self._root, study, series, instance) + "/metadata"
        response = await self._session.request(
            "GET", path, headers=ACCEPT_DICOM_JSON, timeout=timeout
        )
        return json_list(response)

    async def frames(
        self,
        study: str,
        series: str,
        instance: str,
        numbers: Sequence[int],
        *,
        media_type: str = "application/octet-stream",
        transfer_syntaxes: Sequence[str] = ("*",),
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[Frame]:
        """Frames of an instance (numbered from 1), in the order asked for.

        `transfer_syntaxes` lists the acceptable ones in order of preference ("*": as stored;
        empty: the server's default); each `Frame` says which one the server chose.
        """
        if not numbers or any(n < 1 for n in numbers):
            raise ValueError("frame numbers start at 1; give at least one")
        path = resource_path(self._root, study, series, instance)
        path += "/frames/" + ",".join(str(n) for n in numbers)
        accept = accept_frames(media_type, transfer_syntaxes)
        async with self._session.stream(
            "GET", path, headers={"Accept": accept}, timeout=timeout
        ) as answer:
            content_type = answer.headers.get("content-type", "")
            parts = read_parts(answer.aiter_bytes(), content_type)
            try:
                return await read_frames(parts, numbers, content_type, self._max_part_bytes)
            finally:
                await parts.aclose()

    async def rendered(
        self,
        study: str,
        series: str | None = None,
        instance: str | None = None,
        *,
        frame: int | None = None,
        media_type: str = "image/png",
        params: Mapping[str, str | int | float] | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """A rendered image (or `frame` of an instance) in `media_type`; `params` are the
        rendering options of PS3.18 (`viewport`, `quality`, `window`, ...)."""
        path = resource_path(self._root, study, series, instance)
        if frame is not None:
            if instance is None:
                raise ValueError("a frame is rendered from an instance: give instance= too")
            path += f"/frames/{int(frame)}"
        response = await self._session.request(
            "GET",
            path + "/rendered",
            params=params,
            headers={"Accept": media_type},
            timeout=timeout,
        )
        return response.content

    async def bulkdata(
        self, uri: str, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> bytes:
        """The bytes behind a BulkDataURI of `metadata()` (on this server only)."""
        path = bulk_path(self._session.url, uri)
        accept = "multipart/related; type=application/octet-stream"
        async with open_parts(self._session, path, accept, timeout=timeout) as parts:
            async for part in parts:
                return await part.read(self._max_part_bytes)
        raise MultipartError(f"the bulk data answer of {uri!r} has no part")

    # -- STOW-RS ---------------------------------------------------------------------------------

    async def store(
        self,
        sources: Iterable[StowSource],
        *,
        study: str | None = None,
        batch_files: int = DEFAULT_STOW_BATCH_FILES,
        batch_bytes: int = DEFAULT_STOW_BATCH_BYTES,
        concurrency: int = DEFAULT_STOW_CONCURRENCY,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StowReport:
        """Store instances with STOW-RS: one outcome per source in the report.

        `sources` are file paths, bytes of DICOM files or pydicom Datasets. They go in
        streamed `multipart/related` bodies of up to `batch_files` files and `batch_bytes`
        bytes, `concurrency` requests in flight. A source the server refuses (not DICOM, of
        another `study`, ...) is reported failed with its reason; the others are stored.
        """
        path = resource_path(self._root, study)
        return await store(
            self._session,
            path,
            sources,
            batch_files=batch_files,
            batch_bytes=batch_bytes,
            concurrency=concurrency,
            timeout=timeout,
        )


class DicomWebClient(DicomWeb):
    """A DICOMweb client of any server: `DicomWebClient("https://pacs.example/dicom-web")`.

    The keyword arguments are those of `Session` (`auth=`, `token=`, `headers=`, `timeout=`,
    `retries=`, ...); `url` is the service's root, with its path prefix. Use it as an async
    context manager so that its connections are closed.
    """

    def __init__(
        self, url: str, *, max_part_bytes: int = DEFAULT_MAX_PART_BYTES, **session: Any
    ) -> None:
        super().__init__(Session(url, **session), "", max_part_bytes=max_part_bytes)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connections."""
        await self._session.aclose()
