"""The facade is anyio code: forest, find with concurrent metadata reads and downloads on trio."""

from __future__ import annotations

import re
from pathlib import Path

import anyio
import pytest
from facade_data import make_tree, upload_sync

from aiorthanc._facade import StudyCollection, build_forest
from aiorthanc.testing import LocalOrthanc

pytestmark = pytest.mark.integration


def test_facade_runs_on_trio(tmp_path: Path) -> None:
    with LocalOrthanc() as server:
        upload_sync(server.url, make_tree(2, 2, 1, 2))

        async def main() -> tuple[int, int, int]:
            async with server.client() as orthanc:
                forest = await build_forest(orthanc, page_size=3)
                size = await forest.studies[0].download_archive(tmp_path / "study.zip")
                studies = StudyCollection(orthanc)
                found = [
                    s async for s in studies.find(metadata={"LastUpdate": re.compile(r"\d{8}T")})
                ]
                return len(forest.instances), size, len(found)

        instances, size, found = anyio.run(main, backend="trio")
    assert instances == 8
    assert found == 4
    assert size == (tmp_path / "study.zip").stat().st_size
