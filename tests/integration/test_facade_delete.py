"""Deleting by ID, in bulk, and what `delete()` answers, against a real Orthanc."""

from __future__ import annotations

import pytest
from facade_data import make_instance, zip_of

from aiorthanc.testing import LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]


async def test_delete_answers_the_remaining_ancestor_and_bulk_deletes_by_id() -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            files = (make_instance(0, st, se, 0) for st in range(4) for se in range(2))
            await orthanc.request("POST", "/instances", content=zip_of(files))
            series = await orthanc.series.first()
            assert series is not None
            answer = await series.delete()
            assert answer.remaining_ancestor is not None
            assert answer.remaining_ancestor.id == series.parent_study_id
            study_ids = await orthanc.studies.ids()
            await orthanc.studies.delete(study_ids[0])  # by ID, no GET
            await orthanc.studies.delete([study_ids[1], await orthanc.studies.get(study_ids[2])])
            assert await orthanc.studies.ids() == [study_ids[3]]
            last = await orthanc.studies.get(study_ids[3])
            assert (await last.delete()).remaining_ancestor is None
            assert await orthanc.patients.ids() == []
