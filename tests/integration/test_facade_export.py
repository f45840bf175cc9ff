"""Export to a folder tree against a real Orthanc, including hostile tag values."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from facade_data import make_instance, make_tree, upload_sync

from aiorthanc._constants import EXPORT_ARCHIVE_FILES
from aiorthanc._facade import (
    FolderLayout,
    PatientCollection,
    SeriesCollection,
    StudyCollection,
    export,
)
from aiorthanc.testing import LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]

HOSTILE_VALUES = [
    "../../../escaped",
    "/etc/passwd",
    "..",
    ".",
    "/",
    "\\..\\..\\windows",
    "C:\\Windows\\System32",
    "a\x00b",
    "CON",
    "nul.txt",
    "COM1",
    "x" * 400,
    "",
    "  ",
    "...",
    "dir/../../up",
]


@pytest.fixture(autouse=True)
def _quiet_pydicom(monkeypatch: pytest.MonkeyPatch) -> None:
    # The hostile values break VR length rules on purpose.
    import pydicom.config

    monkeypatch.setattr(pydicom.config.settings, "writing_validation_mode", pydicom.config.IGNORE)
    monkeypatch.setattr(pydicom.config.settings, "reading_validation_mode", pydicom.config.IGNORE)


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


async def test_export_default_layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with LocalOrthanc() as server:
        upload_sync(server.url, make_tree(2, 1, 2, 2))
        async with server.client() as orthanc:
            seen: list[tuple[int, int | None]] = []
            result = await export(
                orthanc, tmp_path / "out", progress=lambda d, t: seen.append((d, t))
            )
            files = files_under(tmp_path / "out")
            assert len(files) == 8 == len(result.written)
            assert result.skipped == []
            assert seen[-1] == (8, 8)
            relative = files[0].relative_to(tmp_path / "out")
            patient, study, series, name = relative.parts
            assert patient == "P000 - Test^Patient0"
            assert study == "20240101 - Study 0"
            assert series == "CT - Series 0"
            assert name.endswith(".dcm")
            assert name.startswith("1.2.826.")
            assert result.bytes_written == sum(f.stat().st_size for f in files)

            # One study, a custom template, resume: existing files are skipped.
            study = await StudyCollection(orthanc).first({"PatientID": "P001"})
            assert study is not None
            layout = "{PatientID}/{SeriesNumber}/{InstanceNumber:0>4}.dcm"
            first = await export(orthanc, tmp_path / "one", [study], layout=layout)
            assert sorted(p.relative_to(tmp_path / "one").as_posix() for p in first.written) == [
                "P001/1/0001.dcm",
                "P001/1/0002.dcm",
                "P001/2/0001.dcm",
                "P001/2/0002.dcm",
            ]
            again = await export(
                orthanc, tmp_path / "one", [study], layout=layout, skip_existing=True
            )
            assert again.written == []
            assert len(again.skipped) == 4
            # Two of the four gone: only those are fetched (in one archive), the rest left.
            for path in first.written[:2]:
                path.unlink()
            resumed = await export(
                orthanc, tmp_path / "one", [study], layout=layout, skip_existing=True
            )
            assert sorted(resumed.written) == sorted(first.written[:2])
            assert sorted(resumed.skipped) == sorted(first.written[2:])

            # Series, patient and instance inputs; duplicates exported once.
            series = await SeriesCollection(orthanc).first({"PatientID": "P000"})
            patient = await PatientCollection(orthanc).first({"PatientID": "P000"})
            assert series is not None
            assert patient is not None
            instance = (await series.instances())[0]
            mixed = await export(orthanc, tmp_path / "mixed", [series, patient, instance])
            assert len(mixed.written) == 4

            # An instance deleted between the listing and its download is reported, not fatal:
            # deleted as the archive of the four is asked for, so that Orthanc refuses the
            # archive (404) and each file is then downloaded alone.
            last = max(await patient.instances(), key=lambda i: i.id)
            deleted = [last]
            exchange = orthanc.exchange

            async def deleting_first(*args: Any, **options: Any) -> Any:
                if deleted:
                    await deleted.pop().delete()
                return await exchange(*args, **options)

            monkeypatch.setattr(orthanc, "exchange", deleting_first)
            late = await export(orthanc, tmp_path / "late", [patient], concurrency=1)
            assert deleted == []
            assert late.missing == [last.id]
            assert len(late.written) == 3


async def test_hostile_tag_values_stay_inside(tmp_path: Path) -> None:
    files = []
    for index, value in enumerate(HOSTILE_VALUES):
        tags = {
            "PatientID": value[:64],  # Orthanc refuses longer IDs
            "PatientName": value,
            "StudyDescription": value,
            "SeriesDescription": value,
            "Modality": "OT",
        }
        files.append(make_instance(index, 0, 0, 0, tags=tags))
    with LocalOrthanc() as server:
        stored = upload_sync(server.url, iter(files))
        async with server.client() as orthanc:

            def hostile_layout(tags: Mapping[str, str]) -> list[str]:
                # A careless layout of the caller's: raw values, absolute and parent parts.
                return ["/", "..", tags.get("PatientName", ""), "../" + tags.get("PatientID", "")]

            layouts = (None, hostile_layout, "{PatientName}/{StudyDescription}.dcm")
            depths = (4, None, 2)  # folders + file name of the default layout and the template
            for number, (layout, depth) in enumerate(zip(layouts, depths, strict=True)):
                # One folder per layout: names that sanitize alike ("..", ".", "/", "", "  "
                # ...) must be made unique, not overwrite each other.
                target = tmp_path / "export" / str(number)
                result = await orthanc.export(target, layout=layout)
                assert len(result.written) == stored
                assert len(set(result.written)) == stored
                assert len(files_under(target)) == stored
                if depth is not None:
                    assert {len(p.relative_to(target).parts) for p in files_under(target)} == {
                        depth
                    }
                for path in result.written:
                    assert path.resolve().is_relative_to(target.resolve())
                    assert all(len(part.encode()) <= 200 for part in path.parts)
                    assert all(part not in (".", "..", "") for part in path.parts)
                    assert "\x00" not in str(path)
                    for part in path.relative_to(target.resolve()).parts:
                        assert part.split(".")[0].upper() not in ("CON", "NUL", "COM1")
            assert sorted(os.listdir(tmp_path)) == ["export"]
            assert sorted(os.listdir(tmp_path / "export")) == ["0", "1", "2"]


async def test_symlink_inside_target_cannot_lead_out(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    target = tmp_path / "export"
    target.mkdir()
    (target / "P000").symlink_to(outside)
    with LocalOrthanc() as server:
        upload_sync(server.url, make_tree(1, 1, 1, 1))
        async with server.client() as orthanc:
            from aiorthanc._facade import ExportPathError

            with pytest.raises(ExportPathError, match="outside"):
                await export(orthanc, target, layout=FolderLayout("{PatientID}/{SOPInstanceUID}"))
    assert list(outside.iterdir()) == []


async def test_a_layout_of_ids_only_lists_no_upper_level_and_writes_every_file(
    tmp_path: Path,
) -> None:
    # More instances than a listing page (500): the pages follow one another.
    with LocalOrthanc() as server:
        stored = upload_sync(server.url, make_tree(3, 3, 3, 20))
        async with server.client() as orthanc:
            seen: list[tuple[int, int | None]] = []
            routes: list[str] = []

            async def hook(request: Any) -> None:
                routes.append(request.url.path)

            orthanc.http_client.event_hooks["request"].append(hook)
            result = await orthanc.export(
                tmp_path / "flat",
                layout="dicom/{InstanceOrthancID}.dcm",
                progress=lambda done, total: seen.append((done, total)),
            )
            asked = list(routes)
            ids = await orthanc.get_json("/instances")
            assert stored == 540 == len(ids)
            assert sorted(p.name for p in result.written) == sorted(f"{i}.dcm" for i in ids)
            assert {p.parent for p in result.written} == {(tmp_path / "flat/dicom").resolve()}
            assert seen[-1] == (540, 540)
            for some in ids:  # each member went to its own instance's file, whole
                written = (tmp_path / "flat/dicom" / f"{some}.dcm").read_bytes()
                assert written == await orthanc.read("GET", f"/instances/{some}/file")
            assert result.bytes_written == sum(p.stat().st_size for p in result.written)
            # No upper level listed; the files came in archives of at most 250, none alone.
            assert set(asked) == {"/statistics", "/instances", "/tools/create-archive"}
            assert EXPORT_ARCHIVE_FILES == 250
            assert asked.count("/tools/create-archive") == 3  # 2 of a page of 500, 1 of 40

            # Without archives: pages of IDs, and each file alone.
            routes.clear()
            alone = await orthanc.export(
                tmp_path / "again", layout="{InstanceOrthancID}.dcm", archive_bytes=0
            )
            assert len(alone.written) == 540
            listings = [r for r in routes if not r.endswith("/file")]
            assert set(listings) == {"/statistics", "/instances"}


async def test_archives_refused_by_the_server_fall_back_to_files(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # An authorization layer may refuse archives and allow files: Orthanc's own Lua filter here.
    script = tmp_path / "filter.lua"
    script.write_text(
        "function IncomingHttpRequestFilter(method, uri, ip, username, headers)\n"
        "  return uri ~= '/tools/create-archive'\n"
        "end\n"
    )
    with LocalOrthanc(config=lambda s: {"LuaScripts": [s.share(script)]}) as server:
        stored = upload_sync(server.url, make_tree(2, 2, 2, 5))
        async with server.client() as orthanc:
            routes: list[str] = []

            async def hook(request: Any) -> None:
                routes.append(request.url.path)

            orthanc.http_client.event_hooks["request"].append(hook)
            with caplog.at_level(logging.WARNING, logger="aiorthanc"):
                result = await orthanc.export(tmp_path / "out", concurrency=1)
            assert len(result.written) == stored == 40
            assert routes.count("/tools/create-archive") == 1  # refused once, not asked again
            [warning] = [r.getMessage() for r in caplog.records if r.name == "aiorthanc"]
            assert "403" in warning
            assert "one by one" in warning
            assert len([r for r in routes if r.endswith("/file")]) == 40
            ids = await orthanc.get_json("/instances")
            originals = {await orthanc.read("GET", f"/instances/{i}/file") for i in ids}
            assert {path.read_bytes() for path in result.written} == originals
