"""`ChangeType` and `JobState`: typed, and open to values a newer Orthanc adds."""

from __future__ import annotations

from aiorthanc import Change, ChangeType, JobInfo, JobState
from aiorthanc._facade._charset import decode_text

CHANGE = {"ChangeType": "StableStudy", "Date": "20240101T000000", "ID": "x", "Path": "/studies/x"}


def test_change_type_is_typed() -> None:
    change = Change.model_validate({**CHANGE, "ResourceType": "Study", "Seq": 3})
    assert change.change_type is ChangeType.STABLE_STUDY
    assert change.change_type == "StableStudy"


def test_unknown_values_parse() -> None:
    change = Change.model_validate(
        {**CHANGE, "ChangeType": "SomethingNew", "ResourceType": "Study", "Seq": 3}
    )
    assert change.change_type.value == "SomethingNew"
    assert str(change.change_type) == "SomethingNew"
    assert JobState("Exploded").name == "EXPLODED"


def test_job_state() -> None:
    job = {
        "Content": {}, "CreationTime": "", "EffectiveRuntime": 0.0, "ErrorCode": 0,
        "ErrorDescription": "Success", "ID": "j", "Priority": 0, "Progress": 100,
        "State": "Success", "Timestamp": "", "Type": "Archive",
    }  # fmt: skip
    info = JobInfo.model_validate(job)
    assert info.state is JobState.SUCCESS
    assert info.state.is_final
    assert not JobState.PAUSED.is_final


def test_decode_text() -> None:
    assert decode_text("MÜLLER".encode("latin-1"), "ISO_IR 100") == "MÜLLER"
    assert decode_text("Ωμέγα".encode("iso8859_7"), "ISO_IR 126") == "Ωμέγα"
    assert decode_text("MÜLLER".encode(), "ISO_IR 192") == "MÜLLER"
    assert decode_text("MÜLLER".encode(), "UNKNOWN") == "MÜLLER"
    assert decode_text("山田".encode("iso2022_jp"), "\\ISO 2022 IR 87") == "山田"
