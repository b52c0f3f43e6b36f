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


@contextmanager
def atomic_output(path: str | None):
    """Yield a text stream. For a path, the data goes to a temporary file in the same
    folder, renamed to ``path`` on success. If the run is interrupted, what was written
    is kept as ``path + ".partial"`` (never under the final name); on an error it is removed."""
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".newsscan-", suffix=".tmp", dir=folder)
    stream = os.fdopen(fd, "w", encoding="utf-8", newline="")
    try:
        yield stream
    except KeyboardInterrupt:
        stream.close()
        os.replace(tmp, path + ".partial")
        raise
    except BaseException:
        stream.close()
        os.unlink(tmp)
        raise
    stream.close()
    os.replace(tmp, path)
