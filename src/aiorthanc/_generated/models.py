# generated: do not edit, run make codegen
"""Pydantic models of Orthanc's JSON answers and request bodies (generated)."""

from __future__ import annotations

from typing import Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field
from typing_extensions import TypeAliasType


class AttachmentInfo(BaseModel):
    """
    Information about an attachment (GET /{level}/{id}/attachments/{name}/info).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    compressed_md5: str | None = Field(None, alias="CompressedMD5")
    compressed_size: int = Field(..., alias="CompressedSize")
    content_type: int = Field(..., alias="ContentType")
    uncompressed_md5: str | None = Field(None, alias="UncompressedMD5")
    uncompressed_size: int = Field(..., alias="UncompressedSize")
    uuid: str = Field(..., alias="Uuid")


class Change(BaseModel):
    """
    One entry of Orthanc's change log.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    change_type: str = Field(..., alias="ChangeType")
    """
    e.g. NewInstance, StableStudy, Deleted.
    """
    date: str = Field(..., alias="Date")
    id: str = Field(..., alias="ID")
    path: str = Field(..., alias="Path")
    resource_type: str = Field(..., alias="ResourceType")
    seq: int = Field(..., alias="Seq")


class ChangesPage(BaseModel):
    """
    A page of the change log (GET /changes).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    changes: list[Change] = Field(..., alias="Changes")
    done: bool = Field(..., alias="Done")
    """
    No more changes after this page.
    """
    last: int = Field(..., alias="Last")
    """
    Sequence number to pass as `since` for the next page.
    """


class ExportedResource(BaseModel):
    """
    One entry of the log of exported resources (`LogExportedResources`); the UIDs of the levels at and above the resource's are present.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    date: str = Field(..., alias="Date")
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the resource.
    """
    path: str = Field(..., alias="Path")
    patient_id: str = Field(..., alias="PatientID")
    remote_modality: str = Field(..., alias="RemoteModality")
    """
    Name of the modality or peer it was sent to.
    """
    resource_type: str = Field(..., alias="ResourceType")
    """
    Patient, Study, Series or Instance.
    """
    sop_instance_uid: str | None = Field(None, alias="SOPInstanceUID")
    seq: int = Field(..., alias="Seq")
    series_instance_uid: str | None = Field(None, alias="SeriesInstanceUID")
    study_instance_uid: str | None = Field(None, alias="StudyInstanceUID")


class ExportsPage(BaseModel):
    """
    A page of the log of exported resources (GET /exports).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    done: bool = Field(..., alias="Done")
    """
    No more entries after this page.
    """
    exports: list[ExportedResource] = Field(..., alias="Exports")
    last: int = Field(..., alias="Last")
    """
    Sequence number to pass as `since` for the next page.
    """


class InstanceMainDicomTags(BaseModel):
    """
    The main DICOM tags of an instance, by DICOM keyword.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    acquisition_number: str | None = Field(None, alias="AcquisitionNumber")
    image_comments: str | None = Field(None, alias="ImageComments")
    image_index: str | None = Field(None, alias="ImageIndex")
    image_orientation_patient: str | None = Field(None, alias="ImageOrientationPatient")
    image_position_patient: str | None = Field(None, alias="ImagePositionPatient")
    instance_creation_date: str | None = Field(None, alias="InstanceCreationDate")
    instance_creation_time: str | None = Field(None, alias="InstanceCreationTime")
    instance_number: str | None = Field(None, alias="InstanceNumber")
    number_of_frames: str | None = Field(None, alias="NumberOfFrames")
    sop_instance_uid: str | None = Field(None, alias="SOPInstanceUID")
    temporal_position_identifier: str | None = Field(None, alias="TemporalPositionIdentifier")


class JobInfo(BaseModel):
    """
    A job (GET /jobs/{id}).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    completion_time: str | None = Field(None, alias="CompletionTime")
    content: dict[str, Any] = Field(..., alias="Content")
    """
    Job-specific content.
    """
    creation_time: str = Field(..., alias="CreationTime")
    effective_runtime: float = Field(..., alias="EffectiveRuntime")
    error_code: int = Field(..., alias="ErrorCode")
    error_description: str = Field(..., alias="ErrorDescription")
    error_details: str | None = Field(None, alias="ErrorDetails")
    estimated_time_of_arrival: str | None = Field(None, alias="EstimatedTimeOfArrival")
    id: str = Field(..., alias="ID")
    priority: int = Field(..., alias="Priority")
    progress: int = Field(..., alias="Progress")
    state: str = Field(..., alias="State")
    """
    Pending, Running, Success, Failure, Paused or Retry.
    """
    timestamp: str = Field(..., alias="Timestamp")
    type: str = Field(..., alias="Type")


