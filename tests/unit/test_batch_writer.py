"""`BatchWriter`: files written off the event loop, many per worker-thread trip; one file's error
is its own caller's, the others are written."""

from __future__ import annotations

import threading
from pathlib import Path

import anyio
import pytest

from aiorthanc._concurrency import task_group
from aiorthanc._facade._download import write_whole
from aiorthanc._facade._writing import BatchWriter

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_concurrent_files_share_trips_and_are_all_written(tmp_path: Path) -> None:
    threads: list[int] = []
    trips: set[tuple[int, int]] = set()

    def write_file(target: Path, data: bytes) -> int:
        assert threading.current_thread() is not threading.main_thread()  # never the loop's
        threads.append(threading.get_ident())
        return write_whole(target, data)

    writer = BatchWriter(write_file, backlog=64)
    original = writer._write_all

    def counted(batch: list[object]) -> None:
        trips.add((threading.get_ident(), id(batch)))
        original(batch)  # type: ignore[arg-type]

    writer._write_all = counted  # type: ignore[method-assign]
    sizes: list[int] = []

    async def one(n: int) -> None:
        sizes.append(await writer.write(tmp_path / f"{n}.dcm", bytes([n]) * (n + 1)))

    async with anyio.create_task_group() as tg:
        tg.start_soon(writer.run)
        async with anyio.create_task_group() as writes:
            for n in range(40):
                writes.start_soon(one, n)
        writer.close()
    assert sorted(sizes) == [n + 1 for n in range(40)]
    for n in range(40):
        assert (tmp_path / f"{n}.dcm").read_bytes() == bytes([n]) * (n + 1)
    assert len(threads) == 40
    assert len(trips) < 40  # files that were ready together went in one trip
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


async def test_one_files_error_is_raised_to_its_caller_only(tmp_path: Path) -> None:
    writer = BatchWriter(write_whole, backlog=64)
    blocked = tmp_path / "file-not-folder"
    blocked.write_bytes(b"")
    outcomes: dict[str, object] = {}

    async def one(name: str, target: Path) -> None:
        try:
            outcomes[name] = await writer.write(target, b"data")
        except OSError as exc:
            outcomes[name] = exc

    async with anyio.create_task_group() as tg:
        tg.start_soon(writer.run)
        async with anyio.create_task_group() as writes:
            writes.start_soon(one, "good", tmp_path / "a.dcm")
            writes.start_soon(one, "bad", blocked / "b.dcm")  # its folder is a file
            writes.start_soon(one, "also good", tmp_path / "c.dcm")
        writer.close()
    assert outcomes["good"] == outcomes["also good"] == 4
    assert isinstance(outcomes["bad"], OSError)
    assert (tmp_path / "a.dcm").read_bytes() == (tmp_path / "c.dcm").read_bytes() == b"data"


async def test_put_goes_on_before_the_write_and_reports_it_after(tmp_path: Path) -> None:
    release = threading.Event()
    reported: list[tuple[str, int]] = []

    def slow_write(target: Path, data: bytes) -> int:
        release.wait(5)  # the disk is slow: the callers go on meanwhile
        return write_whole(target, data)

    async def written(target: Path, size: int) -> None:
        assert target.read_bytes() == b"x" * size  # told only once it is on disk
        reported.append((target.name, size))

    writer = BatchWriter(slow_write, backlog=2)
    async with anyio.create_task_group() as tg:
        tg.start_soon(writer.run)
        for n in range(3):  # one taken by the writer, two waiting: none blocks
            with anyio.fail_after(2):
                await writer.put(tmp_path / f"{n}.dcm", b"x" * (n + 1), written)
        assert reported == []
        release.set()
        writer.close()
    assert sorted(reported) == [("0.dcm", 1), ("1.dcm", 2), ("2.dcm", 3)]


async def test_a_file_put_that_cannot_be_written_fails_the_run(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_bytes(b"")
    reported: list[str] = []

    async def written(target: Path, size: int) -> None:
        reported.append(target.name)

    writer = BatchWriter(write_whole, backlog=8)
    with pytest.raises(NotADirectoryError):
        async with task_group() as tg:
            tg.start_soon(writer.run)
            await writer.put(tmp_path / "a.dcm", b"a", written)
            await writer.put(blocked / "b.dcm", b"b", written)
            writer.close()
    assert reported == ["a.dcm"]  # the good file of the batch is still counted
