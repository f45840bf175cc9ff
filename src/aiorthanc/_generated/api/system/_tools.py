# generated: do not edit, run make codegen
"""Operations of the `System` tag, group `tools` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._api_support import JsonValue, adapter
from aiorthanc._generated.bodies import PostToolsDicomEchoBody, PostToolsFindBody
from aiorthanc._generated.models import FoundResource, ResourceReference
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["SystemToolsOperations"]


class SystemToolsOperations:
    """The 22 operations of the `tools` group of `orthanc.api.system`, inherited by `SystemApi`."""

    _session: Session

    async def get_tools(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List operations. `GET /tools`

        List the available operations under URI `/tools/`

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            List of the available operations
        """
        response = await self._session.request(
            "GET",
            "/tools",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def get_tools_accepted_transfer_syntaxes(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """Get accepted transfer syntaxes. `GET /tools/accepted-transfer-syntaxes`

        Get the list of UIDs of the DICOM transfer syntaxes that are accepted by Orthanc C-STORE
        SCP. This corresponds to the configuration options `AcceptedTransferSyntaxes` and
        `XXXTransferSyntaxAccepted`.

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the transfer syntax UIDs
        """
        response = await self._session.request(
            "GET",
            "/tools/accepted-transfer-syntaxes",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def put_tools_accepted_transfer_syntaxes(
        self,
        body: JsonValue,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """Set accepted transfer syntaxes. `PUT /tools/accepted-transfer-syntaxes`

        Set the DICOM transfer syntaxes that accepted by Orthanc C-STORE SCP

        Args:
            body: JSON array containing a list of transfer syntax UIDs to be accepted. Wildcards `?` and
                `*` are accepted.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the now-accepted transfer syntax UIDs
        """
        response = await self._session.request(
            "PUT",
            "/tools/accepted-transfer-syntaxes",
            json=body,
            timeout=timeout,
        )
        result: JsonValue = response.json()
        return result

    async def get_tools_default_encoding(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get default encoding. `GET /tools/default-encoding`

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
        await self._session.request(
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
        body: PostToolsDicomEchoBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Trigger C-ECHO SCU. `POST /tools/dicom-echo`

        Trigger C-ECHO SCU command against a DICOM modality described in the POST body, without
        having to register the modality in some `/modalities/{id}` (new in Orthanc 1.8.1)

        Args:
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.request(
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

        Execute the provided Lua script by the Orthanc server. This is very insecure for Orthanc
        servers that are remotely accessible, cf. configuration option `ExecuteLuaEnabled`

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
        body: PostToolsFindBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[FoundResource]:
        """Look for local resources. `POST /tools/find`

        This URI can be used to perform a search on the content of the local Orthanc server, in a
        way that is similar to querying remote DICOM modalities using C-FIND SCU:
        https://book.orthanc-server.com/users/rest.html#performing-finds-within-orthanc

        Args:
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing either the Orthanc identifiers, or detailed information about the
            reported resources (if `Expand` argument is `true`)
        """
        response = await self._session.request(
            "POST",
            "/tools/find",
            json=body,
            timeout=timeout,
        )
        result: list[FoundResource] = adapter(list[FoundResource]).validate_json(response.content)
        return result

    async def get_tools_generate_uid(
        self,
        *,
        level: str,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Generate an identifier. `GET /tools/generate-uid`

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

        Remove all the attachments of the type "DICOM-as-JSON" that are associated will all the
        DICOM instances stored in Orthanc. These summaries will be automatically re-created on the
        next access. This is notably useful after changes to the `Dictionary` configuration option.
        https://book.orthanc-server.com/faq/orthanc-storage.html#storage-area

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.request(
            "POST",
            "/tools/invalidate-tags",
            timeout=timeout,
        )

    async def post_tools_lookup(
        self,
        body: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[ResourceReference]:
        """Look for DICOM identifiers. `POST /tools/lookup`

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
        response = await self._session.request(
            "POST",
            "/tools/lookup",
            content=body.encode("utf-8"),
            timeout=timeout,
        )
        result: list[ResourceReference] = adapter(list[ResourceReference]).validate_json(
            response.content
        )
        return result

    async def get_tools_metrics(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Are metrics collected?. `GET /tools/metrics`

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

        Enable or disable the collection and publication of metrics at `/tools/metrics-prometheus`

        Args:
            body: `1` if metrics are collected, `0` if metrics are disabled
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.request(
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

        Get usage metrics of Orthanc in the Prometheus file format (OpenMetrics):
        https://book.orthanc-server.com/users/advanced-rest.html#instrumentation-with-prometheus

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
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Reconstruct all the index. `POST /tools/reconstruct`

        Reconstruct the index of all the tags of all the DICOM instances that are stored in Orthanc.
        This is notably useful after the deletion of resources whose children resources have
        inconsistent values with their sibling resources. Beware that this is a highly
        time-consuming operation, as all the DICOM instances will be parsed again, and as all the
        Orthanc index will be regenerated.

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.request(
            "POST",
            "/tools/reconstruct",
            timeout=timeout,
        )

    async def post_tools_reset(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Restart Orthanc. `POST /tools/reset`

        Restart Orthanc

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.request(
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

        Shutdown Orthanc

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.request(
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

        Set whether Orthanc C-STORE SCP should accept DICOM instances with an unknown SOP class UID

        Args:
            body: `1` if accepted, `0` if not accepted
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.request(
            "PUT",
            "/tools/unknown-sop-class-accepted",
            content=body.encode("utf-8"),
            timeout=timeout,
        )
