"""Modify and anonymize patients, studies and series (`Modifiable`), and instances (to bytes).

Orthanc writes modified copies as new resources (the originals stay unless
`keep_source=False`) and records where each came from in the `ModifiedFrom` /
`AnonymizedFrom` metadata. Synchronously the call returns the new resource; with
``asynchronous=True`` it returns the `Job` at once (``await job.wait()``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from typing_extensions import Self

from aiorthanc._facade._base import Resource
from aiorthanc._facade._jobs import Job
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["Modifiable", "Provenance", "modification_body", "modified_instance"]

InfoT = TypeVar("InfoT", bound=Any)


def modification_body(
    *,
    replace: Mapping[str, Any] | None = None,
    remove: Iterable[str] = (),
    keep: Iterable[str] = (),
    force: bool = False,
    remove_private_tags: bool = False,
    keep_private_tags: bool | None = None,
    dicom_version: str | None = None,
    keep_source: bool = True,
    priority: int | None = None,
) -> dict[str, Any]:
    """The JSON body of ``/modify`` and ``/anonymize`` (fields Orthanc's defaults left out)."""
    body: dict[str, Any] = {"Force": force, "KeepSource": keep_source}
    optional: dict[str, Any] = {
        "Replace": dict(replace or {}),
        "Remove": list(remove),
        "Keep": list(keep),
        "RemovePrivateTags": remove_private_tags,
        "KeepPrivateTags": keep_private_tags,
        "DicomVersion": dicom_version,
        "Priority": priority,
    }
    body.update({k: v for k, v in optional.items() if v not in (None, False, [], {})})
    return body


class Provenance(Resource[InfoT]):
    """Where a modified or anonymized copy came from (its `ModifiedFrom`/`AnonymizedFrom`)."""

    __slots__ = ()

    async def modified_from(
        self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> str | None:
        """The Orthanc ID of the resource this one is a modified copy of (None if not one)."""
        return await self.get_metadata("ModifiedFrom", timeout=timeout)

    async def anonymized_from(
        self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> str | None:
        """The Orthanc ID of the resource this one is an anonymized copy of (None if not one)."""
        return await self.get_metadata("AnonymizedFrom", timeout=timeout)


class Modifiable(Provenance[InfoT]):
    """Modify and anonymize for the levels that Orthanc copies as new resources."""

    __slots__ = ()

    @overload
    async def modify(
        self,
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
        **changes: Any,
    ) -> Self: ...
    @overload
    async def modify(
        self,
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
        **changes: Any,
    ) -> Job: ...
    async def modify(
        self,
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
        **changes: Any,
    ) -> Self | Job:
        """A modified copy: the new resource, or with ``asynchronous=True`` its `Job`.

        The keyword arguments are those of `modification_body`: `replace` (``{"PatientName":
        "X"}``), `remove`, `keep`, `force` (needed to change UIDs or the PatientID),
        `remove_private_tags`, `keep_source` (False deletes the original) and `priority`.
        """
        return await self._copy("modify", modification_body(**changes), asynchronous, timeout)

    @overload
    async def anonymize(
        self,
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
        **changes: Any,
    ) -> Self: ...
    @overload
    async def anonymize(
        self,
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
        **changes: Any,
    ) -> Job: ...
    async def anonymize(
        self,
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
        **changes: Any,
    ) -> Self | Job:
        """An anonymized copy: the new resource, or with ``asynchronous=True`` its `Job`.

        The keyword arguments are those of `modification_body`, with `keep_private_tags` and
        `dicom_version` (the anonymization profile, e.g. ``"2023b"``) besides.
        """
        return await self._copy("anonymize", modification_body(**changes), asynchronous, timeout)

    async def _copy(
        self,
        operation: str,
        body: dict[str, Any],
        asynchronous: bool,
        timeout: TimeoutTypes | UseDefault,
    ) -> Self | Job:
        body["Asynchronous"] = asynchronous
        answer = await self._client.post_json(f"{self.path}/{operation}", body, timeout=timeout)
        if asynchronous:
            return Job(self._client, str(answer["ID"]))
        return await type(self).fetch(self._client, str(answer["ID"]), timeout=timeout)


async def modified_instance(
    client: Session,
    path: str,
    operation: str,
    body: dict[str, Any],
    timeout: TimeoutTypes | UseDefault,
) -> bytes:
    """The DICOM file of a modified or anonymized instance (Orthanc does not store it)."""
    response = await client.request("POST", f"{path}/{operation}", json=body, timeout=timeout)
    return response.content
