"""`aiorthanc import` against a fake Orthanc: names printed safely, flags derived from options."""

import json
import os
from dataclasses import fields
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_import_engine import FakeOrthanc

from aiorthanc import AsyncOrthanc
from aiorthanc._cli import _common, _import, main
from dicom_factory import dicom_bytes

EVIL = "evil\x1b]0;owned\x07\x1b[2J.dcm"  # sets the terminal's title, clears the screen
NOT_UTF8 = os.fsdecode(b"bad\xff.dcm")


@pytest.fixture
def refusing_server(monkeypatch: pytest.MonkeyPatch) -> FakeOrthanc:
    def refuse(request: httpx.Request, body: bytes) -> httpx.Response:
        return httpx.Response(400, json={"Message": "Bad file format"})

    server = FakeOrthanc(refuse)

    def client(url: str, **kwargs: Any) -> AsyncOrthanc:
        return AsyncOrthanc(url, transport=httpx.MockTransport(server.handle), **kwargs)

    monkeypatch.setattr(_common, "AsyncOrthanc", client)
    return server


def test_names_are_printed_escaped(
    tmp_path: Path, refusing_server: FakeOrthanc, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in (EVIL, NOT_UTF8):
        (tmp_path / name).write_bytes(dicom_bytes())

    code = main(["import", str(tmp_path), "--url", "http://orthanc.test", "-q"])

    out = capsys.readouterr().out
    assert code == 1
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "FAILED " + str(tmp_path / "evil\\x1b]0;owned\\x07\\x1b[2J.dcm") in out
    assert "FAILED " + str(tmp_path / "bad\\xff.dcm") in out


def test_json_output_keeps_names_exact(
    tmp_path: Path, refusing_server: FakeOrthanc, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in (EVIL, NOT_UTF8):
        (tmp_path / name).write_bytes(dicom_bytes())

    code = main(["import", str(tmp_path), "--url", "http://orthanc.test", "--json"])

    out = capsys.readouterr().out
    assert code == 1
    assert "\x1b" not in out
    sources = {o["source"] for o in json.loads(out)["outcomes"]}
    assert sources == {str(tmp_path / EVIL), str(tmp_path / NOT_UTF8)}


def test_help_names_every_archive_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])

    help_text = " ".join(capsys.readouterr().out.split())
    for suffix in (".zip", ".tar.gz", ".tar.bz2", ".tar.xz", ".gz", ".bz2", ".xz"):
        assert suffix in help_text
    assert ".bz2 and .xz files" in help_text


def test_every_option_is_declared_once_and_typed_as_keywords_alike() -> None:
    from typing import get_type_hints

    from aiorthanc import ImportOptions, ImportOptionsDict

    hints = get_type_hints(ImportOptions)
    assert get_type_hints(ImportOptionsDict) == {
        f.name: hints[f.name] for f in fields(ImportOptions)
    }


def test_flags_take_their_defaults_and_units_from_import_options(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from aiorthanc import ImportOptions

    seen: list[ImportOptions] = []

    async def run(args: Any, client: AsyncOrthanc) -> int:
        seen.append(ImportOptions(**_import._given_options(args)))
        return 0

    monkeypatch.setattr(_import, "_run", run)
    assert main(["import", ".", "--url", "http://orthanc.test"]) == 0
    assert main(["import", ".", "-c", "2", "--batch-mib", "0.5", "--skip-existing"]) == 0
    assert seen[0] == ImportOptions()
    assert seen[1] == ImportOptions(concurrency=2, batch_bytes=512 * 1024, skip_existing=True)


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    from aiorthanc import __version__

    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"aiorthanc {__version__}"
