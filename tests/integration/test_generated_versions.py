"""The generated layer on real servers: newer operations refused unsent, NumPy answers exact."""

from __future__ import annotations

from pathlib import Path

import httpx
import numpy
import pydicom
import pydicom.data
import pytest

from aiorthanc import UnsupportedOperationError
from aiorthanc.testing import SUPPORTED_VERSIONS, LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]

TEST_FILES = Path(pydicom.data.__file__).parent / "test_files"


async def test_labels_on_a_real_1_10_1_fail_before_sending() -> None:
    sent: list[str] = []

    async def count(request: httpx.Request) -> None:
        sent.append(f"{request.method} {request.url.path}")

    with LocalOrthanc(version="1.10.1") as server:
        async with server.client() as orthanc:
            orthanc.http_client.event_hooks["request"].append(count)
            studies = orthanc.api.studies
            with pytest.raises(UnsupportedOperationError, match="put_study_label needs Orthanc"):
                await studies.put_study_label("any", "urgent")
            with pytest.raises(UnsupportedOperationError, match=r"runs 1\.10\.1"):
                await orthanc.api.system.get_tools_labels()
    # Only the version, read once: no labels request reached the server.
    assert sent == ["GET /system"]


@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
async def test_numpy_array_is_pydicoms_pixel_array(version: str) -> None:
    path = TEST_FILES / "CT_small.dcm"
    dataset = pydicom.dcmread(path)
    expected = dataset.pixel_array
    with LocalOrthanc(version=version) as server:
        async with server.client() as orthanc:
            uploaded = await orthanc.api.instances.post_instances(path.read_bytes())
            assert not isinstance(uploaded, list)
            instances = orthanc.api.instances
            # The stored values; by default Orthanc applies the rescale slope and intercept.
            array = await instances.get_instance_numpy_array(uploaded.id, rescale=False)
            frame = await instances.get_instance_frame_numpy_array(uploaded.id, 0, rescale=False)
            rescaled = await instances.get_instance_numpy_array(uploaded.id)
            raw = await instances.get_instance_numpy(uploaded.id, rescale=False)
    assert array.shape == (1, *expected.shape, 1)  # frames, rows, columns, channels
    assert numpy.array_equal(array[0, :, :, 0], expected)
    assert numpy.array_equal(frame.squeeze(), expected)
    modality = pydicom.pixels.apply_rescale(expected, dataset)
    assert numpy.allclose(rescaled[0, :, :, 0], modality)
    assert raw.startswith(b"\x93NUMPY")
