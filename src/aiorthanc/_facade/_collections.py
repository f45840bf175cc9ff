"""Collections of one level: `orthanc.studies.get(id)`, `.all()`, `.find(...)`."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Iterable, Mapping
from contextlib import aclosing
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from aiorthanc._constants import DEFAULT_PAGE_SIZE
from aiorthanc._facade._base import Resource
from aiorthanc._facade._find import answer_key, count_json, find_json
from aiorthanc._facade._levels import Instance, Patient, Series, Study
from aiorthanc._facade._options import takes_options
from aiorthanc._facade._paging import list_page
from aiorthanc._facade._query import CountOptions, FindOptions, QueryValue
from aiorthanc._facade._snapshot import snapshot_pages
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

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
        self._resource_type = resource_type

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._client!r})"

    @property
    def resource_type(self) -> type[R]:
        """The class of the resources (`Patient`, `Study`, ...)."""
        return self._resource_type

    async def get(self, resource_id: str, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> R:
        """One resource by Orthanc ID (one request).

        Raises:
            NotFoundError: when the server has no such resource.
        """
        return await self._resource_type.fetch(self._client, resource_id, timeout=timeout)

    def handle(self, resource_id: str) -> R:
        """The resource with this Orthanc ID, without a request (see `Resource.from_id`).

        ``orthanc.instances.handle(change.id)`` downloads, modifies or deletes at once; its
        info needs ``await .refresh()``. Use `get()` to read it (and learn whether it exists).
        """
        return self._resource_type.from_id(self._client, resource_id)

    async def delete(
        self,
        resources: str | R | Iterable[str | R],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Delete resources by Orthanc ID (or resource), with their children, in one request.

        ``await orthanc.studies.delete(change.id)`` needs no GET first. Several go in one
        ``/tools/bulk-delete``; IDs the server does not have are ignored.
        """
        items = [resources] if isinstance(resources, (str, Resource)) else list(resources)
        ids = [item.id if isinstance(item, Resource) else item for item in items]
        if ids:
            body = {"Resources": ids}
            await self._client.post_json("/tools/bulk-delete", body, timeout=timeout)

    async def ids(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> list[str]:
        """The Orthanc IDs of all resources of this level (one request)."""
        answer = await self._client.get_json(f"/{self._resource_type.route}", timeout=timeout)
        return [str(i) for i in answer]

    async def all(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AsyncGenerator[R, None]:
        """Every resource of this level, fetched `page_size` at a time (expanded answers).

        The resources are those listed when the iteration starts (their IDs are read first, one
        request), each given once; the loop may delete or modify them as it goes without
        making others skipped (``async for s in orthanc.studies.all(): await s.delete()``
        deletes them all). Resources deleted before their turn are left out, resources added
        meanwhile too. `timeout` applies to each request.
        """
        ids = await self.ids(timeout=timeout)
        listing = partial(list_page, self._client, self._resource_type.route, timeout=timeout)
        async with aclosing(snapshot_pages(ids, listing, page_size)) as pages:
            async for page in pages:
                for answer in page:
                    yield self._resource_type.from_json(self._client, answer)

    @takes_options(FindOptions)
    async def find(self, options: FindOptions[R]) -> AsyncGenerator[R, None]:
        """Resources matching a query, as an async iterator over typed resources.

        ::

            async for study in orthanc.studies.find(
                {"PatientName": "DOE^*", "StudyDate": DateRange(date(2024, 1, 1), None)},
                metadata={"1024": "reviewed*"},
                order_by="StudyDate",
            ):
                ...

        The arguments are the fields of `FindOptions`: `query`, `case_sensitive`, `labels`,
        `labels_constraint`, `metadata`, `metadata_concurrency`, `timeout` (of each request,
        metadata requests included), `order_by`, `descending`, `offset`, `limit` and
        `page_size`. The results are the same on every Orthanc version; ordering and metadata
        run on the server where it can (1.12.5+), else here. Each resource found by a
        metadata criterion that was checked here carries the metadata read for it
        (`resource.info.metadata`).

        Raises:
            UnsupportedOperationError: `labels` on a server older than 1.12.0 (nothing sent).
            APIStatusError: the first failed request, as itself (e.g. `InternalServerError`),
                also when it is one of the concurrent metadata requests. A candidate deleted
                before its metadata is read is skipped, not an error.
        """
        key = answer_key(options.order_by, partial(self._resource_type.from_json, self._client))
        async for answer in find_json(self._client, self._resource_type.level, options, key):
            yield self._resource_type.from_json(self._client, answer)

    @takes_options(CountOptions)
    async def count(self, options: CountOptions) -> int:
        """The number of resources matching the criteria (all resources without any).

        ::

            await orthanc.studies.count({"ModalitiesInStudy": "CT"}, labels=["urgent"])

        The arguments are the fields of `CountOptions` (the criteria of `find()`). One request
        to `/tools/count-resources` on Orthanc 1.12.5+; on older servers the matches are
        counted here (their IDs, paged), with the same answer.

        Raises:
            UnsupportedOperationError: `labels` on a server older than 1.12.0 (nothing sent).
        """
        return await count_json(self._client, self._resource_type.level, options)

    async def first(
        self,
        query: Mapping[str, QueryValue] | None = None,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> R | None:
        """The first resource matching `query`, or None (one request)."""
        async with aclosing(self.find(query, limit=1, timeout=timeout)) as found:
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
