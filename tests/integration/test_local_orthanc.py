"""LocalOrthanc: the throwaway server used by our tests and our users'."""

import os
from pathlib import Path

import httpx
import pytest
from pydicom.data import get_testdata_file

from aiorthanc import LocalOrthancError, OrthancNotInstalledError
from aiorthanc.testing import LocalOrthanc, find_orthanc_binary


def test_starts_on_free_ports_and_cleans_up() -> None:
    with LocalOrthanc() as first, LocalOrthanc() as second:
        assert first.http_port != second.http_port
        assert first.dicom_port != second.dicom_port
        assert httpx.get(f"{first.url}/system").json()["DicomAet"] == "AIORTHANC"
        directory = first.directory
        assert (directory / "orthanc.json").is_file()
    assert not first.running
    assert not directory.exists()


def test_extra_configuration_is_applied() -> None:
    modality = {"peer": ["PEER", "127.0.0.1", 11112]}
    with LocalOrthanc(config={"DicomModalities": modality, "Name": "custom"}, aet="MYAET") as s:
        system = httpx.get(f"{s.url}/system").json()
        assert (system["Name"], system["DicomAet"]) == ("custom", "MYAET")
        assert httpx.get(f"{s.url}/modalities").json() == ["peer"]


def test_stops_and_cleans_up_when_the_block_fails() -> None:
    server = LocalOrthanc()
    with pytest.raises(RuntimeError), server:
        directory = server.directory
        raise RuntimeError("test failed")
    assert not server.running
    assert not directory.exists()


def test_restart_keeps_port_and_storage() -> None:
    with LocalOrthanc() as server:
        port = server.http_port
        ct_small = Path(str(get_testdata_file("CT_small.dcm")))
        stored = httpx.post(f"{server.url}/instances", content=ct_small.read_bytes())
        assert stored.json()["Status"] == "Success"
        server.restart(kill=True)
        assert server.http_port == port
        assert httpx.get(f"{server.url}/instances").json() == [stored.json()["ID"]]
        assert httpx.get(f"{server.url}/instances/{stored.json()['ID']}/file").content == (
            ct_small.read_bytes()
        )


def test_missing_binary_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(OrthancNotInstalledError, match="apt-get install orthanc"):
        find_orthanc_binary("/nonexistent/Orthanc")
    monkeypatch.setenv("AIORTHANC_ORTHANC_BINARY", "/nonexistent/Orthanc")
    with pytest.raises(OrthancNotInstalledError, match="AIORTHANC_ORTHANC_BINARY"):
        LocalOrthanc()


def test_startup_failure_reports_the_log(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("storage cannot be made below a file")
    server = LocalOrthanc(config=lambda s: {"StorageDirectory": s.share(blocker) + "/storage"})
    with pytest.raises(LocalOrthancError, match="Orthanc exited during startup"):
        server.start()
    server.close()


def test_binary_found_on_this_machine() -> None:
    assert os.access(find_orthanc_binary(), os.X_OK)


def test_config_callable_sees_the_ports() -> None:
    def config(server: LocalOrthanc) -> dict[str, object]:
        return {"DicomModalities": {"self": ["AIORTHANC", "127.0.0.1", server.dicom_port]}}

    with LocalOrthanc(config=config) as server:
        modality = httpx.get(f"{server.url}/modalities/self/configuration").json()
        assert modality["Port"] == server.dicom_port


def test_another_server_on_the_port_is_not_taken_for_ours() -> None:
    with LocalOrthanc() as other:
        server = LocalOrthanc()
        # Simulate losing the race for a free port: reuse the other server's ports.
        server._http_port, server._dicom_port = other.http_port, other.dicom_port
        with pytest.raises(LocalOrthancError, match="could not bind"):
            server.start()
        server.close()
        assert other.running


def test_fixed_ports_are_used() -> None:
    with LocalOrthanc() as probe:  # two ports that are free now, once this server is gone
        http_port, dicom_port = probe.http_port, probe.dicom_port
    with LocalOrthanc(http_port=http_port, dicom_port=dicom_port) as server:
        assert (server.http_port, server.dicom_port) == (http_port, dicom_port)
        system = httpx.get(f"http://127.0.0.1:{http_port}/system").json()
        assert system["DicomPort"] == dicom_port
