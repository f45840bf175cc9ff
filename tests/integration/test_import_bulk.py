import json
import logging
import os
import shutil
import tarfile
import zipfile
from pathlib import Path

import anyio
import anyio.to_thread
import httpx
import pydicom
import pytest
from pydicom.uid import generate_uid

from aiorthanc import (
    AsyncOrthanc,
    DicomImporter,
    DicomImportError,
    ImportProgress,
    OutcomeStatus,
    import_dicom,
)
from aiorthanc._cli import main
from aiorthanc.testing import LocalOrthanc
from dicom_factory import ct_dataset

PYDICOM_FILES = Path(pydicom.__file__).parent / "data" / "test_files"
ACKNOWLEDGED = {OutcomeStatus.STORED, OutcomeStatus.ALREADY_STORED}


def _generate(folder: Path, count: int, *, per_series: int = 50) -> set[str]:
    """Small generated DICOM files; returns the Orthanc IDs they must get."""
    from aiorthanc import orthanc_id

    folder.mkdir(parents=True, exist_ok=True)
    ids = set()
    study = generate_uid()
    series = ""
    for number in range(count):
        if number % per_series == 0:
            series = generate_uid()
        ds = ct_dataset("GEN", study=study, series=series)
        ds.save_as(folder / f"{number:04d}.dcm", enforce_file_format=True)
        ids.add(orthanc_id("GEN", study, series, ds.SOPInstanceUID))
    return ids


def _post_counter(orthanc: AsyncOrthanc) -> list[int]:
    posts = [0]

    async def count(request: httpx.Request) -> None:
        if request.method == "POST" and request.url.path.endswith("/instances"):
            posts[0] += 1

    orthanc.http_client.event_hooks["request"].append(count)
    return posts


def _all_sources(folder: Path) -> set[str]:
    sources = set()
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            if name.endswith(".zip"):
                with zipfile.ZipFile(path) as archive:
                    sources |= {f"{path}!{n}" for n in archive.namelist()}
            elif name.endswith(".tar.gz"):
                with tarfile.open(path) as archive:
                    sources |= {f"{path}!{n}" for n in archive.getnames()}
            else:
                sources.add(path)
    return sources


