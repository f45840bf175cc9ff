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


def parse_server_url(url: str) -> tuple[httpx.URL, tuple[str, str] | None]:
    """The server's URL without credentials, and the credentials it held; ValueError if bad."""
    try:
        base_url, url_credentials = split_credentials(url)
    except httpx.InvalidURL:
        base_url = None
    if base_url is None:
        # Raised outside the except block: httpx's message quotes the part it could not
        # parse (maybe a piece of a password) and would stay in the error's __context__.
        raise ValueError(
            "url is not a valid URL; percent-encode any '#', '?', '/' or '@' in a password, "
            "or pass auth=(user, password)"
        )
    if base_url.scheme not in ("http", "https"):
        raise ValueError(f"url must start with http:// or https://, got {redact_url(url)!r}")
    if base_url.query or base_url.fragment:
        # Often a password with an unencoded '#' or '?': never echo what follows it.
        raise ValueError(
            "url must have no query or fragment ('?' or '#'); percent-encode such characters "
            "in a password, or pass auth=(user, password)"
        )
    return base_url, url_credentials
