"""Generate large DICOM files without holding their pixel data in memory (for benchmarks)."""

from __future__ import annotations

import io
import struct
from pathlib import Path

from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage, generate_uid

FRAME_ROWS = 512
FRAME_COLUMNS = 512
FRAME_BYTES = FRAME_ROWS * FRAME_COLUMNS * 2  # 16-bit samples


def write_large_dicom(path: Path, size: int, *, patient_id: str = "BENCH") -> None:
    """Write a multi-frame 16-bit DICOM of about `size` bytes, streaming its pixel data."""
    frames = max(1, size // FRAME_BYTES)
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID = SecondaryCaptureImageStorage
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID
    ds.PatientID = patient_id
    ds.PatientName = "Bench^Large"
    ds.StudyInstanceUID = generate_uid()
    ds.SeriesInstanceUID = generate_uid()
    ds.Modality = "OT"
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows = FRAME_ROWS
    ds.Columns = FRAME_COLUMNS
    ds.NumberOfFrames = frames
    ds.BitsAllocated = 16
    ds.BitsStored = 16
    ds.HighBit = 15
    ds.PixelRepresentation = 0
    header = io.BytesIO()
    ds.save_as(header, enforce_file_format=True)
    frame = bytes(range(256)) * (FRAME_BYTES // 256)
    with path.open("wb") as out:
        out.write(header.getvalue())
        # (7FE0,0010) OW with a 4-byte length, as explicit VR little endian writes it.
        out.write(struct.pack("<HH2sHI", 0x7FE0, 0x0010, b"OW", 0, frames * FRAME_BYTES))
        for _ in range(frames):
            out.write(frame)


if __name__ == "__main__":
    import sys

    write_large_dicom(Path(sys.argv[1]), int(sys.argv[2]))
