"""Keep credentials out of URLs that end up in reprs, logs and exception messages."""

from __future__ import annotations

import httpx

_SECRET_QUERY_KEYS = frozenset({"token", "access_token", "auth", "password", "apikey", "api_key"})


def split_credentials(url: str | httpx.URL) -> tuple[httpx.URL, tuple[str, str] | None]:
    """Split `user:password@` off a URL: the clean URL, and the credentials if there were any."""
    parsed = httpx.URL(url)
    if not parsed.userinfo:
        return parsed, None
    clean = parsed.copy_with(username=None, password=None)
    return clean, (parsed.username, parsed.password)


def redact_url(url: str | httpx.URL) -> str:
    """The URL as text, with user info dropped and secret-looking query values masked."""
    parsed, _ = split_credentials(url)
    if parsed.params and any(key.lower() in _SECRET_QUERY_KEYS for key in parsed.params):
        params = [
            (key, "[redacted]" if key.lower() in _SECRET_QUERY_KEYS else value)
            for key, value in parsed.params.multi_items()
        ]
        parsed = parsed.copy_with(params=params)
    return str(parsed)
