"""Stage 1: read a source (file, stdin or bytes) into a :class:`Document`.

Every source is read through the same cap (``Options.max_bytes``): regular files,
character devices (``/dev/zero``, ``/dev/urandom``), pipes and FIFOs, stdin, and a
gzip-compressed article after decompression. Nothing is read whole before its size is
known to be within the limit.
"""

from __future__ import annotations

import dataclasses
import os
import re
import select
import stat
import sys
import time
import zlib

from ..errors import ArticleTimeout, InputError
from ..model import Document, Options
from .encoding import decode as decode_bytes
from .encoding import inflate

# No repetition around the comments (a run of ``<!---->`` made the old pattern exponential):
# leading comments are skipped by a linear scan in _skip_comments.
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_HTML_TAGS = re.compile(rb"<(p|div|article|span|br|a|h[1-6]|meta|title|section)\b[^>]*>", re.IGNORECASE)
_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 16


def _skip_comments(head: bytes) -> int:
    """Offset of the first byte after leading white space and ``<!-- … -->`` comments."""
    pos = 0
    while True:
        while pos < len(head) and head[pos : pos + 1].isspace():
            pos += 1
        if not head.startswith(b"<!--", pos):
            return pos
        end = head.find(b"-->", pos + 4)
        if end < 0:
            return pos
        pos = end + 3


def looks_like_html(data: bytes) -> bool:
    """A page starts (after comments, within its first 64 KB) with a doctype, ``<html>``,
    ``<head>`` or ``<body>``, or has at least three common tags in its first 4 KB."""
    head = data[:65536]
    return bool(_HTML_START.match(head, _skip_comments(head))) or len(_HTML_TAGS.findall(data[:4096])) >= 3


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress a gzip member, refusing more than ``limit`` bytes of output."""
    try:
        out, complete = inflate(data, 16 + zlib.MAX_WBITS, limit)
    except zlib.error as exc:
        raise InputError(f"cannot decompress gzip data: {exc}") from None
    except OverflowError:
        raise InputError(f"decompressed input is larger than the limit of {limit} bytes") from None
    if not complete:
        raise InputError("truncated gzip data")
    return out


def from_bytes(
    data: bytes,
    *,
    path: str | None = None,
    url: str | None = None,
    options: Options = Options(),
    content_type: str | None = None,
) -> Document:
    if len(data) > options.max_bytes:
        raise InputError(f"input is larger than the limit of {options.max_bytes} bytes")
    if data.startswith(_GZIP_MAGIC):
        data = gunzip(data, options.max_bytes)
    if not data.strip():
        raise InputError("empty input")
    is_html = looks_like_html(data) or bool(content_type and "html" in content_type)
    if is_html:
        from . import html as html_stage

        return html_stage.load(data, path=path, url=url, content_type=content_type)
    text, encoding = decode_bytes(data, declared_charset(content_type))
    if not text.strip():
        raise InputError("empty input")
    return Document(raw=text, path=path, url=url, format="text", encoding=encoding)


def redirected(doc: Document, requested: str) -> Document:
    """A fetched document that remembers the URL asked for when a redirect led elsewhere."""
    return doc if requested == doc.url else dataclasses.replace(doc, requested_url=requested)


def declared_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    m = re.search(r"charset=\"?([\w.:-]+)", content_type, re.IGNORECASE)
    return m.group(1) if m else None


def read_capped(fd: int, limit: int, seconds: float | None = None) -> bytes:
    """Read at most ``limit + 1`` bytes from a file descriptor (a file, pipe, FIFO or device),
    in chunks, so that an endless source costs no more than the cap. With ``seconds``, a source
    that delivers nothing for that long ends the read with :class:`ArticleTimeout` (used where
    the article's timer signal cannot fire: outside the main thread)."""
    chunks: list[bytes] = []
    size = 0
    end = time.monotonic() + seconds if seconds else None
    while size <= limit:
        if end is not None:
            left = end - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise ArticleTimeout()
        chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _read_stdin(limit: int, seconds: float | None) -> bytes:
    from ..budget import enforceable

    stream = sys.stdin.buffer
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):  # a replaced stdin (tests, embedding)
        return stream.read(limit + 1)
    return read_capped(fd, limit, None if enforceable() else seconds)


def _too_large(source: str, limit: int) -> InputError:
    return InputError(f"{source}: input is larger than the limit of {limit} bytes")


def _read_path(source: str, limit: int) -> bytes:
    """Read a path of any kind within the cap. A FIFO with no writer blocks in ``open`` like
    any reader would; the article's time budget (``--article-timeout``) ends the wait."""
    try:
        info = os.stat(source)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{source}: is a directory with no articles (see --glob and --recursive)")
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise _too_large(source, limit)
        fd = os.open(source, os.O_RDONLY)
        try:
            return read_capped(fd, limit)
        finally:
            os.close(fd)
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except OSError as exc:
        raise InputError(f"{source}: {exc.strerror or exc}") from None


def load(source: str, options: Options = Options()) -> Document:
    """Load a path, ``-`` for stdin, or an http(s) URL."""
    if source[:8].lower().startswith(("http://", "https://")):
        from . import fetch

        data, final_url, content_type = fetch.fetch(source, options)
        doc = from_bytes(data, url=final_url, options=options, content_type=content_type)
        return redirected(doc, source)
    if source == "-":
        data = _read_stdin(options.max_bytes, options.article_timeout)
        if len(data) > options.max_bytes:
            raise _too_large("stdin", options.max_bytes)
        try:
            return from_bytes(data, path="-", options=options)
        except InputError as exc:
            raise InputError(f"stdin: {exc}") from None
    if not os.path.lexists(source):
        raise InputError(f"{source}: no such file")
    data = _read_path(source, options.max_bytes)
    if len(data) > options.max_bytes:
        raise _too_large(source, options.max_bytes)
    try:
        return from_bytes(data, path=source, options=options)
    except InputError as exc:
        raise InputError(f"{source}: {exc}") from None
