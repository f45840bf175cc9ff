import httpx
import pytest

import aiorthanc
from aiorthanc import (
    APIStatusError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    InsufficientStorageError,
    InternalServerError,
    NotFoundError,
    PayloadTooLargeError,
    ServiceUnavailableError,
    UnauthorizedError,
    UnsupportedMediaTypeError,
)
from aiorthanc._errors import make_status_error

ORTHANC_400 = {
    "HttpStatus": 400,
    "HttpError": "Bad Request",
    "OrthancStatus": 15,
    "OrthancError": "Bad file format",
    "Message": "Bad file format",
    "Details": "Cannot parse an invalid DICOM file (size: 9 bytes)",
    "Method": "POST",
    "Uri": "/instances",
}


def _response(status: int, **kwargs: object) -> httpx.Response:
    request = httpx.Request("POST", "http://user:secret@orthanc.example:8042/instances?x=1")
    return httpx.Response(status, request=request, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, UnauthorizedError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (413, PayloadTooLargeError),
        (415, UnsupportedMediaTypeError),
        (500, InternalServerError),
        (503, ServiceUnavailableError),
        (507, InsufficientStorageError),
        (418, APIStatusError),
        (502, APIStatusError),
    ],
)
def test_status_maps_to_its_class(status: int, cls: type[APIStatusError]) -> None:
    error = make_status_error(_response(status))
    assert type(error) is cls
    assert isinstance(error, aiorthanc.APIError)
    assert isinstance(error, aiorthanc.OrthancError)
    assert error.status_code == status


def test_orthanc_error_body_is_parsed_into_fields_and_message() -> None:
    error = make_status_error(_response(400, json=ORTHANC_400))
    assert error.orthanc_status == 15
    assert error.orthanc_error == "Bad file format"
    assert error.details == "Cannot parse an invalid DICOM file (size: 9 bytes)"
    assert error.body == ORTHANC_400
    assert str(error) == (
        "POST /instances -> 400 Bad file format: Cannot parse an invalid DICOM file (size: 9 bytes)"
    )
    assert error.method == "POST"


def test_url_of_error_has_no_credentials() -> None:
    error = make_status_error(_response(404))
    assert "secret" not in error.url
    assert "user" not in error.url
    assert error.url == "http://orthanc.example:8042/instances?x=1"
    assert "secret" not in str(error)
    assert "secret" not in repr(error)


def test_empty_404_body_gives_reason_phrase() -> None:
    error = make_status_error(_response(404))
    assert str(error) == "POST /instances -> 404 Not Found"
    assert error.orthanc_status is None
    assert error.body is None


def test_short_non_json_body_is_shown() -> None:
    error = make_status_error(_response(502, text="upstream went away"))
    assert str(error) == "POST /instances -> 502 Bad Gateway: upstream went away"


def test_message_different_from_error_name_is_kept() -> None:
    body = {"OrthancStatus": 17, "OrthancError": "Inexistent item", "Message": "No such study"}
    error = make_status_error(_response(404, json=body))
    assert str(error) == "POST /instances -> 404 Inexistent item: No such study"
