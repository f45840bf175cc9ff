# generated: do not edit, run make codegen
"""Generated from Orthanc's OpenAPI spec: models and endpoints."""
