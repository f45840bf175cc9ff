"""aiorthanc: the async, typed Python SDK for the Orthanc DICOM server."""
