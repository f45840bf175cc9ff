"""Folder layouts for exports, and the sanitizer that keeps tag values inside the target folder.

A layout turns the tags of one instance (patient, study, series and instance main DICOM tags,
plus the Orthanc IDs) into a relative path. Tag values are data from outside: a PatientName of
``../../etc`` or ``/root`` must never name a folder outside the export. Two lines of defence:

1. each tag value is sanitized before it is put into a path component, and each component again
   after it is built, so that no component can be empty, ``.``, ``..``, hold a separator, a
   control character or NUL, be a Windows device name, or be longer than a file system allows;
2. the final path's folder is resolved (symlinks followed) and checked to lie inside the target
   folder (`resolve_inside`); the file itself is renamed into place, which never follows a link.
"""

from __future__ import annotations

import functools
import os
import re
import stat
import string
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import TypeAlias

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
    return _sanitized(value, replacement, empty)


# Exports sanitize the same patient, study and series values once per instance.
@functools.lru_cache(maxsize=4096)
def _sanitized(value: str, replacement: str, empty: str) -> str:
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
    return PathResolver(root).inside(relative)


class PathResolver:
    """`resolve_inside` for many paths below one root: each folder is resolved once.

    Only folders can lead out: a file is written to a temporary name and renamed over its
    target, and a rename replaces a symlink there rather than following it.
    """

    def __init__(self, root: Path) -> None:
        self._base = root.resolve()
        self._folders: dict[tuple[str, ...], Path] = {}
        self._missing: set[tuple[str, ...]] = set()

    def inside(self, relative: PurePosixPath | str) -> Path:
        """`relative` joined to the root, checked to stay inside it."""
        rel = PurePosixPath(relative)
        if rel.is_absolute():
            raise ExportPathError(f"export path {str(rel)!r} is not a plain relative path")
        return self.inside_parts(rel.parts)

    def inside_parts(self, parts: tuple[str, ...]) -> Path:
        """`inside()` for a path given as its components (names: none holds a separator)."""
        if not parts or any(p in ("", ".", "..") or "/" in p or "\x00" in p for p in parts):
            shown = "/".join(parts)
            raise ExportPathError(f"export path {shown!r} is not a plain relative path")
        # The file itself is not looked at (a stat per file): files are written to a temporary
        # name and renamed over it, which replaces a link there instead of following it.
        return self._folder(parts[:-1], parts) / parts[-1]

    def _folder(self, names: tuple[str, ...], parts: tuple[str, ...]) -> Path:
        """The folder `names` below the root, resolved, checked to be inside; a new folder
        below a known one costs one lstat (only a symlink there is resolved)."""
        folder = self._folders.get(names)
        if folder is not None:
            return folder
        if not names:
            return self._base
        folder = self._folder(names[:-1], parts) / names[-1]
        if names[:-1] in self._missing:  # in a folder that was not there: neither is this one
            is_link = False
            self._missing.add(names)
        else:
            try:
                is_link = stat.S_ISLNK(os.lstat(folder).st_mode)
            except FileNotFoundError:
                is_link = False  # made as a plain folder when the first file is written
                self._missing.add(names)
        if is_link:
            folder = folder.resolve()
            if folder != self._base and not folder.is_relative_to(self._base):
                shown = "/".join(parts)
                raise ExportPathError(f"export path {shown!r} leads outside {str(self._base)!r}")
        self._folders[names] = folder
        return folder


_FORMATTER = string.Formatter()

# One piece of a template part: literal text, then a field (name, conversion, format spec).
_Piece = tuple[str, str | None, str | None, str | None]


def _compile(part: str) -> list[_Piece]:
    """Split one template part into its pieces; only plain ``{Keyword}`` fields are allowed."""
    pieces: list[_Piece] = list(_FORMATTER.parse(part))
    for _, name, _, _ in pieces:
        if name is not None and not name.isidentifier():
            raise ValueError(f"layout field {{{name}}} must be a DICOM keyword or ID name")
    return pieces


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
            parts = [part for part in template.split("/") if part not in ("", ".")]
            if not parts or ".." in parts:
                raise ValueError(f"invalid layout template {template!r}")
            self._parts = [_compile(part) for part in parts]
            self._names = [
                tuple(n for _, n, _, _ in pieces if n is not None) for pieces in self._parts
            ]
            # Instances of a series share their folders: each distinct folder is rendered once.
            self._rendered = functools.lru_cache(maxsize=4096)(self._render_values)
            # Fail now, not in the middle of an export, on a malformed template.
            self.relative_path({})

    def __repr__(self) -> str:
        return f"FolderLayout({self._template!r})"

    def fields(self) -> frozenset[str] | None:
        """The tag names the template reads; None for a function, which may read any."""
        if not isinstance(self._template, str):
            return None
        return frozenset(name for pieces in self._parts for _, name, _, _ in pieces if name)

    def relative_path(self, tags: Mapping[str, str]) -> PurePosixPath:
        """The sanitized relative path of an instance with these tags."""
        return PurePosixPath(*self.components(tags))

    def components(self, tags: Mapping[str, str]) -> tuple[str, ...]:
        """`relative_path` as its sanitized components (names, none holding a separator)."""
        if isinstance(self._template, str):
            return tuple(
                self._rendered(index, tuple(tags.get(name) for name in names))
                for index, names in enumerate(self._names)
            )
        result = self._template(dict(tags))
        components = result.split("/") if isinstance(result, str) else list(result)
        components = [c for c in components if c]
        if not components:
            raise ValueError("the layout function returned no path component")
        return tuple(sanitize_component(c) for c in components)

    def _render_values(self, index: int, values: tuple[str | None, ...]) -> str:
        """Template part `index` with its fields' values, sanitized."""
        out = []
        fields = iter(values)
        for literal, name, spec, conversion in self._parts[index]:
            out.append(literal)
            if name is not None:
                value = self._value(next(fields))
                converted = _FORMATTER.convert_field(value, conversion)
                out.append(_FORMATTER.format_field(converted, spec or ""))
        return sanitize_component("".join(out))

    def _value(self, raw: object) -> str:
        """A tag value, sanitized and cut; `missing` when absent or empty once cleaned."""
        if raw is None:
            return self._missing
        clean = sanitize_component(str(raw), empty="")[: self._max_value_length].strip(" ")
        return clean or self._missing
