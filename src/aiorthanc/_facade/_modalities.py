"""Remote DICOM modalities: echo, C-FIND, C-STORE, retrieval by C-MOVE or C-GET (1.12.6+).

`orthanc.modalities["PACS"]` names a modality of the server's `DicomModalities` (no request);
`await modality.retrieve("Study", {"StudyInstanceUID": uid})` brings its resources into
Orthanc. With C-MOVE the modality sends them to an AE title it knows (the server's own by
default); with C-GET they come back on the same association, so the modality needs no route to
the server.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeAlias

from pydantic import BaseModel

from aiorthanc._errors import APIStatusError
from aiorthanc._facade._capabilities import C_GET_VERSION
from aiorthanc._facade._sending import Destination
from aiorthanc._generated.models import ModalityStoreResult
from aiorthanc._paths import quote_segment
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["Modalities", "Modality", "RetrieveLevel", "RetrieveMethod"]

RetrieveMethod: TypeAlias = Literal["move", "get"]
"""C-MOVE (``"move"``) or C-GET (``"get"``, Orthanc 1.12.6+)."""

RetrieveLevel: TypeAlias = Literal["Patient", "Study", "Series", "Instance"]
"""The query/retrieve level of the identifiers."""

_LEVELS = ("Patient", "Study", "Series", "Instance")


class Modality(Destination[ModalityStoreResult]):
    """One remote modality of the server, by its name in `DicomModalities`."""

    __slots__ = ()
    route = "modalities"
    result_model: ClassVar[type[BaseModel]] = ModalityStoreResult

    async def echo(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> bool:
        """C-ECHO: True when the modality answers, False when it cannot be reached."""
        try:
            await self._client.post_json(f"{self.path}/echo", {}, timeout=timeout)
        except APIStatusError as exc:
            if exc.status_code < 500:
                raise
            return False
        return True

    async def find(
        self,
        level: RetrieveLevel,
        query: Mapping[str, str],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[dict[str, Any]]:
        """C-FIND: the modality's answers, each as tags by keyword (two requests).

        ``await pacs.find("Study", {"PatientID": "P1", "StudyDescription": ""})``: empty values
        ask for the tag to be returned; wildcards and ranges as in DICOM.
        """
        if level not in _LEVELS:
            raise ValueError(f"level must be one of {', '.join(_LEVELS)}, got {level!r}")
        body = {"Level": level, "Query": dict(query)}
        created = await self._client.post_json(f"{self.path}/query", body, timeout=timeout)
        path = f"/queries/{quote_segment(str(created['ID']))}/answers"
        params = {"expand": "", "simplify": ""}
        answers: list[dict[str, Any]] = await self._client.get_json(
            path, params=params, timeout=timeout
        )
        return answers

    async def retrieve(
        self,
        level: RetrieveLevel,
        resources: Mapping[str, str] | Sequence[Mapping[str, str]],
        *,
        method: RetrieveMethod = "move",
        target_aet: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Bring resources of the modality into the server; returns once they have arrived.

        `resources`: one query or several, of DICOM identifiers only, without wildcards
        (``{"StudyInstanceUID": "1.2.3"}``, ``{"PatientID": "P1"}``). `target_aet` (C-MOVE
        only): where the modality sends them, by default the server's own AE title. The
        retrieval runs as one synchronous job: give a `timeout` long enough for it.

        Raises:
            UnsupportedOperationError: C-GET on a server older than 1.12.6 (nothing sent).
            APIStatusError: the modality refused or failed (Orthanc's message says why).
            ValueError: an unknown level or method, or `target_aet` with C-GET.
        """
        if level not in _LEVELS:
            raise ValueError(f"level must be one of {', '.join(_LEVELS)}, got {level!r}")
        if method not in ("move", "get"):
            raise ValueError(f"method must be 'move' or 'get', got {method!r}")
        if method == "get":
            if target_aet is not None:
                raise ValueError("target_aet applies to C-MOVE only: C-GET retrieves to itself")
            await self._client.require_version(C_GET_VERSION, "Modality.retrieve(method='get')")
        queries = [resources] if isinstance(resources, Mapping) else list(resources)
        body: dict[str, object] = {
            "Level": level,
            "Resources": [dict(q) for q in queries],
            "Synchronous": True,
        }
        if target_aet is not None:
            body["TargetAet"] = target_aet
        path = f"/modalities/{quote_segment(self._name)}/{method}"
        await self._client.post_json(path, body, timeout=timeout)


class Modalities:
    """The remote modalities of a server: ``orthanc.modalities["PACS"]``."""

    __slots__ = ("_client",)

    def __init__(self, client: Session) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"Modalities({self._client!r})"

    def __getitem__(self, name: str) -> Modality:
        """The modality called `name` in `DicomModalities` (no request)."""
        return Modality(self._client, name)

    async def configure(
        self,
        name: str,
        aet: str,
        host: str,
        port: int,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
        **options: Any,
    ) -> Modality:
        """Add or replace a modality at run time; `options` are further fields of Orthanc's
        modality configuration by their JSON names (``Manufacturer="GE"``, ...)."""
        body = {"AET": aet, "Host": host, "Port": port, **options}
        path = f"/modalities/{quote_segment(name)}"
        await self._client.request("PUT", path, json=body, timeout=timeout)
        return Modality(self._client, name)

    async def remove(self, name: str, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> None:
        """Remove a modality from the server's configuration."""
        path = f"/modalities/{quote_segment(name)}"
        await self._client.request("DELETE", path, timeout=timeout)

    async def names(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> list[str]:
        """The names of the configured modalities (one request)."""
        answer = await self._client.get_json("/modalities", timeout=timeout)
        return [str(name) for name in answer]
