"""The importer's engine against a fake Orthanc (httpx MockTransport): failure handling."""

import io
import json
import os
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from aiorthanc import AsyncOrthanc, DicomImporter, DicomImportError, OutcomeStatus, import_dicom
from aiorthanc._dicom import parse_header
from dicom_factory import dicom_bytes

pytestmark = pytest.mark.asyncio

Answer = Callable[[httpx.Request, bytes], httpx.Response | None]


class FakeOrthanc:
    """Answers GET /system and POST /instances (a file, or a ZIP of files) like Orthanc."""

    def __init__(self, answer: Answer | None = None) -> None:
        self.answer = answer
        self.posts = 0
        self.stored: set[str] = set()

    def client(self) -> AsyncOrthanc:
        return AsyncOrthanc("http://orthanc.test", transport=httpx.MockTransport(self.handle))

    async def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/system":
            return httpx.Response(200, json={"Version": "1.12.0"})
        assert (request.method, request.url.path) == ("POST", "/instances")
        body = await request.aread()
        self.posts += 1
        if self.answer is not None and (answer := self.answer(request, body)) is not None:
            return answer
        if request.headers["content-type"] == "application/zip":
            with zipfile.ZipFile(io.BytesIO(body)) as archive:
                results = [self._store(archive.read(name)) for name in archive.namelist()]
            return httpx.Response(200, json=results)
        return httpx.Response(200, json=self._store(body))

    def _store(self, data: bytes) -> dict[str, str | None]:
        header = parse_header(data)
        assert header is not None
        assert header.instance_id is not None
        status = "AlreadyStored" if header.instance_id in self.stored else "Success"
        self.stored.add(header.instance_id)
        return {
            "ID": header.instance_id,
            "Path": f"/instances/{header.instance_id}",
            "Status": status,
            "ParentStudy": header.study_id,
        }


def _statuses(report: object) -> dict[str, OutcomeStatus]:
    return {os.path.basename(o.source): o.status for o in report.outcomes}  # type: ignore[attr-defined]


async def test_a_member_that_breaks_during_its_upload_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("a.dcm", dicom_bytes(pixels=100_000))  # past the 64 KiB header read
        archive.writestr("b.dcm", dicom_bytes(pixels=100_000))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("a.dcm")
    data[info.header_offset + 30 + len("a.dcm") + info.file_size - 10] ^= 0xFF  # bad CRC
    path.write_bytes(bytes(data))
    server = FakeOrthanc()

    async with server.client() as orthanc:
        report = await import_dicom(orthanc, path, large_file_bytes=1000)

    assert _statuses(report) == {"x.zip!a.dcm": "failed", "x.zip!b.dcm": "stored"}
    (failed,) = report.by_status(OutcomeStatus.FAILED)
    assert "BadZipFile" in (failed.reason or "")


async def test_an_answer_that_is_not_json_fails_the_files_not_the_import(tmp_path: Path) -> None:
    for name in ("a.dcm", "b.dcm"):
        (tmp_path / name).write_bytes(dicom_bytes())
    (tmp_path / "big.dcm").write_bytes(dicom_bytes(pixels=5000))

    def proxy(request: httpx.Request, body: bytes) -> httpx.Response:
        return httpx.Response(200, text="<html>proxy</html>", headers={"content-type": "text/html"})

    server = FakeOrthanc(proxy)
    async with server.client() as orthanc:
        report = await import_dicom(orthanc, tmp_path, large_file_bytes=4000)

    assert _statuses(report) == dict.fromkeys(("a.dcm", "b.dcm", "big.dcm"), "failed")
    assert all("non-JSON" in (o.reason or "") for o in report.outcomes)
    assert server.posts == 4  # the batch of a and b, then each file alone


async def test_an_unexpected_error_stops_with_dicom_import_error_and_the_report(
    tmp_path: Path,
) -> None:
    for name in ("a.dcm", "b.dcm", "c.dcm"):
        (tmp_path / name).write_bytes(dicom_bytes())

    def progress(snapshot: object) -> None:
        raise RuntimeError("progress display broke")

    async with FakeOrthanc().client() as orthanc:
        with pytest.raises(DicomImportError, match="progress display broke") as caught:
            await import_dicom(orthanc, tmp_path, progress=progress, batch_files=1)

    assert isinstance(caught.value.__cause__, RuntimeError)
    assert caught.value.report.error is not None
    assert len(caught.value.report.outcomes) == 3  # every source accounted for


