"""Folder layouts for exports, and the sanitizer that keeps tag values inside the target folder.

A layout turns the tags of one instance (patient, study, series and instance main DICOM tags,
plus the Orthanc IDs) into a relative path. Tag values are data from outside: a PatientName of
``../../etc`` or ``/root`` must never name a folder outside the export. Two lines of defence:

1. each tag value is sanitized before it is put into a path component, and each component again
   after it is built, so that no component can be empty, ``.``, ``..``, hold a separator, a
   control character or NUL, be a Windows device name, or be longer than a file system allows;
2. the final path is resolved and checked to lie inside the target folder (`resolve_inside`).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any, TypeAlias

from aiorthanc._errors import ExportPathError

__all__ = [
    "DEFAULT_LAYOUT",
    "ExportPathError",
    "FolderLayout",
    "LayoutFunction",
    "resolve_inside",
    "sanitize_component",
]

DEFAULT_LAYOUT = (
    "{PatientID} - {PatientName}/{StudyDate} - {StudyDescription}/"
    "{Modality} - {SeriesDescription}/{SOPInstanceUID}.dcm"
)
"""Orthanc's AutoClassify layout, with the study date in front of the study description."""

LayoutFunction: TypeAlias = Callable[[Mapping[str, str]], "Sequence[str] | str"]
"""A layout of the caller's: receives the instance's tags, returns path components (or one
'/'-separated string). Every component is sanitized afterwards."""

MAX_COMPONENT_BYTES = 200  # below the 255-byte limit of ext4/NTFS/APFS, leaving room for ".part"
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
_WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{name}{i}" for name in ("COM", "LPT") for i in [*range(10), "¹", "²", "³"]]
)


def sanitize_component(value: str, *, replacement: str = "_", empty: str = "_") -> str:
    """Make `value` safe as one file or folder name on Linux, macOS and Windows.

    Separators (``/`` and ``\\``), characters Windows forbids, control characters and NUL become
    `replacement`; leading and trailing spaces and trailing dots are dropped (Windows drops them
    itself); Windows device names (``CON``, ``NUL.txt``, ``COM1``...) get a ``_`` prefix; ``.``,
    ``..`` and the empty string become `empty`; the result is cut to at most 200 UTF-8 bytes,
    keeping the extension.
    """
    text = unicodedata.normalize("NFC", value)
    text = _FORBIDDEN.sub(replacement, text)
    text = text.strip(" ").rstrip(". ")
    if text.strip(".") == "":
        text = empty
    if text.split(".", 1)[0].upper().rstrip(" ") in _WINDOWS_RESERVED:
        text = "_" + text
    return _truncate(text, MAX_COMPONENT_BYTES)


def _truncate(text: str, max_bytes: int) -> str:
    if len(text.encode()) <= max_bytes:
        return text
    stem, dot, suffix = text.rpartition(".")
    if not dot or not stem or len(suffix.encode()) > 16:
        stem, suffix = text, ""
    else:
        suffix = "." + suffix
    budget = max_bytes - len(suffix.encode())
    cut = stem.encode()[:budget].decode(errors="ignore").rstrip(". ")
    return (cut or "_") + suffix


def resolve_inside(root: Path, relative: PurePosixPath | str) -> Path:
    """Join `relative` to `root` and check that the result, symlinks resolved, is inside `root`.

    Raises:
        ExportPathError: for an absolute `relative`, ``..`` parts, or a symlink leading out.
    """
    rel = PurePosixPath(relative)
    if rel.is_absolute() or any(part in ("", ".", "..") for part in rel.parts):
        raise ExportPathError(f"export path {str(rel)!r} is not a plain relative path")
    base = root.resolve()
    candidate = (base / Path(*rel.parts)).resolve()
    if candidate == base or not candidate.is_relative_to(base):
        raise ExportPathError(f"export path {str(rel)!r} leads outside {str(base)!r}")
    return candidate


class _Values(dict[str, str]):
    """Tag values for `str.format_map`: sanitized, with a stand-in for missing or empty tags."""

    def __init__(self, tags: Mapping[str, str], missing: str, max_value_length: int) -> None:
        super().__init__()
        self._missing = missing
        for key, value in tags.items():
            clean = sanitize_component(str(value), empty="")[:max_value_length].strip(" ")
            if clean:
                self[key] = clean

    def __missing__(self, key: str) -> str:
        return self._missing


class _SafeFormatter(string.Formatter):
    """Only plain ``{Name}`` fields with a format spec: no attribute or index access."""

    def get_field(self, field_name: str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
        if not field_name.isidentifier():
            raise ValueError(f"layout field {{{field_name}}} must be a DICOM keyword or ID name")
        return kwargs[field_name], field_name


class FolderLayout:
    """Where each exported instance goes, below the export folder.

    Args:
        template: '/'-separated path template with ``{Keyword}`` fields (the main DICOM tags of
            the patient, study, series and instance, and ``PatientOrthancID``,
            ``StudyOrthancID``, ``SeriesOrthancID``, ``InstanceOrthancID``); or a function of
            the tags returning the path components (`LayoutFunction`).
        missing: what a missing or empty tag becomes.
        max_value_length: tag values are cut to this many characters.
    """

    def __init__(
        self,
        template: str | LayoutFunction = DEFAULT_LAYOUT,
        *,
        missing: str = "Unknown",
        max_value_length: int = 64,
    ) -> None:
        self._template = template
        self._missing = missing
        self._max_value_length = max_value_length
        if isinstance(template, str):
            self._parts = [part for part in template.split("/") if part not in ("", ".")]
            if not self._parts or ".." in self._parts:
                raise ValueError(f"invalid layout template {template!r}")
            # Fail now, not in the middle of an export, on a malformed template.
            self.relative_path({})

    def __repr__(self) -> str:
        return f"FolderLayout({self._template!r})"

    def relative_path(self, tags: Mapping[str, str]) -> PurePosixPath:
        """The sanitized relative path of an instance with these tags."""
        if isinstance(self._template, str):
            values = _Values(tags, self._missing, self._max_value_length)
            formatter = _SafeFormatter()
            components: Sequence[str] = [formatter.vformat(p, (), values) for p in self._parts]
        else:
            result = self._template(dict(tags))
            components = result.split("/") if isinstance(result, str) else list(result)
            components = [c for c in components if c]
            if not components:
                raise ValueError("the layout function returned no path component")
        return PurePosixPath(*(sanitize_component(c) for c in components))
