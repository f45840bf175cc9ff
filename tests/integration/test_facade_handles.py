"""Resources from an ID alone (`handle()`, `from_id()`): no request until one is needed."""

from __future__ import annotations

import pytest
from facade_data import make_instance

from aiorthanc import AsyncOrthanc, Instance, NotFetchedError, NotFoundError, Study
from aiorthanc.testing import LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]


async def test_a_handle_works_without_a_get_and_reads_its_info_on_refresh() -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            uploaded = await orthanc.upload(make_instance(0, 0, 0, 0))
            instance = orthanc.instances.handle(uploaded.id)  # what an upload gives
            assert not instance.fetched
            assert repr(instance) == f"Instance(id={uploaded.id!r})"
            with pytest.raises(NotFetchedError, match="refresh"):
                _ = instance.sop_instance_uid
            assert (await instance.series()).id == uploaded.parent_series
            assert await instance.read_file() == make_instance(0, 0, 0, 0)
            assert instance == await orthanc.instances.get(uploaded.id)
            await instance.refresh()
            assert instance.fetched
            assert instance.sop_instance_uid is not None

            study = Study.from_id(orthanc, uploaded.parent_study)
            assert [s.id for s in await study.series()] == [uploaded.parent_series]
            await study.delete()
            with pytest.raises(NotFoundError):
                await orthanc.studies.handle(uploaded.parent_study).refresh()


async def test_a_handle_refuses_an_id_that_is_not_one_path_segment() -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            for bad in ("", "..", "a/b"):
                with pytest.raises(ValueError, match="Orthanc ID"):
                    orthanc.instances.handle(bad)
            with pytest.raises(ValueError, match="Orthanc ID"):
                Instance.from_id(orthanc, "x/../..")


async def test_a_handle_sends_nothing() -> None:
    async with AsyncOrthanc("http://127.0.0.1:9") as nowhere:  # nothing listens there
        study = nowhere.studies.handle("0a1b2c3d-0a1b2c3d-0a1b2c3d-0a1b2c3d-0a1b2c3d")
        assert study.path == "/studies/0a1b2c3d-0a1b2c3d-0a1b2c3d-0a1b2c3d-0a1b2c3d"
