"""quote_segment(): path parameters that Orthanc would route elsewhere are refused."""

import pytest

from aiorthanc._paths import quote_segment


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("f689ddd2-662f8fe1", "f689ddd2-662f8fe1"),
        ("a b?#&", "a%20b%3F%23%26"),
        ("%2F", "%252F"),  # already-encoded text stays text
        (1024, "1024"),
    ],
)
def test_values_are_escaped_into_one_segment(value: str | int, expected: str) -> None:
    assert quote_segment(value) == expected


@pytest.mark.parametrize("value", ["", ".", "..", "x/../..", "a/b", "a\\b", "..\\system"])
def test_values_orthanc_would_route_elsewhere_are_refused(value: str) -> None:
    with pytest.raises(ValueError, match="one path parameter"):
        quote_segment(value)


def test_a_trailing_sub_path_keeps_its_slashes_but_no_dot_segments() -> None:
    assert quote_segment("0010,0010/0008,0020", safe="/") == "0010%2C0010/0008%2C0020"
    for value in ("a/../b", "a//b", "../system", "a\\b"):
        with pytest.raises(ValueError, match="one path parameter"):
            quote_segment(value, safe="/")
