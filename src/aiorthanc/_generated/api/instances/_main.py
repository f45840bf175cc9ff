# generated: do not edit, run make codegen
"""Operations of the `Instances` tag, group `main` (generated)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import (
    adapter,
    flag,
    since_of,
)
from aiorthanc._content import RequestContent
from aiorthanc._generated.api._shared.main import ResourceMainOperations
from aiorthanc._generated.bodies import (
    PostInstanceAnonymizeBody,
    PostInstanceModifyBody,
    PostInstanceReconstructBody,
)
from aiorthanc._generated.models import (
    InstanceInfo,
    InstanceInfoFull,
    InstanceInfoShort,
    UploadResult,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["InstancesMainOperations"]


class InstancesMainOperations(ResourceMainOperations):
    """The 9 operations of the `main` group of `orthanc.api.instances`, inherited by `InstancesApi`."""

    _level_route = "instances"

    _session: Session

    delete_instance = ResourceMainOperations._delete_resource
    get_instance_statistics = ResourceMainOperations._get_resource_statistics

    @overload
    async def get_instances(
        self,
        *,
        expand: Literal[False] = False,
        full: Literal[False] = False,
        limit: int | None = None,
        requested_tags: str | None = None,
        response_content: str | None = None,
        short: Literal[False] = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]: ...

    @overload
    async def get_instances(
        self,
        *,
        expand: Literal[True],
        full: bool = False,
        limit: int | None = None,
        requested_tags: str | None = None,
        response_content: str | None = None,
        short: Literal[True],
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfoShort]: ...

    @overload
    async def get_instances(
        self,
        *,
        expand: Literal[True],
        full: Literal[True],
        limit: int | None = None,
        requested_tags: str | None = None,
        response_content: str | None = None,
        short: Literal[False] = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfoFull]: ...

    @overload
    async def get_instances(
        self,
        *,
        expand: Literal[True],
        full: Literal[False] = False,
        limit: int | None = None,
        requested_tags: str | None = None,
        response_content: str | None = None,
        short: Literal[False] = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfo]: ...

    @overload
    async def get_instances(
        self,
        *,
        expand: bool = False,
        full: bool = False,
        limit: int | None = None,
        requested_tags: str | None = None,
        response_content: str | None = None,
        short: bool = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | list[InstanceInfoShort] | list[InstanceInfoFull] | list[InstanceInfo]: ...

    async def get_instances(
        self,
        *,
        expand: bool = False,
        full: bool = False,
        limit: int | None = None,
        requested_tags: str | None = None,
        response_content: str | None = None,
        short: bool = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | list[InstanceInfoShort] | list[InstanceInfoFull] | list[InstanceInfo]:
        """List the available instances. `GET /instances`

        Orthanc 1.10.1 and later.

        List the Orthanc identifiers of all the available DICOM instances

        Args:
            expand: If present, retrieve detailed information about the individual resources, not only their
                Orthanc identifiers
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            limit: Limit the number of results
            requested_tags: If present, list the DICOM Tags you want to list in the response. This argument is a
                semi-column separated list of DICOM Tags identifiers; e.g:
                'requested-tags=0010,0010;PatientBirthDate'. The tags requested tags are returned in the
                'RequestedTags' field in the response. Note that, if you are requesting tags that are
                not listed in the Main Dicom Tags stored in DB, building the response might be slow
                since Orthanc will need to access the DICOM files. If not specified, Orthanc will return
                all Main Dicom Tags to keep backward compatibility with Orthanc prior to 1.11.0.
                (Orthanc 1.12.7 and later)
            response_content: Defines the content of response for each returned resource. Allowed values are
                `MainDicomTags`, `Metadata`, `Children`, `Parent`, `Labels`, `Status`, `IsStable`,
                `IsProtected`, `Attachments`. If not specified, Orthanc will return `MainDicomTags`,
                `Metadata`, `Children`, `Parent`, `Labels`, `Status`, `IsStable`, `IsProtected`.e.g:
                'response-content=MainDicomTags;Children (new in Orthanc 1.12.5 - overrides `expand`)
                (Orthanc 1.12.7 and later)
            short: If present, report the DICOM tags in hexadecimal format
            since: Show only the resources since the provided index
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing either the Orthanc identifiers, or detailed information about the
            reported instances (if `expand` argument is provided): `list[str]`; with `expand` and
            `short`: `list[InstanceInfoShort]`; else with `expand` and `full`:
            `list[InstanceInfoFull]`; else with `expand`: `list[InstanceInfo]`.
        """
        if requested_tags is not None:
            await self._session.require_version("1.12.7", "get_instances(requested_tags=...)")
        if response_content is not None:
            await self._session.require_version("1.12.7", "get_instances(response_content=...)")
        content = await self._session.read(
            "GET",
            "/instances",
            params={
                "expand": flag(expand),
                "full": flag(full),
                "limit": limit,
                "requested-tags": requested_tags,
                "response-content": response_content,
                "short": flag(short),
                "since": since_of(since, limit),
            },
            timeout=timeout,
        )
        if expand and short:
            expand_short_answer: list[InstanceInfoShort] = adapter(
                list[InstanceInfoShort]
            ).validate_json(content)
            return expand_short_answer
        if expand and full:
            expand_full_answer: list[InstanceInfoFull] = adapter(
                list[InstanceInfoFull]
            ).validate_json(content)
            return expand_full_answer
        if expand:
            expand_answer: list[InstanceInfo] = adapter(list[InstanceInfo]).validate_json(content)
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def post_instances(
        self,
        body: RequestContent,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> UploadResult | list[UploadResult]:
        """Upload DICOM instances. `POST /instances`

        Orthanc 1.10.1 and later.

        Upload DICOM instances

        Args:
            body: DICOM file to be uploaded
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Information about the uploaded instance, or list of information for each uploaded
            instance in the case of ZIP archive
        """
        content = await self._session.read(
            "POST",
            "/instances",
            content=body,
            timeout=timeout,
        )
        result: UploadResult | list[UploadResult] = adapter(
            UploadResult | list[UploadResult]
        ).validate_json(content)
        return result

    @overload
    async def get_instance(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        requested_tags: str | None = None,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> InstanceInfo: ...

    @overload
    async def get_instance(
        self,
        id: str,
        *,
        full: bool = False,
        requested_tags: str | None = None,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> InstanceInfoShort: ...

    @overload
    async def get_instance(
        self,
        id: str,
        *,
        full: Literal[True],
        requested_tags: str | None = None,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> InstanceInfoFull: ...

    @overload
    async def get_instance(
        self,
        id: str,
        *,
        full: bool = False,
        requested_tags: str | None = None,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> InstanceInfo | InstanceInfoShort | InstanceInfoFull: ...

    async def get_instance(
        self,
        id: str,
        *,
        full: bool = False,
        requested_tags: str | None = None,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> InstanceInfo | InstanceInfoShort | InstanceInfoFull:
        """Get information about some instance. `GET /instances/{id}`

        Orthanc 1.10.1 and later.

        Get detailed information about the DICOM instance whose Orthanc identifier is provided in
        the URL

        Args:
            id: Orthanc identifier of the instance of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            requested_tags: If present, list the DICOM Tags you want to list in the response. This argument is a
                semi-column separated list of DICOM Tags identifiers; e.g:
                'requested-tags=0010,0010;PatientBirthDate'. The tags requested tags are returned in the
                'RequestedTags' field in the response. Note that, if you are requesting tags that are
                not listed in the Main Dicom Tags stored in DB, building the response might be slow
                since Orthanc will need to access the DICOM files. If not specified, Orthanc will return
                all Main Dicom Tags to keep backward compatibility with Orthanc prior to 1.11.0.
                (Orthanc 1.12.7 and later)
            short: If present, report the DICOM tags in hexadecimal format
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Information about the DICOM instance: `InstanceInfo`; with `short`: `InstanceInfoShort`;
            else with `full`: `InstanceInfoFull`.
        """
        if requested_tags is not None:
            await self._session.require_version("1.12.7", "get_instance(requested_tags=...)")
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}",
            params={"full": flag(full), "requested-tags": requested_tags, "short": flag(short)},
            timeout=timeout,
        )
        if short:
            return InstanceInfoShort.model_validate_json(content)
        if full:
            return InstanceInfoFull.model_validate_json(content)
        return InstanceInfo.model_validate_json(content)

    async def post_instance_anonymize(
        self,
        id: str,
        body: PostInstanceAnonymizeBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Anonymize instance. `POST /instances/{id}/anonymize`

        Orthanc 1.10.1 and later.

        Download an anonymized version of the DICOM instance whose Orthanc identifier is provided in
        the URL:
        https://orthanc.uclouvain.be/book/users/anonymization.html#anonymization-of-a-single-instance

        Args:
            id: Orthanc identifier of the instance of interest
            body: The json body. Keys: `KeepLabels` (Orthanc 1.12.7 and later), `LossyQuality` (Orthanc
                1.12.7 and later), `Transcode` (Orthanc 1.12.7 and later).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The anonymized DICOM instance (application/dicom)
        """
        if "KeepLabels" in body:
            await self._session.require_version(
                "1.12.7", "post_instance_anonymize(body['KeepLabels'])"
            )
        if "LossyQuality" in body:
            await self._session.require_version(
                "1.12.7", "post_instance_anonymize(body['LossyQuality'])"
            )
        if "Transcode" in body:
            await self._session.require_version(
                "1.12.7", "post_instance_anonymize(body['Transcode'])"
            )
        content = await self._session.read(
            "POST",
            f"/instances/{_quote(id)}/anonymize",
            json=body,
            timeout=timeout,
        )
        return content

    async def post_instance_export(
        self,
        id: str,
        body: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Write DICOM onto filesystem. `POST /instances/{id}/export`

        Orthanc 1.12.7 and later.

        Write the DICOM file onto the filesystem where Orthanc is running. This is insecure for
        Orthanc servers that are remotely accessible since one could overwrite any system file.
        Since Orthanc 1.12.0, this route is disabled by default, but can be enabled using the
        `RestApiWriteToFileSystemEnabled` configuration option.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            body: Target path on the filesystem
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.require_version("1.12.7", "post_instance_export")
        await self._session.read(
            "POST",
            f"/instances/{_quote(id)}/export",
            content=body.encode("utf-8"),
            timeout=timeout,
        )

    async def post_instance_modify(
        self,
        id: str,
        body: PostInstanceModifyBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Modify instance. `POST /instances/{id}/modify`

        Orthanc 1.10.1 and later.

        Download a modified version of the DICOM instance whose Orthanc identifier is provided in
        the URL:
        https://orthanc.uclouvain.be/book/users/anonymization.html#modification-of-a-single-instance

        Args:
            id: Orthanc identifier of the instance of interest
            body: The json body. Keys: `LossyQuality` (Orthanc 1.12.7 and later).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The modified DICOM instance (application/dicom)
        """
        if "LossyQuality" in body:
            await self._session.require_version(
                "1.12.7", "post_instance_modify(body['LossyQuality'])"
            )
        content = await self._session.read(
            "POST",
            f"/instances/{_quote(id)}/modify",
            json=body,
            timeout=timeout,
        )
        return content

    async def post_instance_reconstruct(
        self,
        id: str,
        body: PostInstanceReconstructBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Reconstruct tags & optionally files of instance. `POST /instances/{id}/reconstruct`

        Orthanc 1.10.1 and later.

        Reconstruct the main DICOM tags in DB of the instance whose Orthanc identifier is provided
        in the URL. This is useful if child studies/series/instances have inconsistent values for
        higher-level tags, in order to force Orthanc to use the value from the resource of interest.
        Beware that this is a time-consuming operation, as all the children DICOM instances will be
        parsed again, and the Orthanc index will be updated accordingly.

        Args:
            id: Orthanc identifier of the instance of interest
            body: The json body. Keys: `LimitToThisLevelMainDicomTags` (Orthanc 1.12.7 and later),
                `ReconstructFiles` (Orthanc 1.12.7 and later).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        if "LimitToThisLevelMainDicomTags" in body:
            await self._session.require_version(
                "1.12.7", "post_instance_reconstruct(body['LimitToThisLevelMainDicomTags'])"
            )
        if "ReconstructFiles" in body:
            await self._session.require_version(
                "1.12.7", "post_instance_reconstruct(body['ReconstructFiles'])"
            )
        await self._session.read(
            "POST",
            f"/instances/{_quote(id)}/reconstruct",
            json=body,
            timeout=timeout,
        )
