"""The export sanitizer and layouts: no tag value can name a path outside the export folder."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from aiorthanc._facade import DEFAULT_LAYOUT, ExportPathError, FolderLayout, sanitize_component
from aiorthanc._facade._layout import resolve_inside

HOSTILE = [
    "../../../etc/passwd",
    "/absolute/path",
    "/",
    "..",
    ".",
    "...",
    "a/../../b",
    "..\\..\\windows",
    "C:\\Windows",
    "C:",
    "a\x00b",
    "\x00",
    "tab\there\nnewline",
    "CON",
    "con.dcm",
    "Nul",
    "COM1.txt",
    "LPT9",
    "x" * 1000,
    "é" * 300,
    "",
    "   ",
    "name. . .",
    'quote"star*pipe|lt<gt>?',
]


@pytest.mark.parametrize("value", HOSTILE)
def test_sanitized_component_is_one_plain_name(value: str) -> None:
    clean = sanitize_component(value)
    assert clean not in ("", ".", "..")
    assert not set(clean) & set('/\\\x00:*?"<>|\t\n')
    assert len(clean.encode()) <= 200
    assert clean.split(".")[0].upper() not in ("CON", "NUL", "COM1", "LPT9")
    assert not clean.endswith((".", " "))
    assert not clean.startswith(" ")
    assert PurePosixPath(clean).parts == (clean,)


def test_sanitize_keeps_ordinary_names_and_extensions() -> None:
    assert sanitize_component("Test^Patient 1") == "Test^Patient 1"
    assert sanitize_component("CT - Chest, w/o contrast") == "CT - Chest, w_o contrast"
    assert sanitize_component("Übersicht") == "Übersicht"
    long = sanitize_component("y" * 500 + ".dcm")
    assert long.endswith(".dcm")
    assert len(long.encode()) <= 200
    multibyte = sanitize_component("é" * 300 + ".dcm")
    assert multibyte.endswith(".dcm")
    assert len(multibyte.encode()) <= 200
    multibyte.encode().decode()  # not cut in the middle of a character


@pytest.mark.parametrize("value", HOSTILE)
def test_layout_paths_stay_inside(tmp_path: Path, value: str) -> None:
    tags = {
        "PatientID": value,
        "PatientName": value,
        "StudyDate": value,
        "StudyDescription": value,
        "Modality": value,
        "SeriesDescription": value,
        "SOPInstanceUID": value,
    }
    for layout in (
        FolderLayout(),
        FolderLayout("{PatientName}/{SOPInstanceUID}"),
        FolderLayout(lambda t: ["..", "/", t["PatientName"], "../" + t["PatientID"]]),
        FolderLayout(lambda t: "/" + t["PatientName"] + "/../x"),
    ):
        relative = layout.relative_path(tags)
        assert not relative.is_absolute()
        assert all(part not in ("", ".", "..") for part in relative.parts)
        assert resolve_inside(tmp_path, relative).is_relative_to(tmp_path.resolve())


def test_default_layout_and_missing_values() -> None:
    tags = {
        "PatientID": "P1",
        "PatientName": "DOE^JOHN",
        "StudyDate": "20240131",
        "StudyDescription": "Chest",
        "Modality": "CT",
        "SeriesDescription": "",
        "SOPInstanceUID": "1.2.3",
    }
    assert FolderLayout().relative_path(tags) == PurePosixPath(
        "P1 - DOE^JOHN/20240131 - Chest/CT - Unknown/1.2.3.dcm"
    )
    assert FolderLayout(missing="none").relative_path({}).parts[0] == "none - none"
    assert "{SOPInstanceUID}" in DEFAULT_LAYOUT
    formatted = FolderLayout("{InstanceNumber:0>4}.dcm").relative_path({"InstanceNumber": "7"})
    assert formatted == PurePosixPath("0007.dcm")


def test_bad_templates_fail_early() -> None:
    with pytest.raises(ValueError, match="invalid layout"):
        FolderLayout("../{PatientID}")
    with pytest.raises(ValueError, match="invalid layout"):
        FolderLayout("//")
    with pytest.raises(ValueError, match="DICOM keyword"):
        FolderLayout("{PatientID.__class__}")
    with pytest.raises(ValueError, match="DICOM keyword"):
        FolderLayout("{0}")
    with pytest.raises(ValueError, match="no path component"):
        FolderLayout(lambda tags: []).relative_path({})


def test_resolve_inside_rejects_escapes(tmp_path: Path) -> None:
    for bad in ("../x", "/etc/passwd", "a/../../b", ".", ""):
        with pytest.raises(ExportPathError):
            resolve_inside(tmp_path, bad)
    (tmp_path / "link").symlink_to(tmp_path.parent)
    with pytest.raises(ExportPathError, match="outside"):
        resolve_inside(tmp_path, "link/x")
    assert resolve_inside(tmp_path, "a/b.dcm") == tmp_path.resolve() / "a" / "b.dcm"


def test_a_resolver_finds_a_link_at_any_depth_and_follows_links_that_stay_inside(
    tmp_path: Path,
) -> None:
    from aiorthanc._facade._layout import PathResolver

    outside = tmp_path / "outside"
    root = tmp_path / "root"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "b" / "out").symlink_to(outside)
    (root / "a" / "in").symlink_to(root / "a" / "b")
    resolver = PathResolver(root)
    base = root.resolve()
    # Folders known first: the check of a deeper one is not skipped for their sake.
    assert resolver.inside_parts(("a", "b", "x.dcm")) == base / "a" / "b" / "x.dcm"
    with pytest.raises(ExportPathError, match="outside"):
        resolver.inside_parts(("a", "b", "out", "x.dcm"))
    assert resolver.inside_parts(("a", "in", "c", "y.dcm")) == base / "a" / "b" / "c" / "y.dcm"
    # Below a folder that is not there, nothing is: new folders cost no look on disk.
    assert resolver.inside_parts(("new", "deeper", "z.dcm")) == base / "new" / "deeper" / "z.dcm"
