# generated: do not edit, run make codegen
"""Operations of the `Instances` tag of Orthanc's REST API (generated)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Literal, overload

import httpx

from aiorthanc._api_support import JsonValue, adapter, flag, headers
from aiorthanc._api_support import quote_segment as _quote
from aiorthanc._content import RequestContent
from aiorthanc._generated.bodies import PostInstanceAnonymizeBody, PostInstanceModifyBody
from aiorthanc._generated.models import (
    AttachmentInfo,
    DicomTags,
    InstanceInfo,
    PatientInfo,
    ResourceStatistics,
    SeriesInfo,
    ShortTags,
    SimplifiedTags,
    StudyInfo,
    UploadResult,
)

if TYPE_CHECKING:
    from aiorthanc._client import AsyncOrthanc

__all__ = ["InstancesApi"]


class InstancesApi:
    """The 53 operations of the `Instances` tag: `orthanc.api.instances.<name>(...)`."""

    def __init__(self, client: AsyncOrthanc) -> None:
        self._client = client

    @overload
    async def get_instances(
        self,
        *,
        expand: Literal[False] = False,
        full: bool = False,
        limit: float | None = None,
        short: bool = False,
        since: float | None = None,
    ) -> list[str]: ...

    @overload
    async def get_instances(
        self,
        *,
        expand: Literal[True],
        full: bool = False,
        limit: float | None = None,
        short: bool = False,
        since: float | None = None,
    ) -> list[InstanceInfo]: ...

    @overload
    async def get_instances(
        self,
        *,
        expand: bool = False,
        full: bool = False,
        limit: float | None = None,
        short: bool = False,
        since: float | None = None,
    ) -> list[str] | list[InstanceInfo]: ...

    async def get_instances(
        self,
        *,
        expand: bool = False,
        full: bool = False,
        limit: float | None = None,
        short: bool = False,
        since: float | None = None,
    ) -> list[str] | list[InstanceInfo]:
        """List the available instances. `GET /instances`

        List the Orthanc identifiers of all the available DICOM instances

        Args:
            expand: If present, retrieve detailed information about the individual instances
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            limit: Limit the number of results
            short: If present, report the DICOM tags in hexadecimal format
            since: Show only the resources since the provided index

        Returns:
            The JSON answer. `list[str]`; with `expand`: `list[InstanceInfo]`.
        """
        response = await self._client.request(
            "GET",
            "/instances",
            params={
                "expand": flag(expand),
                "full": flag(full),
                "limit": limit,
                "short": flag(short),
                "since": since,
            },
        )
        if expand:
            expand_answer: list[InstanceInfo] = adapter(list[InstanceInfo]).validate_json(
                response.content
            )
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def post_instances(
        self,
        body: RequestContent,
    ) -> UploadResult | list[UploadResult]:
        """Upload DICOM instances. `POST /instances`

        Upload DICOM instances

        Args:
            body: DICOM file to be uploaded

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            "/instances",
            content=body,
        )
        result: UploadResult | list[UploadResult] = adapter(
            UploadResult | list[UploadResult]
        ).validate_json(response.content)
        return result

    async def get_instance(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> InstanceInfo:
        """Get information about some instance. `GET /instances/{id}`

        Get detailed information about the DICOM instance whose Orthanc identifier is provided in
        the URL

        Args:
            id: Orthanc identifier of the instance of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}",
            params={"full": flag(full), "short": flag(short)},
        )
        return InstanceInfo.model_validate_json(response.content)

    async def delete_instance(
        self,
        id: str,
    ) -> None:
        """Delete some instance. `DELETE /instances/{id}`

        Delete the DICOM instance whose Orthanc identifier is provided in the URL

        Args:
            id: Orthanc identifier of the instance of interest

        Returns:
            Nothing.
        """
        await self._client.request(
            "DELETE",
            f"/instances/{_quote(id)}",
        )

    async def post_instance_anonymize(
        self,
        id: str,
        body: PostInstanceAnonymizeBody,
    ) -> bytes:
        """Anonymize instance. `POST /instances/{id}/anonymize`

        Download an anonymized version of the DICOM instance whose Orthanc identifier is provided in
        the URL:
        https://book.orthanc-server.com/users/anonymization.html#anonymization-of-a-single-instance

        Args:
            id: Orthanc identifier of the instance of interest
            body: The json body.

        Returns:
            The anonymized DICOM instance (application/dicom)
        """
        response = await self._client.request(
            "POST",
            f"/instances/{_quote(id)}/anonymize",
            json=body,
        )
        return response.content

    @overload
    async def get_instance_attachments(
        self,
        id: str,
        *,
        full: Literal[False] = False,
    ) -> list[str]: ...

    @overload
    async def get_instance_attachments(
        self,
        id: str,
        *,
        full: Literal[True],
    ) -> dict[str, int]: ...

    @overload
    async def get_instance_attachments(
        self,
        id: str,
        *,
        full: bool = False,
    ) -> list[str] | dict[str, int]: ...

    async def get_instance_attachments(
        self,
        id: str,
        *,
        full: bool = False,
    ) -> list[str] | dict[str, int]:
        """List attachments. `GET /instances/{id}/attachments`

        Get the list of attachments that are associated with the given instance

        Args:
            id: Orthanc identifier of the instance of interest
            full: If present, retrieve the attachments list and their numerical ids

        Returns:
            The JSON answer. `list[str]`; with `full`: `dict[str, int]`.
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/attachments",
            params={"full": flag(full)},
        )
        if full:
            full_answer: dict[str, int] = adapter(dict[str, int]).validate_json(response.content)
            return full_answer
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def put_instance_attachment(
        self,
        id: str,
        name: str,
        body: RequestContent,
        *,
        if_match: str | None = None,
    ) -> JsonValue:
        """Set attachment. `PUT /instances/{id}/attachments/{name}`

        Attach a file to the given DICOM instance. This call will fail if trying to modify a system
        attachment (i.e. whose index is < 1024).

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            body: Binary data containing the attachment
            if_match: Revision of the attachment, if this is not the first time this attachment is set.

        Returns:
            Empty JSON object in the case of a success
        """
        response = await self._client.request(
            "PUT",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
            content=body,
        )
        result: JsonValue = response.json()
        return result

    async def delete_instance_attachment(
        self,
        id: str,
        name: str,
        *,
        if_match: str | None = None,
    ) -> None:
        """Delete attachment. `DELETE /instances/{id}/attachments/{name}`

        Delete an attachment associated with the given DICOM instance. This call will fail if trying
        to delete a system attachment (i.e. whose index is < 1024).

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_match: Revision of the attachment, to check if its content has not changed and can be deleted.
                This header is mandatory if `CheckRevisions` option is `true`.

        Returns:
            Nothing.
        """
        await self._client.request(
            "DELETE",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
        )

    async def post_instance_attachment_compress(
        self,
        id: str,
        name: str,
    ) -> None:
        """Compress attachment. `POST /instances/{id}/attachments/{name}/compress`

        Change the compression scheme that is used to store an attachment.

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}/compress",
        )

    async def get_instance_attachment_compressed_data(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> bytes:
        """Get attachment (no decompression). `GET /instances/{id}/attachments/{name}/compressed-data`

        Get the (binary) content of one attachment associated with the given instance. The
        attachment will not be decompressed if `StorageCompression` is `true`.

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the metadata, to check if its content has changed

        Returns:
            The attachment (application/octet-stream)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}/compressed-data",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.content

    def stream_instance_attachment_compressed_data(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_instance_attachment_compressed_data` (GET /instances/{id}/attachments/{name}/compressed-data).

        Use as `async with api.instances.stream_instance_attachment_compressed_data(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "GET",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}/compressed-data",
            headers=headers({"If-None-Match": if_none_match}),
        )

    async def get_instance_attachment_compressed_md5(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Get MD5 of attachment on disk. `GET /instances/{id}/attachments/{name}/compressed-md5`

        Get the MD5 hash of one attachment associated with the given instance, as stored on the
        disk. This is different from `.../md5` iff `EnableStorage` is `true`.

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            The MD5 of the attachment, as stored on the disk
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}/compressed-md5",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def get_instance_attachment_compressed_size(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Get size of attachment on disk. `GET /instances/{id}/attachments/{name}/compressed-size`

        Get the size of one attachment associated with the given instance, as stored on the disk.
        This is different from `.../size` iff `EnableStorage` is `true`.

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            The size of the attachment, as stored on the disk
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}/compressed-size",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def get_instance_attachment_data(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> bytes:
        """Get attachment. `GET /instances/{id}/attachments/{name}/data`

        Get the (binary) content of one attachment associated with the given instance

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the metadata, to check if its content has changed

        Returns:
            The attachment (application/octet-stream)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}/data",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.content

    def stream_instance_attachment_data(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_instance_attachment_data` (GET /instances/{id}/attachments/{name}/data).

        Use as `async with api.instances.stream_instance_attachment_data(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "GET",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}/data",
            headers=headers({"If-None-Match": if_none_match}),
        )

    async def get_instance_attachment_info(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> AttachmentInfo:
        """Get info about the attachment. `GET /instances/{id}/attachments/{name}/info`

        Get all the information about the attachment associated with the given instance

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}/info",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return AttachmentInfo.model_validate_json(response.content)

    async def get_instance_attachment_is_compressed(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Is attachment compressed?. `GET /instances/{id}/attachments/{name}/is-compressed`

        Test whether the attachment has been stored as a compressed file on the disk.

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            `0` if the attachment was stored uncompressed, `1` if it was compressed
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}/is-compressed",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def get_instance_attachment_md5(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Get MD5 of attachment. `GET /instances/{id}/attachments/{name}/md5`

        Get the MD5 hash of one attachment associated with the given instance

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            The MD5 of the attachment
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}/md5",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def get_instance_attachment_size(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Get size of attachment. `GET /instances/{id}/attachments/{name}/size`

        Get the size of one attachment associated with the given instance

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            The size of the attachment
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}/size",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def post_instance_attachment_uncompress(
        self,
        id: str,
        name: str,
    ) -> None:
        """Uncompress attachment. `POST /instances/{id}/attachments/{name}/uncompress`

        Change the compression scheme that is used to store an attachment.

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}/uncompress",
        )

    async def post_instance_attachment_verify_md5(
        self,
        id: str,
        name: str,
    ) -> JsonValue:
        """Verify attachment. `POST /instances/{id}/attachments/{name}/verify-md5`

        Verify that the attachment is not corrupted, by validating its MD5 hash

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)

        Returns:
            On success, a valid JSON object is returned
        """
        response = await self._client.request(
            "POST",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}/verify-md5",
        )
        result: JsonValue = response.json()
        return result

    async def get_instance_content(
        self,
        id: str,
        subpath: str,
    ) -> bytes:
        """Get raw tag. `GET /instances/{id}/content`

        Get the raw content of one DICOM tag in the hierarchy of DICOM dataset

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            subpath: Path to the DICOM tag. This is the interleaving of one DICOM tag, possibly followed by
                an index for sequences. Sequences are accessible as, for instance,
                `/0008-1140/1/0008-1150`

        Returns:
            The raw value of the tag of intereset (binary data, whose memory layout depends on the
            underlying transfer syntax), or JSON array containing the list of available tags if
            accessing a dataset (application/octet-stream)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/content/{_quote(subpath, safe='/')}",
        )
        return response.content

    async def get_instance_file(
        self,
        id: str,
        *,
        accept: str | None = None,
    ) -> bytes:
        """Download DICOM. `GET /instances/{id}/file`

        Download one DICOM instance

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            accept: This HTTP header can be set to retrieve the DICOM instance in DICOMweb format

        Returns:
            The DICOM instance (application/dicom, application/dicom+json, application/dicom+xml)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/file",
            headers=headers({"Accept": accept}),
        )
        return response.content

    def stream_instance_file(
        self,
        id: str,
        *,
        accept: str | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_instance_file` (GET /instances/{id}/file).

        Use as `async with api.instances.stream_instance_file(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "GET",
            f"/instances/{_quote(id)}/file",
            headers=headers({"Accept": accept}),
        )

    async def get_instance_frames(
        self,
        id: str,
    ) -> list[int]:
        """List available frames. `GET /instances/{id}/frames`

        List the frames that are available in the DICOM instance of interest

        Args:
            id: Orthanc identifier of the DICOM instance of interest

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/frames",
        )
        result: list[int] = adapter(list[int]).validate_json(response.content)
        return result

    async def get_instance_frame_image_int16(
        self,
        id: str,
        frame: str | int,
        *,
        accept: str | None = None,
        quality: float | None = None,
        return_unsupported_image: bool | None = None,
    ) -> bytes:
        """Decode a frame (int16). `GET /instances/{id}/frames/{frame}/image-int16`

        Decode one frame of interest from the given DICOM instance. Pixels of grayscale images are
        truncated to the [-32768,32767] range. Negative values must be interpreted according to
        two's complement.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            frame: Index of the frame (starts at `0`)
            accept: Format of the resulting image. Can be `image/png` (default), `image/jpeg` or
                `image/x-portable-arbitrarymap`
            quality: Quality for JPEG images (between 1 and 100, defaults to 90)
            return_unsupported_image: Returns an unsupported.png placeholder image if unable to provide the image instead of
                returning a 415 HTTP error (defaults to false)

        Returns:
            JPEG image (image/jpeg, image/png, image/x-portable-arbitrarymap)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/image-int16",
            params={"quality": quality, "returnUnsupportedImage": return_unsupported_image},
            headers=headers({"Accept": accept}),
        )
        return response.content

    async def get_instance_frame_image_uint16(
        self,
        id: str,
        frame: str | int,
        *,
        accept: str | None = None,
        quality: float | None = None,
        return_unsupported_image: bool | None = None,
    ) -> bytes:
        """Decode a frame (uint16). `GET /instances/{id}/frames/{frame}/image-uint16`

        Decode one frame of interest from the given DICOM instance. Pixels of grayscale images are
        truncated to the [0,65535] range.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            frame: Index of the frame (starts at `0`)
            accept: Format of the resulting image. Can be `image/png` (default), `image/jpeg` or
                `image/x-portable-arbitrarymap`
            quality: Quality for JPEG images (between 1 and 100, defaults to 90)
            return_unsupported_image: Returns an unsupported.png placeholder image if unable to provide the image instead of
                returning a 415 HTTP error (defaults to false)

        Returns:
            JPEG image (image/jpeg, image/png, image/x-portable-arbitrarymap)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/image-uint16",
            params={"quality": quality, "returnUnsupportedImage": return_unsupported_image},
            headers=headers({"Accept": accept}),
        )
        return response.content

    async def get_instance_frame_image_uint8(
        self,
        id: str,
        frame: str | int,
        *,
        accept: str | None = None,
        quality: float | None = None,
        return_unsupported_image: bool | None = None,
    ) -> bytes:
        """Decode a frame (uint8). `GET /instances/{id}/frames/{frame}/image-uint8`

        Decode one frame of interest from the given DICOM instance. Pixels of grayscale images are
        truncated to the [0,255] range.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            frame: Index of the frame (starts at `0`)
            accept: Format of the resulting image. Can be `image/png` (default), `image/jpeg` or
                `image/x-portable-arbitrarymap`
            quality: Quality for JPEG images (between 1 and 100, defaults to 90)
            return_unsupported_image: Returns an unsupported.png placeholder image if unable to provide the image instead of
                returning a 415 HTTP error (defaults to false)

        Returns:
            JPEG image (image/jpeg, image/png, image/x-portable-arbitrarymap)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/image-uint8",
            params={"quality": quality, "returnUnsupportedImage": return_unsupported_image},
            headers=headers({"Accept": accept}),
        )
        return response.content

    async def get_instance_frame_matlab(
        self,
        id: str,
        frame: str | int,
    ) -> str:
        """Decode frame for Matlab. `GET /instances/{id}/frames/{frame}/matlab`

        Decode one frame of interest from the given DICOM instance, and export this frame as a
        Octave/Matlab matrix to be imported with `eval()`:
        https://book.orthanc-server.com/faq/matlab.html

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            frame: Index of the frame (starts at `0`)

        Returns:
            Octave/Matlab matrix
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/matlab",
        )
        return response.text

    async def get_instance_frame_numpy(
        self,
        id: str,
        frame: str | int,
        *,
        compress: bool | None = None,
        rescale: bool | None = None,
    ) -> str:
        """Decode frame for numpy. `GET /instances/{id}/frames/{frame}/numpy`

        Decode one frame of interest from the given DICOM instance, for use with numpy in Python.
        The numpy array has 3 dimensions: (height, width, color channel).

        Args:
            id: Orthanc identifier of the DICOM resource of interest
            frame: Index of the frame (starts at `0`)
            compress: Compress the file as `.npz`
            rescale: On grayscale images, apply the rescaling and return floating-point values

        Returns:
            Numpy file: https://numpy.org/devdocs/reference/generated/numpy.lib.format.html
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/numpy",
            params={"compress": compress, "rescale": rescale},
        )
        return response.text

    async def get_instance_frame_preview(
        self,
        id: str,
        frame: str | int,
        *,
        accept: str | None = None,
        quality: float | None = None,
        return_unsupported_image: bool | None = None,
    ) -> bytes:
        """Decode a frame (preview). `GET /instances/{id}/frames/{frame}/preview`

        Decode one frame of interest from the given DICOM instance. The full dynamic range of
        grayscale images is rescaled to the [0,255] range.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            frame: Index of the frame (starts at `0`)
            accept: Format of the resulting image. Can be `image/png` (default), `image/jpeg` or
                `image/x-portable-arbitrarymap`
            quality: Quality for JPEG images (between 1 and 100, defaults to 90)
            return_unsupported_image: Returns an unsupported.png placeholder image if unable to provide the image instead of
                returning a 415 HTTP error (defaults to false)

        Returns:
            JPEG image (image/jpeg, image/png, image/x-portable-arbitrarymap)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/preview",
            params={"quality": quality, "returnUnsupportedImage": return_unsupported_image},
            headers=headers({"Accept": accept}),
        )
        return response.content

    async def get_instance_frame_raw(
        self,
        id: str,
        frame: str | int,
    ) -> bytes:
        """Access raw frame. `GET /instances/{id}/frames/{frame}/raw`

        Access the raw content of one individual frame of the DICOM instance of interest, bypassing
        image decoding. This is notably useful to access the source files in compressed transfer
        syntaxes.

        Args:
            id: Orthanc identifier of the instance of interest
            frame: Index of the frame (starts at `0`)

        Returns:
            The raw frame (application/octet-stream)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/raw",
        )
        return response.content

    def stream_instance_frame_raw(
        self,
        id: str,
        frame: str | int,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_instance_frame_raw` (GET /instances/{id}/frames/{frame}/raw).

        Use as `async with api.instances.stream_instance_frame_raw(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/raw",
        )

    async def get_instance_frame_raw_gz(
        self,
        id: str,
        frame: str | int,
    ) -> bytes:
        """Access raw frame (compressed). `GET /instances/{id}/frames/{frame}/raw.gz`

        Access the raw content of one individual frame of the DICOM instance of interest, bypassing
        image decoding. This is notably useful to access the source files in compressed transfer
        syntaxes. The image is compressed using gzip

        Args:
            id: Orthanc identifier of the instance of interest
            frame: Index of the frame (starts at `0`)

        Returns:
            The raw frame, compressed using gzip (application/gzip)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/raw.gz",
        )
        return response.content

    def stream_instance_frame_raw_gz(
        self,
        id: str,
        frame: str | int,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_instance_frame_raw_gz` (GET /instances/{id}/frames/{frame}/raw.gz).

        Use as `async with api.instances.stream_instance_frame_raw_gz(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/raw.gz",
        )

    async def get_instance_frame_rendered(
        self,
        id: str,
        frame: str | int,
        *,
        accept: str | None = None,
        height: float | None = None,
        quality: float | None = None,
        return_unsupported_image: bool | None = None,
        smooth: bool | None = None,
        width: float | None = None,
        window_center: float | None = None,
        window_width: float | None = None,
    ) -> bytes:
        """Render a frame. `GET /instances/{id}/frames/{frame}/rendered`

        Render one frame of interest from the given DICOM instance. This function takes scaling into
        account (`RescaleSlope` and `RescaleIntercept` tags), as well as the default windowing
        stored in the DICOM file (`WindowCenter` and `WindowWidth`tags), and can be used to resize
        the resulting image. Color images are not affected by windowing.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            frame: Index of the frame (starts at `0`)
            accept: Format of the resulting image. Can be `image/png` (default), `image/jpeg` or
                `image/x-portable-arbitrarymap`
            height: Height of the resized image
            quality: Quality for JPEG images (between 1 and 100, defaults to 90)
            return_unsupported_image: Returns an unsupported.png placeholder image if unable to provide the image instead of
                returning a 415 HTTP error (defaults to false)
            smooth: Whether to smooth image on resize
            width: Width of the resized image
            window_center: Windowing center
            window_width: Windowing width

        Returns:
            JPEG image (image/jpeg, image/png, image/x-portable-arbitrarymap)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/rendered",
            params={
                "height": height,
                "quality": quality,
                "returnUnsupportedImage": return_unsupported_image,
                "smooth": smooth,
                "width": width,
                "window-center": window_center,
                "window-width": window_width,
            },
            headers=headers({"Accept": accept}),
        )
        return response.content

    @overload
    async def get_instance_header(
        self,
        id: str,
        *,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
    ) -> DicomTags: ...

    @overload
    async def get_instance_header(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: Literal[True],
    ) -> SimplifiedTags: ...

    @overload
    async def get_instance_header(
        self,
        id: str,
        *,
        short: Literal[True],
        simplify: Literal[False] = False,
    ) -> ShortTags: ...

    @overload
    async def get_instance_header(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: bool = False,
    ) -> DicomTags | SimplifiedTags | ShortTags: ...

    async def get_instance_header(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: bool = False,
    ) -> DicomTags | SimplifiedTags | ShortTags:
        """Get DICOM meta-header. `GET /instances/{id}/header`

        Get the DICOM tags in the meta-header of the DICOM instance. By default, the `full` format
        is used, which combines hexadecimal tags with human-readable description.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            short: If present, report the DICOM tags in hexadecimal format
            simplify: If present, report the DICOM tags in human-readable format (using the symbolic name of
                the tags)

        Returns:
            The JSON answer. `DicomTags`; with `simplify`: `SimplifiedTags`; else with `short`:
            `ShortTags`.
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/header",
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

    async def get_instance_image_int16(
        self,
        id: str,
        *,
        accept: str | None = None,
        quality: float | None = None,
        return_unsupported_image: bool | None = None,
    ) -> bytes:
        """Decode an image (int16). `GET /instances/{id}/image-int16`

        Decode the first frame of the given DICOM instance. Pixels of grayscale images are truncated
        to the [-32768,32767] range. Negative values must be interpreted according to two's
        complement.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            accept: Format of the resulting image. Can be `image/png` (default), `image/jpeg` or
                `image/x-portable-arbitrarymap`
            quality: Quality for JPEG images (between 1 and 100, defaults to 90)
            return_unsupported_image: Returns an unsupported.png placeholder image if unable to provide the image instead of
                returning a 415 HTTP error (defaults to false)

        Returns:
            JPEG image (image/jpeg, image/png, image/x-portable-arbitrarymap)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/image-int16",
            params={"quality": quality, "returnUnsupportedImage": return_unsupported_image},
            headers=headers({"Accept": accept}),
        )
        return response.content

    async def get_instance_image_uint16(
        self,
        id: str,
        *,
        accept: str | None = None,
        quality: float | None = None,
        return_unsupported_image: bool | None = None,
    ) -> bytes:
        """Decode an image (uint16). `GET /instances/{id}/image-uint16`

        Decode the first frame of the given DICOM instance. Pixels of grayscale images are truncated
        to the [0,65535] range.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            accept: Format of the resulting image. Can be `image/png` (default), `image/jpeg` or
                `image/x-portable-arbitrarymap`
            quality: Quality for JPEG images (between 1 and 100, defaults to 90)
            return_unsupported_image: Returns an unsupported.png placeholder image if unable to provide the image instead of
                returning a 415 HTTP error (defaults to false)

        Returns:
            JPEG image (image/jpeg, image/png, image/x-portable-arbitrarymap)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/image-uint16",
            params={"quality": quality, "returnUnsupportedImage": return_unsupported_image},
            headers=headers({"Accept": accept}),
        )
        return response.content

    async def get_instance_image_uint8(
        self,
        id: str,
        *,
        accept: str | None = None,
        quality: float | None = None,
        return_unsupported_image: bool | None = None,
    ) -> bytes:
        """Decode an image (uint8). `GET /instances/{id}/image-uint8`

        Decode the first frame of the given DICOM instance. Pixels of grayscale images are truncated
        to the [0,255] range.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            accept: Format of the resulting image. Can be `image/png` (default), `image/jpeg` or
                `image/x-portable-arbitrarymap`
            quality: Quality for JPEG images (between 1 and 100, defaults to 90)
            return_unsupported_image: Returns an unsupported.png placeholder image if unable to provide the image instead of
                returning a 415 HTTP error (defaults to false)

        Returns:
            JPEG image (image/jpeg, image/png, image/x-portable-arbitrarymap)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/image-uint8",
            params={"quality": quality, "returnUnsupportedImage": return_unsupported_image},
            headers=headers({"Accept": accept}),
        )
        return response.content

    async def get_instance_matlab(
        self,
        id: str,
    ) -> str:
        """Decode frame for Matlab. `GET /instances/{id}/matlab`

        Decode the first frame of the given DICOM instance., and export this frame as a
        Octave/Matlab matrix to be imported with `eval()`:
        https://book.orthanc-server.com/faq/matlab.html

        Args:
            id: Orthanc identifier of the DICOM instance of interest

        Returns:
            Octave/Matlab matrix
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/matlab",
        )
        return response.text

    @overload
    async def get_instance_metadata(
        self,
        id: str,
        *,
        expand: Literal[False] = False,
    ) -> list[str]: ...

    @overload
    async def get_instance_metadata(
        self,
        id: str,
        *,
        expand: Literal[True],
    ) -> dict[str, str]: ...

    @overload
    async def get_instance_metadata(
        self,
        id: str,
        *,
        expand: bool = False,
    ) -> list[str] | dict[str, str]: ...

    async def get_instance_metadata(
        self,
        id: str,
        *,
        expand: bool = False,
    ) -> list[str] | dict[str, str]:
        """List metadata. `GET /instances/{id}/metadata`

        Get the list of metadata that are associated with the given instance

        Args:
            id: Orthanc identifier of the instance of interest
            expand: If present, also retrieve the value of the individual metadata

        Returns:
            The JSON answer. `list[str]`; with `expand`: `dict[str, str]`.
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/metadata",
            params={"expand": flag(expand)},
        )
        if expand:
            expand_answer: dict[str, str] = adapter(dict[str, str]).validate_json(response.content)
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def get_instance_metadata_by_name(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Get metadata. `GET /instances/{id}/metadata/{name}`

        Get the value of a metadata that is associated with the given instance

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the metadata, or its index (cf. `UserMetadata` configuration option)
            if_none_match: Optional revision of the metadata, to check if its content has changed

        Returns:
            Value of the metadata
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/metadata/{_quote(name)}",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def put_instance_metadata_by_name(
        self,
        id: str,
        name: str,
        body: str,
        *,
        if_match: str | None = None,
    ) -> None:
        """Set metadata. `PUT /instances/{id}/metadata/{name}`

        Set the value of some metadata in the given DICOM instance. This call will fail if trying to
        modify a system metadata (i.e. whose index is < 1024).

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the metadata, or its index (cf. `UserMetadata` configuration option)
            body: String value of the metadata
            if_match: Revision of the metadata, if this is not the first time this metadata is set.

        Returns:
            Nothing.
        """
        await self._client.request(
            "PUT",
            f"/instances/{_quote(id)}/metadata/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
            content=body.encode("utf-8"),
        )

    async def delete_instance_metadata_by_name(
        self,
        id: str,
        name: str,
        *,
        if_match: str | None = None,
    ) -> None:
        """Delete metadata. `DELETE /instances/{id}/metadata/{name}`

        Delete some metadata associated with the given DICOM instance. This call will fail if trying
        to delete a system metadata (i.e. whose index is < 1024).

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the metadata, or its index (cf. `UserMetadata` configuration option)
            if_match: Revision of the metadata, to check if its content has not changed and can be deleted.
                This header is mandatory if `CheckRevisions` option is `true`.

        Returns:
            Nothing.
        """
        await self._client.request(
            "DELETE",
            f"/instances/{_quote(id)}/metadata/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
        )

    async def post_instance_modify(
        self,
        id: str,
        body: PostInstanceModifyBody,
    ) -> bytes:
        """Modify instance. `POST /instances/{id}/modify`

        Download a modified version of the DICOM instance whose Orthanc identifier is provided in
        the URL:
        https://book.orthanc-server.com/users/anonymization.html#modification-of-a-single-instance

        Args:
            id: Orthanc identifier of the instance of interest
            body: The json body.

        Returns:
            The modified DICOM instance (application/dicom)
        """
        response = await self._client.request(
            "POST",
            f"/instances/{_quote(id)}/modify",
            json=body,
        )
        return response.content

    @overload
    async def get_instance_module(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
    ) -> DicomTags: ...

    @overload
    async def get_instance_module(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: Literal[True],
    ) -> SimplifiedTags: ...

    @overload
    async def get_instance_module(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: Literal[True],
        simplify: Literal[False] = False,
    ) -> ShortTags: ...

    @overload
    async def get_instance_module(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: bool = False,
    ) -> DicomTags | SimplifiedTags | ShortTags: ...

    async def get_instance_module(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: bool = False,
    ) -> DicomTags | SimplifiedTags | ShortTags:
        """Get instance module. `GET /instances/{id}/module`

        Get the instance module of the DICOM instance whose Orthanc identifier is provided in the
        URL

        Args:
            id: Orthanc identifier of the instance of interest
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
            f"/instances/{_quote(id)}/module",
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

    async def get_instance_numpy(
        self,
        id: str,
        *,
        compress: bool | None = None,
        rescale: bool | None = None,
    ) -> str:
        """Decode instance for numpy. `GET /instances/{id}/numpy`

        Decode the given DICOM instance, for use with numpy in Python. The numpy array has 4
        dimensions: (frame, height, width, color channel).

        Args:
            id: Orthanc identifier of the DICOM resource of interest
            compress: Compress the file as `.npz`
            rescale: On grayscale images, apply the rescaling and return floating-point values

        Returns:
            Numpy file: https://numpy.org/devdocs/reference/generated/numpy.lib.format.html
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/numpy",
            params={"compress": compress, "rescale": rescale},
        )
        return response.text

    async def get_instance_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> PatientInfo:
        """Get parent patient. `GET /instances/{id}/patient`

        Get detailed information about the parent patient of the DICOM instance whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the instance of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/patient",
            params={"full": flag(full), "short": flag(short)},
        )
        return PatientInfo.model_validate_json(response.content)

    async def get_instance_pdf(
        self,
        id: str,
    ) -> bytes:
        """Get embedded PDF. `GET /instances/{id}/pdf`

        Get the PDF file that is embedded in one DICOM instance. If the DICOM instance doesn't
        contain the `EncapsulatedDocument` tag or if the `MIMETypeOfEncapsulatedDocument` tag
        doesn't correspond to the PDF type, a `404` HTTP error is raised.

        Args:
            id: Orthanc identifier of the instance interest

        Returns:
            PDF file (application/pdf)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/pdf",
        )
        return response.content

    def stream_instance_pdf(
        self,
        id: str,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_instance_pdf` (GET /instances/{id}/pdf).

        Use as `async with api.instances.stream_instance_pdf(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "GET",
            f"/instances/{_quote(id)}/pdf",
        )

    async def get_instance_preview(
        self,
        id: str,
        *,
        accept: str | None = None,
        quality: float | None = None,
        return_unsupported_image: bool | None = None,
    ) -> bytes:
        """Decode an image (preview). `GET /instances/{id}/preview`

        Decode the first frame of the given DICOM instance. The full dynamic range of grayscale
        images is rescaled to the [0,255] range.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            accept: Format of the resulting image. Can be `image/png` (default), `image/jpeg` or
                `image/x-portable-arbitrarymap`
            quality: Quality for JPEG images (between 1 and 100, defaults to 90)
            return_unsupported_image: Returns an unsupported.png placeholder image if unable to provide the image instead of
                returning a 415 HTTP error (defaults to false)

        Returns:
            JPEG image (image/jpeg, image/png, image/x-portable-arbitrarymap)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/preview",
            params={"quality": quality, "returnUnsupportedImage": return_unsupported_image},
            headers=headers({"Accept": accept}),
        )
        return response.content

    async def post_instance_reconstruct(
        self,
        id: str,
    ) -> None:
        """Reconstruct tags of instance. `POST /instances/{id}/reconstruct`

        Reconstruct the main DICOM tags of the instance whose Orthanc identifier is provided in the
        URL. This is useful if child studies/series/instances have inconsistent values for
        higher-level tags, in order to force Orthanc to use the value from the resource of interest.
        Beware that this is a time-consuming operation, as all the children DICOM instances will be
        parsed again, and the Orthanc index will be updated accordingly.

        Args:
            id: Orthanc identifier of the instance of interest

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            f"/instances/{_quote(id)}/reconstruct",
        )

    async def get_instance_rendered(
        self,
        id: str,
        *,
        accept: str | None = None,
        height: float | None = None,
        quality: float | None = None,
        return_unsupported_image: bool | None = None,
        smooth: bool | None = None,
        width: float | None = None,
        window_center: float | None = None,
        window_width: float | None = None,
    ) -> bytes:
        """Render an image. `GET /instances/{id}/rendered`

        Render the first frame of the given DICOM instance. This function takes scaling into account
        (`RescaleSlope` and `RescaleIntercept` tags), as well as the default windowing stored in the
        DICOM file (`WindowCenter` and `WindowWidth`tags), and can be used to resize the resulting
        image. Color images are not affected by windowing.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            accept: Format of the resulting image. Can be `image/png` (default), `image/jpeg` or
                `image/x-portable-arbitrarymap`
            height: Height of the resized image
            quality: Quality for JPEG images (between 1 and 100, defaults to 90)
            return_unsupported_image: Returns an unsupported.png placeholder image if unable to provide the image instead of
                returning a 415 HTTP error (defaults to false)
            smooth: Whether to smooth image on resize
            width: Width of the resized image
            window_center: Windowing center
            window_width: Windowing width

        Returns:
            JPEG image (image/jpeg, image/png, image/x-portable-arbitrarymap)
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/rendered",
            params={
                "height": height,
                "quality": quality,
                "returnUnsupportedImage": return_unsupported_image,
                "smooth": smooth,
                "width": width,
                "window-center": window_center,
                "window-width": window_width,
            },
            headers=headers({"Accept": accept}),
        )
        return response.content

    async def get_instance_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> SeriesInfo:
        """Get parent series. `GET /instances/{id}/series`

        Get detailed information about the parent series of the DICOM instance whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the instance of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/series",
            params={"full": flag(full), "short": flag(short)},
        )
        return SeriesInfo.model_validate_json(response.content)

    async def get_instance_simplified_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
    ) -> SimplifiedTags:
        """Get human-readable tags. `GET /instances/{id}/simplified-tags`

        Get the DICOM tags in human-readable format (same as the `/instances/{id}/tags?simplify`
        route)

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            ignore_length: Also include the DICOM tags that are provided in this list, even if their associated
                value is long

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/simplified-tags",
            params={"ignore-length": ignore_length},
        )
        result: SimplifiedTags = adapter(SimplifiedTags).validate_json(response.content)
        return result

    async def get_instance_statistics(
        self,
        id: str,
    ) -> ResourceStatistics:
        """Get instance statistics. `GET /instances/{id}/statistics`

        Get statistics about the given instance

        Args:
            id: Orthanc identifier of the instance of interest

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/statistics",
        )
        return ResourceStatistics.model_validate_json(response.content)

    async def get_instance_study(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> StudyInfo:
        """Get parent study. `GET /instances/{id}/study`

        Get detailed information about the parent study of the DICOM instance whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the instance of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/study",
            params={"full": flag(full), "short": flag(short)},
        )
        return StudyInfo.model_validate_json(response.content)

    @overload
    async def get_instance_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
    ) -> DicomTags: ...

    @overload
    async def get_instance_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: Literal[True],
    ) -> SimplifiedTags: ...

    @overload
    async def get_instance_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: Literal[True],
        simplify: Literal[False] = False,
    ) -> ShortTags: ...

    @overload
    async def get_instance_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: bool = False,
    ) -> DicomTags | SimplifiedTags | ShortTags: ...

    async def get_instance_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: bool = False,
    ) -> DicomTags | SimplifiedTags | ShortTags:
        """Get DICOM tags. `GET /instances/{id}/tags`

        Get the DICOM tags in the specified format. By default, the `full` format is used, which
        combines hexadecimal tags with human-readable description.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
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
            f"/instances/{_quote(id)}/tags",
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
