"""Walk files and folders lazily, and classify what is found.

Runs in a worker thread (all of it is blocking I/O): `walk()` is a plain generator of `Item`s.
The folder rules (hidden entries left out, symlinks followed, each folder once, the journal's
own file left out) live in one place, `_files()`, which `scan_totals()` reuses.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import IO

from aiorthanc._dicom import HEAD_SIZE, sniff
from aiorthanc._import._archives import (
    COMPRESSIONS,
    TAR_MODES,
    decompressing_opener,
    is_compressed_tar,
    walk_tar,
    walk_zip,
)
from aiorthanc._import._classify import Item, classify, journal_hit, skipped
from aiorthanc._import._journal import Journal
from aiorthanc._import._report import OutcomeStatus

__all__ = ["scan_totals", "walk"]

_SEEN_FOLDER = "folder already walked (a symlink loop, or a second link to it)"

# A file to read (its path and stat), or an item that is not read (with its reason).
_Found = tuple[str, os.stat_result] | Item


def walk(
    paths: Iterable[str | os.PathLike[str]],
    *,
    large_file_bytes: int,
    journal: Journal | None = None,
) -> Generator[Item, None, None]:
    """Yield every source under `paths` (files, folders recursively, archive members).

    The journal's own file is left out; a folder reached again (symlink loop, second link)
    is skipped with a reason.
    """
    for found in _files(paths, journal.abspath if journal is not None else None):
        if isinstance(found, Item):
            yield found
            continue
        path, info = found
        try:
            yield from _walk_file(path, info, large_file_bytes, journal)
        except Exception as exc:  # one unreadable file must not stop the walk
            yield skipped(path, OutcomeStatus.FAILED, f"cannot read: {_cannot_read(exc)}")


def scan_totals(paths: Iterable[str | os.PathLike[str]]) -> tuple[int, int]:
    """(files, bytes) on disk under `paths`, by the walk's rules: an estimate for progress."""
    files = size = 0
    for found in _files(paths, None):
        if not isinstance(found, Item):
            files += 1
            size += found[1].st_size
    return files, size


def _files(paths: Iterable[str | os.PathLike[str]], journal_path: str | None) -> Iterator[_Found]:
    visited: set[tuple[int, int]] = set()
    for path in paths:
        name = os.fspath(path)
        if os.path.abspath(name) == journal_path:
            continue
        try:
            info = os.stat(name)
        except OSError as exc:
            yield skipped(name, OutcomeStatus.FAILED, f"cannot read: {exc.strerror or exc}")
            continue
        if not stat.S_ISDIR(info.st_mode):
            yield name, info
        elif _first_visit(info, visited):
            yield from _folder(name, journal_path, visited)
        else:
            yield skipped(name, OutcomeStatus.SKIPPED, _SEEN_FOLDER)


def _folder(root: str, journal_path: str | None, visited: set[tuple[int, int]]) -> Iterator[_Found]:
    # Depth first, names sorted: a deterministic order, memory bounded by one directory listing.
    try:
        with os.scandir(root) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as exc:
        reason = f"cannot list folder: {exc.strerror or exc}"
        yield skipped(root, OutcomeStatus.FAILED, reason)
        return
    for entry in entries:
        path = entry.path
        if os.path.abspath(path) == journal_path:
            continue
        if entry.name.startswith("."):
            kind = "folder" if entry.is_dir(follow_symlinks=False) else "file"
            yield skipped(path, OutcomeStatus.SKIPPED, f"hidden {kind}")
            continue
        try:
            if entry.is_dir():
                if _first_visit(entry.stat(), visited):
                    yield from _folder(path, journal_path, visited)
                else:
                    yield skipped(path, OutcomeStatus.SKIPPED, _SEEN_FOLDER)
            elif entry.is_file():
                yield path, entry.stat()
            else:
                yield skipped(path, OutcomeStatus.SKIPPED, "not a regular file")
        except OSError as exc:
            yield skipped(path, OutcomeStatus.FAILED, f"cannot read: {_cannot_read(exc)}")


def _first_visit(info: os.stat_result, visited: set[tuple[int, int]]) -> bool:
    folder = (info.st_dev, info.st_ino)
    if folder in visited:
        return False
    visited.add(folder)
    return True


def _cannot_read(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return str(exc.strerror or exc)
    return f"{type(exc).__name__}: {exc}"


def _walk_file(
    name: str, info: os.stat_result, large_file_bytes: int, journal: Journal | None
) -> Iterator[Item]:
    key = os.path.abspath(name)
    stamp = (info.st_size, info.st_mtime_ns)
    hit = journal_hit(name, key, stamp, info.st_size, journal)
    if hit is not None:
        yield hit
        return
    try:
        file = open(name, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        reason = f"cannot read: {exc.strerror or exc}"
        yield skipped(name, OutcomeStatus.FAILED, reason, info.st_size)
        return
    with file:
        kind = sniff(file.read(HEAD_SIZE))
        file.seek(0)
        if kind == "zip":
            yield from walk_zip(name, key, stamp, file, large_file_bytes, journal)
        elif kind == "tar" or (kind in COMPRESSIONS and is_compressed_tar(file, kind)):
            yield from walk_tar(name, key, stamp, TAR_MODES[kind], large_file_bytes, journal)
        elif kind in COMPRESSIONS:
            opener = decompressing_opener(name, kind)
            yield classify(name, key, stamp, opener, opener, large_file_bytes, None)
        else:
            opener = _file_opener(name)
            yield classify(name, key, stamp, lambda: file, opener, large_file_bytes, info.st_size)


def _file_opener(path: str) -> Callable[[], IO[bytes]]:
    def open_file() -> IO[bytes]:
        return open(path, "rb")

    return open_file
