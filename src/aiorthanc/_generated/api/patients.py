# generated: do not edit, run make codegen
"""Operations of the `Patients` tag of Orthanc's REST API (generated)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Literal, overload

import httpx

from aiorthanc._api_support import JsonValue, adapter, flag, headers
from aiorthanc._api_support import quote_segment as _quote
from aiorthanc._content import RequestContent
from aiorthanc._generated.bodies import (
    PostPatientAnonymizeBody,
    PostPatientArchiveBody,
    PostPatientMediaBody,
    PostPatientModifyBody,
)
from aiorthanc._generated.models import (
    AttachmentInfo,
    DicomTags,
    InstanceInfo,
    ModificationResult,
    PatientInfo,
    ResourceStatistics,
    SeriesInfo,
    ShortTags,
    SimplifiedTags,
    StudyInfo,
)

if TYPE_CHECKING:
    from aiorthanc._client import AsyncOrthanc

__all__ = ["PatientsApi"]


class PatientsApi:
    """The 37 operations of the `Patients` tag: `orthanc.api.patients.<name>(...)`."""

    def __init__(self, client: AsyncOrthanc) -> None:
        self._client = client

    @overload
    async def get_patients(
        self,
        *,
        expand: Literal[False] = False,
        full: bool = False,
        limit: float | None = None,
        short: bool = False,
        since: float | None = None,
    ) -> list[str]: ...

    @overload
    async def get_patients(
        self,
        *,
        expand: Literal[True],
        full: bool = False,
        limit: float | None = None,
        short: bool = False,
        since: float | None = None,
    ) -> list[PatientInfo]: ...

    @overload
    async def get_patients(
        self,
        *,
        expand: bool = False,
        full: bool = False,
        limit: float | None = None,
        short: bool = False,
        since: float | None = None,
    ) -> list[str] | list[PatientInfo]: ...

    async def get_patients(
        self,
        *,
        expand: bool = False,
        full: bool = False,
        limit: float | None = None,
        short: bool = False,
        since: float | None = None,
    ) -> list[str] | list[PatientInfo]:
        """List the available patients. `GET /patients`

        List the Orthanc identifiers of all the available DICOM patients

        Args:
            expand: If present, retrieve detailed information about the individual patients
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            limit: Limit the number of results
            short: If present, report the DICOM tags in hexadecimal format
            since: Show only the resources since the provided index

        Returns:
            The JSON answer. `list[str]`; with `expand`: `list[PatientInfo]`.
        """
        response = await self._client.request(
            "GET",
            "/patients",
            params={
                "expand": flag(expand),
                "full": flag(full),
                "limit": limit,
                "short": flag(short),
                "since": since,
            },
        )
        if expand:
            expand_answer: list[PatientInfo] = adapter(list[PatientInfo]).validate_json(
                response.content
            )
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def get_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> PatientInfo:
        """Get information about some patient. `GET /patients/{id}`

        Get detailed information about the DICOM patient whose Orthanc identifier is provided in the
        URL

        Args:
            id: Orthanc identifier of the patient of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}",
            params={"full": flag(full), "short": flag(short)},
        )
        return PatientInfo.model_validate_json(response.content)

    async def delete_patient(
        self,
        id: str,
    ) -> None:
        """Delete some patient. `DELETE /patients/{id}`

        Delete the DICOM patient whose Orthanc identifier is provided in the URL

        Args:
            id: Orthanc identifier of the patient of interest

        Returns:
            Nothing.
        """
        await self._client.request(
            "DELETE",
            f"/patients/{_quote(id)}",
        )

    async def post_patient_anonymize(
        self,
        id: str,
        body: PostPatientAnonymizeBody,
    ) -> ModificationResult:
        """Anonymize patient. `POST /patients/{id}/anonymize`

        Start a job that will anonymize all the DICOM instances within the patient whose identifier
        is provided in the URL. The modified DICOM instances will be stored into a brand new
        patient, whose Orthanc identifiers will be returned by the job.
        https://book.orthanc-server.com/users/anonymization.html#anonymization-of-patients-studies-or-series

        Args:
            id: Orthanc identifier of the patient of interest
            body: The json body.

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            f"/patients/{_quote(id)}/anonymize",
            json=body,
        )
        return ModificationResult.model_validate_json(response.content)

    async def get_patient_archive(
        self,
        id: str,
        *,
        transcode: str | None = None,
    ) -> bytes:
        """Create ZIP archive. `GET /patients/{id}/archive`

        Synchronously create a ZIP archive containing the DICOM patient whose Orthanc identifier is
        provided in the URL. This flavor is synchronous, which might *not* be desirable to archive
        large amount of data, as it might lead to network timeouts. Prefer the asynchronous version
        using `POST` method.

        Args:
            id: Orthanc identifier of the patient of interest
            transcode: If present, the DICOM files in the archive will be transcoded to the provided transfer
                syntax: https://book.orthanc-server.com/faq/transcoding.html

        Returns:
            ZIP file containing the archive (application/zip)
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/archive",
            params={"transcode": transcode},
        )
        return response.content

    def stream_patient_archive(
        self,
        id: str,
        *,
        transcode: str | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_patient_archive` (GET /patients/{id}/archive).

        Use as `async with api.patients.stream_patient_archive(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "GET",
            f"/patients/{_quote(id)}/archive",
            params={"transcode": transcode},
        )

    async def post_patient_archive(
        self,
        id: str,
        body: PostPatientArchiveBody,
    ) -> bytes:
        """Create ZIP archive. `POST /patients/{id}/archive`

        Create a ZIP archive containing the DICOM patient whose Orthanc identifier is provided in
        the URL

        Args:
            id: Orthanc identifier of the patient of interest
            body: The json body.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://book.orthanc-server.com/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        response = await self._client.request(
            "POST",
            f"/patients/{_quote(id)}/archive",
            json=body,
        )
        return response.content

    def stream_post_patient_archive(
        self,
        id: str,
        body: PostPatientArchiveBody,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_patient_archive` (POST /patients/{id}/archive).

        Use as `async with api.patients.stream_post_patient_archive(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "POST",
            f"/patients/{_quote(id)}/archive",
            json=body,
        )

    @overload
    async def get_patient_attachments(
        self,
        id: str,
        *,
        full: Literal[False] = False,
    ) -> list[str]: ...

    @overload
    async def get_patient_attachments(
        self,
        id: str,
        *,
        full: Literal[True],
    ) -> dict[str, int]: ...

    @overload
    async def get_patient_attachments(
        self,
        id: str,
        *,
        full: bool = False,
    ) -> list[str] | dict[str, int]: ...

    async def get_patient_attachments(
        self,
        id: str,
        *,
        full: bool = False,
    ) -> list[str] | dict[str, int]:
        """List attachments. `GET /patients/{id}/attachments`

        Get the list of attachments that are associated with the given patient

        Args:
            id: Orthanc identifier of the patient of interest
            full: If present, retrieve the attachments list and their numerical ids

        Returns:
            The JSON answer. `list[str]`; with `full`: `dict[str, int]`.
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/attachments",
            params={"full": flag(full)},
        )
        if full:
            full_answer: dict[str, int] = adapter(dict[str, int]).validate_json(response.content)
            return full_answer
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def put_patient_attachment(
        self,
        id: str,
        name: str,
        body: RequestContent,
        *,
        if_match: str | None = None,
    ) -> JsonValue:
        """Set attachment. `PUT /patients/{id}/attachments/{name}`

        Attach a file to the given DICOM patient. This call will fail if trying to modify a system
        attachment (i.e. whose index is < 1024).

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            body: Binary data containing the attachment
            if_match: Revision of the attachment, if this is not the first time this attachment is set.

        Returns:
            Empty JSON object in the case of a success
        """
        response = await self._client.request(
            "PUT",
            f"/patients/{_quote(id)}/attachments/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
            content=body,
        )
        result: JsonValue = response.json()
        return result

    async def delete_patient_attachment(
        self,
        id: str,
        name: str,
        *,
        if_match: str | None = None,
    ) -> None:
        """Delete attachment. `DELETE /patients/{id}/attachments/{name}`

        Delete an attachment associated with the given DICOM patient. This call will fail if trying
        to delete a system attachment (i.e. whose index is < 1024).

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_match: Revision of the attachment, to check if its content has not changed and can be deleted.
                This header is mandatory if `CheckRevisions` option is `true`.

        Returns:
            Nothing.
        """
        await self._client.request(
            "DELETE",
            f"/patients/{_quote(id)}/attachments/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
        )

    async def post_patient_attachment_compress(
        self,
        id: str,
        name: str,
    ) -> None:
        """Compress attachment. `POST /patients/{id}/attachments/{name}/compress`

        Change the compression scheme that is used to store an attachment.

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            f"/patients/{_quote(id)}/attachments/{_quote(name)}/compress",
        )

    async def get_patient_attachment_compressed_data(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> bytes:
        """Get attachment (no decompression). `GET /patients/{id}/attachments/{name}/compressed-data`

        Get the (binary) content of one attachment associated with the given patient. The attachment
        will not be decompressed if `StorageCompression` is `true`.

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the metadata, to check if its content has changed

        Returns:
            The attachment (application/octet-stream)
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/attachments/{_quote(name)}/compressed-data",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.content

    def stream_patient_attachment_compressed_data(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_patient_attachment_compressed_data` (GET /patients/{id}/attachments/{name}/compressed-data).

        Use as `async with api.patients.stream_patient_attachment_compressed_data(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "GET",
            f"/patients/{_quote(id)}/attachments/{_quote(name)}/compressed-data",
            headers=headers({"If-None-Match": if_none_match}),
        )

    async def get_patient_attachment_compressed_md5(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Get MD5 of attachment on disk. `GET /patients/{id}/attachments/{name}/compressed-md5`

        Get the MD5 hash of one attachment associated with the given patient, as stored on the disk.
        This is different from `.../md5` iff `EnableStorage` is `true`.

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            The MD5 of the attachment, as stored on the disk
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/attachments/{_quote(name)}/compressed-md5",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def get_patient_attachment_compressed_size(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Get size of attachment on disk. `GET /patients/{id}/attachments/{name}/compressed-size`

        Get the size of one attachment associated with the given patient, as stored on the disk.
        This is different from `.../size` iff `EnableStorage` is `true`.

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            The size of the attachment, as stored on the disk
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/attachments/{_quote(name)}/compressed-size",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def get_patient_attachment_data(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> bytes:
        """Get attachment. `GET /patients/{id}/attachments/{name}/data`

        Get the (binary) content of one attachment associated with the given patient

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the metadata, to check if its content has changed

        Returns:
            The attachment (application/octet-stream)
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/attachments/{_quote(name)}/data",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.content

    def stream_patient_attachment_data(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_patient_attachment_data` (GET /patients/{id}/attachments/{name}/data).

        Use as `async with api.patients.stream_patient_attachment_data(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "GET",
            f"/patients/{_quote(id)}/attachments/{_quote(name)}/data",
            headers=headers({"If-None-Match": if_none_match}),
        )

    async def get_patient_attachment_info(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> AttachmentInfo:
        """Get info about the attachment. `GET /patients/{id}/attachments/{name}/info`

        Get all the information about the attachment associated with the given patient

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/attachments/{_quote(name)}/info",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return AttachmentInfo.model_validate_json(response.content)

    async def get_patient_attachment_is_compressed(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Is attachment compressed?. `GET /patients/{id}/attachments/{name}/is-compressed`

        Test whether the attachment has been stored as a compressed file on the disk.

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            `0` if the attachment was stored uncompressed, `1` if it was compressed
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/attachments/{_quote(name)}/is-compressed",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def get_patient_attachment_md5(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Get MD5 of attachment. `GET /patients/{id}/attachments/{name}/md5`

        Get the MD5 hash of one attachment associated with the given patient

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            The MD5 of the attachment
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/attachments/{_quote(name)}/md5",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def get_patient_attachment_size(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Get size of attachment. `GET /patients/{id}/attachments/{name}/size`

        Get the size of one attachment associated with the given patient

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            The size of the attachment
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/attachments/{_quote(name)}/size",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def post_patient_attachment_uncompress(
        self,
        id: str,
        name: str,
    ) -> None:
        """Uncompress attachment. `POST /patients/{id}/attachments/{name}/uncompress`

        Change the compression scheme that is used to store an attachment.

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            f"/patients/{_quote(id)}/attachments/{_quote(name)}/uncompress",
        )

    async def post_patient_attachment_verify_md5(
        self,
        id: str,
        name: str,
    ) -> JsonValue:
        """Verify attachment. `POST /patients/{id}/attachments/{name}/verify-md5`

        Verify that the attachment is not corrupted, by validating its MD5 hash

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)

        Returns:
            On success, a valid JSON object is returned
        """
        response = await self._client.request(
            "POST",
            f"/patients/{_quote(id)}/attachments/{_quote(name)}/verify-md5",
        )
        result: JsonValue = response.json()
        return result

    async def get_patient_instances(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> list[InstanceInfo]:
        """Get child instances. `GET /patients/{id}/instances`

        Get detailed information about the child instances of the DICOM patient whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the patient of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/instances",
            params={"full": flag(full), "short": flag(short)},
        )
        result: list[InstanceInfo] = adapter(list[InstanceInfo]).validate_json(response.content)
        return result

    @overload
    async def get_patient_instances_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
    ) -> dict[str, DicomTags]: ...

    @overload
    async def get_patient_instances_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: Literal[True],
    ) -> dict[str, SimplifiedTags]: ...

    @overload
    async def get_patient_instances_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: Literal[True],
        simplify: Literal[False] = False,
    ) -> dict[str, ShortTags]: ...

    @overload
    async def get_patient_instances_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: bool = False,
    ) -> dict[str, DicomTags] | dict[str, SimplifiedTags] | dict[str, ShortTags]: ...

    async def get_patient_instances_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: bool = False,
    ) -> dict[str, DicomTags] | dict[str, SimplifiedTags] | dict[str, ShortTags]:
        """Get tags of instances. `GET /patients/{id}/instances-tags`

        Get the tags of all the child instances of the DICOM patient whose Orthanc identifier is
        provided in the URL

        Args:
            id: Orthanc identifier of the patient of interest
            ignore_length: Also include the DICOM tags that are provided in this list, even if their associated
                value is long
            short: If present, report the DICOM tags in hexadecimal format
            simplify: If present, report the DICOM tags in human-readable format (using the symbolic name of
                the tags)

        Returns:
            The JSON answer. `dict[str, DicomTags]`; with `simplify`: `dict[str, SimplifiedTags]`;
            else with `short`: `dict[str, ShortTags]`.
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/instances-tags",
            params={
                "ignore-length": ignore_length,
                "short": flag(short),
                "simplify": flag(simplify),
            },
        )
        if simplify:
            simplify_answer: dict[str, SimplifiedTags] = adapter(
                dict[str, SimplifiedTags]
            ).validate_json(response.content)
            return simplify_answer
        if short:
            short_answer: dict[str, ShortTags] = adapter(dict[str, ShortTags]).validate_json(
                response.content
            )
            return short_answer
        result: dict[str, DicomTags] = adapter(dict[str, DicomTags]).validate_json(response.content)
        return result

    async def get_patient_media(
        self,
        id: str,
        *,
        extended: bool = False,
        transcode: str | None = None,
    ) -> bytes:
        """Create DICOMDIR media. `GET /patients/{id}/media`

        Synchronously create a DICOMDIR media containing the DICOM patient whose Orthanc identifier
        is provided in the URL. This flavor is synchronous, which might *not* be desirable to
        archive large amount of data, as it might lead to network timeouts. Prefer the asynchronous
        version using `POST` method.

        Args:
            id: Orthanc identifier of the patient of interest
            extended: If present, will include additional tags such as `SeriesDescription`, leading to a
                so-called *extended DICOMDIR*
            transcode: If present, the DICOM files in the archive will be transcoded to the provided transfer
                syntax: https://book.orthanc-server.com/faq/transcoding.html

        Returns:
            ZIP file containing the archive (application/zip)
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/media",
            params={"extended": flag(extended), "transcode": transcode},
        )
        return response.content

    def stream_patient_media(
        self,
        id: str,
        *,
        extended: bool = False,
        transcode: str | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_patient_media` (GET /patients/{id}/media).

        Use as `async with api.patients.stream_patient_media(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "GET",
            f"/patients/{_quote(id)}/media",
            params={"extended": flag(extended), "transcode": transcode},
        )

    async def post_patient_media(
        self,
        id: str,
        body: PostPatientMediaBody,
    ) -> bytes:
        """Create DICOMDIR media. `POST /patients/{id}/media`

        Create a DICOMDIR media containing the DICOM patient whose Orthanc identifier is provided in
        the URL

        Args:
            id: Orthanc identifier of the patient of interest
            body: The json body.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://book.orthanc-server.com/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        response = await self._client.request(
            "POST",
            f"/patients/{_quote(id)}/media",
            json=body,
        )
        return response.content

    def stream_post_patient_media(
        self,
        id: str,
        body: PostPatientMediaBody,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_patient_media` (POST /patients/{id}/media).

        Use as `async with api.patients.stream_post_patient_media(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "POST",
            f"/patients/{_quote(id)}/media",
            json=body,
        )

    @overload
    async def get_patient_metadata(
        self,
        id: str,
        *,
        expand: Literal[False] = False,
    ) -> list[str]: ...

    @overload
    async def get_patient_metadata(
        self,
        id: str,
        *,
        expand: Literal[True],
    ) -> dict[str, str]: ...

    @overload
    async def get_patient_metadata(
        self,
        id: str,
        *,
        expand: bool = False,
    ) -> list[str] | dict[str, str]: ...

    async def get_patient_metadata(
        self,
        id: str,
        *,
        expand: bool = False,
    ) -> list[str] | dict[str, str]:
        """List metadata. `GET /patients/{id}/metadata`

        Get the list of metadata that are associated with the given patient

        Args:
            id: Orthanc identifier of the patient of interest
            expand: If present, also retrieve the value of the individual metadata

        Returns:
            The JSON answer. `list[str]`; with `expand`: `dict[str, str]`.
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/metadata",
            params={"expand": flag(expand)},
        )
        if expand:
            expand_answer: dict[str, str] = adapter(dict[str, str]).validate_json(response.content)
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def get_patient_metadata_by_name(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Get metadata. `GET /patients/{id}/metadata/{name}`

        Get the value of a metadata that is associated with the given patient

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the metadata, or its index (cf. `UserMetadata` configuration option)
            if_none_match: Optional revision of the metadata, to check if its content has changed

        Returns:
            Value of the metadata
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/metadata/{_quote(name)}",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def put_patient_metadata_by_name(
        self,
        id: str,
        name: str,
        body: str,
        *,
        if_match: str | None = None,
    ) -> None:
        """Set metadata. `PUT /patients/{id}/metadata/{name}`

        Set the value of some metadata in the given DICOM patient. This call will fail if trying to
        modify a system metadata (i.e. whose index is < 1024).

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the metadata, or its index (cf. `UserMetadata` configuration option)
            body: String value of the metadata
            if_match: Revision of the metadata, if this is not the first time this metadata is set.

        Returns:
            Nothing.
        """
        await self._client.request(
            "PUT",
            f"/patients/{_quote(id)}/metadata/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
            content=body.encode("utf-8"),
        )

    async def delete_patient_metadata_by_name(
        self,
        id: str,
        name: str,
        *,
        if_match: str | None = None,
    ) -> None:
        """Delete metadata. `DELETE /patients/{id}/metadata/{name}`

        Delete some metadata associated with the given DICOM patient. This call will fail if trying
        to delete a system metadata (i.e. whose index is < 1024).

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the metadata, or its index (cf. `UserMetadata` configuration option)
            if_match: Revision of the metadata, to check if its content has not changed and can be deleted.
                This header is mandatory if `CheckRevisions` option is `true`.

        Returns:
            Nothing.
        """
        await self._client.request(
            "DELETE",
            f"/patients/{_quote(id)}/metadata/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
        )

    async def post_patient_modify(
        self,
        id: str,
        body: PostPatientModifyBody,
    ) -> ModificationResult:
        """Modify patient. `POST /patients/{id}/modify`

        Start a job that will modify all the DICOM instances within the patient whose identifier is
        provided in the URL. The modified DICOM instances will be stored into a brand new patient,
        whose Orthanc identifiers will be returned by the job.
        https://book.orthanc-server.com/users/anonymization.html#modification-of-studies-or-series

        Args:
            id: Orthanc identifier of the patient of interest
            body: The json body.

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            f"/patients/{_quote(id)}/modify",
            json=body,
        )
        return ModificationResult.model_validate_json(response.content)

    @overload
    async def get_patient_module(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
    ) -> DicomTags: ...

    @overload
    async def get_patient_module(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: Literal[True],
    ) -> SimplifiedTags: ...

    @overload
    async def get_patient_module(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: Literal[True],
        simplify: Literal[False] = False,
    ) -> ShortTags: ...

    @overload
    async def get_patient_module(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: bool = False,
    ) -> DicomTags | SimplifiedTags | ShortTags: ...

    async def get_patient_module(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: bool = False,
    ) -> DicomTags | SimplifiedTags | ShortTags:
        """Get patient module. `GET /patients/{id}/module`

        Get the patient module of the DICOM patient whose Orthanc identifier is provided in the URL

        Args:
            id: Orthanc identifier of the patient of interest
            ignore_length: Also include the DICOM tags that are provided in this list, even if their associated
                value is long
            short: If present, report the DICOM tags in hexadecimal format
            simplify: If present, report the DICOM tags in human-readable format (using the symbolic name of
                the tags)

        Returns:
            The JSON answer. `DicomTags`; with `simplify`: `SimplifiedTags`; else with `short`:
            `ShortTags`.
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/module",
            params={
                "ignore-length": ignore_length,
                "short": flag(short),
                "simplify": flag(simplify),
            },
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

    async def get_patient_protected(
        self,
        id: str,
    ) -> str:
        """Is the patient protected against recycling?. `GET /patients/{id}/protected`

        Is the patient protected against recycling?

        Args:
            id: Orthanc identifier of the patient of interest

        Returns:
            `1` if protected, `0` if not protected
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/protected",
        )
        return response.text

    async def put_patient_protected(
        self,
        id: str,
    ) -> None:
        """Protect one patient against recycling. `PUT /patients/{id}/protected`

        Check out configuration options `MaximumStorageSize` and `MaximumPatientCount`

        Args:
            id: Orthanc identifier of the patient of interest

        Returns:
            Nothing.
        """
        await self._client.request(
            "PUT",
            f"/patients/{_quote(id)}/protected",
        )

    async def post_patient_reconstruct(
        self,
        id: str,
    ) -> None:
        """Reconstruct tags of patient. `POST /patients/{id}/reconstruct`

        Reconstruct the main DICOM tags of the patient whose Orthanc identifier is provided in the
        URL. This is useful if child studies/series/instances have inconsistent values for
        higher-level tags, in order to force Orthanc to use the value from the resource of interest.
        Beware that this is a time-consuming operation, as all the children DICOM instances will be
        parsed again, and the Orthanc index will be updated accordingly.

        Args:
            id: Orthanc identifier of the patient of interest

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            f"/patients/{_quote(id)}/reconstruct",
        )

    async def get_patient_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> list[SeriesInfo]:
        """Get child series. `GET /patients/{id}/series`

        Get detailed information about the child series of the DICOM patient whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the patient of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/series",
            params={"full": flag(full), "short": flag(short)},
        )
        result: list[SeriesInfo] = adapter(list[SeriesInfo]).validate_json(response.content)
        return result

    @overload
    async def get_patient_shared_tags(
        self,
        id: str,
        *,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
    ) -> DicomTags: ...

    @overload
    async def get_patient_shared_tags(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: Literal[True],
    ) -> SimplifiedTags: ...

    @overload
    async def get_patient_shared_tags(
        self,
        id: str,
        *,
        short: Literal[True],
        simplify: Literal[False] = False,
    ) -> ShortTags: ...

    @overload
    async def get_patient_shared_tags(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: bool = False,
    ) -> DicomTags | SimplifiedTags | ShortTags: ...

    async def get_patient_shared_tags(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: bool = False,
    ) -> DicomTags | SimplifiedTags | ShortTags:
        """Get shared tags. `GET /patients/{id}/shared-tags`

        Extract the DICOM tags whose value is constant across all the child instances of the DICOM
        patient whose Orthanc identifier is provided in the URL

        Args:
            id: Orthanc identifier of the patient of interest
            short: If present, report the DICOM tags in hexadecimal format
            simplify: If present, report the DICOM tags in human-readable format (using the symbolic name of
                the tags)

        Returns:
            The JSON answer. `DicomTags`; with `simplify`: `SimplifiedTags`; else with `short`:
            `ShortTags`.
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/shared-tags",
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

    async def get_patient_statistics(
        self,
        id: str,
    ) -> ResourceStatistics:
        """Get patient statistics. `GET /patients/{id}/statistics`

        Get statistics about the given patient

        Args:
            id: Orthanc identifier of the patient of interest

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/statistics",
        )
        return ResourceStatistics.model_validate_json(response.content)

    async def get_patient_studies(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> list[StudyInfo]:
        """Get child studies. `GET /patients/{id}/studies`

        Get detailed information about the child studies of the DICOM patient whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the patient of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/studies",
            params={"full": flag(full), "short": flag(short)},
        )
        result: list[StudyInfo] = adapter(list[StudyInfo]).validate_json(response.content)
        return result
