"""Fetch an article over http(s) within one deadline, a size cap, bounded redirects and
an address policy.

- ``Options.timeout`` bounds the whole fetch — name resolution, connection, headers and
  body, over every redirect — not each read: a server that drips a byte a second is cut
  off at the deadline.
- Every fault of the exchange (a bad URL, an oversized or malformed header, a bad status
  line, a body shorter than its ``Content-Length``, a truncated gzip stream, an invalid
  ``Location``) is a :class:`FetchError`.
- Loopback, private, link-local and other non-public addresses are refused unless
  ``Options.allow_private_addresses``; the check is made on the address actually
  connected to (after resolution, so ``2130706433`` or ``[::ffff:127.0.0.1]`` and
  redirects to them are caught, and DNS cannot change the answer in between).
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.parse
import zlib
from dataclasses import dataclass

from ..errors import FetchError
from ..model import Options
from .encoding import inflate

MAX_REDIRECTS = 5
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 1 << 16


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str
    port: int
    path: str


_URL_SAFE = "/%:@!$&'()*+,;=?~-._"  # what a URL path and query keep as written


def _target(url: str) -> _Target:
    """Split and check an http(s) URL; anything malformed is a FetchError."""
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"{url}: invalid URL ({exc})") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs are supported: {url}")
    if not parts.hostname or any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise FetchError(f"{url}: invalid URL")
    path = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    path = urllib.parse.quote(path, safe=_URL_SAFE)  # /café.html -> /caf%C3%A9.html (an IRI's path)
    host = parts.hostname
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")  # münchen.de -> xn--mnchen-3ya.de
        except UnicodeError:
            raise FetchError(f"{url}: invalid host name") from None
    return _Target(parts.scheme, host, port or (443 if parts.scheme == "https" else 80), path)


_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries: IPv4-mapped, IPv4-compatible (``::a.b.c.d``),
    NAT64 (``64:ff9b::/96``), 6to4 (``2002::/16``) or Teredo (the client)."""
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]
    if any(ip in net for net in _NAT64) or (ip.packed[:12] == bytes(12) and int(ip) > 0xFFFF):
        return ipaddress.IPv4Address(ip.packed[-4:])
    return None


