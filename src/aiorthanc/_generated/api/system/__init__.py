# generated: do not edit, run make codegen
"""Operations of the `System` tag of Orthanc's REST API (generated), in groups: main, bulk, create, plugins, tools."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._generated.api.system._bulk import SystemBulkOperations
from aiorthanc._generated.api.system._create import SystemCreateOperations
from aiorthanc._generated.api.system._main import SystemMainOperations
from aiorthanc._generated.api.system._plugins import SystemPluginsOperations
from aiorthanc._generated.api.system._tools import SystemToolsOperations

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["SystemApi"]


class SystemApi(
    SystemMainOperations,
    SystemBulkOperations,
    SystemCreateOperations,
    SystemPluginsOperations,
    SystemToolsOperations,
):
    """The 41 operations of the `System` tag: `orthanc.api.system.<name>(...)`."""

    def __init__(self, session: Session) -> None:
        self._session = session
