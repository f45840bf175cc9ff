"""The command line's verbs against real Orthanc servers filled with pydicom-made instances.

In process (`main(argv)`, output captured) for each verb, and as a subprocess for `tree --json`
and for Ctrl-C during `follow`.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydicom.uid import generate_uid

from aiorthanc._cli import _common, _progress, main
from aiorthanc.testing import LocalOrthanc
from dicom_factory import ct_dataset, dicom_bytes

USER, PASSWORD = "alice", "wonderland"
DOE_2024_01 = generate_uid()
DOE_2024_06 = generate_uid()
SMITH_2023 = generate_uid()


def _instance(patient: tuple[str, str], study: str, date: str, series: str) -> bytes:
    ds = ct_dataset(patient[0], study=study, series=series)
    ds.PatientName = patient[1]
    ds.StudyDate = date
    ds.StudyDescription = f"Study of {date}"
    ds.Modality = "CT" if date.startswith("2024") else "MR"
    ds.SeriesDescription = "Axial"
    return dicom_bytes(ds)


def _files() -> Iterator[bytes]:
    doe, smith = ("P1", "DOE^JOHN"), ("P2", "SMITH^ANN")
    for study, date in ((DOE_2024_01, "20240115"), (DOE_2024_06, "20240610")):
        series = generate_uid()
        for _ in range(2):
            yield _instance(doe, study, date, series)
    yield _instance(smith, SMITH_2023, "20230301", generate_uid())


@pytest.fixture(scope="module")
def remote() -> Iterator[LocalOrthanc]:
    with LocalOrthanc(aet="REMOTE") as server:
        yield server


@pytest.fixture(scope="module")
def server(remote: LocalOrthanc) -> Iterator[LocalOrthanc]:
    with LocalOrthanc(aet="LOCAL", users={USER: PASSWORD}) as local:
        with httpx.Client(base_url=local.url, auth=(USER, PASSWORD), timeout=60) as http:
            for data in _files():
                http.post("/instances", content=data).raise_for_status()
            back = {"AET": "REMOTE", "Host": "127.0.0.1", "Port": remote.dicom_port}
            http.put("/modalities/pacs", json=back).raise_for_status()
            http.put("/peers/backup", json={"Url": remote.url}).raise_for_status()
        yield local


@pytest.fixture
def env(server: LocalOrthanc, monkeypatch: pytest.MonkeyPatch) -> LocalOrthanc:
    """The server's URL and credentials in the environment, as a user would set them."""
    monkeypatch.setenv("AIORTHANC_URL", server.url)
    monkeypatch.setenv("AIORTHANC_USER", USER)
    monkeypatch.setenv("AIORTHANC_PASSWORD", PASSWORD)
    monkeypatch.delenv("AIORTHANC_TOKEN", raising=False)
    return server


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_tree_shows_patients_studies_series_with_counts(
    env: LocalOrthanc, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "tree")
    assert code == 0
    assert "2 patients, 3 studies, 3 series, 5 instances" in out
    doe = next(line for line in out.splitlines() if "DOE^JOHN" in line and line[0] != " ")
    assert "(2 studies)" in doe
    assert "  2024-01-15  Study of 20240115" in out
    assert "    CT  Axial  (2 instances)" in out

    tree = run_json(capsys, "tree")
    assert (tree["CountPatients"], tree["CountStudies"], tree["CountInstances"]) == (2, 3, 5)
    names = {p["MainDicomTags"]["PatientName"]: p for p in tree["Patients"]}
    assert [s["CountInstances"] for s in names["DOE^JOHN"]["Studies"]] == [2, 2]


def test_find_by_tags_dates_metadata_and_limit(
    env: LocalOrthanc, capsys: pytest.CaptureFixture[str]
) -> None:
    def uids(*argv: str) -> set[str]:
        code, out, err = run(capsys, "find", *argv, "--json")
        assert code == 0, err
        return {r["MainDicomTags"]["StudyInstanceUID"] for r in json_lines(out)}

    assert uids("PatientName=DOE*") == {DOE_2024_01, DOE_2024_06}
    assert uids("StudyDate=2024-06-01..") == {DOE_2024_06}
    assert uids("StudyDate=20230101-20231231") == {SMITH_2023}
    assert uids("StudyDate=2024-01-15") == {DOE_2024_01}
    assert len(uids("--limit", "2")) == 2
    with httpx.Client(base_url=env.url, auth=(USER, PASSWORD)) as http:
        study = http.post("/tools/lookup", content=SMITH_2023).json()[0]["Path"]
        http.put(f"{study}/metadata/1024", content=b"reviewed").raise_for_status()
    assert uids("--metadata", "1024=REVIEW*") == {SMITH_2023}

    code, out, err = run(capsys, "find", "--level", "series", "Modality=MR")
    assert code == 0
    assert out.count("\n") == 1
    assert "MR  Axial" in out
    assert "1 found" in err


