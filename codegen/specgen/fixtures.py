"""Test data for the sample server: pydicom's test files plus a job, a query, an export...

Every GET route documented by Orthanc needs something to show: resources at the four
levels (and a multi-frame instance for the frame routes), attachments on each level, a
finished job, a C-FIND query, an export, a storage commitment report and, on servers that
have them, labels. The sample server
knows itself as DICOM modality ``self`` and as Orthanc peer ``self``, so all of this stays
on 127.0.0.1. Everything is done one call at a time, in a fixed order, so that sequence
numbers (``/changes``, ``/exports``) are the same on every run.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import httpx

from .errors import SpecGenError

Level = Literal["patients", "studies", "series", "instances"]
LEVELS: tuple[Level, ...] = ("patients", "studies", "series", "instances")
#: What a test file is for: ``main`` backs most samples, ``multiframe`` the frame routes and
#: ``pixels`` the pixel dumps (3 x 3 pixels keeps /matlab examples short).
Role = Literal["main", "multiframe", "pixels"]

#: Test files uploaded, in this order. ``role`` names the ones the samples point at.
TEST_FILES: tuple[tuple[str, Role | None], ...] = (
    ("CT_small.dcm", "main"),  # a plain single-frame CT image
    ("MR_small.dcm", None),  # a second patient, so that lists have more than one item
    ("SC_rgb_rle_2frame.dcm", "multiframe"),  # two small RLE frames that Orthanc decodes
    ("SC_rgb_small_odd.dcm", "pixels"),  # 3 x 3 RGB pixels
)
SELF = "self"  # name of the sample server as its own modality and peer
PLUGIN = "serve-folders"  # ID of the plugin the sample server loads (see .orthanc)
AET = "SPECGEN"
USER_ATTACHMENT = "specgen"  # a user-defined attachment type, declared in the config
USER_ATTACHMENT_TYPE = 1024
DICOM_THREADS = 4
USER_ATTACHMENT_BODY = b"Attachment stored by aiorthanc's spec generator.\n"
LABEL = "specgen"  # put on the main resources where the server has labels (1.12+)


def pydicom_test_files() -> Path:
    """pydicom's bundled test files, or a clear error if pydicom is missing."""
    try:
        import pydicom.data
    except ImportError as exc:
        raise SpecGenError("pydicom is needed for the test data: pip install pydicom") from exc
    directory = Path(pydicom.data.__file__).parent / "test_files"
    missing = [name for name, _ in TEST_FILES if not (directory / name).is_file()]
    if missing:
        raise SpecGenError(f"pydicom's test files are missing from {directory}: {missing}")
    return directory


def sample_config(http_port: int, dicom_port: int) -> dict[str, Any]:
    """Configuration entries that let the sample server talk to itself."""
    return {
        "DicomAet": AET,
        "DicomModalities": {SELF: {"AET": AET, "Host": "127.0.0.1", "Port": dicom_port}},
        "OrthancPeers": {SELF: {"Url": f"http://127.0.0.1:{http_port}/"}},
        "UserContentType": {USER_ATTACHMENT: USER_ATTACHMENT_TYPE},
        # Without it, /exports stays empty.
        "LogExportedResources": True,
        # Known, so that the samples can wait for all of them to be free (see load()).
        "DicomThreadsCount": DICOM_THREADS,
    }


@dataclass
class Fixture:
    """Identifiers of what :func:`load` created on the sample server."""

    #: Orthanc ID of each uploaded resource, by role then level.
    resources: dict[Role, dict[Level, str]] = field(default_factory=dict)
    job: str = ""
    query: str = ""
    storage_commitment: str = ""
    #: The label on the main resources; empty if the server has no labels.
    label: str = ""


def _check(response: httpx.Response, what: str) -> Any:
    if response.status_code != 200:
        raise SpecGenError(
            f"sample server refused to {what}: HTTP {response.status_code} {response.text[:300]}"
        )
    return response.json() if response.content else None


