"""Typed errors raised by the library; the CLI maps them to exit codes in one place."""


class NewsscanError(Exception):
    kind = "error"


class InputError(NewsscanError):
    """The source cannot be read as an article (missing, empty, binary, undecodable, too large)."""
    kind = "input"


class FetchError(NewsscanError):
    """A URL could not be fetched (network, HTTP status, content type, size)."""
    kind = "fetch"
