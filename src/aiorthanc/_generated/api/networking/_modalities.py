# generated: do not edit, run make codegen
"""Operations of the `Networking` tag, group `modalities` (generated)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import (
    JsonValue,
    adapter,
    flag,
    job_body,
)
from aiorthanc._content import RequestContent
from aiorthanc._generated.bodies import (
    PostModalityEchoBody,
    PostModalityFindWorklistBody,
    PostModalityGetBody,
    PostModalityMoveBody,
    PostModalityQueryBody,
    PostModalityStorageCommitmentBody,
    PostModalityStoreBody,
    PutModalityBody,
)
from aiorthanc._generated.models import (
    JobSubmitted,
    Modality,
    ModalityStoreResult,
    QueryCreated,
    StorageCommitmentCreated,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["NetworkingModalitiesOperations"]


class NetworkingModalitiesOperations:
    """The 18 operations of the `modalities` group of `orthanc.api.networking`, inherited by `NetworkingApi`."""

    _session: Session

    @overload
    async def get_modalities(
        self,
        *,
        expand: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]: ...

    @overload
    async def get_modalities(
        self,
        *,
        expand: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> dict[str, Modality]: ...

    @overload
    async def get_modalities(
        self,
        *,
        expand: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | dict[str, Modality]: ...

    async def get_modalities(
        self,
        *,
        expand: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | dict[str, Modality]:
        """List DICOM modalities. `GET /modalities`

        Orthanc 1.10.1 and later.

        List all the DICOM modalities that are known to Orthanc. This corresponds either to the
        content of the `DicomModalities` configuration option, or to the information stored in the
        database if `DicomModalitiesInDatabase` is `true`.

        Args:
            expand: If present, retrieve detailed information about the individual DICOM modalities
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing either the identifiers of the modalities, or detailed information
            about the modalities (if `expand` argument is provided): `list[str]`; with `expand`:
            `dict[str, Modality]`.
        """
        content = await self._session.read(
            "GET",
            "/modalities",
            params={"expand": flag(expand)},
            timeout=timeout,
        )
        if expand:
            expand_answer: dict[str, Modality] = adapter(dict[str, Modality]).validate_json(content)
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def get_modality(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List operations on modality. `GET /modalities/{id}`

        Orthanc 1.10.1 and later.

        List the operations that are available for a DICOM modality.

        Args:
            id: Identifier of the DICOM modality of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            List of the available operations
        """
        content = await self._session.read(
            "GET",
            f"/modalities/{_quote(id)}",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def put_modality(
        self,
        id: str,
        body: PutModalityBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Update DICOM modality. `PUT /modalities/{id}`

        Orthanc 1.10.1 and later.

        Define a new DICOM modality, or update an existing one. This change is permanent iff.
        `DicomModalitiesInDatabase` is `true`, otherwise it is lost at the next restart of Orthanc.

        Args:
            id: Identifier of the new/updated DICOM modality
            body: The json body. Keys: `LocalAet` (Orthanc 1.12.7 and later), `Timeout` (Orthanc 1.12.7
                and later).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        if "LocalAet" in body:
            await self._session.require_version("1.12.7", "put_modality(body['LocalAet'])")
        if "Timeout" in body:
            await self._session.require_version("1.12.7", "put_modality(body['Timeout'])")
        await self._session.read(
            "PUT",
            f"/modalities/{_quote(id)}",
            json=body,
            timeout=timeout,
        )

    async def delete_modality(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Delete DICOM modality. `DELETE /modalities/{id}`

        Orthanc 1.10.1 and later.

        Delete one DICOM modality. This change is permanent iff. `DicomModalitiesInDatabase` is
        `true`, otherwise it is lost at the next restart of Orthanc.

        Args:
            id: Identifier of the DICOM modality of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "DELETE",
            f"/modalities/{_quote(id)}",
            timeout=timeout,
        )

    async def get_modality_configuration(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> Modality:
        """Get modality configuration. `GET /modalities/{id}/configuration`

        Orthanc 1.10.1 and later.

        Get detailed information about the configuration of some DICOM modality

        Args:
            id: Identifier of the modality of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Configuration of the modality
        """
        content = await self._session.read(
            "GET",
            f"/modalities/{_quote(id)}/configuration",
            timeout=timeout,
        )
        return Modality.model_validate_json(content)

    async def post_modality_echo(
        self,
        id: str,
        body: PostModalityEchoBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Trigger C-ECHO SCU. `POST /modalities/{id}/echo`

        Orthanc 1.10.1 and later.

        Trigger C-ECHO SCU command against the DICOM modality whose identifier is provided in URL:
        https://orthanc.uclouvain.be/book/users/rest.html#performing-c-echo

        Args:
            id: Identifier of the modality of interest
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "POST",
            f"/modalities/{_quote(id)}/echo",
            json=body,
            timeout=timeout,
        )

    async def post_modality_find(
        self,
        id: str,
        body: JsonValue | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """Hierarchical C-FIND SCU. `POST /modalities/{id}/find`

        Orthanc 1.10.1 and later.

        Deprecated by Orthanc.

        Trigger a sequence of C-FIND SCU commands against the DICOM modality whose identifier is
        provided in URL, in order to discover a hierarchy of matching patients/studies/series.
        Deprecated in favor of `/modalities/{id}/query`.

        Args:
            id: Identifier of the modality of interest
            body: Associative array containing the query on the values of the DICOM tags
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array describing the DICOM tags of the matching patients, embedding the matching
            studies, then the matching series.
        """
        content = await self._session.read(
            "POST",
            f"/modalities/{_quote(id)}/find",
            json=body,
            timeout=timeout,
        )
        result: JsonValue = adapter(JsonValue).validate_json(content)
        return result

    async def post_modality_find_instance(
        self,
        id: str,
        body: JsonValue | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """C-FIND SCU for instances. `POST /modalities/{id}/find-instance`

        Orthanc 1.10.1 and later.

        Deprecated by Orthanc.

        Trigger C-FIND SCU command against the DICOM modality whose identifier is provided in URL,
        in order to find an instance. Deprecated in favor of `/modalities/{id}/query`.

        Args:
            id: Identifier of the modality of interest
            body: Associative array containing the query on the values of the DICOM tags
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array describing the DICOM tags of the matching instances
        """
        content = await self._session.read(
            "POST",
            f"/modalities/{_quote(id)}/find-instance",
            json=body,
            timeout=timeout,
        )
        result: JsonValue = adapter(JsonValue).validate_json(content)
        return result

    async def post_modality_find_patient(
        self,
        id: str,
        body: JsonValue | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """C-FIND SCU for patients. `POST /modalities/{id}/find-patient`

        Orthanc 1.10.1 and later.

        Deprecated by Orthanc.

        Trigger C-FIND SCU command against the DICOM modality whose identifier is provided in URL,
        in order to find a patient. Deprecated in favor of `/modalities/{id}/query`.

        Args:
            id: Identifier of the modality of interest
            body: Associative array containing the query on the values of the DICOM tags
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array describing the DICOM tags of the matching patients
        """
        content = await self._session.read(
            "POST",
            f"/modalities/{_quote(id)}/find-patient",
            json=body,
            timeout=timeout,
        )
        result: JsonValue = adapter(JsonValue).validate_json(content)
        return result

    async def post_modality_find_series(
        self,
        id: str,
        body: JsonValue | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """C-FIND SCU for series. `POST /modalities/{id}/find-series`

        Orthanc 1.10.1 and later.

        Deprecated by Orthanc.

        Trigger C-FIND SCU command against the DICOM modality whose identifier is provided in URL,
        in order to find a series. Deprecated in favor of `/modalities/{id}/query`.

        Args:
            id: Identifier of the modality of interest
            body: Associative array containing the query on the values of the DICOM tags
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array describing the DICOM tags of the matching series
        """
        content = await self._session.read(
            "POST",
            f"/modalities/{_quote(id)}/find-series",
            json=body,
            timeout=timeout,
        )
        result: JsonValue = adapter(JsonValue).validate_json(content)
        return result

    async def post_modality_find_study(
        self,
        id: str,
        body: JsonValue | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """C-FIND SCU for studies. `POST /modalities/{id}/find-study`

        Orthanc 1.10.1 and later.

        Deprecated by Orthanc.

        Trigger C-FIND SCU command against the DICOM modality whose identifier is provided in URL,
        in order to find a study. Deprecated in favor of `/modalities/{id}/query`.

        Args:
            id: Identifier of the modality of interest
            body: Associative array containing the query on the values of the DICOM tags
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array describing the DICOM tags of the matching studies
        """
        content = await self._session.read(
            "POST",
            f"/modalities/{_quote(id)}/find-study",
            json=body,
            timeout=timeout,
        )
        result: JsonValue = adapter(JsonValue).validate_json(content)
        return result

    async def post_modality_find_worklist(
        self,
        id: str,
        body: PostModalityFindWorklistBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """C-FIND SCU for worklist. `POST /modalities/{id}/find-worklist`

        Orthanc 1.10.1 and later.

        Trigger C-FIND SCU command against the remote worklists of the DICOM modality whose
        identifier is provided in URL

        Args:
            id: Identifier of the modality of interest
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array describing the DICOM tags of the matching worklists
        """
        content = await self._session.read(
            "POST",
            f"/modalities/{_quote(id)}/find-worklist",
            json=body,
            timeout=timeout,
        )
        result: JsonValue = adapter(JsonValue).validate_json(content)
        return result

    async def post_modality_get(
        self,
        id: str,
        body: PostModalityGetBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """Trigger C-GET SCU. `POST /modalities/{id}/get`

        Orthanc 1.12.7 and later.

        Start a C-GET SCU command as a job, in order to retrieve DICOM resources from a remote DICOM
        modality whose identifier is provided in the URL:

        Args:
            id: Identifier of the modality of interest
            body: The json body. Keys: `UserData` (Orthanc 1.13.0 and later).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        await self._session.require_version("1.12.7", "post_modality_get")
        if "UserData" in body:
            await self._session.require_version("1.13.0", "post_modality_get(body['UserData'])")
        content = await self._session.read(
            "POST",
            f"/modalities/{_quote(id)}/get",
            json=body,
            timeout=timeout,
        )
        result: JsonValue = adapter(JsonValue).validate_json(content)
        return result

    async def post_modality_move(
        self,
        id: str,
        body: PostModalityMoveBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """Trigger C-MOVE SCU. `POST /modalities/{id}/move`

        Orthanc 1.10.1 and later.

        Start a C-MOVE SCU command as a job, in order to drive the execution of a sequence of
        C-STORE commands by some remote DICOM modality whose identifier is provided in the URL:
        https://orthanc.uclouvain.be/book/users/rest.html#performing-c-move

        Args:
            id: Identifier of the modality of interest
            body: The json body. Keys: `Asynchronous` (Orthanc 1.12.7 and later), `Permissive` (Orthanc
                1.12.7 and later), `Priority` (Orthanc 1.12.7 and later), `Synchronous` (Orthanc 1.12.7
                and later), `UserData` (Orthanc 1.13.0 and later).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        if "Asynchronous" in body:
            await self._session.require_version(
                "1.12.7", "post_modality_move(body['Asynchronous'])"
            )
        if "Permissive" in body:
            await self._session.require_version("1.12.7", "post_modality_move(body['Permissive'])")
        if "Priority" in body:
            await self._session.require_version("1.12.7", "post_modality_move(body['Priority'])")
        if "Synchronous" in body:
            await self._session.require_version("1.12.7", "post_modality_move(body['Synchronous'])")
        if "UserData" in body:
            await self._session.require_version("1.13.0", "post_modality_move(body['UserData'])")
        content = await self._session.read(
            "POST",
            f"/modalities/{_quote(id)}/move",
            json=body,
            timeout=timeout,
        )
        result: JsonValue = adapter(JsonValue).validate_json(content)
        return result

    async def post_modality_query(
        self,
        id: str,
        body: PostModalityQueryBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> QueryCreated:
        """Trigger C-FIND SCU. `POST /modalities/{id}/query`

        Orthanc 1.10.1 and later.

        Trigger C-FIND SCU command against the DICOM modality whose identifier is provided in URL:
        https://orthanc.uclouvain.be/book/users/rest.html#performing-query-retrieve-c-find-and-find-with-rest

        Args:
            id: Identifier of the modality of interest
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        content = await self._session.read(
            "POST",
            f"/modalities/{_quote(id)}/query",
            json=body,
            timeout=timeout,
        )
        return QueryCreated.model_validate_json(content)

    async def post_modality_storage_commitment(
        self,
        id: str,
        body: PostModalityStorageCommitmentBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StorageCommitmentCreated:
        """Trigger storage commitment request. `POST /modalities/{id}/storage-commitment`

        Orthanc 1.10.1 and later.

        Trigger a storage commitment request to some remote DICOM modality whose identifier is
        provided in the URL:
        https://orthanc.uclouvain.be/book/users/storage-commitment.html#storage-commitment-scu

        Args:
            id: Identifier of the modality of interest
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        content = await self._session.read(
            "POST",
            f"/modalities/{_quote(id)}/storage-commitment",
            json=body,
            timeout=timeout,
        )
        return StorageCommitmentCreated.model_validate_json(content)

    @overload
    async def post_modality_store(
        self,
        id: str,
        body: PostModalityStoreBody | Mapping[str, object],
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModalityStoreResult: ...

    @overload
    async def post_modality_store(
        self,
        id: str,
        body: PostModalityStoreBody | Mapping[str, object],
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JobSubmitted: ...

    @overload
    async def post_modality_store(
        self,
        id: str,
        body: PostModalityStoreBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModalityStoreResult | JobSubmitted: ...

    async def post_modality_store(
        self,
        id: str,
        body: PostModalityStoreBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModalityStoreResult | JobSubmitted:
        """Trigger C-STORE SCU. `POST /modalities/{id}/store`

        Orthanc 1.10.1 and later.

        Start a C-STORE SCU command as a job, in order to send DICOM resources stored locally to
        some remote DICOM modality whose identifier is provided in the URL:
        https://orthanc.uclouvain.be/book/users/rest.html#rest-store-scu

        Args:
            id: Identifier of the modality of interest
            body: The json body. Keys: `CalledAet` (Orthanc 1.12.7 and later), `Host` (Orthanc 1.12.7 and
                later), `Port` (Orthanc 1.12.7 and later), `UserData` (Orthanc 1.13.0 and later).
            asynchronous: Run as a job and answer a `JobSubmitted`, else answer the result. It sets the body's
                `Asynchronous` and `Synchronous` (a body that says otherwise raises ValueError).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer: `ModalityStoreResult`; with `asynchronous=True`: `JobSubmitted`.
        """
        if "CalledAet" in body:
            await self._session.require_version("1.12.7", "post_modality_store(body['CalledAet'])")
        if "Host" in body:
            await self._session.require_version("1.12.7", "post_modality_store(body['Host'])")
        if "Port" in body:
            await self._session.require_version("1.12.7", "post_modality_store(body['Port'])")
        if "UserData" in body:
            await self._session.require_version("1.13.0", "post_modality_store(body['UserData'])")
        content = await self._session.read(
            "POST",
            f"/modalities/{_quote(id)}/store",
            json=job_body(body, asynchronous),
            timeout=timeout,
        )
        if asynchronous:
            return JobSubmitted.model_validate_json(content)
        return ModalityStoreResult.model_validate_json(content)

    async def post_modality_store_straight(
        self,
        id: str,
        body: RequestContent,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """Straight C-STORE SCU. `POST /modalities/{id}/store-straight`

        Orthanc 1.10.1 and later.

        Synchronously send the DICOM instance in the POST body to the remote DICOM modality whose
        identifier is provided in URL, without having to first store it locally within Orthanc. This
        is an alternative to command-line tools such as `storescu` from DCMTK or dcm4che.

        Args:
            id: Identifier of the modality of interest
            body: DICOM instance to be sent
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        content = await self._session.read(
            "POST",
            f"/modalities/{_quote(id)}/store-straight",
            content=body,
            timeout=timeout,
        )
        result: JsonValue = adapter(JsonValue).validate_json(content)
        return result
