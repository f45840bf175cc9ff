"""Copy every instance of one Orthanc to another through their REST APIs (Orthanc's Replicate).

    python examples/replicate.py SOURCE_URL TARGET_URL [--concurrency 4]

URLs may carry credentials (``http://user:password@host:8042``). Files are streamed from the
source to the target, a few at a time, never whole in memory. Instances the target already
has are counted, not an error. Prints one line of totals.
"""

from __future__ import annotations

import argparse
from collections import Counter

import anyio
from anyio.streams.memory import MemoryObjectReceiveStream

from aiorthanc import AsyncOrthanc, Instance


async def replicate(
    source: AsyncOrthanc, target: AsyncOrthanc, concurrency: int = 4
) -> Counter[str]:
    """Upload each instance of `source` to `target`; the count of each upload status."""
    statuses: Counter[str] = Counter()
    send, receive = anyio.create_memory_object_stream[Instance](concurrency)

    async def copy(instances: MemoryObjectReceiveStream[Instance]) -> None:
        async with instances:
            async for instance in instances:
                async with instance.stream_file() as chunks:
                    statuses[(await target.upload(chunks)).status] += 1

    async with anyio.create_task_group() as tasks:
        for _ in range(concurrency):  # a few copies at a time; the listing waits for them
            tasks.start_soon(copy, receive.clone())
        receive.close()
        async with send:
            async for study in source.studies.all():
                for instance in await study.instances():
                    await send.send(instance)
    return statuses


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source")
    parser.add_argument("target")
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    async with AsyncOrthanc(args.source) as source, AsyncOrthanc(args.target) as target:
        statuses = await replicate(source, target, args.concurrency)
    print(" ".join(f"{status}={count}" for status, count in sorted(statuses.items())))


if __name__ == "__main__":
    anyio.run(main)
