"""The one error type the spec generator raises for a clear, user-facing failure."""


class SpecGenError(RuntimeError):
    """Generating the OpenAPI document failed; the message says why and what to do."""