class JobSubmitted(BaseModel):
    """
    The answer to a request run as a job (`Asynchronous` set to true): the job under /jobs.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., alias="ID")
    """
    Identifier of the job.
    """
    path: str = Field(..., alias="Path")


class MergeResult(BaseModel):
    """
    The result of a synchronous merge into a study. With `Asynchronous` true the answer is a JobSubmitted instead.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str = Field(..., alias="Description")
    failed_instances_count: int = Field(..., alias="FailedInstancesCount")
    instances_count: int = Field(..., alias="InstancesCount")
    target_study: str = Field(..., alias="TargetStudy")
    """
    Orthanc identifier of the study merged into.
    """


class Modality(BaseModel):
    """
    A DICOM modality known to Orthanc.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    aet: str = Field(..., alias="AET")
    allow_echo: bool | None = Field(None, alias="AllowEcho")
    allow_event_report: bool | None = Field(None, alias="AllowEventReport")
    allow_find: bool | None = Field(None, alias="AllowFind")
    allow_find_worklist: bool | None = Field(None, alias="AllowFindWorklist")
    allow_get: bool | None = Field(None, alias="AllowGet")
    allow_move: bool | None = Field(None, alias="AllowMove")
    allow_n_action: bool | None = Field(None, alias="AllowNAction")
    allow_store: bool | None = Field(None, alias="AllowStore")
    allow_transcoding: bool | None = Field(None, alias="AllowTranscoding")
    host: str = Field(..., alias="Host")
    local_aet: str | None = Field(None, alias="LocalAet")
    manufacturer: str | None = Field(None, alias="Manufacturer")
    port: int = Field(..., alias="Port")
    timeout: int | None = Field(None, alias="Timeout")
    use_dicom_tls: bool | None = Field(None, alias="UseDicomTls")


class ModalityStoreResult(BaseModel):
    """
    The result of a synchronous C-STORE to a modality. With `Asynchronous` true (or `Synchronous` false) the answer is a JobSubmitted instead.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str = Field(..., alias="Description")
    failed_instances_count: int = Field(..., alias="FailedInstancesCount")
    instances_count: int = Field(..., alias="InstancesCount")
    local_aet: str = Field(..., alias="LocalAet")
    parent_resources: list[str] = Field(..., alias="ParentResources")
    """
    Orthanc identifiers of the resources sent.
    """
    remote_aet: str = Field(..., alias="RemoteAet")


class ModificationResult(BaseModel):
    """
    The result of a synchronous modification or anonymization (patient, study or series): the new resource. With `Asynchronous` true the answer is a JobSubmitted instead.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str = Field(..., alias="Description")
    failed_instances_count: int = Field(..., alias="FailedInstancesCount")
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the new resource.
    """
    instances_count: int = Field(..., alias="InstancesCount")
    is_anonymization: bool = Field(..., alias="IsAnonymization")
    path: str = Field(..., alias="Path")
    patient_id: str = Field(..., alias="PatientID")
    """
    Orthanc identifier of the patient of the new resource.
    """
    type: str = Field(..., alias="Type")
    """
    Patient, Study or Series.
    """


class OrderedSlices(BaseModel):
    """
    The frames of a series in 3D order (GET /series/{id}/ordered-slices).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    dicom: list[str] = Field(..., alias="Dicom")
    """
    Paths of the DICOM files
    """
    slices: list[str] = Field(..., alias="Slices")
    """
    Paths of the frames
    """
    slices_short: list[list[str | int]] = Field(..., alias="SlicesShort")
    """
    [instance ID, first frame, number of frames] for each instance, in order.
    """
    type: str = Field(..., alias="Type")
    """
    Volume (sorted by 3D position) or Sequence (by index).
    """


class PatientMainDicomTags(BaseModel):
    """
    The main DICOM tags of a patient, by DICOM keyword.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    other_patient_i_ds: str | None = Field(None, alias="OtherPatientIDs")
    patient_birth_date: str | None = Field(None, alias="PatientBirthDate")
    patient_id: str | None = Field(None, alias="PatientID")
    patient_name: str | None = Field(None, alias="PatientName")
    patient_sex: str | None = Field(None, alias="PatientSex")


