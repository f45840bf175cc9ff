# generated: do not edit, run make codegen
"""Operations of the `Logs` tag of Orthanc's REST API (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["LogsApi"]


class LogsApi:
    """The 16 operations of the `Logs` tag: `orthanc.api.logs.<name>(...)`."""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def get_tools_log_level(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get main log level. `GET /tools/log-level`

        Orthanc 1.10.1 and later.

        Get the main log level of Orthanc

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Possible values: `default`, `verbose` or `trace`
        """
        response = await self._session.request(
            "GET",
            "/tools/log-level",
            timeout=timeout,
        )
        return response.text

    async def put_tools_log_level(
        self,
        body: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Set main log level. `PUT /tools/log-level`

        Orthanc 1.10.1 and later.

        Set the main log level of Orthanc

        Args:
            body: Possible values: `default`, `verbose` or `trace`
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "PUT",
            "/tools/log-level",
            content=body.encode("utf-8"),
            timeout=timeout,
        )

    async def get_tools_log_level_dicom(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get log level for `dicom`. `GET /tools/log-level-dicom`

        Orthanc 1.10.1 and later.

        Get the log level of the log category `dicom`

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Possible values: `default`, `verbose` or `trace`
        """
        response = await self._session.request(
            "GET",
            "/tools/log-level-dicom",
            timeout=timeout,
        )
        return response.text

    async def put_tools_log_level_dicom(
        self,
        body: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Set log level for `dicom`. `PUT /tools/log-level-dicom`

        Orthanc 1.10.1 and later.

        Set the log level of the log category `dicom`

        Args:
            body: Possible values: `default`, `verbose` or `trace`
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "PUT",
            "/tools/log-level-dicom",
            content=body.encode("utf-8"),
            timeout=timeout,
        )

    async def get_tools_log_level_generic(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get log level for `generic`. `GET /tools/log-level-generic`

        Orthanc 1.10.1 and later.

        Get the log level of the log category `generic`

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Possible values: `default`, `verbose` or `trace`
        """
        response = await self._session.request(
            "GET",
            "/tools/log-level-generic",
            timeout=timeout,
        )
        return response.text

    async def put_tools_log_level_generic(
        self,
        body: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Set log level for `generic`. `PUT /tools/log-level-generic`

        Orthanc 1.10.1 and later.

        Set the log level of the log category `generic`

        Args:
            body: Possible values: `default`, `verbose` or `trace`
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "PUT",
            "/tools/log-level-generic",
            content=body.encode("utf-8"),
            timeout=timeout,
        )

    async def get_tools_log_level_http(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get log level for `http`. `GET /tools/log-level-http`

        Orthanc 1.10.1 and later.

        Get the log level of the log category `http`

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Possible values: `default`, `verbose` or `trace`
        """
        response = await self._session.request(
            "GET",
            "/tools/log-level-http",
            timeout=timeout,
        )
        return response.text

    async def put_tools_log_level_http(
        self,
        body: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Set log level for `http`. `PUT /tools/log-level-http`

        Orthanc 1.10.1 and later.

        Set the log level of the log category `http`

        Args:
            body: Possible values: `default`, `verbose` or `trace`
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "PUT",
            "/tools/log-level-http",
            content=body.encode("utf-8"),
            timeout=timeout,
        )

    async def get_tools_log_level_jobs(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get log level for `jobs`. `GET /tools/log-level-jobs`

        Orthanc 1.10.1 and later.

        Get the log level of the log category `jobs`

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Possible values: `default`, `verbose` or `trace`
        """
        response = await self._session.request(
            "GET",
            "/tools/log-level-jobs",
            timeout=timeout,
        )
        return response.text

    async def put_tools_log_level_jobs(
        self,
        body: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Set log level for `jobs`. `PUT /tools/log-level-jobs`

        Orthanc 1.10.1 and later.

        Set the log level of the log category `jobs`

        Args:
            body: Possible values: `default`, `verbose` or `trace`
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "PUT",
            "/tools/log-level-jobs",
            content=body.encode("utf-8"),
            timeout=timeout,
        )

    async def get_tools_log_level_lua(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get log level for `lua`. `GET /tools/log-level-lua`

        Orthanc 1.10.1 and later.

        Get the log level of the log category `lua`

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Possible values: `default`, `verbose` or `trace`
        """
        response = await self._session.request(
            "GET",
            "/tools/log-level-lua",
            timeout=timeout,
        )
        return response.text

    async def put_tools_log_level_lua(
        self,
        body: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Set log level for `lua`. `PUT /tools/log-level-lua`

        Orthanc 1.10.1 and later.

        Set the log level of the log category `lua`

        Args:
            body: Possible values: `default`, `verbose` or `trace`
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "PUT",
            "/tools/log-level-lua",
            content=body.encode("utf-8"),
            timeout=timeout,
        )

    async def get_tools_log_level_plugins(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get log level for `plugins`. `GET /tools/log-level-plugins`

        Orthanc 1.10.1 and later.

        Get the log level of the log category `plugins`

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Possible values: `default`, `verbose` or `trace`
        """
        response = await self._session.request(
            "GET",
            "/tools/log-level-plugins",
            timeout=timeout,
        )
        return response.text

    async def put_tools_log_level_plugins(
        self,
        body: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Set log level for `plugins`. `PUT /tools/log-level-plugins`

        Orthanc 1.10.1 and later.

        Set the log level of the log category `plugins`

        Args:
            body: Possible values: `default`, `verbose` or `trace`
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "PUT",
            "/tools/log-level-plugins",
            content=body.encode("utf-8"),
            timeout=timeout,
        )

    async def get_tools_log_level_sqlite(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get log level for `sqlite`. `GET /tools/log-level-sqlite`

        Orthanc 1.10.1 and later.

        Get the log level of the log category `sqlite`

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Possible values: `default`, `verbose` or `trace`
        """
        response = await self._session.request(
            "GET",
            "/tools/log-level-sqlite",
            timeout=timeout,
        )
        return response.text

    async def put_tools_log_level_sqlite(
        self,
        body: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Set log level for `sqlite`. `PUT /tools/log-level-sqlite`

        Orthanc 1.10.1 and later.

        Set the log level of the log category `sqlite`

        Args:
            body: Possible values: `default`, `verbose` or `trace`
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "PUT",
            "/tools/log-level-sqlite",
            content=body.encode("utf-8"),
            timeout=timeout,
        )
