"""Orthanc versions: LocalOrthanc runs each one, and the pytest plugin runs a suite on each."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
from pydicom.data import get_testdata_file

from aiorthanc import LocalOrthancError, OrthancNotInstalledError
from aiorthanc.testing import SUPPORTED_VERSIONS, LocalOrthanc
from aiorthanc.testing.versions import ROOTS_ENV_VAR, VERSION_ENV_VAR, orthanc_install

pytest_plugins = ["pytester"]


@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
def test_each_supported_version_runs_and_stores(version: str) -> None:
    dicom = Path(get_testdata_file("CT_small.dcm")).read_bytes()  # type: ignore[arg-type]
    with LocalOrthanc(version=version) as server:
        assert server.version == version
        assert httpx.get(f"{server.url}/system").json()["Version"] == version
        stored = httpx.post(f"{server.url}/instances", content=dicom).json()
        assert stored["Status"] == "Success"
        # The storage lives inside the server's root when it has one.
        root = server.install.root
        assert root is None or root in server.directory.parents
        assert any((server.directory / "storage").rglob("*"))
        directory = server.directory
    assert not directory.exists()


def test_an_unknown_version_is_refused_by_name() -> None:
    with pytest.raises(OrthancNotInstalledError, match=r"Orthanc 9\.9\.9 is not provided"):
        LocalOrthanc(version="9.9.9")


def test_a_missing_root_names_the_command_that_builds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ROOTS_ENV_VAR, str(tmp_path))
    expected = r"python -m aiorthanc\.testing build 1\.13\.0"
    with pytest.raises(OrthancNotInstalledError, match=expected):
        orthanc_install("1.13.0", build=False)


def test_a_failing_build_names_its_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No network route to a mirror named like this: debootstrap fails, and we say where.
    monkeypatch.setenv(ROOTS_ENV_VAR, str(tmp_path))
    monkeypatch.setattr("aiorthanc.testing.versions.DEBIAN_MIRROR", "http://127.0.0.1:9/debian")
    if os.geteuid() != 0:
        pytest.skip("building a root needs root")
    with pytest.raises(LocalOrthancError, match=r"debootstrap sid .* failed"):
        orthanc_install("1.13.0")
    assert not (tmp_path / "1.13.0").exists()


def test_the_pytest_plugin_runs_a_users_suite_on_each_version(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(VERSION_ENV_VAR, raising=False)
    pytester.makeconftest('pytest_plugins = ["aiorthanc.testing.pytest_plugin"]\n')
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.asyncio
        async def test_version(orthanc, orthanc_version):
            system = await orthanc.get_json("/system")
            assert system["Version"] == orthanc_version
            print("RAN", orthanc_version)
        """
    )
    result = pytester.runpytest_subprocess(
        "-s", "--orthanc-version", "1.10.1,1.13.0", "-p", "no:cacheprovider"
    )
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*RAN 1.10.1*", "*RAN 1.13.0*"])