class Peer(BaseModel):
    """
    An Orthanc peer (the password is never reported).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    certificate_file: str | None = Field(None, alias="CertificateFile")
    certificate_key_file: str | None = Field(None, alias="CertificateKeyFile")
    http_headers: list[str] | None = Field(None, alias="HttpHeaders")
    """
    Names of the extra HTTP headers.
    """
    password: str | None = Field(None, alias="Password")
    """
    Always null in answers.
    """
    pkcs11: bool | None = Field(None, alias="Pkcs11")
    timeout: int | None = Field(None, alias="Timeout")
    url: str = Field(..., alias="Url")
    username: str | None = Field(None, alias="Username")


class PeerStoreResult(BaseModel):
    """
    The result of a synchronous transfer to an Orthanc peer. With `Asynchronous` true (or `Synchronous` false) the answer is a JobSubmitted instead.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    compress: bool = Field(..., alias="Compress")
    description: str = Field(..., alias="Description")
    failed_instances_count: int = Field(..., alias="FailedInstancesCount")
    instances_count: int = Field(..., alias="InstancesCount")
    parent_resources: list[str] = Field(..., alias="ParentResources")
    """
    Orthanc identifiers of the resources sent.
    """
    peer: list[str] = Field(..., alias="Peer")
    """
    URL of the peer.
    """
    size: str = Field(..., alias="Size")
    """
    Bytes sent
    """
    size_mb: int = Field(..., alias="SizeMB")


class PluginInfo(BaseModel):
    """
    A loaded plugin (GET /plugins/{id}).
    """

    model_config = ConfigDict(
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


class QueryCreated(BaseModel):
    """
    A C-FIND query run against a modality; its answers are under Path (/queries/{id}).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., alias="ID")
    """
    Identifier of the query.
    """
    path: str = Field(..., alias="Path")


class ResourceReference(BaseModel):
    """
    A resource found by its DICOM UID (POST /tools/lookup).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., alias="ID")
    path: str = Field(..., alias="Path")
    type: str = Field(..., alias="Type")
    """
    Patient, Study, Series or Instance.
    """


