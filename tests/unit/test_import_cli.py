"""`aiorthanc import` output against a fake Orthanc: names printed safely."""

import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_import_engine import FakeOrthanc

from aiorthanc import AsyncOrthanc
from aiorthanc._cli import _import, main
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

    monkeypatch.setattr(_import, "AsyncOrthanc", client)
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
