"""Authentication schemes, none of which shows its secret in a repr."""

from __future__ import annotations

from collections.abc import Generator

import httpx


class TokenAuth(httpx.Auth):
    """Sends a token verbatim as the `Authorization` header.

    This is what Orthanc's Python plugin `GenerateRestApiAuthorizationToken()` returns, and what
    an authorization plugin in front of Orthanc may expect (e.g. "Bearer ...").
    """

    def __init__(self, token: str) -> None:
        if not token:
            raise ValueError("token must not be empty")
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._token
        yield request

    def __repr__(self) -> str:
        return "TokenAuth(token='[redacted]')"


class RedactedBasicAuth(httpx.BasicAuth):
    """HTTP basic authentication whose repr shows neither the user nor the password."""

    def __repr__(self) -> str:
        return "BasicAuth('[redacted]')"


def auth_kind(auth: httpx.Auth | None) -> str | None:
    """How `auth` authenticates, for reprs: "basic", "token", a class name, or None."""
    if auth is None:
        return None
    if isinstance(auth, TokenAuth):
        return "token"
    if isinstance(auth, httpx.BasicAuth):
        return "basic"
    return type(auth).__name__
