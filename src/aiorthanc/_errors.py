"""Exceptions raised by aiorthanc.

The exception tree::

    OrthancError                        root of everything aiorthanc raises
    ├── APIError                        a request failed (has .method and .url, never credentials)
    │   ├── APIConnectionError          no answer: refused, reset, DNS, TLS, ...
    │   │   ├── APITimeoutError         no answer in time
    │   │   └── IncompleteAnswerError   the answer's body ended before it was complete
    │   └── APIStatusError              an HTTP error answer (any status without a class below)
    │       ├── BadRequestError             400
    │       ├── UnauthorizedError           401
    │       ├── ForbiddenError              403
    │       ├── NotFoundError               404
    │       ├── ConflictError               409
    │       ├── PayloadTooLargeError        413
    │       ├── UnsupportedMediaTypeError   415
    │       ├── InternalServerError         500
    │       ├── ServiceUnavailableError     503
    │       └── InsufficientStorageError    507
    ├── DicomImportError                an import could not go on; .report holds what was done
    │                                   (defined beside the report, in aiorthanc._import)
    ├── JobError                        a job did not succeed (in aiorthanc._facade._jobs)
    │   ├── JobFailedError              ... it failed: Orthanc's error code, description, details
    │   └── JobTimeoutError             ... wait(timeout=) ran out first
    ├── UnsupportedOperationError       the server's version lacks the operation (nothing sent)
    ├── UnexpectedAnswerError           an answer of unexpected shape (e.g. a ZIP given to upload())
    │   └── AnswerTooLargeError         an answer larger than the client reads into memory
    ├── OptionalDependencyError         an extra is not installed (also an ImportError)
    ├── ExportPathError                 an export path would fall outside the target folder
    ├── NotFetchedError                 a resource made from its ID alone has no info yet
    └── LocalOrthancError               aiorthanc.testing could not run a local Orthanc
        └── OrthancNotInstalledError    ... because the Orthanc binary is not installed

`make_status_error()` is the one place that maps a status code to its class. Transport failures
are chained (``raise ... from``) to the httpx exception that caused them.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx

from aiorthanc._redact import redact_url

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AnswerTooLargeError",
    "BadRequestError",
    "ConflictError",
    "ExportPathError",
    "ForbiddenError",
    "IncompleteAnswerError",
    "InsufficientStorageError",
    "InternalServerError",
    "LocalOrthancError",
    "NotFoundError",
    "OptionalDependencyError",
    "OrthancError",
    "OrthancNotInstalledError",
    "PayloadTooLargeError",
    "ServiceUnavailableError",
    "UnexpectedAnswerError",
    "UnsupportedOperationError",
    "UnauthorizedError",
    "UnsupportedMediaTypeError",
    "make_status_error",
]


class OrthancError(Exception):
    """Root of every exception aiorthanc raises."""


class UnsupportedOperationError(OrthancError):
    """The connected Orthanc is older than the operation needs; nothing was sent.

    `operation` names it, `required` is the oldest version that has it, `server_version` the
    server's own `Version` (as `/system` gives it, or as the client was told).
    """

    def __init__(self, operation: str, required: str, server_version: str) -> None:
        super().__init__(
            f"{operation} needs Orthanc {required} or newer; the server runs {server_version}"
        )
        self.operation = operation
        self.required = required
        self.server_version = server_version


class UnexpectedAnswerError(OrthancError):
    """Orthanc answered with something of another shape than the call expects."""


class AnswerTooLargeError(UnexpectedAnswerError):
    """An answer to be read into memory was larger than `max_answer_size` (decompressed)."""


class OptionalDependencyError(OrthancError, ImportError):
    """A feature needs an optional dependency that is not installed (the message says which)."""


class ExportPathError(OrthancError):
    """A computed export path would fall outside the export folder."""


class NotFetchedError(OrthancError):
    """A resource made from its ID alone (`handle()`) was asked for info it has not read yet."""


class LocalOrthancError(OrthancError):
    """`aiorthanc.testing.LocalOrthanc` could not start or stop a local Orthanc."""


class OrthancNotInstalledError(LocalOrthancError):
    """The Orthanc server binary needed by `aiorthanc.testing` cannot be found."""


class APIError(OrthancError):
    """A request to Orthanc failed.

    `method` and `url` name the request; `url` never holds credentials.
    """

    method: str
    url: str

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class APIConnectionError(APIError):
    """Orthanc could not be reached or the connection broke before an answer arrived."""


class APITimeoutError(APIConnectionError):
    """Orthanc did not answer within the timeout."""


class IncompleteAnswerError(APIConnectionError):
    """The answer's body ended early: shorter than its Content-Length, or a file or archive
    whose format says it is cut (a ZIP without its end). Retried like a broken connection."""


class APIStatusError(APIError):
    """Orthanc answered with an HTTP error status.

    Besides `status_code`, carries the fields of Orthanc's JSON error body when it sent one:
    `orthanc_status` (Orthanc's numeric error code), `orthanc_error` (its name, e.g.
    "Bad file format"), `message` and `details`. `body` is the parsed JSON body, or None.
    """

    status_code: int
    response: httpx.Response
    body: Any
    orthanc_status: int | None
    orthanc_error: str | None
    message: str | None
    details: str | None

    def __init__(self, response: httpx.Response, *, method: str, url: str) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body = _json_body(response)
        fields = self.body if isinstance(self.body, dict) else {}
        self.orthanc_status = _int_or_none(fields.get("OrthancStatus"))
        self.orthanc_error = _str_or_none(fields.get("OrthancError"))
        self.message = _str_or_none(fields.get("Message"))
        self.details = _str_or_none(fields.get("Details"))
        super().__init__(self._describe(method, url), method=method, url=url)

    def _describe(self, method: str, url: str) -> str:
        path = httpx.URL(url).path
        reason = self.orthanc_error or self.response.reason_phrase or "Error"
        text = f"{method} {path} -> {self.status_code} {reason}"
        extra = [part for part in (self.message, self.details) if part and part != reason]
        if extra:
            text += ": " + " - ".join(extra)
        elif self.body is None and self.response.content and len(self.response.content) < 300:
            # Not Orthanc's JSON (a proxy page, a plugin's plain text): short bodies still help.
            text += ": " + self.response.content.decode("utf-8", "replace").strip()
        return _without_credentials(text, self.response.request)


class BadRequestError(APIStatusError):
    """400: Orthanc rejected the request (bad parameters, a file that is not DICOM, ...)."""


class UnauthorizedError(APIStatusError):
    """401: missing or wrong credentials."""


class ForbiddenError(APIStatusError):
    """403: the credentials are valid but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: unknown resource or route."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the state of the server."""