def test_pydicom_test_files_with_archives_via_the_cli(
    fresh_orthanc_server: LocalOrthanc, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    shutil.copytree(PYDICOM_FILES, folder)
    some = ["CT_small.dcm", "MR_small.dcm", "MR_truncated.dcm", "rtplan.dcm", "test1.json"]
    with zipfile.ZipFile(folder / "some.zip", "w") as archive:
        for name in some:
            archive.write(PYDICOM_FILES / name, name)
    with tarfile.open(folder / "some.tar.gz", "w:gz") as tar:
        for name in ["rtdose.dcm", "no_meta.dcm", "waveform_ecg.dcm", "README.txt"]:
            tar.add(PYDICOM_FILES / name, name)

    code = main(["import", str(folder), "--url", fresh_orthanc_server.url, "--json"])

    report = json.loads(capsys.readouterr().out)
    outcomes = report["outcomes"]
    assert code == 1  # the broken files fail
    # Every source has exactly one outcome.
    assert sorted(o["source"] for o in outcomes) == sorted(_all_sources(folder))
    # Everything not acknowledged says why.
    assert all(o.get("reason") for o in outcomes if o["status"] not in ("stored", "already_stored"))
    by_name = {o["source"].replace(str(folder) + "/", ""): o for o in outcomes}
    assert by_name["dicomdirtests/DICOMDIR"]["status"] == "skipped"
    assert "DICOMDIR" in by_name["dicomdirtests/DICOMDIR"]["reason"]
    assert by_name["README.txt"]["status"] == "not_dicom"
    assert by_name["test1.json"]["status"] == "skipped"
    assert by_name["some.zip!CT_small.dcm"]["status"] == "already_stored"
    assert by_name["CT_small.dcm"]["status"] in ("stored", "already_stored")
    # Each instance is stored exactly once, and is what the report says.
    stored = [o["instance_id"] for o in outcomes if o["status"] == "stored"]
    on_server = set(httpx.get(f"{fresh_orthanc_server.url}/instances").json())
    assert len(stored) == len(set(stored)) == len(on_server)
    assert set(stored) == on_server
    acknowledged = {o["instance_id"] for o in outcomes if o["status"] == "already_stored"}
    assert acknowledged <= on_server
    assert report["totals"]["failed"] == sum(o["status"] == "failed" for o in outcomes) > 0

    # Nothing was lost: what failed or was judged not DICOM, Orthanc refuses alone too.
    refused = [
        o["source"]
        for o in outcomes
        if o["status"] in ("failed", "not_dicom") and "!" not in o["source"]
    ]
    with LocalOrthanc() as judge:
        for source in refused:
            answer = httpx.post(f"{judge.url}/instances", content=Path(source).read_bytes())
            assert answer.status_code >= 400, source


@pytest.mark.asyncio
async def test_journal_rerun_sends_nothing(
    fresh_orthanc_server: LocalOrthanc, tmp_path: Path
) -> None:
    ids = _generate(tmp_path / "in", 120)
    journal = tmp_path / "journal.jsonl"
    async with fresh_orthanc_server.client() as orthanc:
        first = await import_dicom(orthanc, tmp_path / "in", journal=journal, batch_files=25)
        posts = _post_counter(orthanc)
        again = await import_dicom(orthanc, tmp_path / "in", journal=journal)
    assert first.ok
    assert first.counts["stored"] == 120
    assert {o.instance_id for o in first.outcomes} == ids
    assert posts == [0]
    assert again.ok
    assert again.counts["already_stored"] == 120
    assert len(again.outcomes) == 120
    assert all("journal" in (o.reason or "") for o in again.outcomes)
    assert {o.instance_id for o in again.outcomes} == ids


@pytest.mark.asyncio
async def test_skip_existing_checks_ids_instead_of_uploading(
    fresh_orthanc_server: LocalOrthanc, tmp_path: Path
) -> None:
    _generate(tmp_path / "old", 30)
    new_ids = _generate(tmp_path / "new", 10)
    async with fresh_orthanc_server.client() as orthanc:
        await import_dicom(orthanc, tmp_path / "old")
        posts = _post_counter(orthanc)
        report = await import_dicom(orthanc, tmp_path, skip_existing=True)
    assert report.ok
    assert report.counts["already_stored"] == 30
    assert report.counts["stored"] == 10
    assert {o.instance_id for o in report.by_status("stored")} == new_ids
    assert all("existence check" in (o.reason or "") for o in report.by_status("already_stored"))
    assert posts[0] == 1  # the 10 new files, in one batch


@pytest.mark.asyncio
async def test_cancel_gives_a_partial_report(
    fresh_orthanc_server: LocalOrthanc, tmp_path: Path
) -> None:
    _generate(tmp_path / "in", 200)
    async with fresh_orthanc_server.client() as orthanc:
        importer: DicomImporter

        def progress(snapshot: ImportProgress) -> None:
            if snapshot.instances >= 20:
                importer.cancel()

        importer = DicomImporter(orthanc, batch_files=10, concurrency=2, progress=progress)
        report = await importer.run(tmp_path / "in")
        on_server = set(await orthanc.get_json("/instances"))
    assert report.cancelled
    assert not report.ok
    assert 20 <= report.instances < 200
    # What the report calls stored, the server has; nothing is claimed that was not answered.
    assert {o.instance_id for o in report.by_status("stored")} <= on_server
    unanswered = [o for o in report.outcomes if o.status is OutcomeStatus.FAILED]
    assert all("cancelled" in (o.reason or "") for o in unanswered)


@pytest.mark.asyncio
async def test_server_killed_and_restarted_mid_import(
    fresh_orthanc_server: LocalOrthanc, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ids = _generate(tmp_path / "in", 300)
    caplog.set_level(logging.INFO, logger="aiorthanc")

    async with anyio.create_task_group() as tg, fresh_orthanc_server.client() as orthanc:

        async def restart() -> None:
            await anyio.to_thread.run_sync(lambda: fresh_orthanc_server.restart(kill=True))

        def progress(snapshot: ImportProgress) -> None:
            if snapshot.sources == 40:
                tg.start_soon(restart)

        report = await import_dicom(
            orthanc, tmp_path / "in", batch_files=2, concurrency=1, progress=progress
        )
        on_server = set(await orthanc.get_json("/instances"))
    # The import did run into the dead server, and went on once it was back.
    assert any("etry" in record.getMessage() for record in caplog.records)
    assert report.ok, report.summary()
    assert on_server == ids
    assert {o.instance_id for o in report.outcomes} == ids
    assert {o.status for o in report.outcomes} <= ACKNOWLEDGED


def test_cli_exit_codes(
    local_orthanc_factory: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = local_orthanc_factory(users={"alice": "secret"})  # type: ignore[operator]
    _generate(tmp_path / "in", 5)
    base = ["import", str(tmp_path / "in"), "--url", server.url, "--user", "alice"]

    assert main([*base, "--password", "wrong"]) == 3  # the server refused: EXIT_SERVER
    assert "credentials" in capsys.readouterr().out

    assert main([*base, "--password", "secret", "--journal", str(tmp_path / "j.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "5 stored" in out
    assert "secret" not in out

    assert (
        main([*base, "--password", "secret", "--json", "--journal", str(tmp_path / "j.jsonl")]) == 0
    )
    totals = json.loads(capsys.readouterr().out)["totals"]
    assert totals["already_stored"] == 5
    assert totals["ok"] is True


@pytest.mark.asyncio
async def test_wrong_credentials_stop_at_once(
    local_orthanc_factory: object, tmp_path: Path
) -> None:
    server = local_orthanc_factory(users={"alice": "secret"})  # type: ignore[operator]
    _generate(tmp_path / "in", 3)
    async with AsyncOrthanc(server.url, auth=("alice", "nope")) as orthanc:
        with pytest.raises(DicomImportError, match="credentials") as caught:
            await import_dicom(orthanc, tmp_path / "in")
    assert caught.value.report.error is not None


def test_cli_ctrl_c_stops_with_a_partial_report(
    fresh_orthanc_server: LocalOrthanc, tmp_path: Path
) -> None:
    import signal
    import subprocess
    import sys
    import time

    _generate(tmp_path / "in", 400)
    journal = tmp_path / "journal.jsonl"
    command = [sys.executable, "-m", "aiorthanc", "import", str(tmp_path / "in")]
    command += ["--url", fresh_orthanc_server.url, "--json", "--journal", str(journal)]
    command += ["--concurrency", "1", "--batch-mib", "0.001"]  # tiny batches: many requests
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, env=env, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not journal.exists() or journal.stat().st_size == 0):
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    out, _ = process.communicate(timeout=30)

    assert process.returncode == 130
    report = json.loads(out)
    assert report["totals"]["cancelled"] is True
    assert 0 < report["totals"]["instances"] < 400
    on_server = set(httpx.get(f"{fresh_orthanc_server.url}/instances").json())
    stored = {o["instance_id"] for o in report["outcomes"] if o["status"] == "stored"}
    assert stored <= on_server
    # The journal holds only what Orthanc acknowledged.
    journaled = {json.loads(line)["id"] for line in journal.read_text().splitlines()}
    assert journaled <= on_server


@pytest.mark.asyncio
async def test_broken_members_loops_and_compressed_tars_against_orthanc(
    fresh_orthanc_server: LocalOrthanc, tmp_path: Path
) -> None:
    # Every source gets exactly one outcome and Orthanc has exactly the readable instances:
    # a corrupt deflated member, a symlink loop, and large members of a .tar.xz (spooled).
    ids = _generate(tmp_path / "in", 12)
    files = sorted((tmp_path / "in").iterdir())
    with zipfile.ZipFile(tmp_path / "in" / "z.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for file in files[:3]:
            archive.write(file, file.name)
    data = bytearray((tmp_path / "in" / "z.zip").read_bytes())
    with zipfile.ZipFile(tmp_path / "in" / "z.zip") as archive:
        info = archive.infolist()[1]
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start : start + 8] = b"\xff" * 8
    (tmp_path / "in" / "z.zip").write_bytes(bytes(data))
    with tarfile.open(tmp_path / "in" / "t.tar.xz", "w:xz") as archive:
        for file in files[3:8]:
            archive.add(file, file.name)
    for file in files[:8]:
        file.unlink()
    (tmp_path / "in" / "loop").symlink_to(".")

    async with fresh_orthanc_server.client() as orthanc:
        report = await import_dicom(orthanc, tmp_path / "in", large_file_bytes=100)
        stored = set(await orthanc.get_json("/instances"))

    names = [o.source for o in report.outcomes]
    assert len(names) == len(set(names)) == 3 + 5 + 4 + 1  # zip, tar, files, the loop
    (broken,) = report.by_status(OutcomeStatus.FAILED)
    assert broken.source.endswith("z.zip!" + files[1].name)
    (loop,) = report.by_status(OutcomeStatus.SKIPPED)
    assert "already walked" in (loop.reason or "")
    assert len(stored) == 11
    assert stored < ids


@pytest.mark.asyncio
async def test_a_file_whose_id_is_computed_differently_is_stored_in_its_batch(
    fresh_orthanc_server: LocalOrthanc, tmp_path: Path
) -> None:
    # rtdose_rle.dcm's PatientID is VR UN with a trailing space: the importer's local ID
    # differs from the one Orthanc computes, so the batch answer cannot be matched to it.
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("rtdose_rle.dcm", "CT_small.dcm", "MR_small.dcm"):
        shutil.copy(PYDICOM_FILES / name, folder / name)
    uid = pydicom.dcmread(folder / "rtdose_rle.dcm").SOPInstanceUID
    async with fresh_orthanc_server.client() as orthanc:
        posts = _post_counter(orthanc)
        report = await import_dicom(orthanc, folder)
        found = (await orthanc.request("POST", "/tools/lookup", content=uid.encode())).json()
    assert len(found) == 1
    outcomes = {Path(o.source).name: o for o in report.outcomes}
    assert {name: o.status for name, o in outcomes.items()} == dict.fromkeys(
        outcomes, OutcomeStatus.STORED
    )
    assert outcomes["rtdose_rle.dcm"].instance_id == found[0]["ID"]
    assert posts[0] == 2  # the batch, then the unmatched file alone


@pytest.mark.asyncio
async def test_tar_and_single_compressed_files_reach_the_server(
    fresh_orthanc_server: LocalOrthanc, tmp_path: Path
) -> None:
    import bz2
    import gzip
    import lzma

    ids = _generate(tmp_path / "gen", 7)
    files = sorted((tmp_path / "gen").iterdir())
    folder = tmp_path / "in"
    folder.mkdir()
    for name, mode, members in (("a.tar", "w", files[0:2]), ("b.tar.bz2", "w:bz2", files[2:4])):
        with tarfile.open(folder / name, mode) as archive:  # type: ignore[call-overload]
            for member in members:
                archive.add(member, arcname=member.name)
    compressors = ((".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress))
    for file, (suffix, compress) in zip(files[4:], compressors, strict=True):
        (folder / (file.name + suffix)).write_bytes(compress(file.read_bytes()))
    async with fresh_orthanc_server.client() as orthanc:
        report = await import_dicom(orthanc, folder)
        on_server = set(await orthanc.get_json("/instances"))
    assert report.ok
    assert report.counts["stored"] == 7
    assert {o.instance_id for o in report.outcomes} == ids == on_server
    sources = {o.source.removeprefix(str(folder) + os.sep) for o in report.outcomes}
    assert sources == {
        f"a.tar!{files[0].name}",
        f"a.tar!{files[1].name}",
        f"b.tar.bz2!{files[2].name}",
        f"b.tar.bz2!{files[3].name}",
        f"{files[4].name}.gz",
        f"{files[5].name}.bz2",
        f"{files[6].name}.xz",
    }
