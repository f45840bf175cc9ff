"""Run the whole generator against the installed Orthanc and compare with the committed spec."""

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from codegen.specgen import document, orthanc
from codegen.specgen.errors import SpecGenError
from codegen.specgen.generate import META_NAME, SPEC_NAME, generate

from aiorthanc import OrthancNotInstalledError
from aiorthanc.testing import find_orthanc_binary

ROOT = Path(__file__).resolve().parents[2]
#: Textual GET routes that cannot have an example, and why (the meta file lists the binary ones).
NO_EXAMPLE = {
    "/instances/{id}/numpy": "documented as text/plain, but answers a binary .npy file",
    "/instances/{id}/frames/{frame}/numpy": "same",
    "/series/{id}/numpy": "same",
}


def orthanc_or_skip() -> str:
    try:
        return find_orthanc_binary()
    except OrthancNotInstalledError as exc:
        pytest.skip(str(exc))


def processes_using(directory: Path) -> list[str]:
    """Command lines of running processes that name a path inside ``directory``."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            text = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # the process ended meanwhile
        if f"{directory}/" in text:
            found.append(text)
    return found


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary directory of its own, so that leftovers of this run alone are seen."""
    directory = tmp_path / "tmp"
    directory.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(directory))
    return directory


def test_missing_orthanc_says_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(SpecGenError, match="apt-get install orthanc"):
        generate(tmp_path, binary=str(tmp_path / "Orthanc"))


def test_missing_plugin_names_its_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    orthanc_or_skip()
    monkeypatch.setattr(orthanc, "SAMPLE_PLUGIN_PATH", tmp_path / "libServeFolders.so")
    with pytest.raises(SpecGenError, match="Debian package 'orthanc'"):
        generate(tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.integration
def test_generator_end_to_end(tmp_path: Path, private_tmp: Path) -> None:
    orthanc_or_skip()
    result = generate(tmp_path / "out")

    doc = json.loads(result.spec_path.read_bytes())
    operations = list(document.operations(doc))
    assert len(operations) == 273
    for method, path, operation in operations:
        if method != "get" or document.has_example(operation):
            continue
        media_types = operation["responses"]["200"]["content"]
        textual = [t for t in media_types if document.is_textual(t)]
        assert not textual or path in NO_EXAMPLE, f"GET {path} has no example"
    assert result.meta["operations"] == 273
    assert result.meta["unknown_demo_ids"] == {}
    assert "/plugins/{id}" not in result.meta["get_operations_without_example"]
    assert [sample for sample in result.samples if sample[2] != 200] == []

    # Deterministic: byte-identical to the committed files.
    assert result.spec_path.read_bytes() == (ROOT / "spec" / SPEC_NAME).read_bytes()
    assert result.meta_path.read_bytes() == (ROOT / "spec" / META_NAME).read_bytes()

    # Nothing left behind: both Orthanc runs and all their files lived in private_tmp.
    assert processes_using(private_tmp) == []
    assert list(private_tmp.iterdir()) == []
    assert not [t for t in threading.enumerate() if t.name == "specgen-proxy"]


@pytest.mark.integration
def test_interrupted_run_leaves_nothing_behind(tmp_path: Path, private_tmp: Path) -> None:
    """Ctrl-C while the samples are served, when both Orthanc processes run.

    Sent to the whole process group, as a terminal does.
    """
    orthanc_or_skip()
    env = {**os.environ, "TMPDIR": str(private_tmp), "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "codegen.specgen", "-v", "--output-dir", str(tmp_path)]
    with subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as run:
        assert run.stderr is not None
        for line in run.stderr:
            if " sample GET " in line:
                break
        else:
            pytest.fail(f"no sample was served (exit code {run.wait()})")
        os.killpg(run.pid, signal.SIGINT)
        rest = run.stderr.read()
        assert run.wait(timeout=60) == 130, rest
    assert "specgen: interrupted" in rest
    assert processes_using(private_tmp) == []
    assert list(private_tmp.iterdir()) == []
    assert not (tmp_path / SPEC_NAME).exists()
