"""QIDO-RS: searches for studies, series and instances, paged lazily."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, TypedDict
from urllib.parse import quote, urlencode

from aiorthanc._constants import DEFAULT_QIDO_PAGE_SIZE
from aiorthanc._dicomweb._common import DicomJson, json_list, resource_path, to_dataset
from aiorthanc._session import Session
from aiorthanc._types import TimeoutTypes, UseDefault

if TYPE_CHECKING:
    import pydicom

__all__ = [
    "ACCEPT_DICOM_JSON",
    "QidoSearch",
    "QidoValue",
    "SearchOptions",
    "qido_params",
    "search_path",
]

QidoValue = str | int | Sequence[str]
"""A QIDO-RS match value: text (wildcards `*` `?`, date ranges `20240101-20241231`), a number,
or a list of UIDs (matches any of them)."""


class SearchOptions(TypedDict, total=False):
    """The options of a QIDO-RS search (keyword arguments of `DicomWeb.search_*`)."""

    fuzzy: bool
    """Fuzzy matching of person names (`fuzzymatching=true`); default False."""
    include_fields: Sequence[str] | str
    """Attributes added to the results: keywords or tags, or "all"."""
    limit: int | None
    """At most this many results in all; default: no limit."""
    offset: int
    """Skip this many results first; default 0."""
    page_size: int
    """Results per request; default `DEFAULT_QIDO_PAGE_SIZE`."""
    timeout: TimeoutTypes | UseDefault
    """The timeout of each request."""


ACCEPT_DICOM_JSON = {"Accept": "application/dicom+json"}

# The DICOMweb plugin of Orthanc 1.10.1 does not percent-decode query values: `PatientID=DW%2A`
# matches nothing where `DW*` matches. Characters legal in a query are therefore sent as they
# are; only those that would break it (& # + % = space, non-ASCII) are escaped.
_QUERY_SAFE = "*?^,-.:/_~!$'();@"


def qido_params(
    query: Mapping[str, QidoValue] | None,
    *,
    fuzzy: bool,
    include_fields: Sequence[str] | str,
) -> dict[str, str | int]:
    """The query string of a search: attribute filters (keywords or tags), fuzzymatching,
    includefield ("all", or a list of keywords or tags)."""
    params: dict[str, str | int] = {}
    for key, value in (query or {}).items():
        if key.lower() in ("limit", "offset", "includefield", "fuzzymatching"):
            raise ValueError(f"{key!r} is an argument of the search, not an attribute filter")
        params[key] = value if isinstance(value, str | int) else ",".join(value)
    if fuzzy:
        params["fuzzymatching"] = "true"
    fields = [include_fields] if isinstance(include_fields, str) else list(include_fields)
    if fields:
        params["includefield"] = ",".join(fields)
    return params


class QidoSearch:
    """A QIDO-RS search, sent when iterated: `async for item in search` gives each match as a
    dict in the DICOM JSON model; `search.datasets()` gives pydicom Datasets.

    Pages of `page_size` results are asked for one at a time (QIDO `limit`/`offset`), so a
    large result set streams in bounded memory. `limit` and `offset` bound the whole search.
    """

    def __init__(
        self,
        session: Session,
        path: str,
        params: Mapping[str, str | int],
        *,
        limit: int | None,
        offset: int,
        page_size: int,
        timeout: TimeoutTypes | UseDefault,
    ) -> None:
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, got {page_size}")
        if offset < 0 or (limit is not None and limit < 0):
            raise ValueError("limit and offset must not be negative")
        self._session = session
        self._path = path
        self._params = dict(params)
        self._limit = limit
        self._offset = offset
        self._page_size = page_size
        self._timeout = timeout

    def __repr__(self) -> str:
        return f"QidoSearch({self._path!r}, {self._params!r})"

    def __aiter__(self) -> AsyncIterator[DicomJson]:
        return self._results()

    async def _results(self) -> AsyncIterator[DicomJson]:
        offset, remaining = self._offset, self._limit
        while remaining is None or remaining > 0:
            size = self._page_size if remaining is None else min(self._page_size, remaining)
            page = await self.page(offset=offset, limit=size)
            for item in page:
                yield item
            if len(page) < size:
                return
            offset += len(page)
            remaining = None if remaining is None else remaining - len(page)

    async def page(
        self, *, offset: int = 0, limit: int = DEFAULT_QIDO_PAGE_SIZE
    ) -> list[DicomJson]:
        """One page of results: a single request with these `offset` and `limit`."""
        query = urlencode(
            {**self._params, "limit": limit, "offset": offset}, safe=_QUERY_SAFE, quote_via=quote
        )
        response = await self._session.request(
            "GET", f"{self._path}?{query}", headers=ACCEPT_DICOM_JSON, timeout=self._timeout
        )
        return json_list(response)

    async def all(self) -> list[DicomJson]:
        """Every result (bounded by `limit` when given)."""
        return [item async for item in self]

    async def datasets(self) -> AsyncIterator[pydicom.Dataset]:
        """The results as pydicom Datasets (needs pydicom)."""
        async for item in self:
            yield to_dataset(item)


def search_path(root: str, level: str, study: str | None, series: str | None) -> str:
    """The QIDO-RS route of a search at `level`, within a study or series when given."""
    if study is None and series is None:
        return f"{root}/{level}"
    return f"{resource_path(root, study, series)}/{level}"
