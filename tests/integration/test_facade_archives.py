"""One archive (or DICOMDIR media) of several resources, streamed to a file atomically."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from facade_data import make_instance, zip_of

from aiorthanc import NotFoundError
from aiorthanc.testing import LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]


def _dicom_members(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [n for n in archive.namelist() if not n.endswith("/") and "DICOMDIR" not in n]


async def test_archive_and_media_of_several_resources(tmp_path: Path) -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            files = (
                make_instance(p, s, 0, i) for p in range(3) for s in range(2) for i in range(2)
            )
            await orthanc.request("POST", "/instances", content=zip_of(files))
            patients = [p async for p in orthanc.patients.all()]
            studies = await patients[0].studies()
            # Levels mixed: two whole patients and one study of the third (10 instances).
            chosen = [patients[1], patients[2].id, studies[0]]
            seen: list[int] = []
            size = await orthanc.download_archive(
                chosen, tmp_path / "all.zip", progress=lambda got, total: seen.append(got)
            )
            data = (tmp_path / "all.zip").read_bytes()
            assert size == len(data) > 0
            assert seen[-1] == size
            assert len(_dicom_members(data)) == 10
            await orthanc.download_archive(chosen, tmp_path / "media.zip", media=True)
            with zipfile.ZipFile(tmp_path / "media.zip") as media:
                assert "DICOMDIR" in media.namelist()
            async with orthanc.stream_archive([studies[1]]) as chunks:
                streamed = b"".join([chunk async for chunk in chunks])
            assert len(_dicom_members(streamed)) == 2
            assert sorted(p.name for p in tmp_path.iterdir()) == ["all.zip", "media.zip"]


async def test_archive_of_nothing_or_of_a_missing_resource_leaves_no_file(tmp_path: Path) -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            with pytest.raises(ValueError, match="at least one resource"):
                await orthanc.download_archive([], tmp_path / "none.zip")
            with pytest.raises(NotFoundError):
                await orthanc.download_archive(["0" * 8], tmp_path / "missing.zip")
            assert list(tmp_path.iterdir()) == []
