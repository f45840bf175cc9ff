"""Every ```python block of README.md and docs/ runs, as a script, against a real Orthanc.

Each block is a module of its own (run with the interpreter in a scratch folder), so a top-level
`async with` or an undefined name fails here. Blocks talk to "http://localhost:8042" as
orthanc:orthanc: the harness puts a throwaway `LocalOrthanc` with those credentials at that URL
(the text is substituted), with sample data, the DICOMweb plugin, a modality "pacs" and a peer
"backup" (both the server itself), and leaves sample files in the folder (`scan.dcm`,
`image.dcm`, `dicom/`, `study.zip`). A marker comment on the line before a block changes how
it runs:

    <!-- docs-test: skip REASON -->   not run (say why; keep these few)
    <!-- docs-test: pytest -->        a test module: run with pytest (the plugin's fixtures)
    <!-- docs-test: requires MODULE -->  run when MODULE is installed, else skipped
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from facade_data import make_instance, upload_sync, zip_of

from aiorthanc.testing import LocalOrthanc

ROOT = Path(__file__).parents[2]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
URL = "http://localhost:8042"
CREDENTIALS = ("orthanc", "orthanc")
DICOMWEB_PLUGIN = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so"
RUN_TIMEOUT = 300  # seconds: a block that hangs fails instead of stalling the suite

_FENCE = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)
_MARKER = re.compile(r"<!-- docs-test: (skip|pytest|requires)\s*(.*?)\s*-->\s*$")


@dataclass(frozen=True)
class Block:
    """One ```python block: where it is, its code, and how it runs."""

    path: Path
    line: int
    code: str
    mode: str  # "run", "pytest", "requires" (a module) or "skip"
    reason: str  # why it is skipped, or the module it requires

    @property
    def name(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def blocks(path: Path) -> Iterator[Block]:
    """The python blocks of a Markdown file, with the marker of the line before each."""
    text = path.read_text()
    for match in _FENCE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        marker = _MARKER.search(before)
        mode, reason = (marker.group(1), marker.group(2)) if marker else ("run", "")
        yield Block(path, line, match.group(1), mode, reason)


ALL_BLOCKS = [block for path in DOCUMENTS for block in blocks(path)]


def samples() -> list[bytes]:
    """DOE^JOHN's two studies of 2024 and ROE^JANE's one; 2 series (CT, MR) of 2 small images."""
    names = ("DOE^JOHN", "ROE^JANE")
    return [
        make_instance(p, st, se, i, tags={"PatientName": names[p]})
        for p, st in ((0, 0), (0, 1), (1, 0))
        for se in (0, 1)
        for i in (0, 1)
    ]


def _config(server: LocalOrthanc) -> dict[str, object]:
    user, password = CREDENTIALS
    config: dict[str, object] = {
        "StableAge": 1,
        "UserMetadata": {"Reviewed": 1024},
        "DicomModalities": {"pacs": [server.aet, "127.0.0.1", server.dicom_port]},
        "OrthancPeers": {"backup": {"Url": server.url, "Username": user, "Password": password}},
    }
    if Path(DICOMWEB_PLUGIN).exists():
        config["Plugins"] = [DICOMWEB_PLUGIN]
        config["DicomWeb"] = {"Enable": True, "Root": "/dicom-web/"}
    return config


@pytest.fixture(scope="module")
def server(orthanc_version: str | None) -> Iterator[LocalOrthanc]:
    user, password = CREDENTIALS
    with LocalOrthanc(users={user: password}, config=_config, version=orthanc_version) as server:
        yield server


@pytest.fixture
def workdir(server: LocalOrthanc, tmp_path: Path) -> Path:
    """A scratch folder with sample files; the server holds the sample data again."""
    files = samples()
    upload_sync(server.url, iter([zip_of(iter(files))]), auth=CREDENTIALS)
    with httpx.Client(base_url=server.url, auth=CREDENTIALS, timeout=60) as http:
        for study_id in http.get("/studies").raise_for_status().json():
            http.put(f"/studies/{study_id}/metadata/Reviewed", content=b"yes").raise_for_status()
    (tmp_path / "scan.dcm").write_bytes(files[0])
    (tmp_path / "image.dcm").write_bytes(files[1])
    (tmp_path / "dicom").mkdir()
    for index, data in enumerate(files[:4]):
        (tmp_path / "dicom" / f"{index}.dcm").write_bytes(data)
    (tmp_path / "study.zip").write_bytes(zip_of(iter(files[4:])))
    return tmp_path


def test_blocks_found() -> None:
    """The harness sees the blocks (a changed fence syntax would silently run nothing)."""
    assert len([b for b in ALL_BLOCKS if b.path.name == "README.md"]) >= 5
    assert all(b.reason for b in ALL_BLOCKS if b.mode in ("skip", "requires")), "say why"


@pytest.mark.parametrize("block", ALL_BLOCKS, ids=lambda block: block.name)
def test_block(block: Block, server: LocalOrthanc, workdir: Path) -> None:
    if block.mode == "skip":
        pytest.skip(block.reason)
    if block.mode == "requires":
        pytest.importorskip(block.reason)
    script = workdir / ("test_block.py" if block.mode == "pytest" else "block.py")
    script.write_text(block.code.replace(URL, server.url))
    env = dict(os.environ)
    if server.version is not None:
        env["AIORTHANC_ORTHANC_VERSION"] = server.version
    command = [sys.executable, script.name]
    if block.mode == "pytest":
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", script.name]
    done = subprocess.run(
        command, cwd=workdir, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT
    )
    assert done.returncode == 0, f"{block.name} failed:\n{done.stdout}\n{done.stderr}"


_BASH = re.compile(r"^```bash\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def commands() -> Iterator[tuple[str, list[str]]]:
    """The `aiorthanc ...` lines of the bash blocks: (subcommand, the options they use)."""
    for path in DOCUMENTS:
        for match in _BASH.finditer(path.read_text()):
            for line in match.group(1).splitlines():
                if not line.startswith("aiorthanc "):
                    continue
                words = line.split("#")[0].split()[1:]
                sub = [w for w in words[:2] if re.fullmatch(r"[a-z]+", w)]
                yield " ".join(sub), [w.split("=")[0] for w in words if w.startswith("-")]


def test_command_lines_exist() -> None:
    """Each command line shown in a bash block names a subcommand and options that exist."""
    shown = list(commands())
    assert shown, "no aiorthanc command line found in the bash blocks"
    helps: dict[str, str] = {}
    for sub, options in shown:
        if sub not in helps:
            command = [sys.executable, "-m", "aiorthanc", *sub.split(), "--help"]
            done = subprocess.run(command, capture_output=True, text=True, timeout=60)
            assert done.returncode == 0, f"aiorthanc {sub} --help: {done.stderr}"
            helps[sub] = done.stdout
        for option in options:
            assert re.search(rf"(^|[\s,\[]){re.escape(option)}\b", helps[sub]), (sub, option)
