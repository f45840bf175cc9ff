"""Make the sample server's answers the same on every run.

Orthanc stamps its answers with things that change from run to run: times, random UUIDs
(attachments, jobs, queries), the free ports the sample server got, generated UIDs and the
timings in its metrics. Each is replaced by a fixed value of the same shape, so that the
examples stay realistic and two runs give byte-identical documents. A random UUID becomes
a numbered placeholder, the same one wherever the UUID appears.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Mapping
from typing import Any

FIXED_TIME = "20220101T120000"  # Orthanc's ISO-like "YYYYMMDDTHHMMSS" format
FIXED_EPOCH_MS = "1641038400000"  # the same instant, as a Prometheus timestamp
FIXED_DURATION_MS = "1"
#: Metrics that measure time (durations, and 1.12+'s uptime), shown as FIXED_DURATION_MS.
_TIMED_METRICS = ("_duration_ms", "_up_time_s")
#: Ports shown instead of the sample server's: Orthanc's defaults.
STABLE_PORTS = {"HttpPort": 8042, "DicomPort": 4242}

_TIMESTAMP = re.compile(r"^\d{8}T\d{6}(\.\d{1,6})?$")
_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
# "name value [timestamp]" lines of the Prometheus text format.
_METRIC = re.compile(r"^(?P<name>\S+) (?P<value>\S+)(?: (?P<stamp>\d+))?$")
# A DICOM UID made by DCMTK: site root, type, then host ID, process ID, time, counter.
_GENERATED_UID = re.compile(r"^(1\.2\.276\.0\.7230010\.3\.1\.\d+)(?:\.\d+)+$")
#: Keys whose values are measured, not stored.
_MEASURED = {"EffectiveRuntime": 1.0}
#: Keys whose string values Orthanc derives from the run (1.12+: a hash of ports and paths).
_DERIVED = {"DatabaseServerIdentifier": "00000000-00000000-00000000-00000000-00000000"}


class Stabiliser:
    """Rewrites answer bodies of the sample server; thread-safe.

    ``ports`` maps the sample server's real ports to the ones to show, and ``paths`` maps
    temporary directories to fixed stand-ins.
    """

    def __init__(self, ports: Mapping[int, int], paths: Mapping[str, str] | None = None) -> None:
        self.ports = dict(ports)
        self.paths = dict(paths or {})
        self._uuids: dict[str, str] = {}
        self._lock = threading.Lock()

    def uuid(self, value: str) -> str:
        """The placeholder standing for the random UUID ``value``."""
        with self._lock:
            if value not in self._uuids:
                self._uuids[value] = f"00000000-0000-4000-8000-{len(self._uuids) + 1:012d}"
            return self._uuids[value]

    def text(self, value: str) -> str:
        """Stabilise one string: a time, UUIDs, a local URL or path inside it."""
        if _TIMESTAMP.match(value):
            return FIXED_TIME + (".000000" if "." in value else "")
        value = _UUID.sub(lambda match: self.uuid(match.group(0)), value)
        for real, shown in self.ports.items():
            value = value.replace(f"127.0.0.1:{real}", f"127.0.0.1:{shown}")
        for real_path, shown_path in self.paths.items():
            value = value.replace(real_path, shown_path)
        return value

    def json(self, value: Any, key: str | None = None) -> Any:
        """Stabilise a parsed JSON value; ``key`` is the member name holding it, if any."""
        if isinstance(value, dict):
            return {k: self.json(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self.json(item) for item in value]
        if isinstance(value, str):
            if key is not None and key in _DERIVED:
                return _DERIVED[key]
            return self.text(value)
        if key in _MEASURED and isinstance(value, (int, float)):
            return _MEASURED[key]
        if (key in STABLE_PORTS or key == "Port") and not isinstance(value, bool):
            return self.ports.get(value, value) if isinstance(value, int) else value
        return value

    def metrics(self, body: str) -> str:
        """Stabilise Prometheus metrics: fixed timestamps, durations and uptime."""
        lines = []
        for line in body.splitlines():
            match = _METRIC.match(line)
            if match is None:
                lines.append(line)
                continue
            value = match["value"]
            if match["name"].endswith(_TIMED_METRICS):
                value = FIXED_DURATION_MS
            stamp = f" {FIXED_EPOCH_MS}" if match["stamp"] else ""
            lines.append(f"{match['name']} {value}{stamp}")
        return "\n".join(lines) + ("\n" if body.endswith("\n") else "")

    def answer(self, path: str, content_type: str, body: bytes) -> bytes:
        """Stabilise the body of an answer to ``GET path`` of the given content type."""
        route = path.split("?", 1)[0].rstrip("/")
        if content_type.startswith("application/json"):
            value = self.json(json.loads(body))
            return json.dumps(value, indent=3, ensure_ascii=False).encode()
        if not content_type.startswith("text/"):
            return body
        text = body.decode("utf-8")
        if route == "/tools/metrics-prometheus":
            text = self.metrics(text)
        elif route == "/tools/generate-uid":
            text = _GENERATED_UID.sub(r"\1.0.0.0.0", text.strip())
        else:
            text = self.text(text)
        return text.encode()
