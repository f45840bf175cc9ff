"""Bugs of the facade found by redoing Orthanc's sample workflows, each against a real server."""

from __future__ import annotations

import pytest
from facade_data import make_instance, zip_of

from aiorthanc.testing import LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]


async def test_deleting_while_listing_deletes_every_study() -> None:
    with LocalOrthanc() as server:
        files = (make_instance(0, study, 0, 0) for study in range(600))
        async with server.client() as orthanc:
            await orthanc.request("POST", "/instances", content=zip_of(files))
            deleted = 0
            async for study in orthanc.studies.all():
                await study.delete()
                deleted += 1
            assert deleted == 600
            assert await orthanc.studies.ids() == []


async def test_tag_decodes_the_specific_character_set() -> None:
    tags = {"SpecificCharacterSet": "ISO_IR 100", "PatientName": "MÜLLER^JÖRG"}
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            await orthanc.upload(make_instance(0, 0, 0, 0, tags=tags))
            instance = (await orthanc.instances.ids())[0]
            found = await orthanc.instances.get(instance)
            assert await found.tag("PatientName") == "MÜLLER^JÖRG"
            assert await found.tag("PatientID") == "P000"


async def test_find_by_metadata_gives_the_metadata_back() -> None:
    with LocalOrthanc() as server:
        files = (make_instance(0, study, 0, 0) for study in range(3))
        async with server.client() as orthanc:
            await orthanc.request("POST", "/instances", content=zip_of(files))
            studies = [s async for s in orthanc.studies.all()]
            for index, study in enumerate(studies):
                await study.set_metadata("1024", f"reviewed-{index}" if index else "pending")
            found = [s async for s in orthanc.studies.find(metadata={"1024": "reviewed*"})]
            assert sorted(s.info.metadata["1024"] for s in found) == ["reviewed-1", "reviewed-2"]
