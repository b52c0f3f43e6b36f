"""A time budget for one article: the last line of defence against an input that would
keep the analysis busy for too long.

The budget is a real-time interval timer (``SIGALRM``) in the thread that runs the
article (the main thread of the CLI or of a worker process). When it fires,
:class:`~newsscan.errors.ArticleTimeout` is raised wherever the analysis is — in Python
code, in a regular-expression match (the ``re`` engine checks for signals), or in a
blocking ``open``/``read`` of a FIFO or stdin — and the caller turns it into an error
record; the worker goes on with the next article. Where timers are unavailable (not
the main thread, no ``SIGALRM``), the budget is not enforced.
"""

from __future__ import annotations

import math
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import ArticleTimeout


def _expired(signum, frame):
    raise ArticleTimeout()


def enforceable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` in the body if it runs longer than ``seconds``."""
    if not seconds or not math.isfinite(seconds) or seconds <= 0 or not enforceable():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
