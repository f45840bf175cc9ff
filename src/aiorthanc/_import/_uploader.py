"""The uploader: sends batches (as uncompressed ZIPs) and single files, and matches answers.

Orthanc answers a ZIP with a list: each answer is matched to its file by the instance ID
computed locally; a file missing from the answer is sent alone for its own verdict. Every POST
goes through the session's one retry loop, bounded by `retry_timeout`.
"""

from __future__ import annotations

import io
import logging
import time
import zipfile
from collections import deque
from dataclasses import replace

import anyio.to_thread

from aiorthanc._constants import IMPORT_MAX_RETRIES
from aiorthanc._content import RequestContent
from aiorthanc._errors import (
    APIConnectionError,
    APIStatusError,
    ForbiddenError,
    NotFoundError,
    OrthancError,
    UnauthorizedError,
    UnexpectedAnswerError,
)
from aiorthanc._generated.models import UploadResult
from aiorthanc._import._accounting import Accounting
from aiorthanc._import._classify import Item
from aiorthanc._import._options import ImportOptions
from aiorthanc._paths import quote_segment
from aiorthanc._session import Session
from aiorthanc._upload import post_instances

__all__ = ["ImportStopped", "Uploader"]

logger = logging.getLogger("aiorthanc.import")


class ImportStopped(Exception):
    """The import cannot go on (refused credentials, an unexpected error): run() raises it."""


class _Transient(Exception):
    """A failure that outlived the retry budget: not worth sending members one by one."""


class Uploader:
    """Sends what the producer packed and gives each item its outcome in `accounting`."""

    def __init__(self, orthanc: Session, options: ImportOptions, accounting: Accounting) -> None:
        self._orthanc = orthanc
        self._skip_existing = options.skip_existing
        self._accounting = accounting
        # The session's one retry loop, bounded by retry_timeout (and a count, never unbounded).
        self._policy = replace(
            orthanc.retry_policy, max_retries=IMPORT_MAX_RETRIES, deadline=options.retry_timeout
        )

    async def send(self, items: list[Item]) -> None:
        """Send a batch, or one item alone.

        Raises:
            ImportStopped: Orthanc refused the credentials.
        """
        if self._skip_existing:
            items = [item for item in items if not await self._known_to_server(item)]
        if len(items) == 1:
            await self._send_alone(items[0])
        elif items:
            await self._send_batch(items)

    async def _known_to_server(self, item: Item) -> bool:
        instance_id = item.header.instance_id if item.header is not None else None
        if instance_id is None:
            return False
        try:
            await self._orthanc.request("GET", f"/instances/{quote_segment(instance_id)}")
        except NotFoundError:
            return False
        except OrthancError:
            return False  # the upload will tell
        study_id = item.header.study_id if item.header is not None else None
        result = UploadResult(
            id=instance_id,
            status="AlreadyStored",
            path=f"/instances/{instance_id}",
            parent_study=study_id,
        )
        self._accounting.acknowledge(item, result, reason="already on the server (existence check)")
        return True

    async def _send_batch(self, items: list[Item]) -> None:
        body = await anyio.to_thread.run_sync(_zip, items)
        try:
            results = await self._post(body, zip=True)
        except _Transient as exc:
            for item in items:
                self._accounting.fail(item, str(exc))
            return
        except (APIStatusError, UnexpectedAnswerError) as exc:
            # The server refused the whole ZIP (or a proxy answered for it): each file alone
            # gets its own verdict.
            logger.info("Batch of %d refused (%s); sending its files alone", len(items), exc)
            results = []
        del body
        answers: dict[str, deque[UploadResult]] = {}
        for result in results:
            answers.setdefault(result.id, deque()).append(result)
        left: list[Item] = []
        for item in items:
            queue = answers.get(item.header.instance_id)  # type: ignore[union-attr,arg-type]
            if queue:
                self._accounting.acknowledge(item, queue.popleft())
            else:
                left.append(item)
        # Answers nobody claimed: a file whose ID was computed differently from the server's.
        unclaimed = {key: list(queue) for key, queue in answers.items() if queue}
        for item in left:
            await self._send_alone(item, unclaimed)

    async def _send_alone(
        self, item: Item, unclaimed: dict[str, list[UploadResult]] | None = None
    ) -> None:
        # Held data, or the opener: the session opens it for each attempt and closes it.
        content: RequestContent | None = item.data if item.data is not None else item.opener
        assert content is not None
        try:
            results = await self._post(content)
        except ImportStopped:
            raise
        except Exception as exc:  # refused, a non-JSON answer, or the source broke mid-read
            self._accounting.fail(item, _reason(exc))
            return
        if len(results) != 1:
            self._accounting.fail(item, f"Orthanc answered {len(results)} instances for one file")
            return
        result = results[0]
        earlier = (unclaimed or {}).get(result.id)
        if earlier and result.status == "AlreadyStored":
            # The batch stored it a moment ago (its ID was computed differently here).
            stored = [r for r in earlier if r.status == "Success"]
            result = stored[0] if stored else earlier[0]
            earlier.remove(result)
        self._accounting.acknowledge(item, result)

    async def _post(self, content: RequestContent, *, zip: bool = False) -> list[UploadResult]:
        """POST through the session's retry loop; refused credentials become `ImportStopped`,
        transient failures that outlived retry_timeout `_Transient`."""
        started = time.monotonic()
        try:
            return await post_instances(self._orthanc, content, zip=zip, retries=self._policy)
        except (UnauthorizedError, ForbiddenError) as exc:
            raise ImportStopped(f"Orthanc refused the upload: {exc}") from exc
        except (APIConnectionError, APIStatusError) as exc:
            if isinstance(exc, APIStatusError) and exc.status_code not in self._policy.status_codes:
                raise
            elapsed = time.monotonic() - started
            raise _Transient(f"gave up after {elapsed:.1f} s of transient failures: {exc}") from exc


def _zip(items: list[Item]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for number, item in enumerate(items):
            assert item.data is not None
            archive.writestr(f"{number:06d}.dcm", item.data)
    return buffer.getvalue()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, APIStatusError):
        parts = [f"HTTP {exc.status_code}"]
        parts.extend(p for p in (exc.orthanc_error, exc.details) if p)
        return ": ".join(parts)
    if isinstance(exc, OrthancError | _Transient):
        return str(exc)
    if isinstance(exc, OSError):
        return f"cannot read: {exc.strerror or exc}"
    # Reading the source failed mid-upload (bad CRC, truncated archive, ...).
    return f"cannot read: {type(exc).__name__}: {exc}"
