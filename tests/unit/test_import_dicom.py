import hashlib
import io
import sys
from pathlib import Path

import pydicom
import pytest
from pydicom.data import get_testdata_file

from aiorthanc import orthanc_id
from aiorthanc._dicom import DICOMDIR_SOP_CLASS, parse_header, sniff
from dicom_factory import ct_dataset, dicom_bytes


def test_orthanc_id_is_sha1_of_the_joined_values_in_five_groups() -> None:
    digest = hashlib.sha1(b"P|1.2|1.2.3|1.2.3.4").hexdigest()  # noqa: S324 - an ID
    value = orthanc_id("P", "1.2", "1.2.3", "1.2.3.4")
    assert value.replace("-", "") == digest
    assert [len(part) for part in value.split("-")] == [8] * 5


def test_orthanc_id_of_an_empty_patient_id_is_sha1_of_nothing() -> None:
    assert orthanc_id("") == "da39a3ee-5e6b4b0d-3255bfef-95601890-afd80709"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"", "empty"),
        (b"\0" * 128 + b"DICM" + b"\0" * 20, "dicom"),
        (b"PK\x03\x04" + b"\0" * 30, "zip"),
        (b"\x1f\x8b\x08" + b"\0" * 30, "gzip"),
        (b"BZh91AY" + b"\0" * 30, "bzip2"),
        (b"\xfd7zXZ\x00" + b"\0" * 30, "xz"),
        (b"a" * 257 + b"ustar" + b"\0" * 250, "tar"),
        (b'  {"0010,0010": 1}', "json"),
        (b"hello, this is not DICOM at all", None),
    ],
)
def test_sniff_recognises_content_not_names(head: bytes, kind: str | None) -> None:
    assert sniff(head) == kind


def test_sniff_takes_a_preamble_less_stream_as_maybe_dicom() -> None:
    ds = ct_dataset("P1")
    del ds.file_meta
    raw = dicom_bytes(ds, implicit_vr=True, little_endian=True)  # no preamble, no meta
    assert raw[128:132] != b"DICM"
    assert sniff(raw[:512]) == "dicom?"


def test_parse_header_computes_the_instance_and_study_ids() -> None:
    ds = ct_dataset("PAT")
    header = parse_header(dicom_bytes(ds, enforce_file_format=True))
    assert header is not None
    assert header.instance_id == orthanc_id(
        "PAT", ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.SOPInstanceUID
    )
    assert header.study_id == orthanc_id("PAT", ds.StudyInstanceUID)
    assert not header.is_dicomdir


def test_parse_header_strips_padding_of_the_values() -> None:
    ds = ct_dataset("ODD")  # 3 characters: written padded to 4
    header = parse_header(dicom_bytes(ds, enforce_file_format=True))
    assert header is not None
    assert header.study_id == orthanc_id("ODD", ds.StudyInstanceUID)


def test_parse_header_without_a_uid_gives_no_id() -> None:
    ds = ct_dataset("P1")
    del ds.SeriesInstanceUID
    header = parse_header(dicom_bytes(ds, enforce_file_format=True))
    assert header is not None
    assert header.instance_id is None


def test_parse_header_of_garbage_gives_no_id() -> None:
    header = parse_header(b"\0" * 128 + b"DICM" + b"\xff" * 40)
    assert header is None or header.instance_id is None


def test_parse_header_does_not_read_the_pixel_data(tmp_path: Path) -> None:
    ds = ct_dataset("P1")
    ds.PixelData = b"\0" * 4_000_000
    ds["PixelData"].VR = "OB"
    path = tmp_path / "big.dcm"
    ds.save_as(path, enforce_file_format=True)

    class CountingFile(io.FileIO):
        read_bytes = 0

        def read(self, size: int = -1) -> bytes:
            data = super().read(size)
            CountingFile.read_bytes += len(data)
            return data

    with CountingFile(path) as file:
        header = parse_header(file)  # type: ignore[arg-type]
    assert header is not None
    assert header.instance_id is not None
    assert CountingFile.read_bytes < 100_000


def test_dicomdir_is_recognised_by_its_sop_class() -> None:
    path = get_testdata_file("DICOMDIR", read=False)
    assert isinstance(path, str)
    header = parse_header(Path(path).read_bytes())
    assert header is not None
    assert header.media_storage_sop_class_uid == DICOMDIR_SOP_CLASS
    assert header.is_dicomdir


