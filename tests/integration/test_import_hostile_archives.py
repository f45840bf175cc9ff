"""Archives with hostile member names and links: each valid DICOM member is imported, each
member gets one outcome, nothing is written outside temporary space."""

from __future__ import annotations

import io
import os
import tarfile
import zipfile
from pathlib import Path

import pytest

from aiorthanc import OutcomeStatus, import_dicom
from aiorthanc.testing import LocalOrthanc
from dicom_factory import ct_dataset, dicom_bytes

pytestmark = pytest.mark.asyncio

NAMES = [
    "../../x.dcm",
    "..\\..\\y.dcm",
    "a/../../../z.dcm",
    "./.././w.dcm",
    "plain/v.dcm",
    "/abs/u.dcm",
]


def _zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name in NAMES:
            archive.writestr(zipfile.ZipInfo(name), dicom_bytes(ct_dataset("HOSTILE")))


def _tar(path: Path) -> None:
    with tarfile.open(path, "w:gz") as archive:
        for name in NAMES:
            data = dicom_bytes(ct_dataset("HOSTILE"))
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("../../link.dcm")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        archive.addfile(link)
        hard = tarfile.TarInfo("hard.dcm")
        hard.type, hard.linkname = tarfile.LNKTYPE, "plain/v.dcm"
        archive.addfile(hard)


async def test_hostile_member_names_are_imported_and_links_get_an_outcome(
    fresh_orthanc_server: LocalOrthanc, tmp_path: Path
) -> None:
    work = tmp_path / "a" / "b" / "c"
    work.mkdir(parents=True)
    _zip(work / "names.zip")
    _tar(work / "names.tar.gz")
    before = {p for p in tmp_path.rglob("*")}
    async with fresh_orthanc_server.client() as orthanc:
        report = await import_dicom(orthanc, work)
        stored = await orthanc.get_json("/instances")
    assert len(report.by_status(OutcomeStatus.STORED)) == 2 * len(NAMES)
    assert len(stored) == 2 * len(NAMES)
    reasons = {o.source.split("!", 1)[1]: o.reason for o in report.by_status("skipped")}
    assert "symbolic link" in (reasons["../../link.dcm"] or "")
    assert "hard link" in (reasons["hard.dcm"] or "")
    members = 2 * len(NAMES) + 2
    assert len(report.outcomes) == members
    # Nothing extracted anywhere: above, beside or inside the work folder.
    assert {p for p in tmp_path.rglob("*")} == before
    assert not any(os.path.exists(tmp_path / n) for n in ("x.dcm", "y.dcm", "z.dcm", "w.dcm"))
