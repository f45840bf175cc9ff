"""aiorthanc: the async, typed Python SDK for the Orthanc DICOM server."""

from aiorthanc.__version__ import __version__
from aiorthanc._client import AsyncOrthanc
from aiorthanc._constants import (
    DEFAULT_LIMITS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_DELAY,
    RETRYABLE_STATUS_CODES,
)
from aiorthanc._content import RequestContent
from aiorthanc._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    InsufficientStorageError,
    InternalServerError,
    LocalOrthancError,
    NotFoundError,
    OrthancError,
    OrthancNotInstalledError,
    PayloadTooLargeError,
    ServiceUnavailableError,
    UnauthorizedError,
    UnsupportedMediaTypeError,
)
from aiorthanc._retry import RetryPolicy

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_DELAY",
    "RETRYABLE_STATUS_CODES",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncOrthanc",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "InsufficientStorageError",
    "InternalServerError",
    "LocalOrthancError",
    "NotFoundError",
    "OrthancError",
    "OrthancNotInstalledError",
    "PayloadTooLargeError",
    "RequestContent",
    "RetryPolicy",
    "ServiceUnavailableError",
    "UnauthorizedError",
    "UnsupportedMediaTypeError",
    "__version__",
]
