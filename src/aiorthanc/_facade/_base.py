"""The base of the resource objects: identity, info, refresh, metadata, deletion."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from pydantic import BaseModel

from aiorthanc._errors import NotFetchedError, OptionalDependencyError
from aiorthanc._facade._capabilities import LABELS_VERSION
from aiorthanc._facade._download import DownloadTarget, ProgressCallback, download
from aiorthanc._facade._models import ResourceStatistics
from aiorthanc._generated.models import DeletionResult
from aiorthanc._paths import quote_segment
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["OptionalDependencyError", "Resource", "expanded", "parse_orthanc_datetime"]


class _Info(Protocol):
    """What every expanded answer has."""

    @property
    def id(self) -> str: ...
    @property
    def main_dicom_tags(self) -> BaseModel: ...


InfoT = TypeVar("InfoT", bound=_Info)
R = TypeVar("R", bound="Resource[Any]")

_EXPAND: Mapping[str, str] = {"expand": ""}  # Orthanc reads `expand` as a presence flag


def expanded(params: Mapping[str, str | int] | None = None) -> dict[str, str | int]:
    """Query parameters asking Orthanc for full objects rather than IDs."""
    return {**_EXPAND, **(params or {})}


def parse_orthanc_datetime(value: str | None) -> datetime | None:
    """Parse Orthanc's ``20240131T235959`` timestamps (server local time, no zone)."""
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y%m%dT%H%M%S")
    except ValueError:
        return None


