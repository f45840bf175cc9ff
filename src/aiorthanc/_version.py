"""Orthanc versions: parsed from `/system`'s `Version`, compared as numbers."""

from __future__ import annotations

import re
from typing import TypeAlias

__all__ = ["Version", "format_version", "parse_version"]

Version: TypeAlias = tuple[int, int, int]
"""A release as `(major, minor, patch)`."""

_RELEASE = re.compile(r"^\s*(\d+)\.(\d+)(?:\.(\d+))?")


def parse_version(text: str) -> Version | None:
    """`"1.12.7"` -> `(1, 12, 7)`; None for a build that names no release (`"mainline"`)."""
    match = _RELEASE.match(text)
    if match is None:
        return None
    major, minor, patch = match.groups()
    return int(major), int(minor), int(patch or 0)


def format_version(version: Version) -> str:
    """`(1, 12, 7)` -> `"1.12.7"`."""
    return ".".join(str(part) for part in version)
