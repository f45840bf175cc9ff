"""Collections of one level: `orthanc.studies.get(id)`, `.all()`, `.find(...)`."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Mapping
from contextlib import aclosing
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from aiorthanc._facade._base import Resource
from aiorthanc._facade._find import (
    DEFAULT_METADATA_CONCURRENCY,
    DEFAULT_PAGE_SIZE,
    MetadataMatcher,
    QueryValue,
    find_json,
)
from aiorthanc._facade._levels import Instance, Patient, Series, Study
from aiorthanc._facade._paging import list_page, paginate

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = [
    "InstanceCollection",
    "PatientCollection",
    "ResourceCollection",
    "SeriesCollection",
    "StudyCollection",
]

R = TypeVar("R", bound=Resource[Any])


class ResourceCollection(Generic[R]):
    """All resources of one level on a server."""

    def __init__(self, client: Session, resource_type: type[R]) -> None:
        self._client = client
        self._type = resource_type

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._client!r})"

    @property
    def resource_type(self) -> type[R]:
        """The class of the resources (`Patient`, `Study`, ...)."""
        return self._type

    async def get(self, resource_id: str) -> R:
        """One resource by Orthanc ID (one request).

        Raises:
            NotFoundError: when the server has no such resource.
        """
        return await self._type.fetch(self._client, resource_id)

    async def ids(self) -> list[str]:
        """The Orthanc IDs of all resources of this level (one request)."""
        data = await self._client.get_json(f"/{self._type.route}")
        return [str(i) for i in data]

    async def all(self, *, page_size: int = DEFAULT_PAGE_SIZE) -> AsyncGenerator[R, None]:
        """Every resource of this level, fetched `page_size` at a time (expanded answers).

        Paging is by offset: resources deleted while iterating may shift a page and be skipped.
        """
        listing = partial(list_page, self._client, self._type.route)
        async with aclosing(paginate(listing, page_size)) as pages:
            async for page in pages:
                for item in page:
                    yield self._type.from_json(self._client, item)

    async def find(
        self,
        query: Mapping[str, QueryValue] | None = None,
        *,
        case_sensitive: bool | None = None,
        metadata: Mapping[str, MetadataMatcher] | None = None,
        order_by: str | Callable[[R], Any] | None = None,
        descending: bool = False,
        offset: int = 0,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        metadata_concurrency: int = DEFAULT_METADATA_CONCURRENCY,
    ) -> AsyncGenerator[R, None]:
        """Resources matching a query, as an async iterator over typed resources.

        ::

            async for study in orthanc.studies.find(
                {"PatientName": "DOE^*", "StudyDate": DateRange(date(2024, 1, 1), None)},
                metadata={"1024": "^reviewed"},
                order_by="StudyDate",
            ):
                ...

        Args:
            query: main DICOM tags by keyword; values may use DICOM wildcards (``*``, ``?``), be
                a `date`, a `DateRange`, or a list of values any of which may match. Tags of the
                levels above may be used too (``PatientName`` when finding studies).
            case_sensitive: override the server's `CaseSensitivePN` for this query.
            metadata: metadata criteria, checked here (one request per candidate, up to
                `metadata_concurrency` at once): a regex matched at the start of the value, or
                a predicate of the value (None when missing).
            order_by: a main DICOM tag keyword or a key function of the resource; sorting
                reads every match before yielding the first.
            descending: reverse the sort.
            offset: number of (filtered, sorted) matches to skip.
            limit: maximum number of resources to yield.
            page_size: matches per `/tools/find` request.
            metadata_concurrency: metadata requests in flight at once.

        Raises:
            APIStatusError: the first failed request, as itself (e.g. `InternalServerError`),
                also when it is one of the concurrent metadata requests. A candidate deleted
                before its metadata is read is skipped, not an error.
        """
        key: str | Callable[[dict[str, Any]], Any] | None
        if order_by is None or isinstance(order_by, str):
            key = order_by
        else:
            user_key = order_by
            key = lambda raw: user_key(self._type.from_json(self._client, raw))  # noqa: E731
        async for raw in find_json(
            self._client,
            self._type.level,
            query,
            case_sensitive=case_sensitive,
            metadata=metadata,
            order_by=key,
            descending=descending,
            offset=offset,
            limit=limit,
            page_size=page_size,
            metadata_concurrency=metadata_concurrency,
        ):
            yield self._type.from_json(self._client, raw)

    async def first(self, query: Mapping[str, QueryValue] | None = None) -> R | None:
        """The first resource matching `query`, or None (one request)."""
        async with aclosing(self.find(query, limit=1)) as found:
            async for resource in found:
                return resource
        return None


class PatientCollection(ResourceCollection[Patient]):
    """All patients of a server: ``PatientCollection(orthanc)`` or ``orthanc.patients``."""

    def __init__(self, client: Session) -> None:
        super().__init__(client, Patient)


class StudyCollection(ResourceCollection[Study]):
    """All studies of a server: ``StudyCollection(orthanc)`` or ``orthanc.studies``."""

    def __init__(self, client: Session) -> None:
        super().__init__(client, Study)


class SeriesCollection(ResourceCollection[Series]):
    """All series of a server: ``SeriesCollection(orthanc)`` or ``orthanc.series``."""

    def __init__(self, client: Session) -> None:
        super().__init__(client, Series)


class InstanceCollection(ResourceCollection[Instance]):
    """All instances of a server: ``InstanceCollection(orthanc)`` or ``orthanc.instances``."""

    def __init__(self, client: Session) -> None:
        super().__init__(client, Instance)
