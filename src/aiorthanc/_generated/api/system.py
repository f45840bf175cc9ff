# generated: do not edit, run make codegen
"""Operations of the `System` tag of Orthanc's REST API (generated)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING

import httpx

from aiorthanc._api_support import JsonValue, adapter
from aiorthanc._generated.bodies import (
    PostToolsBulkAnonymizeBody,
    PostToolsBulkContentBody,
    PostToolsBulkDeleteBody,
    PostToolsBulkModifyBody,
    PostToolsCreateArchiveBody,
    PostToolsCreateDicomBody,
    PostToolsCreateMediaBody,
    PostToolsCreateMediaExtendedBody,
    PostToolsDicomEchoBody,
    PostToolsFindBody,
)
from aiorthanc._generated.models import (
    BulkModificationResult,
    FoundResource,
    JobSubmitted,
    PluginInfo,
    ResourceReference,
    Statistics,
    SystemInfo,
    UploadResult,
)
from aiorthanc._paths import quote_segment as _quote

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["SystemApi"]


class SystemApi:
    """The 34 operations of the `System` tag: `orthanc.api.system.<name>(...)`."""

    def __init__(self, client: Session) -> None:
        self._client = client

    async def get_plugins(
        self,
    ) -> list[str]:
        """List plugins. `GET /plugins`

        List all the installed plugins

        Returns:
            JSON array containing the identifiers of the installed plugins
        """
        response = await self._client.request(
            "GET",
            "/plugins",
        )
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def get_plugins_explorer_js(
        self,
    ) -> bytes:
        """JavaScript extensions to Orthanc Explorer. `GET /plugins/explorer.js`

        Get the JavaScript extensions that are installed by all the plugins using the
        `OrthancPluginExtendOrthancExplorer()` function of the plugin SDK. This route is for
        internal use of Orthanc Explorer.

        Returns:
            The JavaScript extensions (application/javascript)
        """
        response = await self._client.request(
            "GET",
            "/plugins/explorer.js",
        )
        return response.content

    async def get_plugin(
        self,
        id: str,
    ) -> PluginInfo:
        """Get plugin. `GET /plugins/{id}`

        Get system information about the plugin whose identifier is provided in the URL

        Args:
            id: Identifier of the job of interest

        Returns:
            JSON object containing information about the plugin
        """
        response = await self._client.request(
            "GET",
            f"/plugins/{_quote(id)}",
        )
        return PluginInfo.model_validate_json(response.content)

    async def get_statistics(
        self,
    ) -> Statistics:
        """Get database statistics. `GET /statistics`

        Get statistics related to the database of Orthanc

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            "/statistics",
        )
        return Statistics.model_validate_json(response.content)

    async def get_system(
        self,
    ) -> SystemInfo:
        """Get system information. `GET /system`

        Get system information about Orthanc

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            "/system",
        )
        return SystemInfo.model_validate_json(response.content)

    async def get_tools_accepted_transfer_syntaxes(
        self,
    ) -> list[str]:
        """Get accepted transfer syntaxes. `GET /tools/accepted-transfer-syntaxes`

        Get the list of UIDs of the DICOM transfer syntaxes that are accepted by Orthanc C-STORE
        SCP. This corresponds to the configuration options `AcceptedTransferSyntaxes` and
        `XXXTransferSyntaxAccepted`.

        Returns:
            JSON array containing the transfer syntax UIDs
        """
        response = await self._client.request(
            "GET",
            "/tools/accepted-transfer-syntaxes",
        )
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def put_tools_accepted_transfer_syntaxes(
        self,
        body: JsonValue,
    ) -> JsonValue:
        """Set accepted transfer syntaxes. `PUT /tools/accepted-transfer-syntaxes`

        Set the DICOM transfer syntaxes that accepted by Orthanc C-STORE SCP

        Args:
            body: JSON array containing a list of transfer syntax UIDs to be accepted. Wildcards `?` and
                `*` are accepted.

        Returns:
            JSON array containing the now-accepted transfer syntax UIDs
        """
        response = await self._client.request(
            "PUT",
            "/tools/accepted-transfer-syntaxes",
            json=body,
        )
        result: JsonValue = response.json()
        return result

    async def post_tools_bulk_anonymize(
        self,
        body: PostToolsBulkAnonymizeBody,
    ) -> BulkModificationResult | JobSubmitted:
        """Anonymize a set of resources. `POST /tools/bulk-anonymize`

        Start a job that will anonymize all the DICOM patients, studies, series or instances whose
        identifiers are provided in the `Resources` field.

        Args:
            body: The json body.

        Returns:
            The list of all the resources that have been created by this anonymization
        """
        response = await self._client.request(
            "POST",
            "/tools/bulk-anonymize",
            json=body,
        )
        result: BulkModificationResult | JobSubmitted = adapter(
            BulkModificationResult | JobSubmitted
        ).validate_json(response.content)
        return result

    async def post_tools_bulk_content(
        self,
        body: PostToolsBulkContentBody,
    ) -> list[FoundResource]:
        """Describe a set of resources. `POST /tools/bulk-content`

        Get the content all the DICOM patients, studies, series or instances whose identifiers are
        provided in the `Resources` field, in one single call.

        Args:
            body: The json body.

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            "/tools/bulk-content",
            json=body,
        )
        result: list[FoundResource] = adapter(list[FoundResource]).validate_json(response.content)
        return result

    async def post_tools_bulk_delete(
        self,
        body: PostToolsBulkDeleteBody,
    ) -> None:
        """Delete a set of resources. `POST /tools/bulk-delete`

        Delete all the DICOM patients, studies, series or instances whose identifiers are provided
        in the `Resources` field.

        Args:
            body: The json body.

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            "/tools/bulk-delete",
            json=body,
        )

    async def post_tools_bulk_modify(
        self,
        body: PostToolsBulkModifyBody,
    ) -> BulkModificationResult | JobSubmitted:
        """Modify a set of resources. `POST /tools/bulk-modify`

        Start a job that will modify all the DICOM patients, studies, series or instances whose
        identifiers are provided in the `Resources` field.

        Args:
            body: The json body.

        Returns:
            The list of all the resources that have been altered by this modification
        """
        response = await self._client.request(
            "POST",
            "/tools/bulk-modify",
            json=body,
        )
        result: BulkModificationResult | JobSubmitted = adapter(
            BulkModificationResult | JobSubmitted
        ).validate_json(response.content)
        return result

    async def post_tools_create_archive(
        self,
        body: PostToolsCreateArchiveBody,
    ) -> bytes:
        """Create ZIP archive. `POST /tools/create-archive`

        Create a ZIP archive containing the DICOM resources (patients, studies, series, or
        instances) whose Orthanc identifiers are provided in the body

        Args:
            body: The json body.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://book.orthanc-server.com/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        response = await self._client.request(
            "POST",
            "/tools/create-archive",
            json=body,
        )
        return response.content

    def stream_post_tools_create_archive(
        self,
        body: PostToolsCreateArchiveBody,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_tools_create_archive` (POST /tools/create-archive).

        Use as `async with api.system.stream_post_tools_create_archive(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "POST",
            "/tools/create-archive",
            json=body,
        )

    async def post_tools_create_dicom(
        self,
        body: PostToolsCreateDicomBody,
    ) -> UploadResult:
        """Create one DICOM instance. `POST /tools/create-dicom`

        Create one DICOM instance, and store it into Orthanc

        Args:
            body: The json body.

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            "/tools/create-dicom",
            json=body,
        )
        return UploadResult.model_validate_json(response.content)

    async def post_tools_create_media(
        self,
        body: PostToolsCreateMediaBody,
    ) -> bytes:
        """Create DICOMDIR media. `POST /tools/create-media`

        Create a DICOMDIR media containing the DICOM resources (patients, studies, series, or
        instances) whose Orthanc identifiers are provided in the body

        Args:
            body: The json body.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://book.orthanc-server.com/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        response = await self._client.request(
            "POST",
            "/tools/create-media",
            json=body,
        )
        return response.content

    def stream_post_tools_create_media(
        self,
        body: PostToolsCreateMediaBody,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_tools_create_media` (POST /tools/create-media).

        Use as `async with api.system.stream_post_tools_create_media(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "POST",
            "/tools/create-media",
            json=body,
        )

    async def post_tools_create_media_extended(
        self,
        body: PostToolsCreateMediaExtendedBody,
    ) -> bytes:
        """Create DICOMDIR media. `POST /tools/create-media-extended`

        Create a DICOMDIR media containing the DICOM resources (patients, studies, series, or
        instances) whose Orthanc identifiers are provided in the body

        Args:
            body: The json body.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://book.orthanc-server.com/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        response = await self._client.request(
            "POST",
            "/tools/create-media-extended",
            json=body,
        )
        return response.content

    def stream_post_tools_create_media_extended(
        self,
        body: PostToolsCreateMediaExtendedBody,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_tools_create_media_extended` (POST /tools/create-media-extended).

        Use as `async with api.system.stream_post_tools_create_media_extended(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "POST",
            "/tools/create-media-extended",
            json=body,
        )

    async def get_tools_default_encoding(
        self,
    ) -> str:
        """Get default encoding. `GET /tools/default-encoding`

        Get the default encoding that is used by Orthanc if parsing a DICOM instance without the
        `SpecificCharacterEncoding` tag, or during C-FIND. This corresponds to the configuration
        option `DefaultEncoding`.

        Returns:
            The name of the encoding
        """
        response = await self._client.request(
            "GET",
            "/tools/default-encoding",
        )
        return response.text

    async def put_tools_default_encoding(
        self,
        body: str,
    ) -> None:
        """Set default encoding. `PUT /tools/default-encoding`

        Change the default encoding that is used by Orthanc if parsing a DICOM instance without the
        `SpecificCharacterEncoding` tag, or during C-FIND. This corresponds to the configuration
        option `DefaultEncoding`.

        Args:
            body: The name of the encoding. Check out configuration option `DefaultEncoding` for the
                allowed values.

        Returns:
            Nothing.
        """
        await self._client.request(
            "PUT",
            "/tools/default-encoding",
            content=body.encode("utf-8"),
        )

    async def get_tools_dicom_conformance(
        self,
    ) -> str:
        """Get DICOM conformance. `GET /tools/dicom-conformance`

        Get the DICOM conformance statement of Orthanc

        Returns:
            The DICOM conformance statement
        """
        response = await self._client.request(
            "GET",
            "/tools/dicom-conformance",
        )
        return response.text

    async def post_tools_dicom_echo(
        self,
        body: PostToolsDicomEchoBody,
    ) -> None:
        """Trigger C-ECHO SCU. `POST /tools/dicom-echo`

        Trigger C-ECHO SCU command against a DICOM modality described in the POST body, without
        having to register the modality in some `/modalities/{id}` (new in Orthanc 1.8.1)

        Args:
            body: The json body.

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            "/tools/dicom-echo",
            json=body,
        )

    async def post_tools_execute_script(
        self,
        body: str,
    ) -> str:
        """Execute Lua script. `POST /tools/execute-script`

        Execute the provided Lua script by the Orthanc server. This is very insecure for Orthanc
        servers that are remotely accessible, cf. configuration option `ExecuteLuaEnabled`

        Args:
            body: The Lua script to be executed

        Returns:
            Output of the Lua script
        """
        response = await self._client.request(
            "POST",
            "/tools/execute-script",
            content=body.encode("utf-8"),
        )
        return response.text

    async def post_tools_find(
        self,
        body: PostToolsFindBody,
    ) -> list[FoundResource]:
        """Look for local resources. `POST /tools/find`

        This URI can be used to perform a search on the content of the local Orthanc server, in a
        way that is similar to querying remote DICOM modalities using C-FIND SCU:
        https://book.orthanc-server.com/users/rest.html#performing-finds-within-orthanc

        Args:
            body: The json body.

        Returns:
            JSON array containing either the Orthanc identifiers, or detailed information about the
            reported resources (if `Expand` argument is `true`)
        """
        response = await self._client.request(
            "POST",
            "/tools/find",
            json=body,
        )
        result: list[FoundResource] = adapter(list[FoundResource]).validate_json(response.content)
        return result

    async def get_tools_generate_uid(
        self,
        *,
        level: str,
    ) -> str:
        """Generate an identifier. `GET /tools/generate-uid`

        Generate a random DICOM identifier

        Args:
            level: Type of DICOM resource among: `patient`, `study`, `series` or `instance`

        Returns:
            The generated identifier
        """
        response = await self._client.request(
            "GET",
            "/tools/generate-uid",
            params={"level": level},
        )
        return response.text

    async def post_tools_invalidate_tags(
        self,
    ) -> None:
        """Invalidate DICOM-as-JSON summaries. `POST /tools/invalidate-tags`

        Remove all the attachments of the type "DICOM-as-JSON" that are associated will all the
        DICOM instances stored in Orthanc. These summaries will be automatically re-created on the
        next access. This is notably useful after changes to the `Dictionary` configuration option.
        https://book.orthanc-server.com/faq/orthanc-storage.html#storage-area

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            "/tools/invalidate-tags",
        )

    async def post_tools_lookup(
        self,
        body: str,
    ) -> list[ResourceReference]:
        """Look for DICOM identifiers. `POST /tools/lookup`

        This URI can be used to convert one DICOM identifier to a list of matching Orthanc resources

        Args:
            body: The DICOM identifier of interest (i.e. the value of `PatientID`, `StudyInstanceUID`,
                `SeriesInstanceUID`, or `SOPInstanceUID`)

        Returns:
            JSON array containing a list of matching Orthanc resources, each item in the list
            corresponding to a JSON object with the fields `Type`, `ID` and `Path` identifying one
            DICOM resource that is stored by Orthanc
        """
        response = await self._client.request(
            "POST",
            "/tools/lookup",
            content=body.encode("utf-8"),
        )
        result: list[ResourceReference] = adapter(list[ResourceReference]).validate_json(
            response.content
        )
        return result

    async def get_tools_metrics(
        self,
    ) -> str:
        """Are metrics collected?. `GET /tools/metrics`

        Returns a Boolean specifying whether Prometheus metrics are collected and exposed at
        `/tools/metrics-prometheus`

        Returns:
            `1` if metrics are collected, `0` if metrics are disabled
        """
        response = await self._client.request(
            "GET",
            "/tools/metrics",
        )
        return response.text

    async def put_tools_metrics(
        self,
        body: str,
    ) -> None:
        """Enable collection of metrics. `PUT /tools/metrics`

        Enable or disable the collection and publication of metrics at `/tools/metrics-prometheus`

        Args:
            body: `1` if metrics are collected, `0` if metrics are disabled

        Returns:
            Nothing.
        """
        await self._client.request(
            "PUT",
            "/tools/metrics",
            content=body.encode("utf-8"),
        )

    async def get_tools_metrics_prometheus(
        self,
    ) -> str:
        """Get usage metrics. `GET /tools/metrics-prometheus`

        Get usage metrics of Orthanc in the Prometheus file format (OpenMetrics):
        https://book.orthanc-server.com/users/advanced-rest.html#instrumentation-with-prometheus

        Returns:
            The answer as text.
        """
        response = await self._client.request(
            "GET",
            "/tools/metrics-prometheus",
        )
        return response.text

    async def get_tools_now(
        self,
    ) -> str:
        """Get UTC time. `GET /tools/now`

        Get UTC time

        Returns:
            The UTC time
        """
        response = await self._client.request(
            "GET",
            "/tools/now",
        )
        return response.text

    async def get_tools_now_local(
        self,
    ) -> str:
        """Get local time. `GET /tools/now-local`

        Get local time

        Returns:
            The local time
        """
        response = await self._client.request(
            "GET",
            "/tools/now-local",
        )
        return response.text

    async def post_tools_reconstruct(
        self,
    ) -> None:
        """Reconstruct all the index. `POST /tools/reconstruct`

        Reconstruct the index of all the tags of all the DICOM instances that are stored in Orthanc.
        This is notably useful after the deletion of resources whose children resources have
        inconsistent values with their sibling resources. Beware that this is a highly
        time-consuming operation, as all the DICOM instances will be parsed again, and as all the
        Orthanc index will be regenerated.

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            "/tools/reconstruct",
        )

    async def post_tools_reset(
        self,
    ) -> None:
        """Restart Orthanc. `POST /tools/reset`

        Restart Orthanc

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            "/tools/reset",
        )

    async def post_tools_shutdown(
        self,
    ) -> None:
        """Shutdown Orthanc. `POST /tools/shutdown`

        Shutdown Orthanc

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            "/tools/shutdown",
        )

    async def get_tools_unknown_sop_class_accepted(
        self,
    ) -> str:
        """Is unknown SOP class accepted?. `GET /tools/unknown-sop-class-accepted`

        Shall Orthanc C-STORE SCP accept DICOM instances with an unknown SOP class UID?

        Returns:
            `1` if accepted, `0` if not accepted
        """
        response = await self._client.request(
            "GET",
            "/tools/unknown-sop-class-accepted",
        )
        return response.text

    async def put_tools_unknown_sop_class_accepted(
        self,
        body: str,
    ) -> None:
        """Set unknown SOP class accepted. `PUT /tools/unknown-sop-class-accepted`

        Set whether Orthanc C-STORE SCP should accept DICOM instances with an unknown SOP class UID

        Args:
            body: `1` if accepted, `0` if not accepted

        Returns:
            Nothing.
        """
        await self._client.request(
            "PUT",
            "/tools/unknown-sop-class-accepted",
            content=body.encode("utf-8"),
        )
