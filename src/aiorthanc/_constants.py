"""Defaults of the runtime, named so that they can be read, documented and overridden."""

from __future__ import annotations

from typing import Final

import httpx

DEFAULT_URL = "http://localhost:8042"

# Orthanc answers most calls in milliseconds, but archive creation, modifications and C-MOVE can
# take minutes before the first byte: httpx's 5 s default is far too short for real work.
DEFAULT_TIMEOUT = httpx.Timeout(300.0, connect=10.0)

# Orthanc serves 50 HTTP threads by default; on small servers more than a few requests in flight
# do not help ingest (see bench/), so keep the pool modest.
DEFAULT_MAX_CONNECTIONS = 20
DEFAULT_MAX_KEEPALIVE_CONNECTIONS = 10
# Orthanc closes a keep-alive connection idle for about 1 s (KeepAliveTimeout in 1.11.3+; 1.10.1
# measured alike): the pool drops its idle connections first, so that no request goes out on a
# connection the server is closing (aiohttp does not probe a pooled connection before reuse).
DEFAULT_KEEPALIVE_EXPIRY = 0.75
DEFAULT_LIMITS = httpx.Limits(
    max_connections=DEFAULT_MAX_CONNECTIONS,
    max_keepalive_connections=DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
    keepalive_expiry=DEFAULT_KEEPALIVE_EXPIRY,
)

DEFAULT_MAX_RETRIES = 3
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# 502/503/504 come from a restarting server or a proxy in front of it: worth another try.
RETRYABLE_STATUS_CODES = frozenset({502, 503, 504})

# Bounds on what a broken or hostile server can make a client hold or wait for; each is an
# argument of `AsyncOrthanc` (`max_answer_size=`, `deadline=`) or a call's `timeout=`.
# Any answer read whole into memory (JSON, `request()`), counted after decompression: a page of
# the facade is about a megabyte; 64 MiB leaves room for large `expand` listings.
DEFAULT_MAX_ANSWER_SIZE = 64 * 1024 * 1024
# Error answers: Orthanc's are a few hundred bytes of JSON; only this much of one is kept.
MAX_ERROR_BODY_SIZE = 64 * 1024
# Total seconds one attempt may take: until the headers for a streamed answer, until the whole
# body for a buffered one. Timeouts are per read; this stops a server that trickles bytes.
DEFAULT_REQUEST_DEADLINE = 900.0

# Size of the pieces in which files are read and streamed.
STREAM_CHUNK_SIZE = 1024 * 1024

# Bulk import.
# Measured on 2 cores (bench/import_bench.py): the server is the bottleneck; 2-4 requests in
# flight are best, more hurt. Batching small files is what more than doubles the rate.
DEFAULT_IMPORT_CONCURRENCY = 3
DEFAULT_BATCH_BYTES = 8 * 1024 * 1024
DEFAULT_BATCH_FILES = 100
# Long enough to ride out a server restart; each source gives up after this many seconds.
DEFAULT_IMPORT_RETRY_TIMEOUT = 120.0
# The retry_timeout is what bounds an upload's retries; this count only stops a server that
# answers "Retry-After: 0" forever from being hammered (at the longest backoff, 1000 retries
# outlast any sensible retry_timeout: over an hour).
IMPORT_MAX_RETRIES = 1000

# Forest and export (the facade).
# A page of 2000 expanded resources is around a megabyte of JSON: few requests, bounded answers.
# Pages and files in flight at once: well below the connection pool, kind to small servers.
DEFAULT_FOREST_DEPTH: Final = "instance"
DEFAULT_FOREST_PAGE_SIZE = 2000
DEFAULT_FOREST_CONCURRENCY = 4
DEFAULT_EXPORT_CONCURRENCY = 8
# Instances per listing request of a whole-server export: the first downloads start early.
DEFAULT_EXPORT_PAGE_SIZE = 500
# Small files (at most STREAM_CHUNK_SIZE) read by an export and waiting for the disk: downloads go
# on while the writer catches up, until this many wait (memory: at most this many chunks).
EXPORT_WRITE_BACKLOG = 64
# Small files (at most STREAM_CHUNK_SIZE) are fetched many per request, as ZIP archives: at most
# this many bytes of DICOM (memory: one archive per request in flight) and this many files each.
# Orthanc makes each archive as a job (a place in its job history, and a cost per job): 250 files
# (half a listing page) made export of 2000 small files 0.86x -> 0.88-0.96x raw aiohttp, median
# of runs, and keeps two archives per page for the two jobs Orthanc runs at a time by default.
DEFAULT_EXPORT_ARCHIVE_BYTES = 8 * 1024 * 1024
EXPORT_ARCHIVE_FILES = DEFAULT_EXPORT_PAGE_SIZE // 2

