"""Modify, anonymize and jobs against a real Orthanc."""

from __future__ import annotations

import io

import pydicom
import pytest
from facade_data import make_instance, zip_of

from aiorthanc import AsyncOrthanc, Job, JobFailedError, JobInfo, JobState, Study
from aiorthanc.testing import LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]


async def _study(orthanc: AsyncOrthanc) -> Study:
    files = (make_instance(0, 0, s, i) for s in range(2) for i in range(3))
    await orthanc.request("POST", "/instances", content=zip_of(files))
    study = await orthanc.studies.first()
    assert study is not None
    return study


async def test_modify_and_anonymize_return_the_new_resource() -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            study = await _study(orthanc)
            modified = await study.modify(replace={"StudyDescription": "Renamed"})
            assert isinstance(modified, Study)
            assert modified.id != study.id
            assert modified.study_description == "Renamed"
            assert await modified.modified_from() == study.id
            anonymized = await study.anonymize(keep=["StudyDescription"])
            assert anonymized.patient_tags.patient_name != "Test^Patient0"
            assert anonymized.study_description == "Study 0"
            assert await anonymized.anonymized_from() == study.id
            assert await study.anonymized_from() is None
            instance = (await study.instances())[0]
            data = await instance.modify(replace={"PatientName": "X^Y"}, force=True)
            assert str(pydicom.dcmread(io.BytesIO(data)).PatientName) == "X^Y"
            anonymous = pydicom.dcmread(io.BytesIO(await instance.anonymize()))
            assert anonymous.PatientName != "Test^Patient0"


async def test_asynchronous_gives_a_job_to_wait_for() -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            study = await _study(orthanc)
            job = await study.anonymize(asynchronous=True, keep_source=False)
            assert isinstance(job, Job)
            seen: list[JobInfo] = []
            info = await job.wait(60, progress=seen.append, poll_interval=0.1)
            assert info.state is JobState.SUCCESS
            assert seen[-1].progress == 100
            new = await orthanc.studies.get(info.content["ID"])
            assert await new.anonymized_from() == study.id
            assert study.id not in await orthanc.studies.ids()
            assert job in [orthanc.jobs[j.id] for j in await orthanc.jobs.list()]


async def test_a_failed_job_raises_with_orthancs_error_fields() -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            study = await _study(orthanc)
            # A C-STORE to a modality nobody listens for: the job fails when it runs.
            dead = {"AET": "NOBODY", "Host": "127.0.0.1", "Port": 9}
            await orthanc.request("PUT", "/modalities/nobody", json=dead)
            body = {"Resources": [study.id], "Asynchronous": True}
            answer = await orthanc.post_json("/modalities/nobody/store", body)
            job = orthanc.jobs[answer["ID"]]
            with pytest.raises(JobFailedError) as failed:
                await job.wait(60, poll_interval=0.1)
            assert failed.value.error_code != 0
            assert failed.value.info is not None
            assert failed.value.info.state is JobState.FAILURE
            assert job.id in str(failed.value)
            await job.resubmit()
            with pytest.raises(JobFailedError):
                await job.wait(60, poll_interval=0.1)


async def test_a_modified_instance_streams_into_an_upload() -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            study = await _study(orthanc)
            instance = orthanc.instances.handle((await study.instances())[0].id)
            changes = {"replace": {"PatientName": "X^Y"}, "force": True}
            async with instance.stream_modified(**changes) as chunks:
                streamed = b"".join([chunk async for chunk in chunks])
            assert pydicom.dcmread(io.BytesIO(streamed)).PatientName == "X^Y"
            async with instance.stream_modified(
                anonymize=True, keep=["StudyDescription"]
            ) as chunks:
                stored = await orthanc.upload(chunks)
            copy = await orthanc.instances.get(stored.id)
            assert stored.id != instance.id
            assert await copy.tag("StudyDescription") == "Study 0"
            assert await copy.tag("PatientName") != "Test^Patient0"


async def test_anonymize_many_and_modify_many_keep_the_order_given() -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            files = (make_instance(0, s, 0, i) for s in range(5) for i in range(2))
            await orthanc.request("POST", "/instances", content=zip_of(files))
            studies = [s async for s in orthanc.studies.all()]
            copies = await orthanc.anonymize_many(
                studies, concurrency=3, keep=["StudyDescription"], keep_source=False
            )
            assert [c.study_description for c in copies] == [s.study_description for s in studies]
            assert [await c.anonymized_from() for c in copies] == [s.id for s in studies]
            assert set(await orthanc.studies.ids()) == {c.id for c in copies}
            renamed = await orthanc.modify_many(copies[:2], replace={"StudyDescription": "R"})
            assert [r.study_description for r in renamed] == ["R", "R"]
            assert await orthanc.anonymize_many([]) == []
            with pytest.raises(ValueError, match="concurrency"):
                await orthanc.anonymize_many(copies, concurrency=0)
            with pytest.raises(TypeError, match="Instance"):
                await orthanc.anonymize_many(await copies[0].instances())  # type: ignore[type-var]
