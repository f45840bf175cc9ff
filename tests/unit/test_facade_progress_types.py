"""The two progress callbacks are distinct types: bytes for downloads, files for exports."""

from __future__ import annotations

from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

SNIPPET = """
from pathlib import Path
from aiorthanc import AsyncOrthanc
from aiorthanc._facade import Instance, export

def files(done: int, total: int) -> None: ...
def wire_bytes(done: int, total: int | None) -> None: ...

async def main(orthanc: AsyncOrthanc, instance: Instance) -> None:
    await export(orthanc, Path("out"), progress=files)
    await export(orthanc, Path("out"), progress=wire_bytes)
    await instance.download(Path("x.dcm"), progress=wire_bytes)
    await instance.download(Path("x.dcm"), progress=files)  # line 13: total may be None
"""


SRC = Path(__file__).parents[2] / "src"


def test_export_progress_counts_files_download_progress_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MYPYPATH", str(SRC))  # this checkout's package, not an installed one
    (tmp_path / "config.toml").write_text('[tool.mypy]\nplugins = ["pydantic.mypy"]\n')
    args = ["--strict", "--config-file", str(tmp_path / "config.toml")]
    args += ["--cache-dir", str(tmp_path / "cache"), "-c", SNIPPET]
    out, _, status = mypy_api.run(args)
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert len(errors) == 1, out
    assert errors[0].startswith("<string>:13:"), out
    assert status == 1
