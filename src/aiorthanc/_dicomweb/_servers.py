"""Orthanc as a DICOMweb client: the plugin's `/dicom-web/servers` routes, typed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from aiorthanc._errors import UnexpectedAnswerError
from aiorthanc._paths import quote_segment
from aiorthanc._session import Session
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

__all__ = ["DicomWebServers", "RemoteDicomWeb", "RemoteStudy"]


@dataclass(frozen=True)
class RemoteStudy:
    """What to retrieve from a remote server: a study, or some of its series."""

    study: str
    series: Sequence[str] = ()

    def body(self) -> dict[str, Any]:
        """The entry of `/retrieve`'s `Resources`."""
        entry: dict[str, Any] = {"Study": self.study}
        if self.series:
            entry["Series"] = [{"Series": uid} for uid in self.series]
        return entry


class DicomWebServers:
    """The remote DICOMweb servers Orthanc knows: `orthanc.dicomweb.servers`.

    `await servers.configure("pacs", "https://pacs/dicom-web", auth=("u", "p"))`, then
    `servers["pacs"].search(...)`, `.store([...])`, `.retrieve([...])`.
    """

    def __init__(self, session: Session, root: str) -> None:
        self._session = session
        self._root = root

    async def names(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> list[str]:
        """The names of the configured servers."""
        answer = await self._session.get_json(f"{self._root}/servers", timeout=timeout)
        if not isinstance(answer, list):
            raise UnexpectedAnswerError(f"GET {self._root}/servers answered no list")
        return [str(name) for name in answer]

    async def configure(
        self,
        name: str,
        url: str,
        *,
        auth: tuple[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> RemoteDicomWeb:
        """Add or replace a remote server (kept in Orthanc's memory, or its database when
        `DicomWebServersInDatabase`-like options say so)."""
        body: dict[str, Any] = {"Url": url}
        if auth is not None:
            body["Username"], body["Password"] = auth
        if headers:
            body["HttpHeaders"] = dict(headers)
        await self._session.request(
            "PUT", f"{self._root}/servers/{quote_segment(name)}", json=body, timeout=timeout
        )
        return self[name]

    async def remove(self, name: str, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> None:
        """Forget a remote server."""
        await self._session.request(
            "DELETE", f"{self._root}/servers/{quote_segment(name)}", timeout=timeout
        )

    def __getitem__(self, name: str) -> RemoteDicomWeb:
        return RemoteDicomWeb(self._session, f"{self._root}/servers/{quote_segment(name)}")


class RemoteDicomWeb:
    """One remote DICOMweb server, reached through Orthanc."""

    def __init__(self, session: Session, path: str) -> None:
        self._session = session
        self._path = path

    def __repr__(self) -> str:
        return f"RemoteDicomWeb({self._path!r})"

    async def search(
        self,
        level: str = "studies",
        query: Mapping[str, str] | None = None,
        *,
        study: str | None = None,
        series: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[dict[str, Any]]:
        """QIDO-RS on the remote server ("studies", "series" or "instances", within `study`
        and `series` when given); `query` holds the QIDO arguments (filters, limit, ...).

        Each result maps attribute keywords to values (`{"PatientID": "P1", ...}`): Orthanc
        answers its own tag format here, not the DICOM JSON model.
        """
        if level not in ("studies", "series", "instances"):
            raise ValueError(f"level must be studies, series or instances, got {level!r}")
        uri = ""
        if study is not None:
            uri += f"/studies/{quote_segment(study)}"
            if series is not None:
                uri += f"/series/{quote_segment(series)}"
        uri = uri + "/" + level if uri or level != "studies" else "/studies"
        body = {"Uri": uri, "Arguments": dict(query or {})}
        answer = await self._session.post_json(f"{self._path}/qido", body, timeout=timeout)
        if not isinstance(answer, list):
            raise UnexpectedAnswerError(f"POST {self._path}/qido answered no list")
        return [_simplified(item) for item in answer if isinstance(item, dict)]

    async def store(
        self, resources: Sequence[str], *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> Any:
        """STOW-RS of Orthanc resources (Orthanc IDs of patients, studies, series or
        instances) to the remote server, synchronously; Orthanc's answer."""
        body = {"Resources": list(resources), "Synchronous": True}
        return await self._session.post_json(f"{self._path}/stow", body, timeout=timeout)

    async def retrieve(
        self,
        resources: Sequence[RemoteStudy | str],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> Any:
        """WADO-RS from the remote server into Orthanc, synchronously: studies by UID or
        `RemoteStudy` (some series of a study); Orthanc's answer."""
        entries = [RemoteStudy(r) if isinstance(r, str) else r for r in resources]
        body = {"Resources": [entry.body() for entry in entries], "Synchronous": True}
        return await self._session.post_json(f"{self._path}/retrieve", body, timeout=timeout)


def _simplified(item: dict[str, Any]) -> dict[str, Any]:
    """`{"00100020": {"Name": "PatientID", "Value": "P1", ...}}` -> `{"PatientID": "P1"}`."""
    out: dict[str, Any] = {}
    for tag, element in item.items():
        if isinstance(element, dict):
            out[str(element.get("Name") or tag)] = element.get("Value")
    return out