class ResourceStatistics(BaseModel):
    """
    Counts and sizes for one resource (GET /{level}/{id}/statistics): the counts of the levels below it are present. Sizes in bytes are strings.
    """

    model_config = ConfigDict(
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


class SeriesMainDicomTags(BaseModel):
    """
    The main DICOM tags of a series, by DICOM keyword.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    acquisition_device_processing_description: str | None = Field(
        None, alias="AcquisitionDeviceProcessingDescription"
    )
    body_part_examined: str | None = Field(None, alias="BodyPartExamined")
    cardiac_number_of_images: str | None = Field(None, alias="CardiacNumberOfImages")
    contrast_bolus_agent: str | None = Field(None, alias="ContrastBolusAgent")
    image_orientation_patient: str | None = Field(None, alias="ImageOrientationPatient")
    images_in_acquisition: str | None = Field(None, alias="ImagesInAcquisition")
    manufacturer: str | None = Field(None, alias="Manufacturer")
    modality: str | None = Field(None, alias="Modality")
    number_of_slices: str | None = Field(None, alias="NumberOfSlices")
    number_of_temporal_positions: str | None = Field(None, alias="NumberOfTemporalPositions")
    number_of_time_slices: str | None = Field(None, alias="NumberOfTimeSlices")
    operators_name: str | None = Field(None, alias="OperatorsName")
    performed_procedure_step_description: str | None = Field(
        None, alias="PerformedProcedureStepDescription"
    )
    protocol_name: str | None = Field(None, alias="ProtocolName")
    sequence_name: str | None = Field(None, alias="SequenceName")
    series_date: str | None = Field(None, alias="SeriesDate")
    series_description: str | None = Field(None, alias="SeriesDescription")
    series_instance_uid: str | None = Field(None, alias="SeriesInstanceUID")
    series_number: str | None = Field(None, alias="SeriesNumber")
    series_time: str | None = Field(None, alias="SeriesTime")
    series_type: str | None = Field(None, alias="SeriesType")
    station_name: str | None = Field(None, alias="StationName")


ShortMainDicomTags = TypeAliasType("ShortMainDicomTags", dict[str, str])
"""
Main DICOM tags in short format: "gggg,eeee" (lower-case hexadecimal) -> value.
"""


class SplitResult(BaseModel):
    """
    The result of a synchronous split of a study: the new study. With `Asynchronous` true the answer is a JobSubmitted instead.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str = Field(..., alias="Description")
    failed_instances_count: int = Field(..., alias="FailedInstancesCount")
    instances_count: int = Field(..., alias="InstancesCount")
    target_study: str = Field(..., alias="TargetStudy")
    """
    Orthanc identifier of the new study.
    """
    target_study_uid: str = Field(..., alias="TargetStudyUID")
    """
    StudyInstanceUID of the new study.
    """


class Statistics(BaseModel):
    """
    Counts and sizes for the whole server (GET /statistics). Sizes in bytes are strings.
    """

    model_config = ConfigDict(
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


class StorageCommitmentCreated(BaseModel):
    """
    A storage commitment request sent to a modality; its report is under Path (/storage-commitment/{id}). The answer is the same with `Asynchronous` true.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., alias="ID")
    """
    Transaction UID of the storage commitment.
    """
    path: str = Field(..., alias="Path")


class StorageCommitmentFailure(BaseModel):
    """
    An instance that the remote modality did not commit to store.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failure_reason: int = Field(..., alias="FailureReason")
    """
    DICOM Failure Reason (0008
    """
    sop_class_uid: str = Field(..., alias="SOPClassUID")
    sop_instance_uid: str = Field(..., alias="SOPInstanceUID")


class StorageCommitmentInstance(BaseModel):
    """
    An instance of a storage commitment report.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    sop_class_uid: str = Field(..., alias="SOPClassUID")
    sop_instance_uid: str = Field(..., alias="SOPInstanceUID")


class StorageCommitmentReport(BaseModel):
    """
    The state of a storage commitment request (GET /storage-commitment/{id}).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failures: list[StorageCommitmentFailure] | None = Field(None, alias="Failures")
    remote_aet: str = Field(..., alias="RemoteAET")
    status: str = Field(..., alias="Status")
    """
    Pending, Success or Failure.
    """
    success: list[StorageCommitmentInstance] | None = Field(None, alias="Success")


class StudyInfoShort(BaseModel):
    """
    A study with its main DICOM tags in short format ("gggg,eeee" -> value): `short=True`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the study.
    """
    is_stable: bool = Field(..., alias="IsStable")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    main_dicom_tags: ShortMainDicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_patient: str = Field(..., alias="ParentPatient")
    """
    Orthanc identifier of the patient.
    """
    patient_main_dicom_tags: ShortMainDicomTags = Field(..., alias="PatientMainDicomTags")
    series: list[str] = Field(..., alias="Series")
    """
    Orthanc identifiers of the series.
    """
    type: Literal["Study"] = Field(..., alias="Type")


class StudyMainDicomTags(BaseModel):
    """
    The main DICOM tags of a study, by DICOM keyword.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    accession_number: str | None = Field(None, alias="AccessionNumber")
    institution_name: str | None = Field(None, alias="InstitutionName")
    referring_physician_name: str | None = Field(None, alias="ReferringPhysicianName")
    requested_procedure_description: str | None = Field(None, alias="RequestedProcedureDescription")
    requesting_physician: str | None = Field(None, alias="RequestingPhysician")
    study_date: str | None = Field(None, alias="StudyDate")
    study_description: str | None = Field(None, alias="StudyDescription")
    study_id: str | None = Field(None, alias="StudyID")
    study_instance_uid: str | None = Field(None, alias="StudyInstanceUID")
    study_time: str | None = Field(None, alias="StudyTime")
    timezone_offset_from_utc: str | None = Field(None, alias="TimezoneOffsetFromUTC")


class SystemInfo(BaseModel):
    """
    Information about the Orthanc server (GET /system).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    api_version: int = Field(..., alias="ApiVersion")
    check_revisions: bool | None = Field(None, alias="CheckRevisions")
    database_backend_plugin: str | None = Field(None, alias="DatabaseBackendPlugin")
    database_version: int = Field(..., alias="DatabaseVersion")
    dicom_aet: str = Field(..., alias="DicomAet")
    dicom_port: int = Field(..., alias="DicomPort")
    has_labels: bool | None = Field(None, alias="HasLabels")
    """
    Orthanc 1.12+.
    """
    http_port: int = Field(..., alias="HttpPort")
    is_http_server_secure: bool | None = Field(None, alias="IsHttpServerSecure")
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
    plugins_enabled: bool = Field(..., alias="PluginsEnabled")
    read_only: bool | None = Field(None, alias="ReadOnly")
    """
    Orthanc 1.12.5+.
    """
    storage_area_plugin: str | None = Field(None, alias="StorageAreaPlugin")
    user_metadata: dict[str, int] | None = Field(None, alias="UserMetadata")
    """
    Orthanc 1.11+.
    """
    version: str = Field(..., alias="Version")


UploadStatus = TypeAliasType(
    "UploadStatus", Literal["Success", "AlreadyStored", "Failure", "FilteredOut"]
)
"""
What Orthanc did with an uploaded instance: stored it (Success), already had it (AlreadyStored, nothing changed), was refused by a filter of the server (FilteredOut), or failed.
"""


class BulkModificationResult(BaseModel):
    """
    The result of a synchronous bulk modification or anonymization: every resource created, at each level. With `Asynchronous` true the answer is a JobSubmitted instead.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str = Field(..., alias="Description")
    failed_instances_count: int = Field(..., alias="FailedInstancesCount")
    instances_count: int = Field(..., alias="InstancesCount")
    is_anonymization: bool = Field(..., alias="IsAnonymization")
    resources: list[ResourceReference] = Field(..., alias="Resources")


class DeletionResult(BaseModel):
    """
    The answer to the deletion of a patient, study, series or instance.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    remaining_ancestor: ResourceReference | None = Field(..., alias="RemainingAncestor")
    """
    The closest parent that still exists (it has other children), or None.
    """


class InstanceInfo(BaseModel):
    """
    An instance as Orthanc describes it (GET /instances/{id}).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    file_size: int = Field(..., alias="FileSize")
    """
    Size of the DICOM file in bytes.
    """
    file_uuid: str = Field(..., alias="FileUuid")
    """
    Identifier of the DICOM file in the storage area.
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the instance.
    """
    index_in_series: int | None = Field(None, alias="IndexInSeries")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    main_dicom_tags: InstanceMainDicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_series: str = Field(..., alias="ParentSeries")
    """
    Orthanc identifier of the series.
    """
    type: Literal["Instance"] = Field(..., alias="Type")


class InstanceInfoShort(BaseModel):
    """
    An instance with its main DICOM tags in short format ("gggg,eeee" -> value): `short=True`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    file_size: int = Field(..., alias="FileSize")
    """
    Size of the DICOM file in bytes.
    """
    file_uuid: str = Field(..., alias="FileUuid")
    """
    Identifier of the DICOM file in the storage area.
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the instance.
    """
    index_in_series: int | None = Field(None, alias="IndexInSeries")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    main_dicom_tags: ShortMainDicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_series: str = Field(..., alias="ParentSeries")
    """
    Orthanc identifier of the series.
    """
    type: Literal["Instance"] = Field(..., alias="Type")


class PatientInfo(BaseModel):
    """
    A patient as Orthanc describes it (GET /patients/{id}).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the patient.
    """
    is_stable: bool = Field(..., alias="IsStable")
    """
    No new instance was received for StableAge seconds.
    """
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    """
    Time of the last change (YYYYMMDDTHHMMSS).
    """
    main_dicom_tags: PatientMainDicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    studies: list[str] = Field(..., alias="Studies")
    """
    Orthanc identifiers of the studies.
    """
    type: Literal["Patient"] = Field(..., alias="Type")


class PatientInfoShort(BaseModel):
    """
    A patient with its main DICOM tags in short format ("gggg,eeee" -> value): `short=True`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the patient.
    """
    is_stable: bool = Field(..., alias="IsStable")
    """
    No new instance was received for StableAge seconds.
    """
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    """
    Time of the last change (YYYYMMDDTHHMMSS).
    """
    main_dicom_tags: ShortMainDicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    studies: list[str] = Field(..., alias="Studies")
    """
    Orthanc identifiers of the studies.
    """
    type: Literal["Patient"] = Field(..., alias="Type")


class SeriesInfo(BaseModel):
    """
    A series as Orthanc describes it (GET /series/{id}).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    expected_number_of_instances: int | None = Field(None, alias="ExpectedNumberOfInstances")
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the series.
    """
    instances: list[str] = Field(..., alias="Instances")
    """
    Orthanc identifiers of the instances.
    """
    is_stable: bool = Field(..., alias="IsStable")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    main_dicom_tags: SeriesMainDicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_study: str = Field(..., alias="ParentStudy")
    """
    Orthanc identifier of the study.
    """
    status: str = Field(..., alias="Status")
    """
    Completeness of the series: Unknown, Missing, Inconsistent or Complete.
    """
    type: Literal["Series"] = Field(..., alias="Type")


class SeriesInfoShort(BaseModel):
    """
    A series with its main DICOM tags in short format ("gggg,eeee" -> value): `short=True`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    expected_number_of_instances: int | None = Field(None, alias="ExpectedNumberOfInstances")
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the series.
    """
    instances: list[str] = Field(..., alias="Instances")
    """
    Orthanc identifiers of the instances.
    """
    is_stable: bool = Field(..., alias="IsStable")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    main_dicom_tags: ShortMainDicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_study: str = Field(..., alias="ParentStudy")
    """
    Orthanc identifier of the study.
    """
    status: str = Field(..., alias="Status")
    """
    Completeness of the series: Unknown, Missing, Inconsistent or Complete.
    """
    type: Literal["Series"] = Field(..., alias="Type")


class StudyInfo(BaseModel):
    """
    A study as Orthanc describes it (GET /studies/{id}).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the study.
    """
    is_stable: bool = Field(..., alias="IsStable")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    main_dicom_tags: StudyMainDicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_patient: str = Field(..., alias="ParentPatient")
    """
    Orthanc identifier of the patient.
    """
    patient_main_dicom_tags: PatientMainDicomTags = Field(..., alias="PatientMainDicomTags")
    series: list[str] = Field(..., alias="Series")
    """
    Orthanc identifiers of the series.
    """
    type: Literal["Study"] = Field(..., alias="Type")


class UploadResult(BaseModel):
    """
    The result of storing one DICOM file (POST /instances).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the instance.
    """
    parent_patient: str | None = Field(None, alias="ParentPatient")
    parent_series: str | None = Field(None, alias="ParentSeries")
    parent_study: str | None = Field(None, alias="ParentStudy")
    path: str = Field(..., alias="Path")
    status: UploadStatus = Field(..., alias="Status")


class DicomTag(BaseModel):
    """
    One DICOM tag in Orthanc's full format: its keyword, the kind of value, and the value (a string, a list of items for a sequence, None for Null and TooLong values).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str = Field(..., alias="Name")
    """
    DICOM keyword, e.g. PatientName.
    """
    type: Literal["String", "Sequence", "Null", "TooLong", "Binary"] = Field(..., alias="Type")
    value: list[DicomTags] | str | None = Field(None, alias="Value")
    """
    The value; for a sequence, one tag dictionary per item.
    """


DicomTags = TypeAliasType("DicomTags", dict[str, DicomTag])
"""
DICOM tags in full format: "gggg,eeee" (lower-case hexadecimal) -> DicomTag.
"""


FoundResource = TypeAliasType(
    "FoundResource",
    Union[
        str,
        PatientInfoShort,
        StudyInfoShort,
        SeriesInfoShort,
        InstanceInfoShort,
        "PatientInfoFull",
        "StudyInfoFull",
        "SeriesInfoFull",
        "InstanceInfoFull",
        PatientInfo,
        StudyInfo,
        SeriesInfo,
        InstanceInfo,
    ],
)
"""
An item of a /tools/find answer: an Orthanc identifier, or the resource (Expand) in the tag format of Short / Full.
"""


class InstanceInfoFull(BaseModel):
    """
    An instance with its main DICOM tags in full format ("gggg,eeee" -> name, type, value): `full=True`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    file_size: int = Field(..., alias="FileSize")
    """
    Size of the DICOM file in bytes.
    """
    file_uuid: str = Field(..., alias="FileUuid")
    """
    Identifier of the DICOM file in the storage area.
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the instance.
    """
    index_in_series: int | None = Field(None, alias="IndexInSeries")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    main_dicom_tags: DicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_series: str = Field(..., alias="ParentSeries")
    """
    Orthanc identifier of the series.
    """
    type: Literal["Instance"] = Field(..., alias="Type")


class PatientInfoFull(BaseModel):
    """
    A patient with its main DICOM tags in full format ("gggg,eeee" -> name, type, value): `full=True`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the patient.
    """
    is_stable: bool = Field(..., alias="IsStable")
    """
    No new instance was received for StableAge seconds.
    """
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    """
    Time of the last change (YYYYMMDDTHHMMSS).
    """
    main_dicom_tags: DicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    studies: list[str] = Field(..., alias="Studies")
    """
    Orthanc identifiers of the studies.
    """
    type: Literal["Patient"] = Field(..., alias="Type")


class RetrieveResult(BaseModel):
    """
    The result of a synchronous retrieve (C-MOVE) of query answers: the C-MOVE requests sent, in short tag format. With `Asynchronous` true the answer is a JobSubmitted instead.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str = Field(..., alias="Description")
    local_aet: str = Field(..., alias="LocalAet")
    query: list[ShortTags] = Field(..., alias="Query")
    remote_aet: str = Field(..., alias="RemoteAet")


class SeriesInfoFull(BaseModel):
    """
    A series with its main DICOM tags in full format ("gggg,eeee" -> name, type, value): `full=True`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    expected_number_of_instances: int | None = Field(None, alias="ExpectedNumberOfInstances")
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the series.
    """
    instances: list[str] = Field(..., alias="Instances")
    """
    Orthanc identifiers of the instances.
    """
    is_stable: bool = Field(..., alias="IsStable")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    main_dicom_tags: DicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_study: str = Field(..., alias="ParentStudy")
    """
    Orthanc identifier of the study.
    """
    status: str = Field(..., alias="Status")
    """
    Completeness of the series: Unknown, Missing, Inconsistent or Complete.
    """
    type: Literal["Series"] = Field(..., alias="Type")


ShortTagValue = TypeAliasType("ShortTagValue", Union["list[ShortTags]", str] | None)
"""
A tag value in short format; a sequence is a list of tag dictionaries.
"""


ShortTags = TypeAliasType("ShortTags", dict[str, ShortTagValue])
"""
DICOM tags in short format: "gggg,eeee" -> value.
"""


SimplifiedTagValue = TypeAliasType("SimplifiedTagValue", Union["list[SimplifiedTags]", str] | None)
"""
A tag value in simplified format; a sequence is a list of tag dictionaries.
"""


SimplifiedTags = TypeAliasType("SimplifiedTags", dict[str, SimplifiedTagValue])
"""
DICOM tags in simplified format: keyword (e.g. "PatientName") -> value.
"""


class StudyInfoFull(BaseModel):
    """
    A study with its main DICOM tags in full format ("gggg,eeee" -> name, type, value): `full=True`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the study.
    """
    is_stable: bool = Field(..., alias="IsStable")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    main_dicom_tags: DicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_patient: str = Field(..., alias="ParentPatient")
    """
    Orthanc identifier of the patient.
    """
    patient_main_dicom_tags: DicomTags = Field(..., alias="PatientMainDicomTags")
    series: list[str] = Field(..., alias="Series")
    """
    Orthanc identifiers of the series.
    """
    type: Literal["Study"] = Field(..., alias="Type")


DicomTag.model_rebuild()
RetrieveResult.model_rebuild()
