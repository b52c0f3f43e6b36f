"""Typed errors raised by the library; the CLI maps them to exit codes in one place."""


class NewsscanError(Exception):
    kind = "error"


class InputError(NewsscanError):
    """The source cannot be read as an article (missing, empty, binary, undecodable, too large)."""

    kind = "input"


class FetchError(NewsscanError):
    """A URL could not be fetched (network, HTTP status or protocol fault, content type, size, address).

    For an HTTP error status, ``status`` is the code and ``retry_after`` the server's
    ``Retry-After`` header (or None); both are None otherwise."""

    kind = "fetch"

    def __init__(self, message: str = "", status: int | None = None, retry_after: str | None = None):
        super().__init__(message)
        self.status, self.retry_after = status, retry_after


class ArticleTimeout(BaseException):
    """Raised inside an article's analysis when its time budget (``--article-timeout``) runs out.

    A ``BaseException``, like ``KeyboardInterrupt``: no ``except Exception`` on the way
    (a parser's, a library's) can swallow it; :func:`newsscan.batch.run_one` turns it into an
    error record of kind ``timeout``."""

    kind = "timeout"
