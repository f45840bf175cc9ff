"""multipart/related parsing: chunk splits, preambles, truncation, wrong types; saving files
atomically: a broken answer leaves no half-written file."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import respx

from aiorthanc import DicomWebClient, MultipartError
from aiorthanc._dicomweb._multipart import read_parts
from dicom_factory import ct_dataset, dicom_bytes

pytestmark = pytest.mark.asyncio

TYPE = 'multipart/related; type="application/dicom"; boundary=XyZ'


def _body(*parts: bytes, preamble: bytes = b"", close: bool = True) -> bytes:
    out = preamble
    for index, part in enumerate(parts):
        out += (b"\r\n" if index else b"") + b"--XyZ\r\nContent-Type: application/dicom\r\n\r\n"
        out += part
    return out + (b"\r\n--XyZ--\r\n" if close else b"")


async def _chunks(data: bytes, size: int) -> AsyncIterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


async def _read_all(data: bytes, size: int, content_type: str = TYPE) -> list[bytes]:
    return [
        await part.read(1 << 20) async for part in read_parts(_chunks(data, size), content_type)
    ]


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 64, 10_000])
async def test_boundaries_split_across_chunks(size: int) -> None:
    # Bodies that hold pieces of the delimiter must not be cut there.
    parts = [b"first --XyZ inside a line", b"", b"\r\n--Xy" * 20, b"\r\n-" * 9]
    assert await _read_all(_body(*parts), size) == parts


async def test_preamble_is_skipped() -> None:
    body = _body(b"one", b"two", preamble=b"this is a preamble\r\n")
    assert await _read_all(body, 4) == [b"one", b"two"]


async def test_missing_final_boundary_is_an_error() -> None:
    with pytest.raises(MultipartError, match="not well formed"):
        await _read_all(_body(b"one", close=False), 3)


@pytest.mark.parametrize(
    "content_type", ["application/json", "multipart/related", "multipart/mixed; boundary=XyZ", ""]
)
async def test_wrong_content_type_is_an_error(content_type: str) -> None:
    with pytest.raises(MultipartError, match="multipart/related"):
        await _read_all(_body(b"one"), 3, content_type)


async def test_part_larger_than_the_limit_is_an_error() -> None:
    parts = read_parts(_chunks(_body(b"x" * 100), 10), TYPE)
    part = await parts.__anext__()
    with pytest.raises(MultipartError, match="larger than 50 bytes"):
        await part.read(50)


async def test_unread_parts_are_skipped() -> None:
    names = [part.media_type async for part in read_parts(_chunks(_body(b"a", b"b"), 1), TYPE)]
    assert names == ["application/dicom", "application/dicom"]


@respx.mock
async def test_save_leaves_no_half_written_file(tmp_path: Path) -> None:
    good = ct_dataset("SAVE")
    cut = _body(dicom_bytes(good), dicom_bytes(ct_dataset("SAVE")), close=False)
    respx.get("http://pacs/dw/studies/1.2").mock(
        return_value=httpx.Response(200, content=cut, headers={"Content-Type": TYPE})
    )
    async with DicomWebClient("http://pacs/dw", retries=0) as client:
        with pytest.raises(MultipartError):
            await client.save(tmp_path, "1.2")
    # The complete first file stays; nothing of the truncated second, no temporary file.
    assert [p.name for p in tmp_path.iterdir()] == [f"{good.SOPInstanceUID}.dcm"]


@respx.mock
async def test_save_refuses_a_part_that_is_not_dicom(tmp_path: Path) -> None:
    respx.get("http://pacs/dw/studies/1.2").mock(
        return_value=httpx.Response(
            200, content=_body(b"not dicom at all"), headers={"Content-Type": TYPE}
        )
    )
    async with DicomWebClient("http://pacs/dw", retries=0) as client:
        with pytest.raises(MultipartError, match="not a DICOM file"):
            await client.save(tmp_path, "1.2")
    assert list(tmp_path.iterdir()) == []


@respx.mock
async def test_save_refuses_a_json_answer(tmp_path: Path) -> None:
    respx.get("http://pacs/dw/studies/1.2").mock(return_value=httpx.Response(200, json=[]))
    async with DicomWebClient("http://pacs/dw", retries=0) as client:
        with pytest.raises(MultipartError, match="application/json"):
            await client.save(tmp_path / "out", "1.2")


@respx.mock
async def test_qido_values_keep_wildcards_and_carets_unescaped() -> None:
    # Orthanc 1.10.1's plugin does not decode %2A or %5E: escaped, they match nothing.
    route = respx.get(url__startswith="http://pacs/dw/studies").mock(
        return_value=httpx.Response(200, json=[])
    )
    async with DicomWebClient("http://pacs/dw", retries=0) as client:
        await client.search_studies({"PatientName": "Roe^J*", "StudyDescription": "a&b c"}).all()
    query = route.calls.last.request.url.query.decode()
    assert "PatientName=Roe^J*" in query
    assert "StudyDescription=a%26b%20c" in query
