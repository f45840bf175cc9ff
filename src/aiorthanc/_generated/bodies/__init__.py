# generated: do not edit, run make codegen
"""Typed JSON request bodies (generated), one module per tag of the API (`naming.BODY_MODULE_RULE`
in `codegen/`); every body is re-exported here.
"""

from aiorthanc._generated.bodies.instances import PostInstanceAnonymizeBody, PostInstanceModifyBody
from aiorthanc._generated.bodies.networking import (
    PostModalityEchoBody,
    PostModalityFindWorklistBody,
    PostModalityMoveBody,
    PostModalityQueryBody,
    PostModalityStorageCommitmentBody,
    PostModalityStoreBody,
    PostPeerStoreBody,
    PostQueryAnswerQueryInstancesBody,
    PostQueryAnswerQuerySeriesBody,
    PostQueryAnswerQueryStudiesBody,
    PostQueryAnswerRetrieveBody,
    PostQueryRetrieveBody,
    PutModalityBody,
    PutPeerBody,
)
from aiorthanc._generated.bodies.patients import (
    PostPatientAnonymizeBody,
    PostPatientArchiveBody,
    PostPatientMediaBody,
    PostPatientModifyBody,
)
from aiorthanc._generated.bodies.series import (
    PostSeriesAnonymizeBody,
    PostSeriesArchiveBody,
    PostSeriesMediaBody,
    PostSeriesModifyBody,
)
from aiorthanc._generated.bodies.studies import (
    PostStudyAnonymizeBody,
    PostStudyArchiveBody,
    PostStudyMediaBody,
    PostStudyMergeBody,
    PostStudyModifyBody,
    PostStudySplitBody,
)
from aiorthanc._generated.bodies.system import (
    PostToolsBulkAnonymizeBody,
    PostToolsBulkContentBody,
    PostToolsBulkDeleteBody,
    PostToolsBulkModifyBody,
    PostToolsCreateArchiveBody,
    PostToolsCreateDicomBody,
    PostToolsCreateMediaBody,
    PostToolsCreateMediaExtendedBody,
    PostToolsDicomEchoBody,
    PostToolsFindBody,
)

__all__ = [
    "PostInstanceAnonymizeBody",
    "PostInstanceModifyBody",
    "PostModalityEchoBody",
    "PostModalityFindWorklistBody",
    "PostModalityMoveBody",
    "PostModalityQueryBody",
    "PostModalityStorageCommitmentBody",
    "PostModalityStoreBody",
    "PostPatientAnonymizeBody",
    "PostPatientArchiveBody",
    "PostPatientMediaBody",
    "PostPatientModifyBody",
    "PostPeerStoreBody",
    "PostQueryAnswerQueryInstancesBody",
    "PostQueryAnswerQuerySeriesBody",
    "PostQueryAnswerQueryStudiesBody",
    "PostQueryAnswerRetrieveBody",
    "PostQueryRetrieveBody",
    "PostSeriesAnonymizeBody",
    "PostSeriesArchiveBody",
    "PostSeriesMediaBody",
    "PostSeriesModifyBody",
    "PostStudyAnonymizeBody",
    "PostStudyArchiveBody",
    "PostStudyMediaBody",
    "PostStudyMergeBody",
    "PostStudyModifyBody",
    "PostStudySplitBody",
    "PostToolsBulkAnonymizeBody",
    "PostToolsBulkContentBody",
    "PostToolsBulkDeleteBody",
    "PostToolsBulkModifyBody",
    "PostToolsCreateArchiveBody",
    "PostToolsCreateDicomBody",
    "PostToolsCreateMediaBody",
    "PostToolsCreateMediaExtendedBody",
    "PostToolsDicomEchoBody",
    "PostToolsFindBody",
    "PutModalityBody",
    "PutPeerBody",
]
