"""`aiorthanc send`: resources to a DICOM modality (C-STORE) or an Orthanc peer, waited for."""

from __future__ import annotations

import argparse
from typing import Any

from aiorthanc._cli._common import EXIT_FAILED, EXIT_OK, add_verb, emit, emit_json, printable
from aiorthanc._cli._progress import showing
from aiorthanc._cli._resources import add_level_option, resolve_all
from aiorthanc._client import AsyncOrthanc
from aiorthanc._constants import DEFAULT_SEND_TIMEOUT

__all__ = ["add_send_command"]


def add_send_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register `send`."""
    parser = add_verb(
        commands,
        common,
        "send",
        _send,
        help="send resources to a modality (C-STORE) or an Orthanc peer",
        description="Send patients, studies, series or instances to a DICOM modality of the "
        "server's DicomModalities (C-STORE) or to a peer of its OrthancPeers, as one job, and "
        "wait for it to end. --timeout bounds each request and the wait (default: "
        f"{DEFAULT_SEND_TIMEOUT:g} s); a job still running then is left to the server. Exit "
        "code 1 when some instances were not sent.",
    )
    parser.add_argument(
        "resources", nargs="+", metavar="RESOURCE", help="Orthanc IDs or DICOM identifiers"
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--modality", metavar="NAME", help="a modality configured on the server")
    where.add_argument("--peer", metavar="NAME", help="a peer configured on the server")
    add_level_option(parser)


async def _send(args: argparse.Namespace, client: AsyncOrthanc) -> int:
    resources = await resolve_all(client, args.resources, args.level)
    if args.modality is not None:
        destination: Any = client.modalities[args.modality]
        where = {"Modality": args.modality}
    else:
        destination = client.peers[args.peer]
        where = {"Peer": args.peer}
    job = await destination.store(resources, asynchronous=True)
    with showing(args, "Sending", "percent") as progress:
        info = await job.wait(
            args.timeout or DEFAULT_SEND_TIMEOUT,
            progress=lambda state: progress.update(state.progress, 100),
        )
    content = info.content
    sent = int(content.get("InstancesCount", 0))
    failed = int(content.get("FailedInstancesCount", 0))
    if args.json:
        emit_json(
            {
                **where,
                "Resources": [r.id for r in resources],
                "Job": job.id,
                "State": info.state.value,
                "InstancesCount": sent,
                "FailedInstancesCount": failed,
            }
        )
    else:
        name = printable(args.modality or args.peer)
        emit(f"{sent} instances sent to {name}, {failed} failed (job {job.id})")
    return EXIT_FAILED if failed else EXIT_OK
