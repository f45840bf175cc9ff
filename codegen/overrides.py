"""Load the spec and apply the JSON-pointer overrides of `spec/overrides.yaml`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "Override",
    "OverrideError",
    "apply_overrides",
    "load_overrides",
    "load_spec",
    "split_pointer",
]


class OverrideError(Exception):
    """An override entry is malformed or points nowhere."""


@dataclass(frozen=True)
class Override:
    """One patch: set `value` at the JSON pointer `path`, for the reason `why`."""

    path: str
    value: Any
    why: str


def split_pointer(pointer: str) -> list[str]:
    """Split an RFC 6901 pointer into unescaped keys ("~1" is "/", "~0" is "~")."""
    if not pointer.startswith("/"):
        raise OverrideError(f"JSON pointer must start with '/': {pointer!r}")
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer[1:].split("/")]


def load_overrides(path: Path) -> list[Override]:
    """Read and validate the overrides file (a YAML list of {path, value, why})."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(entries, list):
        raise OverrideError(f"{path}: expected a list of overrides")
    result = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or set(entry) != {"path", "value", "why"}:
            raise OverrideError(f"{path}: entry {index} must have exactly 'path', 'value', 'why'")
        if not str(entry["why"]).strip():
            raise OverrideError(f"{path}: entry {index} ({entry['path']}) needs a reason in 'why'")
        result.append(Override(entry["path"], entry["value"], entry["why"]))
    return result


def apply_overrides(spec: dict[str, Any], overrides: list[Override]) -> list[str]:
    """Apply `overrides` to `spec` in place; return warnings for entries skipped.

    Under /components missing parents are created. Under /paths an entry whose operation
    (/paths/{path}/{method}) is absent is skipped with a warning; any other missing parent raises.
    """
    warnings: list[str] = []
    for override in overrides:
        keys = split_pointer(override.path)
        if keys[0] == "paths" and len(keys) >= 3:
            operation = spec.get("paths", {}).get(keys[1], {}).get(keys[2])
            if operation is None:
                warnings.append(f"override skipped, no operation {keys[2].upper()} {keys[1]}")
                continue
        node: Any = spec
        for depth, key in enumerate(keys[:-1]):
            if isinstance(node, list):
                node = node[int(key)]
                continue
            if key not in node:
                if keys[0] != "components":
                    where = "/".join(keys[: depth + 1])
                    raise OverrideError(f"{override.path}: no parent at /{where}")
                node[key] = {}
            node = node[key]
        last = keys[-1]
        if isinstance(node, list):
            if last == "-":
                node.append(override.value)
            else:
                node[int(last)] = override.value
        else:
            node[last] = _keep_description(node.get(last), override.value)
    return warnings


def _keep_description(old: Any, new: Any) -> Any:
    # An override fixes a schema's shape; the spec's own words about it stay unless replaced.
    replaced = isinstance(old, dict) and isinstance(new, dict) and "description" not in new
    if replaced and old.get("description"):
        return {"description": old["description"], **new}
    return new


def load_spec(spec_path: Path, overrides_path: Path) -> tuple[dict[str, Any], list[str]]:
    """Read the spec, apply the overrides; return the patched spec and the warnings."""
    spec: dict[str, Any] = json.loads(spec_path.read_text(encoding="utf-8"))
    warnings = apply_overrides(spec, load_overrides(overrides_path))
    return spec, warnings
