"""The options of an import, each declared once with its default.

`ImportOptions` holds them (defaults, documentation, validation, and how each appears on the
command line); `ImportOptionsDict` types the same names as keyword arguments, so that
`import_dicom(orthanc, paths, concurrency=2)` is checked by mypy. A unit test keeps the two in
step.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Literal, TypedDict

from aiorthanc._constants import (
    DEFAULT_BATCH_BYTES,
    DEFAULT_BATCH_FILES,
    DEFAULT_IMPORT_CONCURRENCY,
    DEFAULT_IMPORT_RETRY_TIMEOUT,
)
from aiorthanc._import._report import ImportProgressCallback

__all__ = ["CLI_FLAG", "CliFlag", "ImportOptions", "ImportOptionsDict"]

CliKind = Literal["int", "float", "mib", "path", "switch"]

CLI_FLAG = "cli_flag"
"""The key of an option's `CliFlag` in its dataclass field's metadata."""


@dataclass(frozen=True)
class CliFlag:
    """How an option appears on the `aiorthanc import` command line.

    `kind` says how its value is read: "int" and "float" (> 0), "mib" (> 0, in MiB, for an
    option in bytes), "path", or "switch" (a flag that turns the option on).
    """

    names: tuple[str, ...]
    help: str
    kind: CliKind
    metavar: str | None = None


def _cli(
    names: tuple[str, ...], help: str, kind: CliKind, metavar: str | None = None
) -> dict[str, CliFlag]:
    return {CLI_FLAG: CliFlag(names, help, kind, metavar)}


@dataclass(frozen=True, kw_only=True)
class ImportOptions:
    """How an import runs; every field has a sensible default.

    Attributes:
        concurrency: requests in flight at once.
        batch_bytes: small files are packed into uncompressed ZIPs up to this many bytes.
        batch_files: ... and up to this many files.
        large_file_bytes: files larger than this are sent alone, streamed from disk (default,
            None: a quarter of `batch_bytes`).
        journal: path of a journal file (JSON lines): what Orthanc acknowledged is recorded,
            and sources recorded with the same size and mtime are skipped on a re-run.
        skip_existing: ask Orthanc whether it has each instance (by the ID computed locally)
            and skip the upload of those it has.
        progress: called after each source's outcome with an `ImportProgress`.
        retry_timeout: how long to keep retrying a source after transient failures
            (connection refused or reset, 502/503/504) before reporting it failed.
    """

    concurrency: int = field(
        default=DEFAULT_IMPORT_CONCURRENCY,
        metadata=_cli(("-c", "--concurrency"), "requests in flight; 2-4 suit most servers", "int"),
    )
    batch_bytes: int = field(
        default=DEFAULT_BATCH_BYTES,
        metadata=_cli(
            ("--batch-mib",), "pack small files into ZIP requests of up to this many MiB", "mib"
        ),
    )
    batch_files: int = field(
        default=DEFAULT_BATCH_FILES,
        metadata=_cli(("--batch-files",), "pack at most N files into one ZIP request", "int", "N"),
    )
    large_file_bytes: int | None = field(
        default=None,
        metadata=_cli(
            ("--large-file-mib",),
            "send files larger than this many MiB alone, streamed (default: a quarter of the "
            "batch size)",
            "mib",
        ),
    )
    journal: str | os.PathLike[str] | None = field(
        default=None,
        metadata=_cli(
            ("--journal",),
            "record what Orthanc acknowledged in FILE; a re-run skips it",
            "path",
            "FILE",
        ),
    )
    skip_existing: bool = field(
        default=False,
        metadata=_cli(
            ("--skip-existing",),
            "ask Orthanc first and skip the instances it already has (by computed ID)",
            "switch",
        ),
    )
    progress: ImportProgressCallback | None = None
    retry_timeout: float = field(
        default=DEFAULT_IMPORT_RETRY_TIMEOUT,
        metadata=_cli(
            ("--retry-timeout",),
            "seconds to keep retrying a source through transient failures",
            "float",
        ),
    )

    def __post_init__(self) -> None:
        if self.concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        if self.batch_bytes < 1 or self.batch_files < 1:
            raise ValueError("batch_bytes and batch_files must be >= 1")
        if self.retry_timeout < 0:
            raise ValueError("retry_timeout must be >= 0")

    @property
    def resolved_large_file_bytes(self) -> int:
        """`large_file_bytes`, or its default: a quarter of `batch_bytes`."""
        if self.large_file_bytes is not None:
            return self.large_file_bytes
        return self.batch_bytes // 4


class ImportOptionsDict(TypedDict, total=False):
    """The fields of `ImportOptions` as keyword arguments (see it for their meaning)."""

    concurrency: int
    batch_bytes: int
    batch_files: int
    large_file_bytes: int | None
    journal: str | os.PathLike[str] | None
    skip_existing: bool
    progress: ImportProgressCallback | None
    retry_timeout: float
