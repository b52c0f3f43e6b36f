"""Writing output safely: to stdout, or to a file through a temporary file that is
renamed only when the run completes."""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager


def write_atomic(path: str, data: str) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    with atomic_output(path) as stream:
        stream.write(data)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


@contextmanager
def atomic_output(path: str | None):
    """Yield a text stream. For a path, the data goes to a temporary file in the same
    folder, renamed to ``path`` on success with the permissions the user's umask gives a
    new file. If the run is interrupted (Ctrl-C, SIGTERM, SIGHUP), what was written is kept
    as ``path + ".partial"`` (never under the final name); on any other error (a full disk,
    a failed rename) the temporary file is removed."""
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    if os.path.exists(path) and not os.path.isfile(path):
        # a device or a FIFO (/dev/null, /dev/stdout, a named pipe): written to, never replaced
        with open(path, "w", encoding="utf-8", newline="") as stream:
            yield stream
        return
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".newsscan-", suffix=".tmp", dir=folder)
    stream = os.fdopen(fd, "w", encoding="utf-8", newline="")
    try:
        yield stream
        stream.close()
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except KeyboardInterrupt:
        _close_quietly(stream)
        os.replace(tmp, path + ".partial")
        raise
    except BaseException:
        _close_quietly(stream)
        _unlink(tmp)
        raise


def _close_quietly(stream) -> None:
    """Close a stream whose last write may have failed (a full disk): never raise from here."""
    try:
        stream.close()
    except OSError:
        pass