class PayloadTooLargeError(APIStatusError):
    """413: the body is larger than the server or a proxy in front of it accepts."""


class UnsupportedMediaTypeError(APIStatusError):
    """415: the body's content type is not accepted."""


class InternalServerError(APIStatusError):
    """500: Orthanc failed while handling the request."""


class ServiceUnavailableError(APIStatusError):
    """503: the server (or a proxy) is not ready; worth trying again later."""


class InsufficientStorageError(APIStatusError):
    """507: the storage area of Orthanc is full."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    415: UnsupportedMediaTypeError,
    500: InternalServerError,
    503: ServiceUnavailableError,
    507: InsufficientStorageError,
}


def make_status_error(response: httpx.Response) -> APIStatusError:
    """Build the exception for an error answer: the one mapping from status code to class.

    The response body must have been read.
    """
    request = response.request
    cls = _STATUS_CLASSES.get(response.status_code, APIStatusError)
    return cls(response, method=request.method, url=redact_url(request.url))


def _without_credentials(text: str, request: httpx.Request) -> str:
    """`text` with the request's credentials masked: a server may echo its Authorization header."""
    value = request.headers.get("authorization")
    if not value:
        return text
    secrets = {value, value.partition(" ")[2]}
    if value.lower().startswith("basic "):
        try:
            user_password = base64.b64decode(value[6:], validate=True).decode()
        except ValueError:
            pass
        else:
            secrets |= {user_password, user_password.partition(":")[2]}
    for secret in sorted((s for s in secrets if len(s) >= 3), key=len, reverse=True):
        text = text.replace(secret, "[redacted]")
    return text


def _json_body(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