def load(client: httpx.Client, timeout: float = 30) -> Fixture:
    """Fill the sample server behind ``client`` and return what was created."""
    fixture = Fixture()
    directory = pydicom_test_files()
    for name, role in TEST_FILES:
        stored = _check(client.post("/instances", content=(directory / name).read_bytes()), name)
        if stored.get("Status") != "Success":
            raise SpecGenError(f"Orthanc did not store {name}: {stored}")
        if role is not None:
            fixture.resources[role] = {
                "patients": stored["ParentPatient"],
                "studies": stored["ParentStudy"],
                "series": stored["ParentSeries"],
                "instances": stored["ID"],
            }
    main = fixture.resources["main"]
    # The instance level already has the "dicom" attachment; give the others one too.
    for level in LEVELS[:3]:
        _check(
            client.put(
                f"/{level}/{main[level]}/attachments/{USER_ATTACHMENT}",
                content=USER_ATTACHMENT_BODY,
            ),
            f"attach to {level}",
        )
    if _check(client.get("/system"), "read /system").get("HasLabels"):
        fixture.label = LABEL
        for level in LEVELS:
            _check(client.put(f"/{level}/{main[level]}/labels/{LABEL}"), f"label {level}")
    # A C-STORE to itself: leaves one finished job and one entry in /exports.
    store = {"Resources": [main["instances"]], "Synchronous": False}
    fixture.job = _check(client.post(f"/modalities/{SELF}/store", json=store), "store")["ID"]
    _wait_for(client, f"/jobs/{fixture.job}", "State", "Success", timeout)
    query = {"Level": "Study", "Query": {"PatientID": "", "StudyDescription": ""}}
    fixture.query = _check(client.post(f"/modalities/{SELF}/query", json=query), "query")["ID"]
    commitment = {"Resources": [main["instances"]]}
    fixture.storage_commitment = _check(
        client.post(f"/modalities/{SELF}/storage-commitment", json=commitment),
        "request a storage commitment",
    )["ID"]
    _wait_for(
        client, f"/storage-commitment/{fixture.storage_commitment}", "Status", "Success", timeout
    )
    # The commitment is served by a job of its own: let it finish too, or /jobs and the
    # metrics could show it running.
    for job in _check(client.get("/jobs"), "list jobs"):
        _wait_for(client, f"/jobs/{job}", "State", "Success", timeout)
    _wait_for_free_dicom_threads(client, timeout)
    return fixture


def _wait_for(client: httpx.Client, path: str, key: str, wanted: str, timeout: float) -> None:
    """Poll ``path`` until its ``key`` is ``wanted``, so the samples show a settled state."""
    deadline = time.monotonic() + timeout
    value = None
    while time.monotonic() < deadline:
        value = _check(client.get(path), f"read {path}").get(key)
        if value == wanted:
            return
        time.sleep(0.05)
    raise SpecGenError(f"{path}: {key} is {value!r}, not {wanted!r}, after {timeout} s")


_FREE_DICOM_THREADS = re.compile(r"^orthanc_available_dicom_threads (\d+)", re.MULTILINE)


def _wait_for_free_dicom_threads(client: httpx.Client, timeout: float) -> None:
    """Wait until every DICOM thread is free again, as 1.13's metrics show.

    1.13 frees the threads of the fixtures' associations about ten seconds after they end;
    sampled earlier, ``orthanc_available_dicom_threads`` would differ from run to run.
    """
    deadline = time.monotonic() + timeout
    while True:
        metrics = client.get("/tools/metrics-prometheus").text
        match = _FREE_DICOM_THREADS.search(metrics)
        if match is None or int(match[1]) == DICOM_THREADS:
            return
        if time.monotonic() > deadline:
            raise SpecGenError(f"DICOM threads still busy after {timeout} s: {match[0]}")
        time.sleep(0.05)
