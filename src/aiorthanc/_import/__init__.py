"""Bulk import of DICOM files, folders and archives into Orthanc (see `import_dicom`)."""

from aiorthanc._constants import (
    DEFAULT_BATCH_BYTES,
    DEFAULT_BATCH_FILES,
    DEFAULT_IMPORT_CONCURRENCY,
    DEFAULT_IMPORT_RETRY_TIMEOUT,
)
from aiorthanc._dicom import orthanc_id
from aiorthanc._import._importer import DicomImporter, import_dicom
from aiorthanc._import._options import ImportOptions, ImportOptionsDict
from aiorthanc._import._report import (
    DicomImportError,
    ImportProgress,
    ImportProgressCallback,
    ImportReport,
    OutcomeStatus,
    SourceOutcome,
)

__all__ = [
    "DEFAULT_BATCH_BYTES",
    "DEFAULT_BATCH_FILES",
    "DEFAULT_IMPORT_CONCURRENCY",
    "DEFAULT_IMPORT_RETRY_TIMEOUT",
    "DicomImportError",
    "DicomImporter",
    "ImportOptions",
    "ImportOptionsDict",
    "ImportProgress",
    "ImportReport",
    "OutcomeStatus",
    "ImportProgressCallback",
    "SourceOutcome",
    "import_dicom",
    "orthanc_id",
]
