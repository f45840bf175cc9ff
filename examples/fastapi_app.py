"""A FastAPI service in front of Orthanc: find studies, stream their archives.

    AIORTHANC_URL=http://localhost:8042 AIORTHANC_USER=orthanc AIORTHANC_PASSWORD=orthanc \\
        python examples/fastapi_app.py --port 8000
    curl 'http://127.0.0.1:8000/studies?patient_name=DOE*'
    curl -o study.zip http://127.0.0.1:8000/studies/<orthanc-id>/archive

(or `uvicorn fastapi_app:app --app-dir examples`). Needs fastapi and uvicorn; checked with
`mypy --strict examples/fastapi_app.py`.

The recipe:
- one `AsyncOrthanc` for the whole app, opened and closed by the lifespan, so that every request
  shares its connection pool; endpoints get it from a dependency (`OrthancClient`);
- a streamed download opens the answer *before* returning the response
  (`await study.open_archive()`): an unknown study raises `NotFoundError` in the endpoint and
  becomes a 404, where a generator around `stream_archive()` would only send its request once a
  "200 OK" is on its way. The `StreamedAnswer` is the response's body; it closes itself when the
  body ends, fails, or when the client goes away (uvicorn cancels the body), and the background
  task closes it in every other case;
- aiorthanc's errors become HTTP errors in two exception handlers: 404 for `NotFoundError`, 502 for
  anything else that went wrong on the Orthanc side. An error after the response started (a cut
  archive: `IncompleteAnswerError`) aborts the response, so the client never sees a clean end.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel
from starlette.background import BackgroundTask

from aiorthanc import APIError, AsyncOrthanc, NotFoundError, Study

logger = logging.getLogger("fastapi_app")


def make_client() -> AsyncOrthanc:
    """The client, from `$AIORTHANC_URL` and `$AIORTHANC_USER`/`$AIORTHANC_PASSWORD` or
    `$AIORTHANC_TOKEN` (the command line's variables)."""
    url = os.environ.get("AIORTHANC_URL", "http://localhost:8042")
    user, token = os.environ.get("AIORTHANC_USER"), os.environ.get("AIORTHANC_TOKEN")
    auth = (user, os.environ.get("AIORTHANC_PASSWORD", "")) if user else None
    return AsyncOrthanc(url, auth=auth, token=None if auth else token)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """One client for the app's life: its connections are closed when the app stops."""
    async with make_client() as orthanc:
        app.state.orthanc = orthanc
        yield


app = FastAPI(title="Orthanc studies", lifespan=lifespan)


def get_orthanc(request: Request) -> AsyncOrthanc:
    """The dependency that gives an endpoint the app's client."""
    orthanc: AsyncOrthanc = request.app.state.orthanc
    return orthanc


OrthancClient = Annotated[AsyncOrthanc, Depends(get_orthanc)]


@app.exception_handler(NotFoundError)
async def not_found(request: Request, error: Exception) -> JSONResponse:
    """Orthanc has no such resource: so neither has this service."""
    return JSONResponse({"detail": "not found"}, status_code=404)


@app.exception_handler(APIError)
async def orthanc_failed(request: Request, error: Exception) -> JSONResponse:
    """Orthanc failed or could not be reached: a bad gateway, said without internal details."""
    logger.error("Orthanc failed: %s", error)
    return JSONResponse({"detail": f"Orthanc failed ({type(error).__name__})"}, status_code=502)


class StudySummary(BaseModel):
    """What the find endpoint answers for each study."""

    id: str
    patient_id: str | None
    patient_name: str | None
    study_date: str | None
    study_description: str | None
    series: int

    @classmethod
    def of(cls, study: Study) -> StudySummary:
        """The summary of a study, from the answer `find()` already has (no request)."""
        return cls(
            id=study.id,
            patient_id=study.patient_tags.patient_id,
            patient_name=study.patient_tags.patient_name,
            study_date=study.study_date,
            study_description=study.study_description,
            series=len(study.series_ids),
        )


@app.get("/studies")
async def find_studies(
    orthanc: OrthancClient,
    patient_name: Annotated[str, Query(description="Orthanc's wildcards: * and ?")] = "*",
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[StudySummary]:
    """The studies whose patient's name matches, at most `limit` (the server stops there)."""
    found = orthanc.studies.find({"PatientName": patient_name}, limit=limit)
    return [StudySummary.of(study) async for study in found]


@app.get("/studies/{study_id}/archive", response_class=StreamingResponse)
async def study_archive(study_id: str, orthanc: OrthancClient) -> StreamingResponse:
    """The study's ZIP archive, streamed: 404 for an unknown study, before any byte is sent."""
    try:
        study = await orthanc.studies.get(study_id)
    except ValueError:  # not even an ID (a slash, "..."): no such study
        raise HTTPException(status_code=404, detail="not found") from None
    archive = await study.open_archive()  # NotFoundError here too, if it was just deleted
    headers = {"Content-Disposition": f'attachment; filename="{study.id}.zip"'}
    if archive.content_length is not None:
        headers["Content-Length"] = str(archive.content_length)
    return StreamingResponse(
        archive,
        media_type=archive.media_type,
        headers=headers,
        background=BackgroundTask(archive.aclose),
    )


def main() -> None:
    """Serve the app with uvicorn."""
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
