"""The package as users get it: a wheel with its license, type marker and entry points, and the
pytest fixtures loaded with no conftest line."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from aiorthanc.testing.versions import VERSION_ENV_VAR

pytest_plugins = ["pytester"]
ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_holds_license_type_marker_and_entry_points(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("aiorthanc-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "aiorthanc/py.typed" in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[pytest11]" in text
    assert "aiorthanc = aiorthanc._cli:main" in text
    metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
    metadata = zipfile.ZipFile(wheel).read(metadata_name).decode()
    assert "Provides-Extra: aiohttp" in metadata
    assert "Provides-Extra: dev" not in metadata  # development tools are a dependency group
    assert "Requires-Dist: ruff" not in metadata


@pytest.mark.parametrize("conftest", ["", 'pytest_plugins = ["aiorthanc.testing.pytest_plugin"]\n'])
def test_a_project_gets_the_fixtures_without_a_conftest_line(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, conftest: str
) -> None:
    monkeypatch.delenv(VERSION_ENV_VAR, raising=False)
    pytester.makeconftest(conftest)  # an older project's line must keep working too
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.asyncio
        async def test_empty_server(orthanc):
            assert await orthanc.get_json("/patients") == []
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