def test_a_dicomdir_is_recognised_from_its_first_bytes_alone() -> None:
    path = get_testdata_file("DICOMDIR", read=False)
    assert isinstance(path, str)
    head = Path(path).read_bytes()[:400]  # as if the rest were beyond what is read
    header = parse_header(io.BytesIO(head))
    assert header is not None
    assert header.is_dicomdir


def test_pydicom_test_file_matches_a_known_orthanc_id() -> None:
    # Orthanc 1.10 answered this ID for CT_small.dcm (see ORTHANC_NOTES.md).
    path = get_testdata_file("CT_small.dcm", read=False)
    assert isinstance(path, str)
    ds = pydicom.dcmread(path)
    header = parse_header(Path(path).read_bytes())
    assert header is not None
    expected = orthanc_id(
        ds.PatientID, ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.SOPInstanceUID
    )
    assert header.instance_id == expected == "f689ddd2-662f8fe1-8b18180d-ec2a2cee-937917af"


def test_the_fast_scanner_agrees_with_pydicom_on_every_test_file() -> None:
    from aiorthanc._dicom import _parse_with_pydicom, _scan

    folder = Path(pydicom.__file__).parent / "data" / "test_files"
    scanned = 0
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        fast = _scan(data)
        if fast is None:
            continue  # left to pydicom
        scanned += 1
        assert fast == _parse_with_pydicom(data, force=False), path.name
    assert scanned > 40


@pytest.mark.parametrize("implicit", [False, True])
def test_the_fast_scanner_reads_past_sequences_of_undefined_length(implicit: bool) -> None:
    # Before the identifying UIDs: nested sequences and items ended by delimiters (as many
    # modalities write them), and an empty one. The scanner walks them itself: an export
    # matches each archive member this way, for every file.
    from pydicom.dataset import Dataset
    from pydicom.sequence import Sequence

    from aiorthanc._dicom import _parse_with_pydicom, _scan

    ds = ct_dataset("P")
    code = Dataset()
    code.CodeValue = "X"
    item = Dataset()
    item.ReferencedSOPClassUID = "1.2.3"
    item.ReferencedSOPInstanceUID = "1.2.3.4"
    item.PurposeOfReferenceCodeSequence = Sequence([code])
    item["PurposeOfReferenceCodeSequence"].is_undefined_length = True
    ds.ReferencedImageSequence = Sequence([item, item])
    ds.AnatomicRegionSequence = Sequence([])
    for keyword in ("ReferencedImageSequence", "AnatomicRegionSequence"):
        ds[keyword].is_undefined_length = True
    for each in ds.ReferencedImageSequence:
        each.is_undefined_length_sequence_item = True
    if implicit:
        ds.file_meta.TransferSyntaxUID = "1.2.840.10008.1.2"
    data = dicom_bytes(ds, enforce_file_format=True, implicit_vr=implicit, little_endian=True)
    assert data.count(b"\xff\xff\xff\xff") == 6  # six values of undefined length
    fast = _scan(data)
    assert fast is not None
    assert fast == _parse_with_pydicom(data, force=False)
    assert fast.instance_id == orthanc_id(
        "P", ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.SOPInstanceUID
    )
    # Cut inside a sequence: the scanner gives up rather than guess.
    inside = data.index(b"1.2.3.4")
    assert _scan(data[:inside]) is None


def test_without_pydicom_a_header_the_scanner_gives_up_on_gives_no_id(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from aiorthanc._import._walk import walk

    ds = ct_dataset("Müller")  # a non-ASCII ID: the scanner leaves it to pydicom
    ds.SpecificCharacterSet = "ISO_IR 100"
    data = dicom_bytes(ds, enforce_file_format=True)
    # No preamble: only pydicom can tell it is DICOM.
    bare = dicom_bytes(ct_dataset("P1"), enforce_file_format=False)
    assert parse_header(data) is not None
    (tmp_path / "a.dcm").write_bytes(data)
    (tmp_path / "b.dcm").write_bytes(bare)
    monkeypatch.setitem(sys.modules, "pydicom", None)  # the core install

    assert parse_header(data) is None
    # Both go (alone, no ID): Orthanc judges them.
    items = list(walk([tmp_path], large_file_bytes=1 << 20))
    assert [(item.skip, item.header) for item in items] == [(None, None), (None, None)]
    assert all(item.data is not None for item in items)
