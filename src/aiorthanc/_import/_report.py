"""The import's accounting: one outcome per source, totals, JSON."""

from __future__ import annotations

import enum
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiorthanc._errors import OrthancError

__all__ = [
    "DicomImportError",
    "ImportProgress",
    "ImportProgressCallback",
    "ImportReport",
    "OutcomeStatus",
    "SourceOutcome",
]


class OutcomeStatus(str, enum.Enum):
    """What happened to one source."""

    STORED = "stored"
    """Orthanc stored it in this run."""
    ALREADY_STORED = "already_stored"
    """Orthanc already had it (its answer, the journal, or the existence check)."""
    FILTERED_OUT = "filtered_out"
    """A filter of the server refused it."""
    NOT_DICOM = "not_dicom"
    """Not a DICOM file."""
    SKIPPED = "skipped"
    """Deliberately not sent: DICOMDIR, JSON, hidden file, nested archive, ..."""
    FAILED = "failed"
    """Could not be read or stored; `reason` says why."""


_ACKNOWLEDGED = (OutcomeStatus.STORED, OutcomeStatus.ALREADY_STORED)


@dataclass(frozen=True, slots=True)
class SourceOutcome:
    """The outcome of one source (a file, or a member of an archive: `archive!member`)."""

    source: str
    status: OutcomeStatus
    size: int = 0
    instance_id: str | None = None
    study_id: str | None = None
    reason: str | None = None
    """Why it was not stored (or how it was known to be stored: journal, existence check)."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (None fields left out)."""
        data: dict[str, Any] = {"source": self.source, "status": self.status.value}
        data["size"] = self.size
        for name in ("instance_id", "study_id", "reason"):
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        return data


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """A snapshot given to the progress callback after each outcome."""

    sources: int
    """Sources with an outcome so far."""
    instances: int
    """Instances acknowledged by Orthanc (stored or already stored)."""
    failed: int
    bytes: int
    """Bytes of the sources with an outcome (uncompressed)."""
    seconds: float
    last: SourceOutcome


ImportProgressCallback = Callable[[ImportProgress], object]
"""Called (in the event loop) after each source's outcome with a progress snapshot."""


@dataclass
class ImportReport:
    """What an import did: one outcome per source and totals.

    `ok` is True when nothing failed and the import was not cancelled. `to_json()` gives the
    whole report; the counts are also in `counts`.
    """

    outcomes: list[SourceOutcome] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {s.value: 0 for s in OutcomeStatus})
    studies: set[str] = field(default_factory=set)
    bytes: int = 0
    """Bytes of the acknowledged instances."""
    seconds: float = 0.0
    cancelled: bool = False
    error: str | None = None
    """Why the import stopped early (e.g. bad credentials), if it did."""

    @property
    def instances(self) -> int:
        """Instances acknowledged by Orthanc (stored or already stored)."""
        return sum(self.counts[s.value] for s in _ACKNOWLEDGED)

    @property
    def failed(self) -> int:
        """Sources that failed."""
        return self.counts[OutcomeStatus.FAILED.value]

    @property
    def rate(self) -> float:
        """Acknowledged instances per second."""
        return self.instances / self.seconds if self.seconds > 0 else 0.0

    @property
    def ok(self) -> bool:
        """True when nothing failed, nothing stopped the import, and it was not cancelled."""
        return self.failed == 0 and not self.cancelled and self.error is None

    def add(self, outcome: SourceOutcome) -> None:
        """Account for one source."""
        self.outcomes.append(outcome)
        self.counts[outcome.status.value] += 1
        if outcome.status in _ACKNOWLEDGED:
            self.bytes += outcome.size
            if outcome.study_id is not None:
                self.studies.add(outcome.study_id)

    def by_status(self, status: OutcomeStatus | str) -> list[SourceOutcome]:
        """The outcomes with one status."""
        value = OutcomeStatus(status)
        return [o for o in self.outcomes if o.status is value]

    def totals(self) -> dict[str, Any]:
        """The totals as a dict: counts per status, instances, studies, bytes, seconds, rate."""
        return {
            "sources": len(self.outcomes),
            **self.counts,
            "instances": self.instances,
            "studies": len(self.studies),
            "bytes": self.bytes,
            "seconds": round(self.seconds, 3),
            "rate": round(self.rate, 1),
            "cancelled": self.cancelled,
            "error": self.error,
            "ok": self.ok,
        }

    def to_dict(self) -> dict[str, Any]:
        """The whole report as JSON-ready data: `{"totals": ..., "outcomes": [...]}`."""
        return {"totals": self.totals(), "outcomes": [o.to_dict() for o in self.outcomes]}

    def to_json(self, *, indent: int | None = None) -> str:
        """The whole report as JSON text (ASCII: a file name that is not valid UTF-8 is kept
        as its surrogate escape, and printing it cannot fail)."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=True)

    def summary(self) -> str:
        """A few lines for a person."""
        c = self.counts
        lines = [
            f"{self.instances} instances acknowledged ({c['stored']} stored, "
            f"{c['already_stored']} already stored) in {len(self.studies)} studies, "
            f"{_human_bytes(self.bytes)} in {self.seconds:.1f} s ({self.rate:.1f} instances/s)",
            f"{c['filtered_out']} filtered out, {c['not_dicom']} not DICOM, "
            f"{c['skipped']} skipped, {c['failed']} failed",
        ]
        if self.cancelled:
            lines.append("Cancelled: the report is partial.")
        if self.error:
            lines.append(f"Stopped: {self.error}")
        return "\n".join(lines)


def _human_bytes(count: int) -> str:
    value = float(count)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.1f} {unit}" if unit != "B" else f"{count} B"
        value /= 1024
    return f"{count} B"  # pragma: no cover


class DicomImportError(OrthancError):
    """An import could not go on at all (bad credentials, not an Orthanc server, ...).

    What was done before it stopped is in `report`, an `ImportReport`.
    """

    def __init__(self, message: str, report: ImportReport) -> None:
        super().__init__(message)
        self.report = report