# Listing and find (the facade).
# Resources per request of `all()` and `find()`: iterations start yielding soon.
DEFAULT_PAGE_SIZE = 500
# Metadata requests in flight at once when `find()` filters on metadata.
DEFAULT_METADATA_CONCURRENCY = 8
# IDs per /tools/find request when `count()` counts matches itself (servers before 1.12.5):
# IDs are small, so a large page keeps the requests few.
DEFAULT_COUNT_PAGE_SIZE = 10000

# DICOMweb (aiorthanc._dicomweb).
# Where Orthanc's DICOMweb plugin serves by default ("Root" in its "DicomWeb" configuration).
DEFAULT_DICOMWEB_ROOT = "/dicom-web"
# Results per QIDO-RS request when iterating a search: pages stay a few hundred KB of JSON.
DEFAULT_QIDO_PAGE_SIZE = 500
# The header block of one part of a multipart answer: Orthanc's are ~100 bytes; a larger one is
# a broken or hostile answer, not something to buffer.
MULTIPART_MAX_HEADER_BYTES = 16 * 1024
# Parts held in memory whole (Datasets, frames, bulk data, metadata): larger ones raise rather
# than fill memory; files on disk are streamed whatever their size.
DEFAULT_MAX_PART_BYTES = 512 * 1024 * 1024
# STOW-RS: instances per request, bytes per request and requests in flight (as for the import,
# batching small files is what makes ingest fast; 2-4 requests in flight suit a small server).
DEFAULT_STOW_BATCH_FILES = 50
DEFAULT_STOW_BATCH_BYTES = 8 * 1024 * 1024
DEFAULT_STOW_CONCURRENCY = 3

# Following the change log (the facade's `orthanc.changes.follow()`).
# Entries per GET /changes (Orthanc's own default is 100), the pause once the log is read to its
# end (Orthanc's samples poll every second), and the bounds of the backoff while the server is
# down or unreachable: the follower retries without end, waiting at most this long in between.
DEFAULT_CHANGES_PAGE_SIZE = 100
DEFAULT_CHANGES_POLL_INTERVAL = 1.0
CHANGES_INITIAL_BACKOFF = 0.5
CHANGES_MAX_BACKOFF = 30.0

# Bulk modify and anonymize (`orthanc.anonymize_many()`): copies in flight at once. Orthanc's jobs
# engine runs 2 jobs at once by default (ConcurrentJobs): more calls in flight only queue.
DEFAULT_MODIFY_CONCURRENCY = 2

# Jobs (the facade's `Job.wait()`): how often a job's state is read while waiting for it.
DEFAULT_JOB_POLL_INTERVAL = 0.5

# The command line (aiorthanc._cli).
# How long `aiorthanc send` waits for its transfer job unless --timeout says otherwise: an hour
# covers a large study over a slow link; the job goes on on the server after that.
DEFAULT_SEND_TIMEOUT = 3600.0

# Routing (the facade's `orthanc.route()`).
# Sends in flight: Orthanc runs each as a job and the target stores on its side; on small servers
# 2 keeps both busy (bench/routing.py). Instances per send: one C-STORE association (or one peer
# transfer) per batch is what makes routing fast, not one per instance. Changes per read of
# the log. A failed send is tried again this many times, the wait doubling between the bounds;
# sends that ended while an older one is still in flight are kept (for the checkpoint) up to
# ROUTE_MAX_PENDING, which also bounds what a restart sends again.
DEFAULT_ROUTE_CONCURRENCY = 2
DEFAULT_ROUTE_BATCH_SIZE = 500
DEFAULT_ROUTE_PAGE_SIZE = 1000
ROUTE_MAX_RETRIES = 5
ROUTE_INITIAL_BACKOFF = 1.0
ROUTE_MAX_BACKOFF = 30.0
ROUTE_MAX_PENDING = 1000