class Resource(Generic[InfoT]):
    """A patient, study, series or instance of one Orthanc server.

    Holds the resource's expanded answer (`info`) as it was when fetched; `refresh()` fetches it
    again. A resource made from its ID alone (`from_id()`, a collection's `handle()`) has no
    info until `refresh()`: its requests work, its info properties raise `NotFetchedError`.
    Two resource objects are equal when they are of the same level, have the same ID and
    come from the same server URL.
    """

    level: ClassVar[str]
    """"Patient", "Study", "Series" or "Instance"."""
    route: ClassVar[str]
    """The REST collection: "patients", "studies", "series" or "instances"."""
    info_model: ClassVar[type[BaseModel]]
    _repr_tags: ClassVar[tuple[str, ...]] = ()

    __slots__ = ("_client", "_id", "_info")

    def __init__(self, client: Session, info: InfoT) -> None:
        self._client = client
        self._info: InfoT | None = info
        self._id = info.id

    @classmethod
    def from_id(cls: type[R], client: Session, resource_id: str) -> R:
        """A resource known by its Orthanc ID, without a request (e.g. the ID of a change).

        Navigation, downloads, modification and deletion work at once; `info` and the
        properties read from it need ``await resource.refresh()`` first.

        Raises:
            ValueError: when `resource_id` is not one path segment (see `fetch`).
        """
        _segment(resource_id, "an Orthanc ID")
        resource = cls.__new__(cls)
        resource._client = client
        resource._info = None
        resource._id = resource_id
        return resource

    @classmethod
    def from_json(cls: type[R], client: Session, data: Any) -> R:
        """Build from an expanded JSON answer (as GET /{level}/{id} or `?expand` give)."""
        return cls(client, cls.info_model.model_validate(data))

    @classmethod
    async def fetch(
        cls: type[R],
        client: Session,
        resource_id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> R:
        """Fetch one resource by its Orthanc ID (one request).

        Raises:
            NotFoundError: when the server has no such resource.
            ValueError: when `resource_id` is not one path segment (empty, ".", "..", or with
                a slash or backslash): Orthanc decodes %2F and reads backslashes as slashes,
                so such an ID would name another route.
        """
        path = f"/{cls.route}/{_segment(resource_id, 'an Orthanc ID')}"
        return cls.from_json(client, await client.get_json(path, timeout=timeout))

    # -- identity ------------------------------------------------------------------------------

    @property
    def id(self) -> str:
        """The Orthanc ID."""
        return self._id

    @property
    def fetched(self) -> bool:
        """False for a resource made from its ID alone and not refreshed since."""
        return self._info is not None

    @property
    def info(self) -> InfoT:
        """The expanded answer, as last fetched.

        Raises:
            NotFetchedError: the resource was made from its ID alone; `refresh()` reads it.
        """
        if self._info is None:
            raise NotFetchedError(
                f"{type(self).__name__} {self._id!r} was made from its ID alone:"
                " `await resource.refresh()` reads its info"
            )
        return self._info

    @property
    def client(self) -> Session:
        """The client this resource was fetched with."""
        return self._client

    @property
    def path(self) -> str:
        """The resource's route on the server, e.g. ``/studies/<id>``."""
        return f"/{self.route}/{quote_segment(self.id)}"

    @property
    def main_dicom_tags(self) -> dict[str, str]:
        """The main DICOM tags by keyword (``{"StudyDate": "20240131", ...}``)."""
        return _keyword_dict(self.info.main_dicom_tags)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Resource) or type(other) is not type(self):
            return NotImplemented
        return self.id == other.id and self._client.url == other._client.url

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.id))

    def __repr__(self) -> str:
        tags = self.main_dicom_tags if self._info is not None else {}
        shown = "".join(f", {k}={tags[k]!r}" for k in self._repr_tags if tags.get(k))
        return f"{type(self).__name__}(id={self.id!r}{shown})"

    # -- requests ------------------------------------------------------------------------------

    async def refresh(self: R, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> R:
        """Fetch the resource again and update `info` in place; returns the resource."""
        answer = await self._client.get_json(self.path, timeout=timeout)
        self._info = self.info_model.model_validate(answer)
        return self

    async def delete(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> DeletionResult:
        """Delete the resource (and its children); Orthanc's answer says which parent remains.

        ``(await series.delete()).remaining_ancestor`` is the closest parent still there (it
        has other children), or None when the deletion took the parents with it.
        """
        answer = await self._client.request("DELETE", self.path, timeout=timeout)
        return DeletionResult.model_validate(answer.json())

    async def metadata(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> dict[str, str]:
        """All metadata of the resource by name (one request)."""
        path = f"{self.path}/metadata"
        answer = await self._client.get_json(path, params=expanded(), timeout=timeout)
        return {str(k): str(v) for k, v in answer.items()}

    async def get_metadata(
        self,
        name: str,
        default: str | None = None,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str | None:
        """One metadata value, or `default` when the resource has no such entry.

        Raises:
            NotFoundError: when the resource itself does not exist.
        """
        # Orthanc answers a bare 404 both for a missing entry and a missing resource: the
        # expanded listing (one request, a few hundred bytes) tells the two apart.
        return (await self.metadata(timeout=timeout)).get(name, default)

    async def set_metadata(
        self, name: str, value: str, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> None:
        """Create or replace a metadata entry.

        Orthanc accepts names declared in its `UserMetadata` configuration, or numbers from 1024
        to 65535.
        """
        path = self._metadata_path(name)
        await self._client.request("PUT", path, content=value.encode(), timeout=timeout)

    async def delete_metadata(
        self, name: str, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> None:
        """Delete a metadata entry."""
        await self._client.request("DELETE", self._metadata_path(name), timeout=timeout)

    async def statistics(
        self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> ResourceStatistics:
        """Disk usage and counts of the resource (GET /{level}/{id}/statistics)."""
        answer = await self._client.get_json(f"{self.path}/statistics", timeout=timeout)
        return ResourceStatistics.model_validate(answer)

    async def labels(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> list[str]:
        """The labels of the resource, sorted (one request; Orthanc 1.12.0+).

        Raises:
            UnsupportedOperationError: the server is older than 1.12.0 (nothing was sent).
        """
        await self._client.require_version(LABELS_VERSION, f"{type(self).__name__}.labels()")
        answer = await self._client.get_json(f"{self.path}/labels", timeout=timeout)
        return sorted(str(label) for label in answer)

    async def add_label(
        self, label: str, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> None:
        """Attach a label (Orthanc 1.12.0+); attaching one the resource has is a no-op.

        Orthanc takes letters, digits, ``_`` and ``-``, up to 64 characters (else
        `BadRequestError`).
        """
        await self._label_request("PUT", label, "add_label", timeout)

    async def remove_label(
        self, label: str, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> None:
        """Detach a label (Orthanc 1.12.0+); removing one the resource lacks is a no-op."""
        await self._label_request("DELETE", label, "remove_label", timeout)

    async def _label_request(
        self, method: str, label: str, operation: str, timeout: TimeoutTypes | UseDefault
    ) -> None:
        await self._client.require_version(LABELS_VERSION, f"{type(self).__name__}.{operation}()")
        path = f"{self.path}/labels/{_segment(label, 'a label')}"
        await self._client.request(method, path, content=b"", timeout=timeout)

    async def _download(
        self,
        route: str,
        target: DownloadTarget,
        progress: ProgressCallback | None,
        timeout: TimeoutTypes | UseDefault,
    ) -> int:
        """Stream the body of a sub-route of the resource into `target` (see `download`)."""
        path = f"{self.path}/{route}"
        return await download(self._client, path, target, progress=progress, timeout=timeout)

    def _metadata_path(self, name: str) -> str:
        return f"{self.path}/metadata/{_segment(name, 'a metadata name')}"

    async def _get_list(
        self, resource_type: type[R], route: str, timeout: TimeoutTypes | UseDefault
    ) -> list[R]:
        """The expanded answers of a child route, as resources (one request)."""
        path = f"{self.path}/{route}"
        answers = await self._client.get_json(path, params=expanded(), timeout=timeout)
        return [resource_type.from_json(self._client, answer) for answer in answers]

    async def _get_one(
        self, resource_type: type[R], route: str, timeout: TimeoutTypes | UseDefault
    ) -> R:
        """The answer of a parent route, as a resource (one request)."""
        answer = await self._client.get_json(f"{self.path}/{route}", timeout=timeout)
        return resource_type.from_json(self._client, answer)


def _segment(value: str, what: str) -> str:
    """`value` escaped as one path segment; ValueError naming `what` when it cannot be one."""
    try:
        return quote_segment(value)
    except ValueError:
        raise ValueError(f"{value!r} is not {what}") from None


def _keyword_dict(tags: BaseModel) -> dict[str, str]:
    dumped = tags.model_dump(by_alias=True, exclude_none=True)
    return {str(k): v if isinstance(v, str) else str(v) for k, v in dumped.items()}
