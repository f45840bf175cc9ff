"""Run the whole generator against the installed Orthanc and compare with the committed spec."""

import json
import tempfile
import threading
from pathlib import Path

import pytest
from codegen.specgen import document
from codegen.specgen.errors import SpecGenError
from codegen.specgen.generate import META_NAME, SPEC_NAME, generate
from codegen.specgen.orthanc import find_orthanc

ROOT = Path(__file__).resolve().parents[2]
#: GET routes that cannot have an example, and why (see the meta file for the binary ones).
NO_EXAMPLE = {
    "/plugins/{id}": "the sample server loads no plugin",
    "/instances/{id}/numpy": "documented as text/plain, but answers a binary .npy file",
    "/instances/{id}/frames/{frame}/numpy": "same",
    "/series/{id}/numpy": "same",
}


def orthanc_or_skip() -> str:
    try:
        return find_orthanc()
    except SpecGenError as exc:
        pytest.skip(str(exc))


def leftover_processes() -> list[str]:
    """Command lines of running processes that use a directory of the generator."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            text = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # the process ended meanwhile
        if "aiorthanc-specgen-" in text:
            found.append(text)
    return found


def work_dirs() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("aiorthanc-specgen-*"))


def test_missing_orthanc_says_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(SpecGenError, match="apt-get install orthanc"):
        generate(tmp_path, binary=str(tmp_path / "Orthanc"))


@pytest.mark.integration
def test_generator_end_to_end(tmp_path: Path) -> None:
    orthanc_or_skip()
    dirs_before = work_dirs()
    result = generate(tmp_path)

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
    assert all(status == 200 or path == "/plugins/dicom-web" for path, _, status in result.samples)

    # Deterministic: byte-identical to the committed files.
    assert result.spec_path.read_bytes() == (ROOT / "spec" / SPEC_NAME).read_bytes()
    assert result.meta_path.read_bytes() == (ROOT / "spec" / META_NAME).read_bytes()

    # Nothing left behind.
    assert leftover_processes() == []
    assert work_dirs() <= dirs_before
    assert not [t for t in threading.enumerate() if t.name == "specgen-proxy"]
