"""Stage 1: read a source (file, stdin or bytes) into a :class:`Document`."""
from __future__ import annotations

import os
import re
import sys

from ..errors import InputError
from ..model import Document, Options

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(rb"<(p|div|article|span|br|a|h[1-6]|meta|title|section)\b[^>]*>", re.IGNORECASE)


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes of a text article; returns (text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(f"cannot decode UTF-16 text: {exc.reason}") from None
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not a text or HTML article")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 100):
        raise InputError("binary file, not a text or HTML article")
    return text, encoding


def looks_like_html(data: bytes) -> bool:
    head = data[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


def from_bytes(data: bytes, *, path: str | None = None, url: str | None = None,
               options: Options = Options(), content_type: str | None = None) -> Document:
    if len(data) > options.max_bytes:
        raise InputError(f"input is larger than the limit of {options.max_bytes} bytes")
    if not data.strip():
        raise InputError("empty input")
    is_html = looks_like_html(data) or bool(content_type and "html" in content_type)
    if is_html:
        from . import html as html_stage
        return html_stage.load(data, path=path, url=url, content_type=content_type)
    text, encoding = decode(data)
    if not text.strip():
        raise InputError("empty input")
    return Document(raw=text, path=path, url=url, format="text", encoding=encoding)


def load(source: str, options: Options = Options()) -> Document:
    """Load a path, ``-`` for stdin, or an http(s) URL."""
    if source.startswith(("http://", "https://")):
        from . import fetch
        data, final_url, content_type = fetch.fetch(source, options)
        return from_bytes(data, url=final_url, options=options, content_type=content_type)
    if source == "-":
        data = sys.stdin.buffer.read(options.max_bytes + 1)
        return from_bytes(data, path="-", options=options)
    if not os.path.exists(source):
        raise InputError(f"{source}: no such file")
    if os.path.isdir(source):
        raise InputError(f"{source}: is a directory with no articles (see --glob and --recursive)")
    try:
        size = os.path.getsize(source)
        if size > options.max_bytes:
            raise InputError(f"{source}: file is larger than the limit of {options.max_bytes} bytes")
        with open(source, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(f"{source}: {exc.strerror or exc}") from None
    try:
        return from_bytes(data, path=source, options=options)
    except InputError as exc:
        raise InputError(f"{source}: {exc}") from None
