# generated: do not edit, run make codegen
"""Operations of the `Networking` tag, group `queries` (generated)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import (
    adapter,
    flag,
    job_body,
)
from aiorthanc._generated.bodies import (
    PostQueryAnswerQueryInstancesBody,
    PostQueryAnswerQuerySeriesBody,
    PostQueryAnswerQueryStudiesBody,
    PostQueryAnswerRetrieveBody,
    PostQueryRetrieveBody,
)
from aiorthanc._generated.models import (
    DicomTags,
    JobSubmitted,
    QueryCreated,
    RetrieveResult,
    ShortTags,
    SimplifiedTags,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["NetworkingQueriesOperations"]


class NetworkingQueriesOperations:
    """The 14 operations of the `queries` group of `orthanc.api.networking`, inherited by `NetworkingApi`."""

    _session: Session

    async def get_queries(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List query/retrieve operations. `GET /queries`

        Orthanc 1.10.1 and later.

        List the identifiers of all the query/retrieve operations on DICOM modalities, as initiated
        by calls to `/modalities/{id}/query`. The length of this list is bounded by the
        `QueryRetrieveSize` configuration option of Orthanc.
        https://orthanc.uclouvain.be/book/users/rest.html#performing-query-retrieve-c-find-and-find-with-rest

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the identifiers
        """
        content = await self._session.read(
            "GET",
            "/queries",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def get_query(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List operations on a query. `GET /queries/{id}`

        Orthanc 1.10.1 and later.

        List the available operations for the query/retrieve operation whose identifier is provided
        in the URL

        Args:
            id: Identifier of the query of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the list of operations
        """
        content = await self._session.read(
            "GET",
            f"/queries/{_quote(id)}",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def delete_query(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Delete a query. `DELETE /queries/{id}`

        Orthanc 1.10.1 and later.

        Delete the query/retrieve operation whose identifier is provided in the URL

        Args:
            id: Identifier of the query of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "DELETE",
            f"/queries/{_quote(id)}",
            timeout=timeout,
        )

    @overload
    async def get_query_answers(
        self,
        id: str,
        *,
        expand: Literal[False] = False,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]: ...

    @overload
    async def get_query_answers(
        self,
        id: str,
        *,
        expand: Literal[True],
        short: bool = False,
        simplify: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[SimplifiedTags]: ...

    @overload
    async def get_query_answers(
        self,
        id: str,
        *,
        expand: Literal[True],
        short: Literal[True],
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[ShortTags]: ...

    @overload
    async def get_query_answers(
        self,
        id: str,
        *,
        expand: Literal[True],
        short: Literal[False] = False,
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[DicomTags]: ...

    @overload
    async def get_query_answers(
        self,
        id: str,
        *,
        expand: bool = False,
        short: bool = False,
        simplify: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | list[SimplifiedTags] | list[ShortTags] | list[DicomTags]: ...

    async def get_query_answers(
        self,
        id: str,
        *,
        expand: bool = False,
        short: bool = False,
        simplify: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | list[SimplifiedTags] | list[ShortTags] | list[DicomTags]:
        """List answers to a query. `GET /queries/{id}/answers`

        Orthanc 1.10.1 and later.

        List the indices of all the available answers resulting from a query/retrieve operation on
        some DICOM modality, whose identifier is provided in the URL

        Args:
            id: Identifier of the query of interest
            expand: If present, retrieve detailed information about the individual answers
            short: If present, report the DICOM tags in hexadecimal format
            simplify: If present, report the DICOM tags in human-readable format (using the symbolic name of
                the tags)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the indices of the answers, or detailed information about the
            reported answers (if `expand` argument is provided): `list[str]`; with `expand` and
            `simplify`: `list[SimplifiedTags]`; else with `expand` and `short`: `list[ShortTags]`;
            else with `expand`: `list[DicomTags]`.
        """
        content = await self._session.read(
            "GET",
            f"/queries/{_quote(id)}/answers",
            params={"expand": flag(expand), "short": flag(short), "simplify": flag(simplify)},
            timeout=timeout,
        )
        if expand and simplify:
            expand_simplify_answer: list[SimplifiedTags] = adapter(
                list[SimplifiedTags]
            ).validate_json(content)
            return expand_simplify_answer
        if expand and short:
            expand_short_answer: list[ShortTags] = adapter(list[ShortTags]).validate_json(content)
            return expand_short_answer
        if expand:
            expand_answer: list[DicomTags] = adapter(list[DicomTags]).validate_json(content)
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def get_query_answer(
        self,
        id: str,
        index: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List operations on an answer. `GET /queries/{id}/answers/{index}`

        Orthanc 1.10.1 and later.

        List the available operations on an answer associated with the query/retrieve operation
        whose identifier is provided in the URL

        Args:
            id: Identifier of the query of interest
            index: Index of the answer
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the list of operations
        """
        content = await self._session.read(
            "GET",
            f"/queries/{_quote(id)}/answers/{_quote(index)}",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    @overload
    async def get_query_answer_content(
        self,
        id: str,
        index: str,
        *,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags: ...

    @overload
    async def get_query_answer_content(
        self,
        id: str,
        index: str,
        *,
        short: bool = False,
        simplify: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SimplifiedTags: ...

    @overload
    async def get_query_answer_content(
        self,
        id: str,
        index: str,
        *,
        short: Literal[True],
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ShortTags: ...

    @overload
    async def get_query_answer_content(
        self,
        id: str,
        index: str,
        *,
        short: bool = False,
        simplify: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags | SimplifiedTags | ShortTags: ...

    async def get_query_answer_content(
        self,
        id: str,
        index: str,
        *,
        short: bool = False,
        simplify: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags | SimplifiedTags | ShortTags:
        """Get one answer. `GET /queries/{id}/answers/{index}/content`

        Orthanc 1.10.1 and later.

        Get the content (DICOM tags) of one answer associated with the query/retrieve operation
        whose identifier is provided in the URL

        Args:
            id: Identifier of the query of interest
            index: Index of the answer
            short: If present, report the DICOM tags in hexadecimal format
            simplify: If present, report the DICOM tags in human-readable format (using the symbolic name of
                the tags)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON object containing the DICOM tags of the answer: `DicomTags`; with `simplify`:
            `SimplifiedTags`; else with `short`: `ShortTags`.
        """
        content = await self._session.read(
            "GET",
            f"/queries/{_quote(id)}/answers/{_quote(index)}/content",
            params={"short": flag(short), "simplify": flag(simplify)},
            timeout=timeout,
        )
        if simplify:
            simplify_answer: SimplifiedTags = adapter(SimplifiedTags).validate_json(content)
            return simplify_answer
        if short:
            short_answer: ShortTags = adapter(ShortTags).validate_json(content)
            return short_answer
        result: DicomTags = adapter(DicomTags).validate_json(content)
        return result

    async def post_query_answer_query_instances(
        self,
        id: str,
        index: str,
        body: PostQueryAnswerQueryInstancesBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> QueryCreated:
        """Query the child instances of an answer. `POST /queries/{id}/answers/{index}/query-instances`

        Orthanc 1.10.1 and later.

        Issue a second DICOM C-FIND operation, in order to query the child instances associated with
        one answer to some query/retrieve operation whose identifiers are provided in the URL

        Args:
            id: Identifier of the query of interest
            index: Index of the answer
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        content = await self._session.read(
            "POST",
            f"/queries/{_quote(id)}/answers/{_quote(index)}/query-instances",
            json=body,
            timeout=timeout,
        )
        return QueryCreated.model_validate_json(content)

    async def post_query_answer_query_series(
        self,
        id: str,
        index: str,
        body: PostQueryAnswerQuerySeriesBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> QueryCreated:
        """Query the child series of an answer. `POST /queries/{id}/answers/{index}/query-series`

        Orthanc 1.10.1 and later.

        Issue a second DICOM C-FIND operation, in order to query the child series associated with
        one answer to some query/retrieve operation whose identifiers are provided in the URL

        Args:
            id: Identifier of the query of interest
            index: Index of the answer
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        content = await self._session.read(
            "POST",
            f"/queries/{_quote(id)}/answers/{_quote(index)}/query-series",
            json=body,
            timeout=timeout,
        )
        return QueryCreated.model_validate_json(content)

    async def post_query_answer_query_studies(
        self,
        id: str,
        index: str,
        body: PostQueryAnswerQueryStudiesBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> QueryCreated:
        """Query the child studies of an answer. `POST /queries/{id}/answers/{index}/query-studies`

        Orthanc 1.10.1 and later.

        Issue a second DICOM C-FIND operation, in order to query the child studies associated with
        one answer to some query/retrieve operation whose identifiers are provided in the URL

        Args:
            id: Identifier of the query of interest
            index: Index of the answer
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        content = await self._session.read(
            "POST",
            f"/queries/{_quote(id)}/answers/{_quote(index)}/query-studies",
            json=body,
            timeout=timeout,
        )
        return QueryCreated.model_validate_json(content)

    @overload
    async def post_query_answer_retrieve(
        self,
        id: str,
        index: str,
        body: PostQueryAnswerRetrieveBody | Mapping[str, object],
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> RetrieveResult: ...

    @overload
    async def post_query_answer_retrieve(
        self,
        id: str,
        index: str,
        body: PostQueryAnswerRetrieveBody | Mapping[str, object],
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JobSubmitted: ...

    @overload
    async def post_query_answer_retrieve(
        self,
        id: str,
        index: str,
        body: PostQueryAnswerRetrieveBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> RetrieveResult | JobSubmitted: ...

    async def post_query_answer_retrieve(
        self,
        id: str,
        index: str,
        body: PostQueryAnswerRetrieveBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> RetrieveResult | JobSubmitted:
        """Retrieve one answer with a C-MOVE or a C-GET SCU. `POST /queries/{id}/answers/{index}/retrieve`

        Orthanc 1.10.1 and later.

        Start a C-MOVE or a C-GET SCU command as a job, in order to retrieve one answer associated
        with the query/retrieve operation whose identifiers are provided in the URL:
        https://orthanc.uclouvain.be/book/users/rest.html#performing-retrieve-c-move

        Args:
            id: Identifier of the query of interest
            index: Index of the answer
            body: The json body. Keys: `RetrieveMethod` (Orthanc 1.12.7 and later), `UserData` (Orthanc
                1.13.0 and later).
            asynchronous: Run as a job and answer a `JobSubmitted`, else answer the result. It sets the body's
                `Asynchronous` and `Synchronous` (a body that says otherwise raises ValueError).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer: `RetrieveResult`; with `asynchronous=True`: `JobSubmitted`.
        """
        if "RetrieveMethod" in body:
            await self._session.require_version(
                "1.12.7", "post_query_answer_retrieve(body['RetrieveMethod'])"
            )
        if "UserData" in body:
            await self._session.require_version(
                "1.13.0", "post_query_answer_retrieve(body['UserData'])"
            )
        content = await self._session.read(
            "POST",
            f"/queries/{_quote(id)}/answers/{_quote(index)}/retrieve",
            json=job_body(body, asynchronous),
            timeout=timeout,
        )
        if asynchronous:
            return JobSubmitted.model_validate_json(content)
        return RetrieveResult.model_validate_json(content)

    async def get_query_level(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get level of original query. `GET /queries/{id}/level`

        Orthanc 1.10.1 and later.

        Get the query level (value of the `QueryRetrieveLevel` tag) of the query/retrieve operation
        whose identifier is provided in the URL

        Args:
            id: Identifier of the query of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The level
        """
        response = await self._session.request(
            "GET",
            f"/queries/{_quote(id)}/level",
            timeout=timeout,
        )
        return response.text

    async def get_query_modality(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get modality of original query. `GET /queries/{id}/modality`

        Orthanc 1.10.1 and later.

        Get the identifier of the DICOM modality that was targeted by the query/retrieve operation
        whose identifier is provided in the URL

        Args:
            id: Identifier of the query of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The identifier of the DICOM modality
        """
        response = await self._session.request(
            "GET",
            f"/queries/{_quote(id)}/modality",
            timeout=timeout,
        )
        return response.text

    @overload
    async def get_query_query(
        self,
        id: str,
        *,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags: ...

    @overload
    async def get_query_query(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SimplifiedTags: ...

    @overload
    async def get_query_query(
        self,
        id: str,
        *,
        short: Literal[True],
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ShortTags: ...

    @overload
    async def get_query_query(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags | SimplifiedTags | ShortTags: ...

    async def get_query_query(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags | SimplifiedTags | ShortTags:
        """Get original query arguments. `GET /queries/{id}/query`

        Orthanc 1.10.1 and later.

        Get the original DICOM filter associated with the query/retrieve operation whose identifier
        is provided in the URL

        Args:
            id: Identifier of the query of interest
            short: If present, report the DICOM tags in hexadecimal format
            simplify: If present, report the DICOM tags in human-readable format (using the symbolic name of
                the tags)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Content of the original query: `DicomTags`; with `simplify`: `SimplifiedTags`; else with
            `short`: `ShortTags`.
        """
        content = await self._session.read(
            "GET",
            f"/queries/{_quote(id)}/query",
            params={"short": flag(short), "simplify": flag(simplify)},
            timeout=timeout,
        )
        if simplify:
            simplify_answer: SimplifiedTags = adapter(SimplifiedTags).validate_json(content)
            return simplify_answer
        if short:
            short_answer: ShortTags = adapter(ShortTags).validate_json(content)
            return short_answer
        result: DicomTags = adapter(DicomTags).validate_json(content)
        return result

    @overload
    async def post_query_retrieve(
        self,
        id: str,
        body: PostQueryRetrieveBody | Mapping[str, object],
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> RetrieveResult: ...

    @overload
    async def post_query_retrieve(
        self,
        id: str,
        body: PostQueryRetrieveBody | Mapping[str, object],
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JobSubmitted: ...

    @overload
    async def post_query_retrieve(
        self,
        id: str,
        body: PostQueryRetrieveBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> RetrieveResult | JobSubmitted: ...

    async def post_query_retrieve(
        self,
        id: str,
        body: PostQueryRetrieveBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> RetrieveResult | JobSubmitted:
        """Retrieve all answers with C-MOVE SCU. `POST /queries/{id}/retrieve`

        Orthanc 1.10.1 and later.

        Start a C-MOVE SCU command as a job, in order to retrieve all the answers associated with
        the query/retrieve operation whose identifier is provided in the URL:
        https://orthanc.uclouvain.be/book/users/rest.html#performing-retrieve-c-move

        Args:
            id: Identifier of the query of interest
            body: The json body. Keys: `RetrieveMethod` (Orthanc 1.12.7 and later), `UserData` (Orthanc
                1.13.0 and later).
            asynchronous: Run as a job and answer a `JobSubmitted`, else answer the result. It sets the body's
                `Asynchronous` and `Synchronous` (a body that says otherwise raises ValueError).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer: `RetrieveResult`; with `asynchronous=True`: `JobSubmitted`.
        """
        if "RetrieveMethod" in body:
            await self._session.require_version(
                "1.12.7", "post_query_retrieve(body['RetrieveMethod'])"
            )
        if "UserData" in body:
            await self._session.require_version("1.13.0", "post_query_retrieve(body['UserData'])")
        content = await self._session.read(
            "POST",
            f"/queries/{_quote(id)}/retrieve",
            json=job_body(body, asynchronous),
            timeout=timeout,
        )
        if asynchronous:
            return JobSubmitted.model_validate_json(content)
        return RetrieveResult.model_validate_json(content)
