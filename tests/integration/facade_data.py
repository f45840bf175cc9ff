"""Small DICOM files generated with pydicom for the facade tests and benchmarks."""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from typing import Any

from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian

_ROOT = "1.2.826.0.1.3680043.10.1137."  # a private test root; UIDs are deterministic
CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2"


def uid(*parts: int) -> str:
    """A deterministic UID below the test root."""
    return _ROOT + ".".join(str(p + 1) for p in parts)


def make_instance(
    patient: int,
    study: int,
    series: int,
    instance: int,
    *,
    rows: int = 4,
    columns: int = 4,
    tags: Mapping[str, Any] | None = None,
) -> bytes:
    """One CT image, 16-bit, `rows` x `columns`, as the bytes of a DICOM file."""
    ds = Dataset()
    ds.SOPClassUID = CT_IMAGE_STORAGE
    ds.SOPInstanceUID = uid(patient, study, series, instance)
    ds.PatientID = f"P{patient:03d}"
    ds.PatientName = f"Test^Patient{patient}"
    ds.PatientBirthDate = "19700101"
    ds.PatientSex = "O"
    ds.StudyInstanceUID = uid(patient, study)
    ds.StudyDate = f"2024{(study % 12) + 1:02d}{(patient % 28) + 1:02d}"
    ds.StudyTime = "120000"
    ds.StudyDescription = f"Study {study}"
    ds.AccessionNumber = f"A{patient}{study}"
    ds.StudyID = f"S{study}"
    ds.SeriesInstanceUID = uid(patient, study, series)
    ds.Modality = "CT" if series % 2 == 0 else "MR"
    ds.SeriesNumber = series + 1
    ds.SeriesDescription = f"Series {series}"
    ds.InstanceNumber = instance + 1
    ds.Rows = rows
    ds.Columns = columns
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated = 16
    ds.BitsStored = 12
    ds.HighBit = 11
    ds.PixelRepresentation = 0
    ds.PixelData = bytes((i * 7 + instance) % 256 for i in range(rows * columns)) * 2
    for keyword, value in (tags or {}).items():
        setattr(ds, keyword, value)
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = ds.SOPClassUID
    meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta = meta
    out = io.BytesIO()
    ds.save_as(out, enforce_file_format=True)
    return out.getvalue()


def make_tree(
    patients: int, studies: int, series: int, instances: int, **kwargs: Any
) -> Iterator[bytes]:
    """patients x studies x series x instances files."""
    for p in range(patients):
        for st in range(studies):
            for se in range(series):
                for i in range(instances):
                    yield make_instance(p, st, se, i, **kwargs)


def upload_sync(url: str, files: Iterator[bytes], auth: tuple[str, str] | None = None) -> int:
    """Store files with a plain sync httpx client (test setup, not the code under test)."""
    import httpx

    count = 0
    with httpx.Client(base_url=url, auth=auth, timeout=60) as http:
        for data in files:
            http.post("/instances", content=data).raise_for_status()
            count += 1
    return count


def zip_of(files: Iterator[bytes]) -> bytes:
    """An uncompressed ZIP of DICOM files: Orthanc stores every member of one POST."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for index, data in enumerate(files):
            archive.writestr(f"{index:06d}.dcm", data)
    return out.getvalue()
