# generated: do not edit, run make codegen
"""Pydantic models of Orthanc's JSON answers, family `system` (generated): PluginInfo,
ResourceStatistics, Statistics, SystemInfo.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from . import other


class PluginInfo(BaseModel):
    """
    A loaded plugin (GET /plugins/{id}).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str | None = Field(None, alias="Description")
    extends_orthanc_explorer: bool = Field(..., alias="ExtendsOrthancExplorer")
    id: str = Field(..., alias="ID")
    root_uri: str | None = Field(None, alias="RootUri")
    """
    Relative URI of the plugin's web page
    """
    version: str = Field(..., alias="Version")


class ResourceStatistics(BaseModel):
    """
    Counts and sizes for one resource (GET /{level}/{id}/statistics): the counts of the levels below it are present. Sizes in bytes are strings.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    count_instances: int | None = Field(None, alias="CountInstances")
    count_series: int | None = Field(None, alias="CountSeries")
    count_studies: int | None = Field(None, alias="CountStudies")
    dicom_disk_size: str | None = Field(None, alias="DicomDiskSize")
    dicom_disk_size_mb: int | None = Field(None, alias="DicomDiskSizeMB")
    dicom_uncompressed_size: str | None = Field(None, alias="DicomUncompressedSize")
    dicom_uncompressed_size_mb: int | None = Field(None, alias="DicomUncompressedSizeMB")
    disk_size: str = Field(..., alias="DiskSize")
    disk_size_mb: int = Field(..., alias="DiskSizeMB")
    uncompressed_size: str = Field(..., alias="UncompressedSize")
    uncompressed_size_mb: int = Field(..., alias="UncompressedSizeMB")


class Statistics(BaseModel):
    """
    Counts and sizes for the whole server (GET /statistics). Sizes in bytes are strings.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    count_instances: int = Field(..., alias="CountInstances")
    count_patients: int = Field(..., alias="CountPatients")
    count_series: int = Field(..., alias="CountSeries")
    count_studies: int = Field(..., alias="CountStudies")
    total_disk_size: str = Field(..., alias="TotalDiskSize")
    total_disk_size_mb: int = Field(..., alias="TotalDiskSizeMB")
    total_uncompressed_size: str = Field(..., alias="TotalUncompressedSize")
    total_uncompressed_size_mb: int = Field(..., alias="TotalUncompressedSizeMB")


class SystemInfo(BaseModel):
    """
    Information about the Orthanc server (GET /system).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    api_version: int = Field(..., alias="ApiVersion")
    capabilities: other.SystemCapabilities | None = Field(None, alias="Capabilities")
    check_revisions: bool | None = Field(None, alias="CheckRevisions")
    database_backend_plugin: str | None = Field(None, alias="DatabaseBackendPlugin")
    database_server_identifier: str | None = Field(None, alias="DatabaseServerIdentifier")
    """
    Orthanc 1.12+.
    """
    database_version: int = Field(..., alias="DatabaseVersion")
    default_retrieve_method: str | None = Field(None, alias="DefaultRetrieveMethod")
    """
    C-MOVE or C-GET (Orthanc 1.12.6 to 1.12.x).
    """
    dicom_aet: str = Field(..., alias="DicomAet")
    dicom_default_retrieve_method: str | None = Field(None, alias="DicomDefaultRetrieveMethod")
    """
    C-MOVE or C-GET (Orthanc 1.13+).
    """
    dicom_port: int = Field(..., alias="DicomPort")
    has_labels: bool | None = Field(None, alias="HasLabels")
    """
    Orthanc 1.12+.
    """
    http_port: int = Field(..., alias="HttpPort")
    ingest_transcoding: str | None = Field(None, alias="IngestTranscoding")
    """
    Orthanc 1.12+.
    """
    is_http_server_secure: bool | None = Field(None, alias="IsHttpServerSecure")
    main_dicom_tags: dict[str, str] | None = Field(None, alias="MainDicomTags")
    """
    The main tags of each level, "gggg,eeee" separated by ";" (Orthanc 1.12+).
    """
    maximum_patient_count: int | None = Field(None, alias="MaximumPatientCount")
    """
    Orthanc 1.11+.
    """
    maximum_storage_mode: str | None = Field(None, alias="MaximumStorageMode")
    """
    Orthanc 1.11+.
    """
    maximum_storage_size: int | None = Field(None, alias="MaximumStorageSize")
    """
    Orthanc 1.11+.
    """
    name: str = Field(..., alias="Name")
    overwrite_instances: bool | None = Field(None, alias="OverwriteInstances")
    """
    Orthanc 1.11+.
    """
    overwrite_instances_mode: str | None = Field(None, alias="OverwriteInstancesMode")
    """
    Orthanc 1.13+.
    """
    patient_level_enabled: bool | None = Field(None, alias="PatientLevelEnabled")
    """
    Orthanc 1.13+.
    """
    performance: dict[str, int] | None = Field(None, alias="Performance")
    """
    Thread counts and cache sizes (Orthanc 1.13+).
    """
    plugins_enabled: bool = Field(..., alias="PluginsEnabled")
    read_only: bool | None = Field(None, alias="ReadOnly")
    """
    Orthanc 1.12.5+.
    """
    storage_area_plugin: str | None = Field(None, alias="StorageAreaPlugin")
    storage_compression: bool | None = Field(None, alias="StorageCompression")
    """
    Orthanc 1.12+.
    """
    store_md5_for_attachments: bool | None = Field(None, alias="StoreMD5ForAttachments")
    """
    Orthanc 1.13+.
    """
    third_party_patches: list[str] | None = Field(None, alias="ThirdPartyPatches")
    """
    Orthanc 1.13+.
    """
    third_party_versions: dict[str, str] | None = Field(None, alias="ThirdPartyVersions")
    """
    Versions of the libraries (Orthanc 1.13+).
    """
    user_metadata: dict[str, int] | None = Field(None, alias="UserMetadata")
    """
    Orthanc 1.11+.
    """
    version: str = Field(..., alias="Version")