def test_download_archive_media_and_instance(
    env: LocalOrthanc,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    archive = tmp_path / "study.zip"
    report = run_json(capsys, "download", DOE_2024_01, "-o", str(archive))
    assert report["Level"] == "Study"
    assert report["Kind"] == "archive"
    assert report["Bytes"] == archive.stat().st_size
    with zipfile.ZipFile(archive) as zipped:
        assert len([n for n in zipped.namelist() if not n.endswith("/")]) == 2

    code, out, _ = run(capsys, "download", DOE_2024_01, "--media", "-o", str(tmp_path / "m.zip"))
    assert code == 0
    assert "media" in out
    with zipfile.ZipFile(tmp_path / "m.zip") as zipped:
        assert "DICOMDIR" in zipped.namelist()

    monkeypatch.chdir(tmp_path)  # the default name goes to the current folder
    instance = run_json(capsys, "find", "--level", "instance", "--limit", "1")
    assert run(capsys, "download", instance["ID"])[0] == 0
    assert (tmp_path / f"{instance['ID']}.dcm").read_bytes()[128:132] == b"DICM"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert leftovers == []


@pytest.mark.parametrize("verb", ["download", "modify", "send", "export"])
def test_an_unknown_resource_exits_1_with_one_line(
    env: LocalOrthanc, capsys: pytest.CaptureFixture[str], tmp_path: Path, verb: str
) -> None:
    unknown = "0123abcd-0123abcd-0123abcd-0123abcd-0123abcd"
    extra = {
        "download": [],
        "modify": ["--replace", "PatientName=X"],
        "send": ["--peer", "backup"],
        "export": [],
    }[verb]
    argv = [verb, str(tmp_path), unknown] if verb == "export" else [verb, unknown, *extra]
    code, _, err = run(capsys, *argv)
    assert code == 1
    assert err.strip().count("\n") == 0
    assert "no " in err
    assert unknown in err
    code, _, err = run(capsys, "download", "1.2.3.4.5.6.7")
    assert code == 1
    assert "'1.2.3.4.5.6.7'" in err


def test_export_to_a_folder_tree_then_skip_existing(
    env: LocalOrthanc, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "out"
    layout = "{PatientID}/{StudyDate}/{SOPInstanceUID}.dcm"
    first = run_json(capsys, "export", str(target), "--layout", layout, "-c", "2")
    assert first["Written"] == 5
    assert first["Skipped"] == 0
    assert sorted(p.name for p in target.iterdir()) == ["P1", "P2"]
    assert len(list((target / "P1" / "20240610").iterdir())) == 2
    again = run_json(
        capsys, "export", str(target), DOE_2024_01, "--layout", layout, "--skip-existing"
    )
    assert (again["Written"], again["Skipped"]) == (0, 2)
    # Each file alone, without archives: the same files.
    alone = run_json(capsys, "export", str(tmp_path / "alone"), "--layout", layout, "-c", "2",
                     "--archive-bytes", "0")  # fmt: skip
    assert alone["Written"] == 5
    for path in target.rglob("*.dcm"):
        assert (tmp_path / "alone" / path.relative_to(target)).read_bytes() == path.read_bytes()
    with pytest.raises(SystemExit) as usage:
        run(capsys, "export", str(tmp_path / "x"), "--archive-bytes", "lots")
    assert usage.value.code == 2
    assert "'lots' is not a size" in capsys.readouterr().err


def test_follow_prints_changes_and_resumes_from_its_checkpoint(
    env: LocalOrthanc, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    checkpoint = str(tmp_path / "changes.json")
    code, out, _ = run(capsys, "follow", "--limit", "2", "--checkpoint", checkpoint, "--json")
    assert code == 0
    first = json_lines(out)
    assert [c["Seq"] for c in first] == [1, 2]
    code, out, _ = run(capsys, "follow", "--limit", "1", "--checkpoint", checkpoint, "--json")
    assert json_lines(out)[0]["Seq"] == 3
    assert json.loads(Path(checkpoint).read_text())["seq"] == 3

    code, out, _ = run(capsys, "follow", "--limit", "3", "--types", "newstudy")
    assert code == 0
    assert [line.split()[2] for line in out.splitlines()] == ["NewStudy"] * 3
    code, _, err = run(capsys, "follow", "--types", "NoSuchChange")
    assert code == 2
    assert "unknown change type 'NoSuchChange'" in err


def test_send_to_a_modality_and_to_a_peer(
    env: LocalOrthanc, remote: LocalOrthanc, capsys: pytest.CaptureFixture[str]
) -> None:
    report = run_json(capsys, "send", DOE_2024_01, "--modality", "pacs", "--timeout", "60")
    assert report["Modality"] == "pacs"
    assert (report["InstancesCount"], report["FailedInstancesCount"]) == (2, 0)
    code, out, _ = run(capsys, "send", SMITH_2023, DOE_2024_06, "--peer", "backup")
    assert code == 0
    assert "3 instances sent to backup, 0 failed" in out
    with httpx.Client(base_url=remote.url) as http:
        assert len(http.get("/instances").json()) == 5
    code, _, err = run(capsys, "send", SMITH_2023, "--modality", "nowhere")
    assert code == 1
    assert "nowhere" in err


def test_modify_and_anonymize_print_the_new_id(
    env: LocalOrthanc, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "modify", SMITH_2023, "--replace", "StudyDescription=Reviewed")
    assert code == 0
    modified = out.strip()
    anonymized = run_json(capsys, "anonymize", SMITH_2023, "--keep", "StudyDescription")
    with httpx.Client(base_url=env.url, auth=(USER, PASSWORD)) as http:
        try:
            tags = http.get(f"/studies/{modified}").json()["MainDicomTags"]
            assert tags["StudyDescription"] == "Reviewed"
            copy = http.get(anonymized["Path"]).json()
            assert copy["PatientMainDicomTags"]["PatientName"] != "SMITH^ANN"
            assert copy["MainDicomTags"]["StudyDescription"] == "Study of 20230301"
            assert (
                anonymized["Source"]
                == http.post("/tools/lookup", content=SMITH_2023).json()[0]["ID"]
            )
        finally:
            for study in (modified, anonymized["ID"]):
                http.delete(f"/studies/{study}")
    code, _, err = run(capsys, "modify", SMITH_2023)
    assert code == 2
    assert "nothing to modify" in err


def test_a_server_refusing_the_credentials_exits_3(
    env: LocalOrthanc, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIORTHANC_PASSWORD", "wrong")
    code, _, err = run(capsys, "tree")
    assert code == 3
    assert "401" in err
    assert "wrong" not in err


def test_the_password_is_asked_on_a_terminal(
    env: LocalOrthanc, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("AIORTHANC_PASSWORD")
    monkeypatch.setattr(_common.sys, "stdin", Terminal())
    monkeypatch.setattr(_common.getpass, "getpass", lambda prompt: PASSWORD)
    assert run_json(capsys, "tree")["CountPatients"] == 2


def _cli(server: LocalOrthanc, *argv: str) -> list[str]:
    return [sys.executable, "-m", "aiorthanc._cli", *argv, "--url", server.url]


def _subprocess_env() -> dict[str, str]:
    return {**os.environ, "AIORTHANC_USER": USER, "AIORTHANC_PASSWORD": PASSWORD}


def test_tree_as_a_subprocess(server: LocalOrthanc) -> None:
    done = subprocess.run(
        _cli(server, "tree", "--json"),
        capture_output=True,
        text=True,
        timeout=120,
        env=_subprocess_env(),
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["CountInstances"] >= 5


def test_ctrl_c_stops_follow_with_130_and_no_traceback(server: LocalOrthanc) -> None:
    process = subprocess.Popen(
        _cli(server, "follow"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_subprocess_env(),
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().startswith("1  ")  # following
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130
    assert "Traceback" not in err
    assert "interrupted" in err


def test_progress_on_a_terminal_with_totals(
    env: LocalOrthanc,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    def no_rich(*args: Any) -> None:
        raise ImportError("rich")

    stderr = Terminal()
    rich = _progress._RichProgress
    monkeypatch.setattr(sys, "stderr", stderr)
    monkeypatch.setattr(_progress, "_RichProgress", no_rich)
    monkeypatch.setattr(_progress, "_hinted", [])
    assert main(["export", str(tmp_path / "out")]) == 0
    assert main(["download", DOE_2024_01, "-o", str(tmp_path / "s.zip")]) == 0
    lines = stderr.getvalue().splitlines()
    assert lines[0] == "aiorthanc: pip install 'aiorthanc[cli]' adds progress bars"
    assert lines[1] == "Exporting: 5/5 files (100%), " + lines[1].split(", ", 1)[1]
    assert lines[2].startswith("Downloading: 0.0/0.0 MiB (")

    rich_stderr = Terminal()
    monkeypatch.setattr(sys, "stderr", rich_stderr)
    monkeypatch.setattr(_progress, "_RichProgress", rich)
    assert main(["export", str(tmp_path / "again")]) == 0
    assert "Exporting" in rich_stderr.getvalue()
    assert "5/5" in rich_stderr.getvalue()
    capsys.readouterr()
