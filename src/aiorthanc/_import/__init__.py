"""Bulk import of DICOM files, folders and archives into Orthanc (see `import_dicom`)."""

from aiorthanc._constants import (
    DEFAULT_BATCH_BYTES,
    DEFAULT_BATCH_FILES,
    DEFAULT_IMPORT_CONCURRENCY,
    DEFAULT_IMPORT_RETRY_TIMEOUT,
)
from aiorthanc._import._dicom import orthanc_id
from aiorthanc._import._engine import (
    DicomImporter,
    DicomImportError,
    ImportProgressCallback,
    import_dicom,
)
from aiorthanc._import._report import ImportProgress, ImportReport, OutcomeStatus, SourceOutcome

__all__ = [
    "DEFAULT_BATCH_BYTES",
    "DEFAULT_BATCH_FILES",
    "DEFAULT_IMPORT_CONCURRENCY",
    "DEFAULT_IMPORT_RETRY_TIMEOUT",
    "DicomImportError",
    "DicomImporter",
    "ImportProgress",
    "ImportReport",
    "OutcomeStatus",
    "ImportProgressCallback",
    "SourceOutcome",
    "import_dicom",
    "orthanc_id",
]
