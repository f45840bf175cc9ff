# generated: do not edit, run make codegen
"""Operations of the `System` tag, group `plugins` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._api_support import (
    adapter,
)
from aiorthanc._generated.models import PluginInfo
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["SystemPluginsOperations"]


class SystemPluginsOperations:
    """The 3 operations of the `plugins` group of `orthanc.api.system`, inherited by `SystemApi`."""

    _session: Session

    async def get_plugins(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List plugins. `GET /plugins`

        Orthanc 1.10.1 and later.

        List all the installed plugins

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the identifiers of the installed plugins
        """
        content = await self._session.read(
            "GET",
            "/plugins",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def get_plugins_explorer_js(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """JavaScript extensions to Orthanc Explorer. `GET /plugins/explorer.js`

        Orthanc 1.10.1 and later.

        Get the JavaScript extensions that are installed by all the plugins using the
        `OrthancPluginExtendOrthancExplorer()` function of the plugin SDK. This route is for
        internal use of Orthanc Explorer.

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JavaScript extensions (application/javascript)
        """
        content = await self._session.read(
            "GET",
            "/plugins/explorer.js",
            timeout=timeout,
        )
        return content

    async def get_plugin(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PluginInfo:
        """Get plugin. `GET /plugins/{id}`

        Orthanc 1.10.1 and later.

        Get system information about the plugin whose identifier is provided in the URL

        Args:
            id: Identifier of the job of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON object containing information about the plugin
        """
        content = await self._session.read(
            "GET",
            f"/plugins/{_quote(id)}",
            timeout=timeout,
        )
        return PluginInfo.model_validate_json(content)
