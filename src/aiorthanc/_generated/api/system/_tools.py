# generated: do not edit, run make codegen
"""Operations of the `System` tag, group `tools` (generated)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from aiorthanc._api_support import (
    JsonValue,
    adapter,
)
from aiorthanc._generated.bodies import (
    PostToolsCountResourcesBody,
    PostToolsDicomEchoBody,
    PostToolsFindBody,
    PostToolsReconstructBody,
)
from aiorthanc._generated.models import FoundResource, ResourceCount, ResourceReference
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["SystemToolsOperations"]


class SystemToolsOperations:
    """The 25 operations of the `tools` group of `orthanc.api.system`, inherited by `SystemApi`."""

    _session: Session

    async def get_tools(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List operations. `GET /tools`

        Orthanc 1.10.1 and later.

        List the available operations under URI `/tools/`

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            List of the available operations
        """
        content = await self._session.read(
            "GET",
            "/tools",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def get_tools_accepted_sop_classes(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """Get accepted SOPClassUID. `GET /tools/accepted-sop-classes`

        Orthanc 1.12.7 and later.

        Get the list of SOP Class UIDs that are accepted by Orthanc C-STORE SCP. This corresponds to
        the configuration options `AcceptedSopClasses` and `RejectedSopClasses`.

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the SOP Class UIDs
        """
        await self._session.require_version("1.12.7", "get_tools_accepted_sop_classes")
        content = await self._session.read(
            "GET",
            "/tools/accepted-sop-classes",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def get_tools_accepted_transfer_syntaxes(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """Get accepted transfer syntaxes. `GET /tools/accepted-transfer-syntaxes`

        Orthanc 1.10.1 and later.

        Get the list of UIDs of the DICOM transfer syntaxes that are accepted by Orthanc C-STORE
        SCP. This corresponds to the configuration options `AcceptedTransferSyntaxes` and
        `XXXTransferSyntaxAccepted`.

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the transfer syntax UIDs
        """
        content = await self._session.read(
            "GET",
            "/tools/accepted-transfer-syntaxes",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def put_tools_accepted_transfer_syntaxes(
        self,
        body: JsonValue | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """Set accepted transfer syntaxes. `PUT /tools/accepted-transfer-syntaxes`

        Orthanc 1.10.1 and later.

        Set the DICOM transfer syntaxes that accepted by Orthanc C-STORE SCP

        Args:
            body: JSON array containing a list of transfer syntax UIDs to be accepted. Wildcards `?` and
                `*` are accepted.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the now-accepted transfer syntax UIDs
        """
        content = await self._session.read(
            "PUT",
            "/tools/accepted-transfer-syntaxes",
            json=body,
            timeout=timeout,
        )
        result: JsonValue = adapter(JsonValue).validate_json(content)
        return result

    async def post_tools_count_resources(
        self,
        body: PostToolsCountResourcesBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ResourceCount:
        """Count local resources. `POST /tools/count-resources`

        Orthanc 1.12.7 and later.

        This URI can be used to count the resources that are matching criteria on the content of the
        local Orthanc server, in a way that is similar to tools/find

        Args:
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            A JSON object with the `Count` of matching resources
        """
        await self._session.require_version("1.12.7", "post_tools_count_resources")
        content = await self._session.read(
            "POST",
            "/tools/count-resources",
            json=body,
            timeout=timeout,
        )
        return ResourceCount.model_validate_json(content)

    async def get_tools_default_encoding(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get default encoding. `GET /tools/default-encoding`

        Orthanc 1.10.1 and later.

        Get the default encoding that is used by Orthanc if parsing a DICOM instance without the
        `SpecificCharacterEncoding` tag, or during C-FIND. This corresponds to the configuration
        option `DefaultEncoding`.

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The name of the encoding
        """
        response = await self._session.request(
            "GET",
            "/tools/default-encoding",
            timeout=timeout,
        )
        return response.text

    async def put_tools_default_encoding(
        self,
        body: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Set default encoding. `PUT /tools/default-encoding`

        Orthanc 1.10.1 and later.

        Change the default encoding that is used by Orthanc if parsing a DICOM instance without the
        `SpecificCharacterEncoding` tag, or during C-FIND. This corresponds to the configuration
        option `DefaultEncoding`.

        Args:
            body: The name of the encoding. Check out configuration option `DefaultEncoding` for the
                allowed values.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "PUT",
            "/tools/default-encoding",
            content=body.encode("utf-8"),
            timeout=timeout,
        )

    async def get_tools_dicom_conformance(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get DICOM conformance. `GET /tools/dicom-conformance`

        Orthanc 1.10.1 and later.

        Get the DICOM conformance statement of Orthanc

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The DICOM conformance statement
        """
        response = await self._session.request(
            "GET",
            "/tools/dicom-conformance",
            timeout=timeout,
        )
        return response.text

    async def post_tools_dicom_echo(
        self,
        body: PostToolsDicomEchoBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Trigger C-ECHO SCU. `POST /tools/dicom-echo`

        Orthanc 1.10.1 and later.

        Trigger C-ECHO SCU command against a DICOM modality described in the POST body, without
        having to register the modality in some `/modalities/{id}` (new in Orthanc 1.8.1)

        Args:
            body: The json body. Keys: `LocalAet` (Orthanc 1.12.7 and later).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        if "LocalAet" in body:
            await self._session.require_version("1.12.7", "post_tools_dicom_echo(body['LocalAet'])")
        await self._session.read(
            "POST",
            "/tools/dicom-echo",
            json=body,
            timeout=timeout,
        )

    async def post_tools_execute_script(
        self,
        body: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Execute Lua script. `POST /tools/execute-script`

        Orthanc 1.10.1 and later.

        Execute the provided Lua script by the Orthanc server. This is very insecure for Orthanc
        servers that are remotely accessible. Since Orthanc 1.5.8, this route is disabled by default
        and can be enabled thanks to the `ExecuteLuaEnabled` configuration.

        Args:
            body: The Lua script to be executed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Output of the Lua script
        """
        response = await self._session.request(
            "POST",
            "/tools/execute-script",
            content=body.encode("utf-8"),
            timeout=timeout,
        )
        return response.text

    async def post_tools_find(
        self,
        body: PostToolsFindBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[FoundResource]:
        """Look for local resources. `POST /tools/find`

        Orthanc 1.10.1 and later.

        This URI can be used to perform a search on the content of the local Orthanc server, in a
        way that is similar to querying remote DICOM modalities using C-FIND SCU:
        https://orthanc.uclouvain.be/book/users/rest.html#performing-finds-within-orthanc

        Args:
            body: The json body. Keys: `Labels` (Orthanc 1.12.7 and later), `LabelsConstraint` (Orthanc
                1.12.7 and later), `MetadataQuery` (Orthanc 1.12.7 and later), `OrderBy` (Orthanc 1.12.7
                and later), `ParentPatient` (Orthanc 1.12.7 and later), `ParentSeries` (Orthanc 1.12.7
                and later), `ParentStudy` (Orthanc 1.12.7 and later), `RequestedTags` (Orthanc 1.12.7
                and later), `ResponseContent` (Orthanc 1.12.7 and later).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing either the Orthanc identifiers, or detailed information about the
            reported resources (if `Expand` argument is `true`)
        """
        if "Labels" in body:
            await self._session.require_version("1.12.7", "post_tools_find(body['Labels'])")
        if "LabelsConstraint" in body:
            await self._session.require_version(
                "1.12.7", "post_tools_find(body['LabelsConstraint'])"
            )
        if "MetadataQuery" in body:
            await self._session.require_version("1.12.7", "post_tools_find(body['MetadataQuery'])")
        if "OrderBy" in body:
            await self._session.require_version("1.12.7", "post_tools_find(body['OrderBy'])")
        if "ParentPatient" in body:
            await self._session.require_version("1.12.7", "post_tools_find(body['ParentPatient'])")
        if "ParentSeries" in body:
            await self._session.require_version("1.12.7", "post_tools_find(body['ParentSeries'])")
        if "ParentStudy" in body:
            await self._session.require_version("1.12.7", "post_tools_find(body['ParentStudy'])")
        if "RequestedTags" in body:
            await self._session.require_version("1.12.7", "post_tools_find(body['RequestedTags'])")
        if "ResponseContent" in body:
            await self._session.require_version(
                "1.12.7", "post_tools_find(body['ResponseContent'])"
            )
        content = await self._session.read(
            "POST",
            "/tools/find",
            json=body,
            timeout=timeout,
        )
        result: list[FoundResource] = adapter(list[FoundResource]).validate_json(content)
        return result

    async def get_tools_generate_uid(
        self,
        *,
        level: str,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Generate an identifier. `GET /tools/generate-uid`

        Orthanc 1.10.1 and later.

        Generate a random DICOM identifier

        Args:
            level: Type of DICOM resource among: `patient`, `study`, `series` or `instance`
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The generated identifier
        """
        response = await self._session.request(
            "GET",
            "/tools/generate-uid",
            params={"level": level},
            timeout=timeout,
        )
        return response.text

    async def post_tools_invalidate_tags(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Invalidate DICOM-as-JSON summaries. `POST /tools/invalidate-tags`

        Orthanc 1.10.1 and later.

        Remove all the attachments of the type "DICOM-as-JSON" that are associated will all the
        DICOM instances stored in Orthanc. These summaries will be automatically re-created on the
        next access. This is notably useful after changes to the `Dictionary` configuration option.
        https://orthanc.uclouvain.be/book/faq/orthanc-storage.html#storage-area

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "POST",
            "/tools/invalidate-tags",
            timeout=timeout,
        )

    async def get_tools_labels(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """Get all the used labels. `GET /tools/labels`

        Orthanc 1.12.7 and later.

        List all the labels that are associated with any resource of the Orthanc database

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the labels
        """
        await self._session.require_version("1.12.7", "get_tools_labels")
        content = await self._session.read(
            "GET",
            "/tools/labels",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def post_tools_lookup(
        self,
        body: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[ResourceReference]:
        """Look for DICOM identifiers. `POST /tools/lookup`

        Orthanc 1.10.1 and later.

        This URI can be used to convert one DICOM identifier to a list of matching Orthanc resources

        Args:
            body: The DICOM identifier of interest (i.e. the value of `PatientID`, `StudyInstanceUID`,
                `SeriesInstanceUID`, or `SOPInstanceUID`)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing a list of matching Orthanc resources, each item in the list
            corresponding to a JSON object with the fields `Type`, `ID` and `Path` identifying one
            DICOM resource that is stored by Orthanc
        """
        content = await self._session.read(
            "POST",
            "/tools/lookup",
            content=body.encode("utf-8"),
            timeout=timeout,
        )
        result: list[ResourceReference] = adapter(list[ResourceReference]).validate_json(content)
        return result

    async def get_tools_metrics(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Are metrics collected?. `GET /tools/metrics`

        Orthanc 1.10.1 and later.

        Returns a Boolean specifying whether Prometheus metrics are collected and exposed at
        `/tools/metrics-prometheus`

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            `1` if metrics are collected, `0` if metrics are disabled
        """
        response = await self._session.request(
            "GET",
            "/tools/metrics",
            timeout=timeout,
        )
        return response.text

    async def put_tools_metrics(
        self,
        body: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Enable collection of metrics. `PUT /tools/metrics`

        Orthanc 1.10.1 and later.

        Enable or disable the collection and publication of metrics at `/tools/metrics-prometheus`

        Args:
            body: `1` if metrics are collected, `0` if metrics are disabled
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "PUT",
            "/tools/metrics",
            content=body.encode("utf-8"),
            timeout=timeout,
        )

    async def get_tools_metrics_prometheus(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get usage metrics. `GET /tools/metrics-prometheus`

        Orthanc 1.10.1 and later.

        Get usage metrics of Orthanc in the Prometheus file format (OpenMetrics):
        https://orthanc.uclouvain.be/book/users/advanced-rest.html#instrumentation-with-prometheus

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The answer as text.
        """
        response = await self._session.request(
            "GET",
            "/tools/metrics-prometheus",
            timeout=timeout,
        )
        return response.text

    async def get_tools_now(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get UTC time. `GET /tools/now`

        Orthanc 1.10.1 and later.

        Get UTC time

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The UTC time
        """
        response = await self._session.request(
            "GET",
            "/tools/now",
            timeout=timeout,
        )
        return response.text

    async def get_tools_now_local(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get local time. `GET /tools/now-local`

        Orthanc 1.10.1 and later.

        Get local time

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The local time
        """
        response = await self._session.request(
            "GET",
            "/tools/now-local",
            timeout=timeout,
        )
        return response.text

    async def post_tools_reconstruct(
        self,
        body: PostToolsReconstructBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Reconstruct all the index. `POST /tools/reconstruct`

        Orthanc 1.10.1 and later.

        Reconstruct the index of all the tags of all the DICOM instances that are stored in Orthanc.
        This is notably useful after the deletion of resources whose children resources have
        inconsistent values with their sibling resources. Beware that this is a highly
        time-consuming operation, as all the DICOM instances will be parsed again, and as all the
        Orthanc index will be regenerated. If you have a large database to process, it is advised to
        use the Housekeeper plugin to perform this action resource by resource

        Args:
            body: The json body. Keys: `ReconstructFiles` (Orthanc 1.12.7 and later).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        if "ReconstructFiles" in body:
            await self._session.require_version(
                "1.12.7", "post_tools_reconstruct(body['ReconstructFiles'])"
            )
        await self._session.read(
            "POST",
            "/tools/reconstruct",
            json=body,
            timeout=timeout,
        )

    async def post_tools_reset(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Restart Orthanc. `POST /tools/reset`

        Orthanc 1.10.1 and later.

        Restart Orthanc

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "POST",
            "/tools/reset",
            timeout=timeout,
        )

    async def post_tools_shutdown(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Shutdown Orthanc. `POST /tools/shutdown`

        Orthanc 1.10.1 and later.

        Shutdown Orthanc

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "POST",
            "/tools/shutdown",
            timeout=timeout,
        )

    async def get_tools_unknown_sop_class_accepted(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Is unknown SOP class accepted?. `GET /tools/unknown-sop-class-accepted`

        Orthanc 1.10.1 and later.

        Shall Orthanc C-STORE SCP accept DICOM instances with an unknown SOP class UID?

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            `1` if accepted, `0` if not accepted
        """
        response = await self._session.request(
            "GET",
            "/tools/unknown-sop-class-accepted",
            timeout=timeout,
        )
        return response.text

    async def put_tools_unknown_sop_class_accepted(
        self,
        body: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Set unknown SOP class accepted. `PUT /tools/unknown-sop-class-accepted`

        Orthanc 1.10.1 and later.

        Set whether Orthanc C-STORE SCP should accept DICOM instances with an unknown SOP class UID

        Args:
            body: `1` if accepted, `0` if not accepted
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "PUT",
            "/tools/unknown-sop-class-accepted",
            content=body.encode("utf-8"),
            timeout=timeout,
        )
