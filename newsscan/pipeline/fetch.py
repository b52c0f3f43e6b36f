"""Fetch an article over http(s) with a timeout, a size cap and bounded redirects."""
from __future__ import annotations

import gzip
import socket
import urllib.error
import urllib.request
import zlib

from ..errors import FetchError
from ..model import Options

MAX_REDIRECTS = 5
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not newurl.startswith(("http://", "https://")):
            raise FetchError(f"redirect to a non-http URL refused: {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _read_capped(stream, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise FetchError(f"response is larger than the limit of {limit} bytes")
    return data


def _decompress(data: bytes, encoding: str, limit: int) -> bytes:
    if encoding not in ("gzip", "x-gzip", "deflate"):
        return data
    try:
        if encoding == "deflate":
            d = zlib.decompressobj()
        else:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(data, limit + 1)
    except (zlib.error, gzip.BadGzipFile) as exc:
        raise FetchError(f"cannot decompress the response: {exc}") from None
    if len(out) > limit:
        raise FetchError(f"decompressed response is larger than the limit of {limit} bytes")
    return out


def fetch(url: str, options: Options, accept: tuple = ACCEPTED_TYPES) -> tuple[bytes, str, str]:
    """Return (body, final URL, content type); ``accept`` lists the media types taken."""
    from .. import __version__

    if not url.startswith(("http://", "https://")):
        raise FetchError(f"only http and https URLs are supported: {url}")
    request = urllib.request.Request(url, headers={
        "User-Agent": f"newsscan/{__version__} (+https://pypi.org/project/newsscan/)",
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8",
        "Accept-Encoding": "gzip, deflate",
    })
    opener = urllib.request.build_opener(_Redirects)
    try:
        with opener.open(request, timeout=options.timeout) as resp:
            content_type = resp.headers.get("Content-Type", "") or ""
            mime = content_type.split(";")[0].strip().lower()
            if mime and mime not in accept:
                raise FetchError(f"{url}: unsupported content type {mime}")
            body = _read_capped(resp, options.max_bytes)
            body = _decompress(body, (resp.headers.get("Content-Encoding") or "").lower(), options.max_bytes)
            return body, resp.geturl(), content_type
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise FetchError(f"{url}: timed out after {options.timeout:g} s") from None
        raise FetchError(f"{url}: {reason}") from None
    except (socket.timeout, TimeoutError):
        raise FetchError(f"{url}: timed out after {options.timeout:g} s") from None
    except (ConnectionError, OSError) as exc:
        if isinstance(exc, FetchError):
            raise
        raise FetchError(f"{url}: {exc}") from None
