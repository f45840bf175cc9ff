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
from aiorthanc._constants import (
    DEFAULT_FOREST_CONCURRENCY,
    DEFAULT_FOREST_DEPTH,
    DEFAULT_FOREST_PAGE_SIZE,
)
from aiorthanc._facade._base import Resource
from aiorthanc._facade._levels import Instance, Patient, Series, Study
from aiorthanc._facade._options import help_text, takes_options
from aiorthanc._facade._paging import paginate, resource_page
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["Depth", "Forest", "ForestOptions", "build_forest", "build_forest_with"]

Depth: TypeAlias = Literal["patient", "study", "series", "instance"]
"""The deepest level a forest holds."""
_RESOURCE_TYPES: tuple[type[Resource[Any]], ...] = (Patient, Study, Series, Instance)
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
    depth: Depth = DEFAULT_FOREST_DEPTH
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


@dataclass(frozen=True, kw_only=True)
class ForestOptions:
    """The options of `build_forest()` and `AsyncOrthanc.forest()`."""

    depth: Depth = field(
        default=DEFAULT_FOREST_DEPTH,
        metadata=help_text("the deepest level listed: patient, study, series, instance"),
    )
    page_size: int = field(
        default=DEFAULT_FOREST_PAGE_SIZE, metadata=help_text("resources per listing request")
    )
    concurrency: int = field(
        default=DEFAULT_FOREST_CONCURRENCY, metadata=help_text("listing requests in flight at once")
    )
    timeout: TimeoutTypes | UseDefault = field(
        default=USE_DEFAULT, metadata=help_text("timeout of each request (default: the client's)")
    )


@takes_options(ForestOptions)
async def build_forest(client: Session, options: ForestOptions) -> Forest:
    """List every resource down to `depth` and link them into a `Forest` (see `ForestOptions`).

    Requests: one per level when each level fits in `page_size`; otherwise one more for the
    counts, then one per page, at most `concurrency` in flight. `timeout` applies to each
    request.

    Raises:
        APIStatusError: the first failed request, as itself (e.g. `ForbiddenError`), not
            wrapped in an exception group.
    """
    return await build_forest_with(client, options)


async def build_forest_with(client: Session, options: ForestOptions) -> Forest:
    """`build_forest()` with its options as one object."""
    depth, page_size = options.depth, options.page_size
    if depth not in _DEPTHS:
        raise ValueError(f"depth must be one of {', '.join(_DEPTHS)}, got {depth!r}")
    if page_size < 1 or options.concurrency < 1:
        raise ValueError("page_size and concurrency must be >= 1")
    pages = _Pages(client, options, _RESOURCE_TYPES[: _DEPTHS.index(depth) + 1])
    async with task_group() as tg:
        for resource_type in pages.resource_types:
            tg.start_soon(pages.fetch, resource_type, 0, page_size)
    full = [t for t in pages.resource_types if len(pages.answers[t][0]) == page_size]
    if full:
        await pages.fetch_rest(full)
    return Forest(
        patients=pages.resources(Patient),
        studies=pages.resources(Study),
        series=pages.resources(Series),
        instances=pages.resources(Instance),
        depth=depth,
    )


class _Pages:
    """The pages of the expanded listings of some levels, by offset, fetched concurrently."""

    def __init__(
        self,
        client: Session,
        options: ForestOptions,
        resource_types: tuple[type[Resource[Any]], ...],
    ) -> None:
        self._client = client
        self._options = options
        self._limiter = anyio.CapacityLimiter(options.concurrency)
        self.resource_types = resource_types
        self.answers: dict[type[Resource[Any]], dict[int, list[Resource[Any]]]] = {
            resource_type: {} for resource_type in resource_types
        }

    async def fetch(
        self, resource_type: type[Resource[Any]], since: int, limit: int
    ) -> list[Resource[Any]]:
        """Fetch one page and keep it (as resources: a page's JSON is not kept)."""
        async with self._limiter:
            page = await resource_page(
                self._client, resource_type, since, limit, timeout=self._options.timeout
            )
        self.answers[resource_type][since] = page
        return page

    async def fetch_rest(self, full: list[type[Resource[Any]]]) -> None:
        """The pages after the first of the levels whose first page was full."""
        page_size = self._options.page_size
        statistics = await self._client.get_json("/statistics", timeout=self._options.timeout)
        async with task_group() as tg:
            for resource_type in full:
                count_field = _COUNT_FIELDS[_RESOURCE_TYPES.index(resource_type)]
                count = int(statistics.get(count_field, 0))
                for page_index in range(1, math.ceil(count / page_size)):
                    tg.start_soon(self.fetch, resource_type, page_index * page_size, page_size)
        for resource_type in full:
            last = max(self.answers[resource_type])
            if len(self.answers[resource_type][last]) == page_size:
                # Resources added since the count: page on until a short page.
                more = paginate(
                    partial(self.fetch, resource_type), page_size, since=last + page_size
                )
                async with aclosing(more):
                    async for _ in more:
                        pass  # `fetch` keeps the pages

    def resources(self, resource_type: type[R]) -> list[R]:
        """The resources of one level in listing order, each once (pages may overlap)."""
        seen: set[str] = set()
        resources: list[R] = []
        for since in sorted(self.answers.get(resource_type, {})):
            for resource in self.answers[resource_type][since]:
                if resource.id not in seen and isinstance(resource, resource_type):
                    seen.add(resource.id)
                    resources.append(resource)
        return resources