async def test_a_name_that_is_not_utf8_goes_through_the_journal_and_the_json(
    tmp_path: Path,
) -> None:
    name = os.fsdecode(b"bad\xff.dcm")  # surrogate-escaped by Python
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(dicom_bytes())
    journal = tmp_path / "journal.jsonl"
    server = FakeOrthanc()

    async with server.client() as orthanc:
        first = await import_dicom(orthanc, folder, journal=journal)
        second = await import_dicom(orthanc, folder, journal=journal)

    assert _statuses(first) == {name: "stored"}
    assert _statuses(second) == {name: "already_stored"}
    assert server.posts == 1  # the re-run found it in the journal
    text = first.to_json()
    text.encode("utf-8")  # printable and writable as UTF-8
    assert json.loads(text)["outcomes"][0]["source"] == str(folder / name)


async def test_one_retry_loop_bounded_by_retry_timeout(tmp_path: Path) -> None:
    (tmp_path / "a.dcm").write_bytes(dicom_bytes())

    def busy(request: httpx.Request, body: bytes) -> httpx.Response:
        return httpx.Response(503, headers={"Retry-After": "2"})

    server = FakeOrthanc(busy)
    async with server.client() as orthanc:  # the client's own policy retries 3 times
        report = await import_dicom(orthanc, tmp_path, retry_timeout=1.0)

    assert _statuses(report) == {"a.dcm": "failed"}
    assert "gave up" in (report.outcomes[0].reason or "")
    # Retry-After (2 s) is past the deadline (1 s): no retry at all, by anyone.
    assert server.posts == 1


async def test_transient_failures_are_retried_with_the_clients_backoff(tmp_path: Path) -> None:
    (tmp_path / "a.dcm").write_bytes(dicom_bytes())
    failures = [2]

    def busy_twice(request: httpx.Request, body: bytes) -> httpx.Response | None:
        if failures[0]:
            failures[0] -= 1
            return httpx.Response(503, headers={"Retry-After": "0"})
        return None

    server = FakeOrthanc(busy_twice)
    async with server.client() as orthanc:
        report = await import_dicom(orthanc, tmp_path, retry_timeout=5.0)

    assert _statuses(report) == {"a.dcm": "stored"}
    assert server.posts == 3


async def test_the_journal_is_fsynced_off_the_event_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aiorthanc._import import _journal

    for number in range(6):
        (tmp_path / f"{number}.dcm").write_bytes(dicom_bytes())
    threads: list[int] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        threads.append(threading.get_ident())
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(_journal, "_FSYNC_INTERVAL", 0.0)  # due after every line
    loop_thread = threading.get_ident()

    async with FakeOrthanc().client() as orthanc:
        report = await import_dicom(orthanc, tmp_path, journal=tmp_path / "j.jsonl", batch_files=1)

    assert report.counts["stored"] == 6
    assert threads  # synced at all
    assert loop_thread not in threads


async def test_an_importer_runs_again_after_a_cancel(tmp_path: Path) -> None:
    for number in range(4):
        (tmp_path / f"{number}.dcm").write_bytes(dicom_bytes())

    cancelling = [True]

    def progress(snapshot: object) -> None:
        if cancelling[0]:
            importer.cancel()

    async with FakeOrthanc().client() as orthanc:
        importer = DicomImporter(orthanc, batch_files=1, concurrency=1, progress=progress)
        first = await importer.run(tmp_path)
        cancelling[0] = False
        second = await importer.run(tmp_path)

    assert first.cancelled
    assert not second.cancelled
    assert second.ok
    assert set(_statuses(second).values()) <= {"stored", "already_stored"}
    assert len(second.outcomes) == 4


async def test_an_instance_answered_failure_is_not_journaled(tmp_path: Path) -> None:
    # Orthanc answers "Failure" per instance (e.g. its storage refused the write): such a file
    # must be sent again by the next run, so it stays out of the journal.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.dcm").write_bytes(dicom_bytes())
    journal = tmp_path / "journal.jsonl"
    failing = [True]

    def answer(request: httpx.Request, body: bytes) -> httpx.Response | None:
        if not failing[0]:
            return None
        header = parse_header(body)
        assert header is not None
        path = f"/instances/{header.instance_id}"
        return httpx.Response(
            200, json={"ID": header.instance_id, "Path": path, "Status": "Failure"}
        )

    server = FakeOrthanc(answer)
    async with server.client() as orthanc:
        first = await import_dicom(orthanc, folder, journal=journal)
        failing[0] = False
        second = await import_dicom(orthanc, folder, journal=journal)
    assert _statuses(first) == {"a.dcm": "failed"}
    assert first.outcomes[0].reason == "Orthanc answered Failure"
    assert _statuses(second) == {"a.dcm": "stored"}
    assert server.posts == 2
