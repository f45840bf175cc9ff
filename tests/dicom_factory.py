"""Small DICOM files made with pydicom for the import tests: nothing is downloaded."""

from __future__ import annotations

import io
from typing import Any

from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid


def ct_dataset(
    patient_id: str = "P",
    *,
    study: str | None = None,
    series: str | None = None,
    sop_class: str = CTImageStorage,
) -> Dataset:
    """A minimal instance with its file meta; new UIDs unless `study`/`series` are given."""
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = sop_class
    ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID
    ds.PatientID = patient_id
    ds.StudyInstanceUID = study or generate_uid()
    ds.SeriesInstanceUID = series or generate_uid()
    return ds


def dicom_bytes(ds: Dataset | None = None, *, pixels: int = 0, **write_options: Any) -> bytes:
    """`ds` (default: a new `ct_dataset()`) as file bytes, with `pixels` bytes of pixel data.

    Written as a DICOM file (preamble and meta) unless `write_options` say otherwise.
    """
    ds = ds if ds is not None else ct_dataset()
    if pixels:
        ds.PixelData = b"\1" * pixels
        ds["PixelData"].VR = "OB"
    out = io.BytesIO()
    ds.save_as(out, **(write_options or {"enforce_file_format": True}))
    return out.getvalue()
