"""Writing output files safely."""
from __future__ import annotations

import os
import tempfile


def write_atomic(path: str, data: str) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename, so that an
    interrupted run never leaves a half-written file behind."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".newsscan-", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
