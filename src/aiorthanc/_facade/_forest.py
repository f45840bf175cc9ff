"""The forest of a server: every patient, study, series (and instance), linked, in few requests.

pyorthanc builds its patient forest by walking the tree, one request per child. Here each level
is listed with expanded answers (``GET /studies?expand&since=&limit=``), the levels concurrently,
and the tree is linked locally from the parent IDs: on a server that fits in one page per level,
four requests in all. On larger servers the count comes from ``/statistics`` (one request) and
the remaining pages are fetched concurrently, at most `concurrency` at a time.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from contextlib import aclosing
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypeVar, overload

import anyio

from aiorthanc._concurrency import task_group
from aiorthanc._constants import DEFAULT_FOREST_CONCURRENCY, DEFAULT_FOREST_PAGE_SIZE
from aiorthanc._facade._base import Resource
from aiorthanc._facade._levels import Instance, Patient, Series, Study
from aiorthanc._facade._paging import list_page, paginate

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["Depth", "Forest", "build_forest"]

Depth: TypeAlias = Literal["patient", "study", "series", "instance"]
_LEVELS: tuple[type[Resource[Any]], ...] = (Patient, Study, Series, Instance)
_DEPTHS: tuple[Depth, ...] = ("patient", "study", "series", "instance")
_COUNT_FIELDS = ("CountPatients", "CountStudies", "CountSeries", "CountInstances")
R = TypeVar("R", bound=Resource[Any])


@dataclass
class Forest:
    """A snapshot of the resources of a server, linked parent to children without requests.

    ::

        forest = await build_forest(orthanc)
        for patient in forest.patients:
            for study in forest.children(patient):
                print(patient.patient_name, study.study_date, len(forest.children(study)))
    """

    patients: list[Patient] = field(default_factory=list)
    studies: list[Study] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)
    instances: list[Instance] = field(default_factory=list)
    depth: Depth = "instance"
    _by_id: dict[str, Resource[Any]] = field(default_factory=dict, repr=False)
    _children: dict[str, list[Resource[Any]]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        children: defaultdict[str, list[Resource[Any]]] = defaultdict(list)
        for resource in self:
            self._by_id[resource.id] = resource
            parent = _parent_id(resource)
            if parent is not None:
                children[parent].append(resource)
        self._children = dict(children)

    def __iter__(self) -> Iterator[Resource[Any]]:
        """Every resource, patients first, then studies, series, instances."""
        yield from self.patients
        yield from self.studies
        yield from self.series
        yield from self.instances

    def __len__(self) -> int:
        return len(self.patients) + len(self.studies) + len(self.series) + len(self.instances)

    def get(self, resource_id: str) -> Resource[Any] | None:
        """The resource with this Orthanc ID, if the forest holds it."""
        return self._by_id.get(resource_id)

    @overload
    def children(self, resource: Patient) -> list[Study]: ...
    @overload
    def children(self, resource: Study) -> list[Series]: ...
    @overload
    def children(self, resource: Series) -> list[Instance]: ...
    @overload
    def children(self, resource: Instance) -> list[Resource[Any]]: ...
    def children(self, resource: Resource[Any]) -> list[Any]:
        """The children of a resource (empty below the forest's depth)."""
        return list(self._children.get(resource.id, ()))

    @overload
    def parent(self, resource: Study) -> Patient | None: ...
    @overload
    def parent(self, resource: Series) -> Study | None: ...
    @overload
    def parent(self, resource: Instance) -> Series | None: ...
    @overload
    def parent(self, resource: Patient) -> None: ...
    def parent(self, resource: Resource[Any]) -> Any:
        """The parent of a resource (None for patients, or a parent created after the listing)."""
        parent = _parent_id(resource)
        return None if parent is None else self._by_id.get(parent)


def _parent_id(resource: Resource[Any]) -> str | None:
    if isinstance(resource, Study):
        return resource.parent_patient_id
    if isinstance(resource, Series):
        return resource.parent_study_id
    if isinstance(resource, Instance):
        return resource.parent_series_id
    return None


async def build_forest(
    client: Session,
    *,
    depth: Depth = "instance",
    page_size: int = DEFAULT_FOREST_PAGE_SIZE,
    concurrency: int = DEFAULT_FOREST_CONCURRENCY,
) -> Forest:
    """List every resource down to `depth` and link them into a `Forest`.

    Requests: one per level when each level fits in `page_size`; otherwise one more for the
    counts, then one per page, at most `concurrency` in flight.

    Raises:
        APIStatusError: the first failed request, as itself (e.g. `ForbiddenError`), not
            wrapped in an exception group.
    """
    if depth not in _DEPTHS:
        raise ValueError(f"depth must be one of {', '.join(_DEPTHS)}, got {depth!r}")
    if page_size < 1 or concurrency < 1:
        raise ValueError("page_size and concurrency must be >= 1")
    levels = _LEVELS[: _DEPTHS.index(depth) + 1]
    limiter = anyio.CapacityLimiter(concurrency)
    pages: dict[type[Resource[Any]], dict[int, list[Any]]] = {level: {} for level in levels}

    async def fetch(level: type[Resource[Any]], since: int, limit: int) -> list[Any]:
        async with limiter:
            page = await list_page(client, level.route, since, limit)
        pages[level][since] = page
        return page

    async with task_group() as tg:
        for level in levels:
            tg.start_soon(fetch, level, 0, page_size)
    full = [level for level in levels if len(pages[level][0]) == page_size]
    if full:
        statistics = await client.get_json("/statistics")
        async with task_group() as tg:
            for level in full:
                count = int(statistics.get(_COUNT_FIELDS[_LEVELS.index(level)], 0))
                for page_index in range(1, math.ceil(count / page_size)):
                    tg.start_soon(fetch, level, page_index * page_size, page_size)
        for level in full:
            last = max(pages[level])
            if len(pages[level][last]) == page_size:
                # Resources added since the count: page on until a short page.
                more = paginate(partial(fetch, level), page_size, since=last + page_size)
                async with aclosing(more):
                    async for _ in more:
                        pass  # `fetch` keeps the pages

    def build(level: type[R]) -> list[R]:
        seen: set[str] = set()
        resources: list[R] = []
        for since in sorted(pages.get(level, {})):
            for item in pages[level][since]:
                if item["ID"] not in seen:
                    seen.add(item["ID"])
                    resources.append(level.from_json(client, item))
        return resources

    return Forest(
        patients=build(Patient),
        studies=build(Study),
        series=build(Series),
        instances=build(Instance),
        depth=depth,
    )