def public(address: str) -> bool:
    """Whether an IP address is a public one (not loopback, private, link-local, reserved,
    multicast or unspecified; an IPv6 address that carries an IPv4 one — mapped, compatible,
    NAT64, 6to4, Teredo — is judged by that IPv4 address too)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_ipv4(ip)
        if inner is not None and not (inner.is_global and not inner.is_multicast):
            return False
        if ip.ipv4_mapped:
            return True
    return ip.is_global and not ip.is_multicast


def _lookup(host: str, port: int, timeout: float) -> list:
    """``getaddrinfo`` within ``timeout`` seconds (it has no timeout of its own): it runs in a
    daemon thread that is left behind if the resolver hangs."""
    result: dict = {}

    def run() -> None:
        try:
            result["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except BaseException as exc:  # handed to the caller
            result["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise TimeoutError()
    if "error" in result:
        raise result["error"]
    return result["infos"]


def _resolve(target: _Target, options: Options, timeout: float) -> str:
    """The address to connect to, refused when it is not public (unless allowed)."""
    try:
        infos = _lookup(target.host, target.port, timeout)
    except TimeoutError:
        raise
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise FetchError(f"cannot resolve {target.host}: {exc}") from None
    address = str(infos[0][4][0])
    if not options.allow_private_addresses and not public(address):
        raise FetchError(
            f"{target.host} resolves to the non-public address {address}: refused "
            "(use --allow-private-addresses to allow it)"
        )
    return address


class _HTTP(http.client.HTTPConnection):
    def __init__(self, target: _Target, address: str, timeout: float):
        super().__init__(target.host, target.port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _HTTPS(http.client.HTTPSConnection):
    def __init__(self, target: _Target, address: str, timeout: float):
        self._tls = ssl.create_default_context()
        super().__init__(target.host, target.port, timeout=timeout, context=self._tls)
        self._address = address

    def connect(self) -> None:
        raw = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._tls.wrap_socket(raw, server_hostname=self.host)


class _Deadline:
    """The time left for the whole fetch, and a timer that shuts the connection at the end."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self._timer: threading.Timer | None = None

    def left(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError()
        return left

    def guard(self, conn: http.client.HTTPConnection) -> None:
        """Shut ``conn``'s socket down when the time is up, waking any blocked read."""
        self.release()

        def shut() -> None:
            sock = conn.sock
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

        self._timer = threading.Timer(max(self.end - time.monotonic(), 0.0), shut)
        self._timer.daemon = True
        self._timer.start()

    def release(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


def _headers() -> dict[str, str]:
    from .. import __version__

    return {
        "User-Agent": f"newsscan/{__version__} (+https://pypi.org/project/newsscan/)",
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8",
        "Accept-Encoding": "gzip, deflate",
        "Connection": "close",
    }


def _read_body(resp: http.client.HTTPResponse, limit: int, deadline: _Deadline) -> bytes:
    """The body within the size cap; shorter than its Content-Length is an error."""
    chunks: list[bytes] = []
    size = 0
    while True:
        deadline.left()
        chunk = resp.read1(_CHUNK)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise FetchError(f"response is larger than the limit of {limit} bytes")
    declared = resp.getheader("Content-Length")
    if (
        declared
        and declared.strip().isdigit()
        and size < int(declared)
        and not resp.getheader("Transfer-Encoding")
    ):
        raise FetchError(f"truncated response: {size} of {int(declared)} bytes")
    return b"".join(chunks)


def _decompress(data: bytes, encoding: str, limit: int) -> bytes:
    """Undo gzip or deflate content coding within the cap; a truncated stream is an error."""
    if encoding not in ("gzip", "x-gzip", "deflate"):
        return data
    try:
        out, complete = _inflate_coding(data, encoding, limit)
    except zlib.error as exc:
        raise FetchError(f"cannot decompress the response: {exc}") from None
    except OverflowError:
        raise FetchError(f"decompressed response is larger than the limit of {limit} bytes") from None
    if not complete:
        raise FetchError("truncated compressed response")
    return out


def _inflate_coding(data: bytes, encoding: str, limit: int) -> tuple[bytes, bool]:
    """gzip, or deflate with its zlib header — or raw, as some servers send it."""
    if encoding != "deflate":
        return inflate(data, 16 + zlib.MAX_WBITS, limit)
    try:
        return inflate(data, zlib.MAX_WBITS, limit)
    except zlib.error:
        return inflate(data, -zlib.MAX_WBITS, limit)


def _open(url: str, options: Options, deadline: _Deadline) -> http.client.HTTPResponse:
    target = _target(url)
    address = _resolve(target, options, deadline.left())
    cls = _HTTPS if target.scheme == "https" else _HTTP
    conn = cls(target, address, deadline.left())
    deadline.guard(conn)
    conn.request("GET", target.path, headers=_headers())
    return conn.getresponse()


def _location(url: str, resp: http.client.HTTPResponse) -> str:
    location = resp.getheader("Location")
    if not location:
        raise FetchError(f"{url}: HTTP {resp.status} redirect without a Location")
    try:
        new = urllib.parse.urljoin(url, location.strip())
    except ValueError:
        raise FetchError(f"{url}: invalid redirect Location {location!r}") from None
    if not new[:8].lower().startswith(("http://", "https://")):
        raise FetchError(f"redirect to a non-http URL refused: {new}")
    _target(new)
    return new


def _exchange(url: str, options: Options, deadline: _Deadline, accept: tuple) -> tuple[bytes, str, str]:
    for _ in range(MAX_REDIRECTS + 1):
        resp = _open(url, options, deadline)
        try:
            if resp.status in _REDIRECTS:
                url = _location(url, resp)
                continue
            if resp.status >= 400:
                raise FetchError(
                    f"{url}: HTTP {resp.status} {resp.reason}",
                    status=resp.status,
                    retry_after=resp.getheader("Retry-After"),
                )
            content_type = resp.getheader("Content-Type", "") or ""
            mime = content_type.split(";")[0].strip().lower()
            if mime and mime not in accept:
                raise FetchError(f"{url}: unsupported content type {mime}")
            body = _read_body(resp, options.max_bytes, deadline)
            encoding = (resp.getheader("Content-Encoding") or "").strip().lower()
            return _decompress(body, encoding, options.max_bytes), url, content_type
        finally:
            resp.close()
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")


def fetch(url: str, options: Options, accept: tuple = ACCEPTED_TYPES) -> tuple[bytes, str, str]:
    """Return (body, final URL, content type); every failure is a :class:`FetchError`.
    ``accept`` lists the media types taken (feeds and sitemaps take more)."""
    deadline = _Deadline(options.timeout)
    try:
        return _exchange(url, options, deadline, accept)
    except FetchError:
        raise
    except (TimeoutError, socket.timeout):
        raise FetchError(f"{url}: timed out after {options.timeout:g} s") from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        if time.monotonic() >= deadline.end:
            raise FetchError(f"{url}: timed out after {options.timeout:g} s") from None
        raise FetchError(f"{url}: {_describe(exc)}") from None
    finally:
        deadline.release()


def _describe(exc: BaseException) -> str:
    """A short reason for a protocol or connection fault."""
    if isinstance(exc, http.client.IncompleteRead):
        return f"truncated response ({len(exc.partial)} bytes received)"
    if isinstance(exc, http.client.LineTooLong):
        return f"malformed response: {exc}"
    if isinstance(exc, http.client.BadStatusLine):
        return f"malformed response: bad status line {str(exc)[:80]!r}"
    if isinstance(exc, http.client.HTTPException):
        return f"malformed response: {type(exc).__name__} {str(exc)[:120]}"
    return str(exc) or type(exc).__name__
