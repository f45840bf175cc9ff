import json
from pathlib import Path

from aiorthanc import ImportReport, OutcomeStatus, SourceOutcome
from aiorthanc._import._journal import Journal


def test_journal_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    journal = Journal.open(path)
    journal.record("/a.dcm", (10, 123), "id-a", "study-a", "stored")
    journal.close()

    again = Journal.open(path)
    entry = again.get("/a.dcm", (10, 123))
    assert entry is not None
    assert (entry.instance_id, entry.study_id, entry.status) == ("id-a", "study-a", "stored")
    again.close()


def test_journal_ignores_a_source_that_changed(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "j.jsonl")
    journal.record("/a.dcm", (10, 123), "id-a", None, "stored")
    assert journal.get("/a.dcm", (11, 123)) is None  # size changed
    assert journal.get("/a.dcm", (10, 124)) is None  # mtime changed
    assert journal.get("/b.dcm", (10, 123)) is None
    journal.close()


def test_journal_survives_a_torn_last_line(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    journal = Journal.open(path)
    journal.record("/a.dcm", (1, 1), "id-a", None, "stored")
    journal.close()
    with path.open("a") as file:
        file.write('{"key": "/b.dcm", "size": 1, "mti')  # crash while writing

    again = Journal.open(path)
    assert len(again) == 1
    again.record("/c.dcm", (1, 1), "id-c", None, "stored")
    again.close()

    lines = path.read_text().splitlines()
    assert json.loads(lines[-1])["key"] == "/c.dcm"  # not glued to the torn line
    final = Journal.open(path)
    assert final.get("/c.dcm", (1, 1)) is not None
    assert final.get("/b.dcm", (1, 1)) is None
    final.close()


def _report() -> ImportReport:
    report = ImportReport()
    report.add(SourceOutcome("a.dcm", OutcomeStatus.STORED, 100, "i1", "s1"))
    report.add(SourceOutcome("b.dcm", OutcomeStatus.ALREADY_STORED, 50, "i2", "s1"))
    report.add(SourceOutcome("c.txt", OutcomeStatus.NOT_DICOM, 5, reason="not DICOM"))
    report.add(SourceOutcome("d.dcm", OutcomeStatus.FAILED, 7, reason="HTTP 400"))
    report.seconds = 2.0
    return report


def test_report_totals() -> None:
    report = _report()
    assert report.instances == 2
    assert report.failed == 1
    assert report.bytes == 150  # acknowledged bytes only
    assert report.rate == 1.0
    assert not report.ok
    totals = report.totals()
    assert totals["stored"] == 1
    assert totals["studies"] == 1
    assert totals["sources"] == 4


def test_report_is_ok_only_without_failures_or_cancellation() -> None:
    report = ImportReport()
    report.add(SourceOutcome("a.dcm", OutcomeStatus.STORED, 1, "i", "s"))
    report.add(SourceOutcome("b", OutcomeStatus.SKIPPED, 1, reason="DICOMDIR"))
    assert report.ok
    report.cancelled = True
    assert not report.ok


def test_report_json_has_every_outcome_with_its_reason() -> None:
    data = json.loads(_report().to_json())
    assert data["totals"]["failed"] == 1
    assert [o["source"] for o in data["outcomes"]] == ["a.dcm", "b.dcm", "c.txt", "d.dcm"]
    assert data["outcomes"][3] == {
        "source": "d.dcm",
        "status": "failed",
        "size": 7,
        "reason": "HTTP 400",
    }
    assert data["outcomes"][0]["instance_id"] == "i1"


def test_report_by_status_and_summary() -> None:
    report = _report()
    assert [o.source for o in report.by_status("failed")] == ["d.dcm"]
    assert "1 failed" in report.summary()
