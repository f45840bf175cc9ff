"""Run the whole generator against each Orthanc version and compare with the committed spec."""

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
from codegen.specgen.generate import EXPECTED_OPERATIONS, generate, meta_name, spec_name

from aiorthanc import OrthancNotInstalledError
from aiorthanc.testing import SUPPORTED_VERSIONS, OrthancInstall, find_orthanc_binary
from aiorthanc.testing.versions import orthanc_install

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


def install_or_skip(version: str) -> OrthancInstall:
    """The Orthanc of ``version``; its root is not built here (make orthanc-versions does)."""
    try:
        return orthanc_install(version, build=False)
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
@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
def test_generator_end_to_end(version: str, tmp_path: Path, private_tmp: Path) -> None:
    install = install_or_skip(version)
    result = generate(tmp_path / "out", version=version)

    doc = json.loads(result.spec_path.read_bytes())
    assert result.spec_path.name == f"orthanc-{version}.json"
    assert doc["info"]["version"] == version
    operations = list(document.operations(doc))
    # Complete: every route Orthanc has (299 on 1.12.7 and 1.13.0), none dropped.
    assert len(operations) == EXPECTED_OPERATIONS[version]
    for method, path, operation in operations:
        if method != "get" or document.has_example(operation):
            continue
        media_types = operation["responses"]["200"].get("content", {})
        textual = [t for t in media_types if document.is_textual(t)]
        assert not textual or path in NO_EXAMPLE, f"GET {path} has no example"
    assert result.meta["operations"] == EXPECTED_OPERATIONS[version]
    assert result.meta["orthanc_version"] == version
    assert result.meta["unknown_demo_ids"] == {}
    assert "/plugins/{id}" not in result.meta["get_operations_without_example"]
    assert [sample for sample in result.samples if sample[2] != 200] == []
    # The examples come from a server of the same version.
    system = doc["paths"]["/system"]["get"]["responses"]["200"]["content"]["application/json"]
    assert system["schema"]["example"]["Version"] == version

    # Deterministic: byte-identical to the committed files.
    assert result.spec_path.read_bytes() == (ROOT / "spec" / spec_name(version)).read_bytes()
    assert result.meta_path.read_bytes() == (ROOT / "spec" / meta_name(version)).read_bytes()

    # Nothing left behind: both Orthanc runs and all their files lived in a temporary
    # directory (private_tmp, or the root's /tmp for a version run with chroot).
    assert processes_using(private_tmp) == []
    assert list(private_tmp.iterdir()) == []
    if install.root is not None:
        assert list((install.root / "tmp").glob("aiorthanc-specgen-*")) == []
    assert not [t for t in threading.enumerate() if t.name == "specgen-proxy"]


@pytest.mark.integration
def test_uclouvain_samples_are_answered_with_their_prefix_and_ids(tmp_path: Path) -> None:
    """1.12+ downloads its samples from orthanc.uclouvain.be/demo, with other resource IDs."""
    install_or_skip("1.13.0")
    result = generate(tmp_path, version="1.13.0")
    demo_paths = [demo for demo, _, _ in result.samples]
    assert "/system" in demo_paths  # asked as /demo/system, the prefix taken off
    uclouvain_instance = "6582b1c0-292ad5ab-ba0f088f-f7a1766f-9a29a54f"
    mapped = [local for demo, local, _ in result.samples if uclouvain_instance in demo]
    assert mapped
    assert not [local for local in mapped if uclouvain_instance in local]
    labels = json.loads(result.spec_path.read_bytes())["paths"]["/tools/labels"]["get"]
    assert labels["responses"]["200"]["content"]["application/json"]["schema"]["example"] == [
        "specgen"
    ]


@pytest.mark.integration
def test_interrupted_run_leaves_nothing_behind(tmp_path: Path, private_tmp: Path) -> None:
    """Ctrl-C while the samples are served, when both Orthanc processes run.

    Sent to the whole process group, as a terminal does.
    """
    install_or_skip("1.10.1")
    env = {**os.environ, "TMPDIR": str(private_tmp), "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "codegen.specgen", "-v", "--output-dir", str(tmp_path)]
    command += ["--version", "1.10.1"]
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
    assert not (tmp_path / spec_name("1.10.1")).exists()
