"""Regenerate ``spec/orthanc-openapi.json`` from the installed Orthanc, offline and complete.

``Orthanc --openapi`` downloads a sample answer for each GET route from Orthanc's public
demo server and drops the routes whose sample fails. This package answers those downloads
from a throwaway local Orthanc through a local HTTPS proxy, gives an example to the GET
routes Orthanc has no sample for, and writes a deterministic document. Run it with
``python -m codegen.specgen`` from the repository root.
"""
