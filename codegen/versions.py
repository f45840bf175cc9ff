"""The documents of several Orthanc versions -> the oldest version that has each operation.

`spec/` holds one OpenAPI document per Orthanc version (`orthanc-<version>.json`, written by
`make spec`). The code is generated from the newest; an operation, a query argument or a body
field that the oldest document lacks gets the oldest version whose document has it, and the
generated method asks the server for that version before sending (`Session.require_version`).
Routes are compared with their parameters' names blanked (`/jobs/{id}` is `/jobs/{}`), since a
version may rename a path parameter.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["DOCUMENT_PATTERN", "UNDOCUMENTED", "Document", "Since", "load_documents", "route_key"]

DOCUMENT_PATTERN = re.compile(r"^orthanc-(\d+)\.(\d+)\.(\d+)\.json$")
"""The name of one version's document in the spec folder."""

_METHODS = ("get", "post", "put", "delete")

# What an older server has though its document does not show it, measured on the real server:
# (method, route key, query argument or body key) -> the oldest version that has it.
UNDOCUMENTED = {
    # Orthanc 1.10.1 answers `GET /changes?last` with the last change; its document omits it.
    ("GET", "/changes", "last"): "1.10.1",
}


@dataclass(frozen=True)
class Document:
    """One version's OpenAPI document."""

    version: str
    path: Path
    spec: dict[str, Any]


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def load_documents(spec_dir: Path) -> list[Document]:
    """The documents of `spec_dir`, oldest first; an error when there is none."""
    found = []
    for path in sorted(spec_dir.iterdir()):
        match = DOCUMENT_PATTERN.match(path.name)
        if match:
            version = ".".join(match.groups())
            spec = json.loads(path.read_text(encoding="utf-8"))
            found.append(Document(version, path, spec))
    if not found:
        raise FileNotFoundError(f"no orthanc-<version>.json in {spec_dir}: run make spec")
    return sorted(found, key=lambda d: _version_key(d.version))


def route_key(path: str, operation: dict[str, Any] | None = None) -> str:
    """A path with its parameters' names blanked: `/jobs/{id}/{key}` -> `/jobs/{}/{}`.

    With its `operation`, a trailing wildcard parameter (Orthanc 1.10.1 documents
    `/instances/{id}/content` with a path parameter `...`) counts as a segment.
    """
    params = (operation or {}).get("parameters", [])
    if any(p.get("name") == "..." and p.get("in") == "path" for p in params):
        path += "/{...}"
    return re.sub(r"\{[^}]*\}", "{}", path)


def _body_keys(operation: dict[str, Any]) -> set[str]:
    content = (operation.get("requestBody") or {}).get("content") or {}
    schema = (content.get("application/json") or {}).get("schema") or {}
    return set(schema.get("properties") or {})


@dataclass
class Since:
    """The oldest documented version of each operation, query argument and body field."""

    versions: list[str]
    operations: dict[tuple[str, str], str] = field(default_factory=dict)
    parameters: dict[tuple[str, str, str], str] = field(default_factory=dict)
    body_fields: dict[tuple[str, str, str], str] = field(default_factory=dict)

    @classmethod
    def of(cls, documents: list[Document]) -> Since:
        """Walk the documents from the oldest; the first that has a thing gives its version."""
        since = cls([d.version for d in documents])
        since.parameters.update(UNDOCUMENTED)
        for document in documents:
            for path, item in document.spec.get("paths", {}).items():
                for method in _METHODS:
                    operation = item.get(method)
                    if operation is None:
                        continue
                    key = (method.upper(), route_key(path, operation))
                    since.operations.setdefault(key, document.version)
                    for parameter in operation.get("parameters", []):
                        where = (*key, parameter["name"])
                        since.parameters.setdefault(where, document.version)
                    for name in _body_keys(operation):
                        since.body_fields.setdefault((*key, name), document.version)
        return since

    @property
    def oldest(self) -> str:
        """The oldest documented version: what needs no check."""
        return self.versions[0]

    def operation(self, method: str, path: str) -> str:
        """The oldest version that has the operation (the oldest of all when unknown)."""
        return self.operations.get((method.upper(), route_key(path)), self.oldest)

    def newer(self, version: str, than: str) -> str | None:
        """`version` when it is newer than `than`, else None (nothing more to check)."""
        return version if _version_key(version) > _version_key(than) else None

    def parameter(self, method: str, path: str, name: str) -> str:
        """The oldest version whose document has this query or header argument."""
        key = (method.upper(), route_key(path), name)
        return self.parameters.get(key, self.operation(method, path))

    def body_field(self, method: str, path: str, name: str) -> str:
        """The oldest version whose document has this key of the JSON body."""
        key = (method.upper(), route_key(path), name)
        return self.body_fields.get(key, self.operation(method, path))
