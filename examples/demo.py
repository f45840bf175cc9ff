"""`make demo`: a throwaway local Orthanc, sample data imported concurrently, the hierarchy shown.

1. starts a local Orthanc on free ports (`aiorthanc.testing.LocalOrthanc`);
2. writes sample data: a few generated studies as loose files, a .zip and a .tar.gz, next to
   pydicom's own test files (broken ones included, to show how they are reported);
3. imports it all with the command line, `aiorthanc import ...`, with its progress bar;
4. shows what Orthanc stored, patient -> study -> series, built in one request per level.
"""

from __future__ import annotations

import io
import os
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

import anyio
import pydicom.data
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from aiorthanc import AsyncOrthanc
from aiorthanc.testing import LocalOrthanc

# (patient, study description, date, [(modality, series description, instances)])
STUDIES = [
    ("DEMO^Alice", "CT chest", "20240312", [("CT", "Axial 5mm", 40), ("CT", "Lung window", 40)]),
    ("DEMO^Alice", "MR brain", "20240619", [("MR", "T1 sagittal", 24), ("MR", "T2 axial", 24)]),
    ("DEMO^Bob", "CT abdomen", "20231105", [("CT", "Portal venous", 60)]),
    ("DEMO^Carol", "MR knee", "20240101", [("MR", "PD fat sat", 20), ("MR", "T1 coronal", 20)]),
]
SOP_CLASSES = {"CT": "1.2.840.10008.5.1.4.1.1.2", "MR": "1.2.840.10008.5.1.4.1.1.4"}


def make_instance(patient: str, study: Dataset, series: Dataset, number: int) -> bytes:
    """One small 16-bit image of a generated series, as the bytes of a DICOM file."""
    ds = Dataset()
    ds.update(study)
    ds.update(series)
    ds.SOPClassUID = SOP_CLASSES[series.Modality]
    ds.SOPInstanceUID = generate_uid()
    ds.PatientName = patient
    ds.PatientID = "ID-" + patient.split("^")[1].upper()
    ds.InstanceNumber = number
    ds.Rows = ds.Columns = 64
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.PixelData = bytes((number + i) % 251 for i in range(64 * 64 * 2))
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    out = io.BytesIO()
    ds.save_as(out, enforce_file_format=True)
    return out.getvalue()


def write_samples(folder: Path) -> list[Path]:
    """Generated studies: the first as a .zip, the second as a .tar.gz, the rest as files."""
    sources = []
    for index, (patient, description, date, series_list) in enumerate(STUDIES):
        study = Dataset()
        study.StudyInstanceUID, study.StudyDescription, study.StudyDate = (
            generate_uid(),
            description,
            date,
        )
        files: dict[str, bytes] = {}
        for series_number, (modality, series_description, count) in enumerate(series_list, 1):
            series = Dataset()
            series.SeriesInstanceUID, series.Modality = generate_uid(), modality
            series.SeriesDescription, series.SeriesNumber = series_description, series_number
            for number in range(1, count + 1):
                name = f"{description}/{series_description}/{number:04d}.dcm"
                files[name] = make_instance(patient, study, series, number)
        if index == 0:
            target = folder / "study-1.zip"
            with zipfile.ZipFile(target, "w") as archive:
                for name, data in files.items():
                    archive.writestr(name, data)
        elif index == 1:
            target = folder / "study-2.tar.gz"
            with tarfile.open(target, "w:gz") as archive:
                for name, data in files.items():
                    info = tarfile.TarInfo(name)
                    info.size = len(data)
                    archive.addfile(info, io.BytesIO(data))
        else:
            target = folder / f"study-{index + 1}"
            for name, data in files.items():
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                (target / name).write_bytes(data)
        sources.append(target)
    return sources


async def show(orthanc: AsyncOrthanc) -> None:
    """Print the stored hierarchy, read in one request per level."""
    forest = await orthanc.forest(depth="series")
    statistics = await orthanc.api.system.get_statistics()
    print(
        f"\nOrthanc now holds {statistics.count_patients} patients, {statistics.count_studies} "
        f"studies, {statistics.count_series} series, {statistics.count_instances} instances:"
    )
    demo = [p for p in forest.patients if str(p.patient_name).startswith("DEMO^")]
    for patient in sorted(demo, key=lambda p: str(p.patient_name)):
        print(f"  {patient.patient_name}  [{patient.patient_id}]")
        for study in forest.children(patient):
            print(f"    {study.study_date}  {study.study_description}")
            for series in forest.children(study):
                count = len(series.info.instances)
                label = f"{series.modality:<4} {series.series_description}"
                print(f"      {label:<30} {count:>4} instances")
    others = len(forest.patients) - len(demo)
    print(f"  ... and {others} patients from pydicom's test files.")


async def main() -> None:
    with tempfile.TemporaryDirectory(prefix="aiorthanc-demo-") as tmp:
        sources = write_samples(Path(tmp))
        pydicom_files = Path(str(pydicom.data.get_testdata_file("CT_small.dcm"))).parent
        async with LocalOrthanc() as server:
            print(f"Local Orthanc {server.url}; importing {len(sources)} generated studies")
            print(f"and pydicom's test files ({pydicom_files}), broken ones included.\n")
            command = [sys.executable, "-m", "aiorthanc", "import", "--url", server.url]
            environment = {**os.environ, "COLUMNS": os.environ.get("COLUMNS", "100")}
            done = await anyio.run_process(
                [*command, *map(str, sources), str(pydicom_files)],
                stdout=None,
                stderr=None,
                check=False,
                env=environment,
            )
            if done.returncode not in (0, 1):  # 1: some files were refused, as expected here
                raise SystemExit(f"aiorthanc import failed with exit code {done.returncode}")
            async with server.client() as orthanc:
                await show(orthanc)


if __name__ == "__main__":
    anyio.run(main)
