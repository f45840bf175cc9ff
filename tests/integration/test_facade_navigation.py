"""Resource objects and navigation against a real Orthanc, with request counts."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime

import httpx
import pytest
import pytest_asyncio
from facade_data import make_instance, make_tree, upload_sync, zip_of

from aiorthanc import AsyncOrthanc, NotFoundError
from aiorthanc._facade import (
    Instance,
    InstanceCollection,
    Patient,
    PatientCollection,
    Series,
    SeriesCollection,
    Study,
    StudyCollection,
    build_forest,
)
from aiorthanc.testing import LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]

SHAPE = (2, 2, 2, 3)  # patients x studies per patient x series per study x instances per series


@pytest.fixture(scope="module")
def server() -> Iterator[LocalOrthanc]:
    # StableAge far away: `is_stable` stays False however slow the run (LocalOrthanc says 60 s).
    with LocalOrthanc(config={"StableAge": 3600}) as server:
        upload_sync(server.url, make_tree(*SHAPE))
        yield server


class RequestLog:
    """Counts the requests a client sends, through an httpx event hook."""

    def __init__(self, client: AsyncOrthanc) -> None:
        self.requests: list[str] = []
        client.http_client.event_hooks["request"].append(self._record)

    async def _record(self, request: httpx.Request) -> None:
        self.requests.append(f"{request.method} {request.url.path}?{request.url.query.decode()}")

    def clear(self) -> None:
        self.requests.clear()

    def __len__(self) -> int:
        return len(self.requests)


@pytest_asyncio.fixture
async def orthanc(server: LocalOrthanc) -> AsyncIterator[AsyncOrthanc]:
    async with server.client() as client:
        yield client


async def test_all_pages_and_types(orthanc: AsyncOrthanc) -> None:
    log = RequestLog(orthanc)
    patients = [p async for p in orthanc.patients.all(page_size=1)]
    assert len(patients) == 2
    # The IDs, then one page: pages overlap by one, so a page holds two at least.
    assert len(log) == 2
    studies = [s async for s in orthanc.studies.all()]
    series = [s async for s in orthanc.series.all(page_size=3)]
    instances = [i async for i in orthanc.instances.all(page_size=5)]
    assert (len(studies), len(series), len(instances)) == (4, 8, 24)
    assert all(isinstance(i, Instance) for i in instances)
    assert len({i.id for i in instances}) == 24
    assert sorted(await orthanc.instances.ids()) == sorted(i.id for i in instances)


async def test_properties(orthanc: AsyncOrthanc) -> None:
    patient = await orthanc.patients.first({"PatientID": "P001"})
    assert patient is not None
    assert patient.patient_id == "P001"
    assert patient.patient_name == "Test^Patient1"
    assert patient.patient_sex == "O"
    assert patient.patient_birth_date == "19700101"
    assert isinstance(patient.last_update, datetime)
    assert patient.is_stable is False  # StableAge is an hour on this server
    assert len(patient.study_ids) == 2
    study = (await patient.studies())[0]
    assert study.parent_patient_id == patient.id
    assert study.patient_tags.patient_id == "P001"
    assert study.study_description is not None
    assert study.study_description.startswith("Study ")
    assert study.accession_number is not None
    assert study.accession_number.startswith("A1")
    series = (await study.series())[0]
    assert series.parent_study_id == study.id
    assert series.modality in ("CT", "MR")
    assert series.main_dicom_tags["Modality"] == series.modality
    instance = (await series.instances())[0]
    assert instance.parent_series_id == series.id
    assert instance.file_size is not None
    assert instance.file_size > 0
    assert instance.sop_instance_uid is not None
    assert instance.instance_number in ("1", "2", "3")


async def test_children_and_parents_cost_one_request_each(orthanc: AsyncOrthanc) -> None:
    patient = await orthanc.patients.first({"PatientID": "P000"})
    assert patient is not None
    log = RequestLog(orthanc)
    studies = await patient.studies()
    assert len(log) == 1
    assert len(studies) == 2
    log.clear()
    series = await studies[0].series()
    assert len(log) == 1
    assert len(series) == 2
    log.clear()
    instances = await series[0].instances()
    assert len(log) == 1
    assert len(instances) == 3
    log.clear()
    assert len(await patient.series()) == 4
    assert len(await patient.instances()) == 12
    assert len(await studies[0].instances()) == 6
    assert len(log) == 3

    instance = instances[0]
    log.clear()
    assert await instance.series() == series[0]
    assert await instance.study() == studies[0]
    assert await instance.patient() == patient
    assert await series[0].study() == studies[0]
    assert await series[0].patient() == patient
    assert await studies[0].patient() == patient
    assert len(log) == 6


async def test_get_refresh_equality_repr(fresh_orthanc_server: LocalOrthanc) -> None:
    # Its own server: it deletes a series, which the module's other tests count.
    upload_sync(fresh_orthanc_server.url, make_tree(1, 2, 2, 1))
    async with fresh_orthanc_server.client() as orthanc:
        await _get_refresh_equality_repr(orthanc)


async def _get_refresh_equality_repr(orthanc: AsyncOrthanc) -> None:
    studies = orthanc.studies
    study = await studies.first({"StudyDescription": "Study 1", "PatientID": "P000"})
    assert study is not None
    again = await studies.get(study.id)
    assert again == study
    assert hash(again) == hash(study)
    assert again is not study
    assert len({study, again}) == 1
    series = await study.series()
    assert series[0] != series[1]
    assert study != series[0]
    assert repr(study).startswith(f"Study(id={study.id!r}")
    assert "StudyDescription='Study 1'" in repr(study)
    assert "PatientName" not in repr(study)
    patient = await study.patient()
    assert repr(patient) == f"Patient(id={patient.id!r}, PatientID={patient.patient_id!r})"
    assert str(patient.patient_name) not in repr(patient)

    series_ids_before = study.series_ids
    deleted = series[0]
    await deleted.delete()
    assert study.series_ids == series_ids_before  # a snapshot until refreshed
    assert await study.refresh() is study
    assert set(study.series_ids) == set(series_ids_before) - {deleted.id}
    with pytest.raises(NotFoundError):
        await orthanc.series.get(deleted.id)
    with pytest.raises(NotFoundError):
        await deleted.refresh()


async def test_get_unknown_raises_not_found(orthanc: AsyncOrthanc) -> None:
    patient = await orthanc.patients.first()
    assert patient is not None
    # Unescaped, `?` and `#` would end the path here and fetch the patient itself.
    for resource_id in ("no-such-patient", f"{patient.id}?expand", f"{patient.id}#x"):
        with pytest.raises(NotFoundError):
            await orthanc.patients.get(resource_id)
    # Orthanc decodes %2F and reads `\` as `/`: such IDs would name other routes.
    for resource_id in (f"{patient.id}/studies", f"x\\..\\{patient.id}", "..", ".", ""):
        with pytest.raises(ValueError, match="not an Orthanc ID"):
            await orthanc.patients.get(resource_id)


async def test_forest_of_the_benchmark_data_one_request_per_level() -> None:
    shape = (10, 2, 5, 10)  # bench/facade_navigation.py's default: 1000 instances
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            stored = await orthanc.request("POST", "/instances", content=zip_of(make_tree(*shape)))
            assert len(stored.json()) == 1000
            log = RequestLog(orthanc)
            forest = await orthanc.forest()
            assert len(log) == 4, log.requests
            assert all("expand" in r for r in log.requests)
            assert (len(forest.patients), len(forest.studies)) == (10, 20)
            assert (len(forest.series), len(forest.instances)) == (100, 1000)
            for patient in forest.patients:
                studies = forest.children(patient)
                assert len(studies) == 2
                for study in studies:
                    assert forest.parent(study) == patient
                    assert len(forest.children(study)) == 5
                    for series in forest.children(study):
                        instances = forest.children(series)
                        assert len(instances) == 10
                        assert all(forest.parent(i) is series for i in instances)
            assert forest.parent(forest.patients[0]) is None
            assert forest.get(forest.instances[0].id) is forest.instances[0]

            # Paged: one request for the counts, then one per page (10 patients, 20 studies,
            # 100 series, 1000 instances in pages of 50), and an empty page where a level
            # ends on a full page.
            log.clear()
            paged = await orthanc.forest(page_size=50, concurrency=2)
            assert {i.id for i in paged.instances} == {i.id for i in forest.instances}
            assert len(paged.series) == 100
            assert len(paged.patients) == 10
            assert sum(r.startswith("GET /statistics") for r in log.requests) == 1
            assert len(log) == 1 + 1 + 1 + (2 + 1) + (20 + 1), log.requests

            log.clear()
            shallow = await orthanc.forest(depth="study")
            assert len(log) == 2
            assert shallow.instances == []
            assert shallow.series == []
            assert len(shallow.children(shallow.patients[0])) == 2

            # Short last pages: 11 patients, 21 studies, 101 series, 1010 instances. One
            # request for the counts, then exactly ceil(count / 50) pages per level.
            extra = (make_instance(10, 0, 0, i) for i in range(10))
            await orthanc.request("POST", "/instances", content=zip_of(extra))
            log.clear()
            uneven = await build_forest(orthanc, page_size=50, concurrency=2)
            assert len(uneven.instances) == 1010
            assert len({i.id for i in uneven.instances}) == 1010
            assert (len(uneven.patients), len(uneven.studies), len(uneven.series)) == (11, 21, 101)
            assert len(log) == 1 + 1 + 1 + 3 + 21, log.requests


async def test_types_of_navigation(orthanc: AsyncOrthanc) -> None:
    assert isinstance(orthanc.patients, PatientCollection)
    assert isinstance(orthanc.studies, StudyCollection)
    assert isinstance(orthanc.series, SeriesCollection)
    assert isinstance(orthanc.instances, InstanceCollection)
    patient = await orthanc.patients.first()
    assert isinstance(patient, Patient)
    assert all(isinstance(s, Study) for s in await patient.studies())
    assert all(isinstance(s, Series) for s in await patient.series())
