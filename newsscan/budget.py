"""A time budget for one article: the last line of defence against an input that would
keep the analysis busy for too long.

The budget is a real-time interval timer (``SIGALRM``) in the thread that runs the
article (the main thread of the CLI or of a worker process). When it fires,
:class:`~newsscan.errors.ArticleTimeout` is raised wherever the analysis is — in Python
code, in a regular-expression match (the ``re`` engine checks for signals), or in a
blocking ``open``/``read`` of a FIFO or stdin — and the caller turns it into an error
record; the worker goes on with the next article.

In any other thread (a Dask worker runs tasks in threads) a timer thread raises the
exception in the article's thread instead (``PyThreadState_SetAsyncExc``). That stops
Python code, which is where the analysis spends its time, but not a single C call such as
one regular-expression match or a blocking read: the exception arrives when it returns.
"""

from __future__ import annotations

import ctypes
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


class _ThreadBudget:
    """A timer, started at once, that raises :class:`ArticleTimeout` in the thread that made it,
    unless stopped first."""

    def __init__(self, seconds: float):
        self.thread = threading.get_ident()
        self.lock = threading.Lock()
        self.done = self.fired = False
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True
        self.timer.start()

    def _fire(self) -> None:
        with self.lock:
            if not self.done:
                self.fired = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(self.thread), ctypes.py_object(ArticleTimeout)
                )

    def stop(self) -> None:
        """Cancel the timer; an exception it set that has not been raised yet is withdrawn."""
        with self.lock:
            self.done = True
            self.timer.cancel()
            if self.fired:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread), None)


@contextmanager
def budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` in the body if it runs longer than ``seconds``."""
    if not seconds or not math.isfinite(seconds) or seconds <= 0:
        yield
        return
    if not enforceable():
        timer = _ThreadBudget(seconds)
        try:
            yield
        finally:
            timer.stop()
        return
    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
