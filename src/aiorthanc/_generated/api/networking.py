# generated: do not edit, run make codegen
"""Operations of the `Networking` tag of Orthanc's REST API (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import JsonValue, adapter, flag
from aiorthanc._api_support import quote_segment as _quote
from aiorthanc._content import RequestContent
from aiorthanc._generated.bodies import (
    PostModalityEchoBody,
    PostModalityFindWorklistBody,
    PostModalityMoveBody,
    PostModalityQueryBody,
    PostModalityStorageCommitmentBody,
    PostModalityStoreBody,
    PostPeerStoreBody,
    PostQueryAnswerQueryInstancesBody,
    PostQueryAnswerQuerySeriesBody,
    PostQueryAnswerQueryStudiesBody,
    PostQueryAnswerRetrieveBody,
    PostQueryRetrieveBody,
    PutModalityBody,
    PutPeerBody,
)
from aiorthanc._generated.models import (
    DicomTags,
    JobSubmitted,
    Modality,
    Peer,
    ShortTags,
    SimplifiedTags,
    StorageCommitmentReport,
    SystemInfo,
    UploadResult,
)

if TYPE_CHECKING:
    from aiorthanc._client import AsyncOrthanc

__all__ = ["NetworkingApi"]


class NetworkingApi:
    """The 41 operations of the `Networking` tag: `orthanc.api.networking.<name>(...)`."""

    def __init__(self, client: AsyncOrthanc) -> None:
        self._client = client

    @overload
    async def get_modalities(
        self,
        *,
        expand: Literal[False] = False,
    ) -> list[str]: ...

    @overload
    async def get_modalities(
        self,
        *,
        expand: Literal[True],
    ) -> dict[str, Modality]: ...

    @overload
    async def get_modalities(
        self,
        *,
        expand: bool = False,
    ) -> list[str] | dict[str, Modality]: ...

    async def get_modalities(
        self,
        *,
        expand: bool = False,
    ) -> list[str] | dict[str, Modality]:
        """List DICOM modalities. `GET /modalities`

        List all the DICOM modalities that are known to Orthanc. This corresponds either to the
        content of the `DicomModalities` configuration option, or to the information stored in the
        database if `DicomModalitiesInDatabase` is `true`.

        Args:
            expand: If present, retrieve detailed information about the individual DICOM modalities

        Returns:
            The JSON answer. `list[str]`; with `expand`: `dict[str, Modality]`.
        """
        response = await self._client.request(
            "GET",
            "/modalities",
            params={"expand": flag(expand)},
        )
        if expand:
            expand_answer: dict[str, Modality] = adapter(dict[str, Modality]).validate_json(
                response.content
            )
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def get_modality(
        self,
        id: str,
    ) -> list[str]:
        """List operations on modality. `GET /modalities/{id}`

        List the operations that are available for a DICOM modality.

        Args:
            id: Identifier of the DICOM modality of interest

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/modalities/{_quote(id)}",
        )
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def put_modality(
        self,
        id: str,
        body: PutModalityBody,
    ) -> None:
        """Update DICOM modality. `PUT /modalities/{id}`

        Define a new DICOM modality, or update an existing one. This change is permanent iff.
        `DicomModalitiesInDatabase` is `true`, otherwise it is lost at the next restart of Orthanc.

        Args:
            id: Identifier of the new/updated DICOM modality
            body: The json body.

        Returns:
            Nothing.
        """
        await self._client.request(
            "PUT",
            f"/modalities/{_quote(id)}",
            json=body,
        )

    async def delete_modality(
        self,
        id: str,
    ) -> None:
        """Delete DICOM modality. `DELETE /modalities/{id}`

        Delete one DICOM modality. This change is permanent iff. `DicomModalitiesInDatabase` is
        `true`, otherwise it is lost at the next restart of Orthanc.

        Args:
            id: Identifier of the DICOM modality of interest

        Returns:
            Nothing.
        """
        await self._client.request(
            "DELETE",
            f"/modalities/{_quote(id)}",
        )

    async def get_modality_configuration(
        self,
        id: str,
    ) -> Modality:
        """Get modality configuration. `GET /modalities/{id}/configuration`

        Get detailed information about the configuration of some DICOM modality

        Args:
            id: Identifier of the modality of interest

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/modalities/{_quote(id)}/configuration",
        )
        return Modality.model_validate_json(response.content)

    async def post_modality_echo(
        self,
        id: str,
        body: PostModalityEchoBody,
    ) -> None:
        """Trigger C-ECHO SCU. `POST /modalities/{id}/echo`

        Trigger C-ECHO SCU command against the DICOM modality whose identifier is provided in URL:
        https://book.orthanc-server.com/users/rest.html#performing-c-echo

        Args:
            id: Identifier of the modality of interest
            body: The json body.

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            f"/modalities/{_quote(id)}/echo",
            json=body,
        )

    async def post_modality_find(
        self,
        id: str,
        body: JsonValue,
    ) -> JsonValue:
        """Hierarchical C-FIND SCU. `POST /modalities/{id}/find`

        Deprecated by Orthanc.

        Trigger a sequence of C-FIND SCU commands against the DICOM modality whose identifier is
        provided in URL, in order to discover a hierarchy of matching patients/studies/series.
        Deprecated in favor of `/modalities/{id}/query`.

        Args:
            id: Identifier of the modality of interest
            body: Associative array containing the query on the values of the DICOM tags

        Returns:
            JSON array describing the DICOM tags of the matching patients, embedding the matching
            studies, then the matching series.
        """
        response = await self._client.request(
            "POST",
            f"/modalities/{_quote(id)}/find",
            json=body,
        )
        result: JsonValue = response.json()
        return result

    async def post_modality_find_instance(
        self,
        id: str,
        body: JsonValue,
    ) -> JsonValue:
        """C-FIND SCU for instances. `POST /modalities/{id}/find-instance`

        Deprecated by Orthanc.

        Trigger C-FIND SCU command against the DICOM modality whose identifier is provided in URL,
        in order to find an instance. Deprecated in favor of `/modalities/{id}/query`.

        Args:
            id: Identifier of the modality of interest
            body: Associative array containing the query on the values of the DICOM tags

        Returns:
            JSON array describing the DICOM tags of the matching instances
        """
        response = await self._client.request(
            "POST",
            f"/modalities/{_quote(id)}/find-instance",
            json=body,
        )
        result: JsonValue = response.json()
        return result

    async def post_modality_find_patient(
        self,
        id: str,
        body: JsonValue,
    ) -> JsonValue:
        """C-FIND SCU for patients. `POST /modalities/{id}/find-patient`

        Deprecated by Orthanc.

        Trigger C-FIND SCU command against the DICOM modality whose identifier is provided in URL,
        in order to find a patient. Deprecated in favor of `/modalities/{id}/query`.

        Args:
            id: Identifier of the modality of interest
            body: Associative array containing the query on the values of the DICOM tags

        Returns:
            JSON array describing the DICOM tags of the matching patients
        """
        response = await self._client.request(
            "POST",
            f"/modalities/{_quote(id)}/find-patient",
            json=body,
        )
        result: JsonValue = response.json()
        return result

    async def post_modality_find_series(
        self,
        id: str,
        body: JsonValue,
    ) -> JsonValue:
        """C-FIND SCU for series. `POST /modalities/{id}/find-series`

        Deprecated by Orthanc.

        Trigger C-FIND SCU command against the DICOM modality whose identifier is provided in URL,
        in order to find a series. Deprecated in favor of `/modalities/{id}/query`.

        Args:
            id: Identifier of the modality of interest
            body: Associative array containing the query on the values of the DICOM tags

        Returns:
            JSON array describing the DICOM tags of the matching series
        """
        response = await self._client.request(
            "POST",
            f"/modalities/{_quote(id)}/find-series",
            json=body,
        )
        result: JsonValue = response.json()
        return result

    async def post_modality_find_study(
        self,
        id: str,
        body: JsonValue,
    ) -> JsonValue:
        """C-FIND SCU for studies. `POST /modalities/{id}/find-study`

        Deprecated by Orthanc.

        Trigger C-FIND SCU command against the DICOM modality whose identifier is provided in URL,
        in order to find a study. Deprecated in favor of `/modalities/{id}/query`.

        Args:
            id: Identifier of the modality of interest
            body: Associative array containing the query on the values of the DICOM tags

        Returns:
            JSON array describing the DICOM tags of the matching studies
        """
        response = await self._client.request(
            "POST",
            f"/modalities/{_quote(id)}/find-study",
            json=body,
        )
        result: JsonValue = response.json()
        return result

    async def post_modality_find_worklist(
        self,
        id: str,
        body: PostModalityFindWorklistBody,
    ) -> JsonValue:
        """C-FIND SCU for worklist. `POST /modalities/{id}/find-worklist`

        Trigger C-FIND SCU command against the remote worklists of the DICOM modality whose
        identifier is provided in URL

        Args:
            id: Identifier of the modality of interest
            body: The json body.

        Returns:
            JSON array describing the DICOM tags of the matching worklists
        """
        response = await self._client.request(
            "POST",
            f"/modalities/{_quote(id)}/find-worklist",
            json=body,
        )
        result: JsonValue = response.json()
        return result

    async def post_modality_move(
        self,
        id: str,
        body: PostModalityMoveBody,
    ) -> None:
        """Trigger C-MOVE SCU. `POST /modalities/{id}/move`

        Start a C-MOVE SCU command as a job, in order to drive the execution of a sequence of
        C-STORE commands by some remote DICOM modality whose identifier is provided in the URL:
        https://book.orthanc-server.com/users/rest.html#performing-c-move

        Args:
            id: Identifier of the modality of interest
            body: The json body.

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            f"/modalities/{_quote(id)}/move",
            json=body,
        )

    async def post_modality_query(
        self,
        id: str,
        body: PostModalityQueryBody,
    ) -> JobSubmitted:
        """Trigger C-FIND SCU. `POST /modalities/{id}/query`

        Trigger C-FIND SCU command against the DICOM modality whose identifier is provided in URL:
        https://book.orthanc-server.com/users/rest.html#performing-query-retrieve-c-find-and-find-with-rest

        Args:
            id: Identifier of the modality of interest
            body: The json body.

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            f"/modalities/{_quote(id)}/query",
            json=body,
        )
        return JobSubmitted.model_validate_json(response.content)

    async def post_modality_storage_commitment(
        self,
        id: str,
        body: PostModalityStorageCommitmentBody,
    ) -> JobSubmitted:
        """Trigger storage commitment request. `POST /modalities/{id}/storage-commitment`

        Trigger a storage commitment request to some remote DICOM modality whose identifier is
        provided in the URL:
        https://book.orthanc-server.com/users/storage-commitment.html#storage-commitment-scu

        Args:
            id: Identifier of the modality of interest
            body: The json body.

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            f"/modalities/{_quote(id)}/storage-commitment",
            json=body,
        )
        return JobSubmitted.model_validate_json(response.content)

    async def post_modality_store(
        self,
        id: str,
        body: PostModalityStoreBody,
    ) -> JobSubmitted:
        """Trigger C-STORE SCU. `POST /modalities/{id}/store`

        Start a C-STORE SCU command as a job, in order to send DICOM resources stored locally to
        some remote DICOM modality whose identifier is provided in the URL:
        https://book.orthanc-server.com/users/rest.html#rest-store-scu

        Args:
            id: Identifier of the modality of interest
            body: The json body.

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            f"/modalities/{_quote(id)}/store",
            json=body,
        )
        return JobSubmitted.model_validate_json(response.content)

    async def post_modality_store_straight(
        self,
        id: str,
        body: RequestContent,
    ) -> JsonValue:
        """Straight C-STORE SCU. `POST /modalities/{id}/store-straight`

        Synchronously send the DICOM instance in the POST body to the remote DICOM modality whose
        identifier is provided in URL, without having to first store it locally within Orthanc. This
        is an alternative to command-line tools such as `storescu` from DCMTK or dcm4che.

        Args:
            id: Identifier of the modality of interest
            body: DICOM instance to be sent

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            f"/modalities/{_quote(id)}/store-straight",
            content=body,
        )
        result: JsonValue = response.json()
        return result

    @overload
    async def get_peers(
        self,
        *,
        expand: Literal[False] = False,
    ) -> list[str]: ...

    @overload
    async def get_peers(
        self,
        *,
        expand: Literal[True],
    ) -> dict[str, Peer]: ...

    @overload
    async def get_peers(
        self,
        *,
        expand: bool = False,
    ) -> list[str] | dict[str, Peer]: ...

    async def get_peers(
        self,
        *,
        expand: bool = False,
    ) -> list[str] | dict[str, Peer]:
        """List Orthanc peers. `GET /peers`

        List all the Orthanc peers that are known to Orthanc. This corresponds either to the content
        of the `OrthancPeers` configuration option, or to the information stored in the database if
        `OrthancPeersInDatabase` is `true`.

        Args:
            expand: If present, retrieve detailed information about the individual Orthanc peers

        Returns:
            The JSON answer. `list[str]`; with `expand`: `dict[str, Peer]`.
        """
        response = await self._client.request(
            "GET",
            "/peers",
            params={"expand": flag(expand)},
        )
        if expand:
            expand_answer: dict[str, Peer] = adapter(dict[str, Peer]).validate_json(
                response.content
            )
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def get_peer(
        self,
        id: str,
    ) -> list[str]:
        """List operations on peer. `GET /peers/{id}`

        List the operations that are available for an Orthanc peer.

        Args:
            id: Identifier of the peer of interest

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/peers/{_quote(id)}",
        )
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def put_peer(
        self,
        id: str,
        body: PutPeerBody,
    ) -> None:
        """Update Orthanc peer. `PUT /peers/{id}`

        Define a new Orthanc peer, or update an existing one. This change is permanent iff.
        `OrthancPeersInDatabase` is `true`, otherwise it is lost at the next restart of Orthanc.

        Args:
            id: Identifier of the new/updated Orthanc peer
            body: The json body.

        Returns:
            Nothing.
        """
        await self._client.request(
            "PUT",
            f"/peers/{_quote(id)}",
            json=body,
        )

    async def delete_peer(
        self,
        id: str,
    ) -> None:
        """Delete Orthanc peer. `DELETE /peers/{id}`

        Delete one Orthanc peer. This change is permanent iff. `OrthancPeersInDatabase` is `true`,
        otherwise it is lost at the next restart of Orthanc.

        Args:
            id: Identifier of the Orthanc peer of interest

        Returns:
            Nothing.
        """
        await self._client.request(
            "DELETE",
            f"/peers/{_quote(id)}",
        )

    async def get_peer_configuration(
        self,
        id: str,
    ) -> Peer:
        """Get peer configuration. `GET /peers/{id}/configuration`

        Get detailed information about the configuration of some Orthanc peer

        Args:
            id: Identifier of the peer of interest

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/peers/{_quote(id)}/configuration",
        )
        return Peer.model_validate_json(response.content)

    async def post_peer_store(
        self,
        id: str,
        body: PostPeerStoreBody,
    ) -> JobSubmitted:
        """Send to Orthanc peer. `POST /peers/{id}/store`

        Send DICOM resources stored locally to some remote Orthanc peer whose identifier is provided
        in the URL: https://book.orthanc-server.com/users/rest.html#sending-one-resource

        Args:
            id: Identifier of the modality of interest
            body: The json body.

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            f"/peers/{_quote(id)}/store",
            json=body,
        )
        return JobSubmitted.model_validate_json(response.content)

    async def post_peer_store_straight(
        self,
        id: str,
        body: RequestContent,
    ) -> UploadResult:
        """Straight store to peer. `POST /peers/{id}/store-straight`

        Synchronously send the DICOM instance in the POST body to the Orthanc peer whose identifier
        is provided in URL, without having to first store it locally within Orthanc. This is an
        alternative to command-line tools such as `curl`.

        Args:
            id: Identifier of the modality of interest
            body: DICOM instance to be sent

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            f"/peers/{_quote(id)}/store-straight",
            content=body,
        )
        return UploadResult.model_validate_json(response.content)

    async def get_peer_system(
        self,
        id: str,
    ) -> SystemInfo:
        """Get peer system information. `GET /peers/{id}/system`

        Get system information about some Orthanc peer. This corresponds to doing a `GET` request
        against the `/system` URI of the remote peer. This route can be used to test connectivity.

        Args:
            id: Identifier of the peer of interest

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/peers/{_quote(id)}/system",
        )
        return SystemInfo.model_validate_json(response.content)

    async def get_queries(
        self,
    ) -> list[str]:
        """List query/retrieve operations. `GET /queries`

        List the identifiers of all the query/retrieve operations on DICOM modalities, as initiated
        by calls to `/modalities/{id}/query`. The length of this list is bounded by the
        `QueryRetrieveSize` configuration option of Orthanc.
        https://book.orthanc-server.com/users/rest.html#performing-query-retrieve-c-find-and-find-with-rest

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            "/queries",
        )
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def get_query(
        self,
        id: str,
    ) -> list[str]:
        """List operations on a query. `GET /queries/{id}`

        List the available operations for the query/retrieve operation whose identifier is provided
        in the URL

        Args:
            id: Identifier of the query of interest

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/queries/{_quote(id)}",
        )
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def delete_query(
        self,
        id: str,
    ) -> None:
        """Delete a query. `DELETE /queries/{id}`

        Delete the query/retrieve operation whose identifier is provided in the URL

        Args:
            id: Identifier of the query of interest

        Returns:
            Nothing.
        """
        await self._client.request(
            "DELETE",
            f"/queries/{_quote(id)}",
        )

    @overload
    async def get_query_answers(
        self,
        id: str,
        *,
        expand: Literal[False] = False,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
    ) -> list[str]: ...

    @overload
    async def get_query_answers(
        self,
        id: str,
        *,
        expand: Literal[True],
        short: bool = False,
        simplify: Literal[True],
    ) -> list[SimplifiedTags]: ...

    @overload
    async def get_query_answers(
        self,
        id: str,
        *,
        expand: Literal[True],
        short: Literal[True],
        simplify: Literal[False] = False,
    ) -> list[ShortTags]: ...

    @overload
    async def get_query_answers(
        self,
        id: str,
        *,
        expand: Literal[True],
        short: Literal[False] = False,
        simplify: Literal[False] = False,
    ) -> list[DicomTags]: ...

    @overload
    async def get_query_answers(
        self,
        id: str,
        *,
        expand: bool = False,
        short: bool = False,
        simplify: bool = False,
    ) -> list[str] | list[SimplifiedTags] | list[ShortTags] | list[DicomTags]: ...

    async def get_query_answers(
        self,
        id: str,
        *,
        expand: bool = False,
        short: bool = False,
        simplify: bool = False,
    ) -> list[str] | list[SimplifiedTags] | list[ShortTags] | list[DicomTags]:
        """List answers to a query. `GET /queries/{id}/answers`

        List the indices of all the available answers resulting from a query/retrieve operation on
        some DICOM modality, whose identifier is provided in the URL

        Args:
            id: Identifier of the query of interest
            expand: If present, retrieve detailed information about the individual answers
            short: If present, report the DICOM tags in hexadecimal format
            simplify: If present, report the DICOM tags in human-readable format (using the symbolic name of
                the tags)

        Returns:
            The JSON answer. `list[str]`; with `expand` and `simplify`: `list[SimplifiedTags]`; else
            with `expand` and `short`: `list[ShortTags]`; else with `expand`: `list[DicomTags]`.
        """
        response = await self._client.request(
            "GET",
            f"/queries/{_quote(id)}/answers",
            params={"expand": flag(expand), "short": flag(short), "simplify": flag(simplify)},
        )
        if expand and simplify:
            expand_simplify_answer: list[SimplifiedTags] = adapter(
                list[SimplifiedTags]
            ).validate_json(response.content)
            return expand_simplify_answer
        if expand and short:
            expand_short_answer: list[ShortTags] = adapter(list[ShortTags]).validate_json(
                response.content
            )
            return expand_short_answer
        if expand:
            expand_answer: list[DicomTags] = adapter(list[DicomTags]).validate_json(
                response.content
            )
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def get_query_answer(
        self,
        id: str,
        index: str,
    ) -> list[str]:
        """List operations on an answer. `GET /queries/{id}/answers/{index}`

        List the available operations on an answer associated with the query/retrieve operation
        whose identifier is provided in the URL

        Args:
            id: Identifier of the query of interest
            index: Index of the answer

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/queries/{_quote(id)}/answers/{_quote(index)}",
        )
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    @overload
    async def get_query_answer_content(
        self,
        id: str,
        index: str,
        *,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
    ) -> DicomTags: ...

    @overload
    async def get_query_answer_content(
        self,
        id: str,
        index: str,
        *,
        short: bool = False,
        simplify: Literal[True],
    ) -> SimplifiedTags: ...

    @overload
    async def get_query_answer_content(
        self,
        id: str,
        index: str,
        *,
        short: Literal[True],
        simplify: Literal[False] = False,
    ) -> ShortTags: ...

    @overload
    async def get_query_answer_content(
        self,
        id: str,
        index: str,
        *,
        short: bool = False,
        simplify: bool = False,
    ) -> DicomTags | SimplifiedTags | ShortTags: ...

    async def get_query_answer_content(
        self,
        id: str,
        index: str,
        *,
        short: bool = False,
        simplify: bool = False,
    ) -> DicomTags | SimplifiedTags | ShortTags:
        """Get one answer. `GET /queries/{id}/answers/{index}/content`

        Get the content (DICOM tags) of one answer associated with the query/retrieve operation
        whose identifier is provided in the URL

        Args:
            id: Identifier of the query of interest
            index: Index of the answer
            short: If present, report the DICOM tags in hexadecimal format
            simplify: If present, report the DICOM tags in human-readable format (using the symbolic name of
                the tags)

        Returns:
            The JSON answer. `DicomTags`; with `simplify`: `SimplifiedTags`; else with `short`:
            `ShortTags`.
        """
        response = await self._client.request(
            "GET",
            f"/queries/{_quote(id)}/answers/{_quote(index)}/content",
            params={"short": flag(short), "simplify": flag(simplify)},
        )
        if simplify:
            simplify_answer: SimplifiedTags = adapter(SimplifiedTags).validate_json(
                response.content
            )
            return simplify_answer
        if short:
            short_answer: ShortTags = adapter(ShortTags).validate_json(response.content)
            return short_answer
        result: DicomTags = adapter(DicomTags).validate_json(response.content)
        return result

    async def post_query_answer_query_instances(
        self,
        id: str,
        index: str,
        body: PostQueryAnswerQueryInstancesBody,
    ) -> JobSubmitted:
        """Query the child instances of an answer. `POST /queries/{id}/answers/{index}/query-instances`

        Issue a second DICOM C-FIND operation, in order to query the child instances associated with
        one answer to some query/retrieve operation whose identifiers are provided in the URL

        Args:
            id: Identifier of the query of interest
            index: Index of the answer
            body: The json body.

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            f"/queries/{_quote(id)}/answers/{_quote(index)}/query-instances",
            json=body,
        )
        return JobSubmitted.model_validate_json(response.content)

    async def post_query_answer_query_series(
        self,
        id: str,
        index: str,
        body: PostQueryAnswerQuerySeriesBody,
    ) -> JobSubmitted:
        """Query the child series of an answer. `POST /queries/{id}/answers/{index}/query-series`

        Issue a second DICOM C-FIND operation, in order to query the child series associated with
        one answer to some query/retrieve operation whose identifiers are provided in the URL

        Args:
            id: Identifier of the query of interest
            index: Index of the answer
            body: The json body.

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            f"/queries/{_quote(id)}/answers/{_quote(index)}/query-series",
            json=body,
        )
        return JobSubmitted.model_validate_json(response.content)

    async def post_query_answer_query_studies(
        self,
        id: str,
        index: str,
        body: PostQueryAnswerQueryStudiesBody,
    ) -> JobSubmitted:
        """Query the child studies of an answer. `POST /queries/{id}/answers/{index}/query-studies`

        Issue a second DICOM C-FIND operation, in order to query the child studies associated with
        one answer to some query/retrieve operation whose identifiers are provided in the URL

        Args:
            id: Identifier of the query of interest
            index: Index of the answer
            body: The json body.

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            f"/queries/{_quote(id)}/answers/{_quote(index)}/query-studies",
            json=body,
        )
        return JobSubmitted.model_validate_json(response.content)

    async def post_query_answer_retrieve(
        self,
        id: str,
        index: str,
        body: PostQueryAnswerRetrieveBody,
    ) -> JobSubmitted:
        """Retrieve one answer. `POST /queries/{id}/answers/{index}/retrieve`

        Start a C-MOVE SCU command as a job, in order to retrieve one answer associated with the
        query/retrieve operation whose identifiers are provided in the URL:
        https://book.orthanc-server.com/users/rest.html#performing-retrieve-c-move

        Args:
            id: Identifier of the query of interest
            index: Index of the answer
            body: The json body.

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            f"/queries/{_quote(id)}/answers/{_quote(index)}/retrieve",
            json=body,
        )
        return JobSubmitted.model_validate_json(response.content)

    async def get_query_level(
        self,
        id: str,
    ) -> str:
        """Get level of original query. `GET /queries/{id}/level`

        Get the query level (value of the `QueryRetrieveLevel` tag) of the query/retrieve operation
        whose identifier is provided in the URL

        Args:
            id: Identifier of the query of interest

        Returns:
            The level
        """
        response = await self._client.request(
            "GET",
            f"/queries/{_quote(id)}/level",
        )
        return response.text

    async def get_query_modality(
        self,
        id: str,
    ) -> str:
        """Get modality of original query. `GET /queries/{id}/modality`

        Get the identifier of the DICOM modality that was targeted by the query/retrieve operation
        whose identifier is provided in the URL

        Args:
            id: Identifier of the query of interest

        Returns:
            The identifier of the DICOM modality
        """
        response = await self._client.request(
            "GET",
            f"/queries/{_quote(id)}/modality",
        )
        return response.text

    @overload
    async def get_query_query(
        self,
        id: str,
        *,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
    ) -> DicomTags: ...

    @overload
    async def get_query_query(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: Literal[True],
    ) -> SimplifiedTags: ...

    @overload
    async def get_query_query(
        self,
        id: str,
        *,
        short: Literal[True],
        simplify: Literal[False] = False,
    ) -> ShortTags: ...

    @overload
    async def get_query_query(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: bool = False,
    ) -> DicomTags | SimplifiedTags | ShortTags: ...

    async def get_query_query(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: bool = False,
    ) -> DicomTags | SimplifiedTags | ShortTags:
        """Get original query arguments. `GET /queries/{id}/query`

        Get the original DICOM filter associated with the query/retrieve operation whose identifier
        is provided in the URL

        Args:
            id: Identifier of the query of interest
            short: If present, report the DICOM tags in hexadecimal format
            simplify: If present, report the DICOM tags in human-readable format (using the symbolic name of
                the tags)

        Returns:
            The JSON answer. `DicomTags`; with `simplify`: `SimplifiedTags`; else with `short`:
            `ShortTags`.
        """
        response = await self._client.request(
            "GET",
            f"/queries/{_quote(id)}/query",
            params={"short": flag(short), "simplify": flag(simplify)},
        )
        if simplify:
            simplify_answer: SimplifiedTags = adapter(SimplifiedTags).validate_json(
                response.content
            )
            return simplify_answer
        if short:
            short_answer: ShortTags = adapter(ShortTags).validate_json(response.content)
            return short_answer
        result: DicomTags = adapter(DicomTags).validate_json(response.content)
        return result

    async def post_query_retrieve(
        self,
        id: str,
        body: PostQueryRetrieveBody,
    ) -> JobSubmitted:
        """Retrieve all answers. `POST /queries/{id}/retrieve`

        Start a C-MOVE SCU command as a job, in order to retrieve all the answers associated with
        the query/retrieve operation whose identifier is provided in the URL:
        https://book.orthanc-server.com/users/rest.html#performing-retrieve-c-move

        Args:
            id: Identifier of the query of interest
            body: The json body.

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            f"/queries/{_quote(id)}/retrieve",
            json=body,
        )
        return JobSubmitted.model_validate_json(response.content)

    async def get_storage_commitment_by_id(
        self,
        id: str,
    ) -> StorageCommitmentReport:
        """Get storage commitment report. `GET /storage-commitment/{id}`

        Get the storage commitment report whose identifier is provided in the URL:
        https://book.orthanc-server.com/users/storage-commitment.html#storage-commitment-scu

        Args:
            id: Identifier of the storage commitment report

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/storage-commitment/{_quote(id)}",
        )
        return StorageCommitmentReport.model_validate_json(response.content)

    async def post_storage_commitment_remove(
        self,
        id: str,
    ) -> None:
        """Remove after storage commitment. `POST /storage-commitment/{id}/remove`

        Remove out of Orthanc, the DICOM instances that have been reported to have been properly
        received the storage commitment report whose identifier is provided in the URL. This is only
        possible if the `Status` of the storage commitment report is `Success`.
        https://book.orthanc-server.com/users/storage-commitment.html#removing-the-instances

        Args:
            id: Identifier of the storage commitment report

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            f"/storage-commitment/{_quote(id)}/remove",
        )
