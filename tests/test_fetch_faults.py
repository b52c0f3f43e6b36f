"""HTTP faults against a raw server the test starts on 127.0.0.1: every one is a fetch
error (never ``internal``), the timeout bounds the whole fetch, and non-public addresses
are refused unless allowed."""

import gzip
import socket
import socketserver
import threading
import time

import pytest

from newsscan import batch
from newsscan.errors import FetchError
from newsscan.model import Options
from newsscan.pipeline import fetch, load

LOCAL = Options(allow_private_addresses=True, timeout=5)
BODY = (
    "<html><body><article>" + "<p>Der Minister sagte, die Lage sei ernst. Man werde handeln, "
    "erklärte er am Montag in Berlin vor Journalisten.</p>" * 5 + "</article></body></html>"
).encode()


def _head(status="200 OK", ctype="text/html; charset=utf-8", extra=""):
    return f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{extra}Connection: close\r\n".encode()


class Raw(socketserver.BaseRequestHandler):
    """Answers by path with hand-made bytes, including malformed ones."""

    def handle(self):
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = self.request.recv(4096)
            if not chunk:
                return
            request += chunk
        path = request.split(b" ", 2)[1].decode()
        reply = getattr(self, "r_" + path.strip("/").replace("-", "_"), None)
        try:
            reply() if reply else self.request.sendall(_head("404 Not Found") + b"Content-Length: 0\r\n\r\n")
        except OSError:
            pass

    def send(self, data: bytes):
        self.request.sendall(data)

    def r_ok(self):
        self.send(_head(extra=f"Content-Length: {len(BODY)}\r\n") + b"\r\n" + BODY)

    def r_drip(self):
        self.send(_head(extra=f"Content-Length: {len(BODY)}\r\n") + b"\r\n")
        for i in range(len(BODY)):
            self.send(BODY[i : i + 1])
            time.sleep(0.05)

    def r_drip_headers(self):
        for byte in _head():
            self.send(bytes([byte]))
            time.sleep(0.05)

    def r_huge_header(self):
        self.send(_head(extra="X-Junk: " + "a" * 100_000 + "\r\n") + b"\r\n" + BODY)

    def r_many_headers(self):
        self.send(_head(extra="".join(f"X-{i}: v\r\n" for i in range(500))) + b"\r\n" + BODY)

    def r_bad_status(self):
        self.send(b"HTTP/1.1 two hundred OK\r\nContent-Type: text/html\r\n\r\n" + BODY)

    def r_garbage(self):
        self.send(b"\x00\x01\x02 this is not HTTP at all\r\n\r\n")

    def r_short(self):
        self.send(_head(extra=f"Content-Length: {len(BODY) + 500}\r\n") + b"\r\n" + BODY)

    def r_bad_chunks(self):
        self.send(_head(extra="Transfer-Encoding: chunked\r\n") + b"\r\n" + b"zz\r\nabc\r\n")

    def r_cut_gzip(self):
        packed = gzip.compress(BODY)[:-30]
        self.send(
            _head(extra=f"Content-Encoding: gzip\r\nContent-Length: {len(packed)}\r\n") + b"\r\n" + packed
        )

    def r_bad_location(self):
        self.send(_head("302 Found", extra="Location: http://[::1\r\nContent-Length: 0\r\n") + b"\r\n")

    def r_plain_cp1251(self):
        text = ("Министр заявил в понедельник, что переговоры будут продолжены. " * 4).encode("cp1251")
        self.send(
            _head(ctype="text/plain; charset=windows-1251", extra=f"Content-Length: {len(text)}\r\n")
            + b"\r\n"
            + text
        )

    def r_to_other(self):
        port = self.server.other_port
        self.send(
            _head("302 Found", extra=f"Location: http://127.0.0.2:{port}/ok\r\nContent-Length: 0\r\n")
            + b"\r\n"
        )


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        pass


def _start(host):
    server = Server((host, 0), Raw)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def raw():
    main = _start("127.0.0.1")
    try:
        other = _start("127.0.0.2")
    except OSError:
        other = None
    main.other_port = other.server_address[1] if other else 9
    yield f"http://127.0.0.1:{main.server_address[1]}", other
    main.shutdown()
    if other:
        other.shutdown()


def test_the_raw_server_serves_a_good_page(raw):
    base, _ = raw
    assert "Lage sei ernst" in load.load(base + "/ok", LOCAL).raw


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_the_timeout_bounds_the_whole_fetch(raw, path):
    base, _ = raw
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out after 1 s"):
        load.load(base + path, Options(allow_private_addresses=True, timeout=1))
    assert time.monotonic() - started < 15  # a guard against a hang, not a speed test


@pytest.mark.parametrize(
    "path,message",
    [
        ("/huge-header", "malformed response"),
        ("/many-headers", "malformed response"),
        ("/bad-status", "malformed response"),
        ("/garbage", "malformed response"),
        ("/short", "truncated response"),
        ("/bad-chunks", "malformed response|truncated"),
        ("/cut-gzip", "truncated compressed"),
        ("/bad-location", "invalid"),
    ],
)
def test_protocol_faults_are_fetch_errors(raw, path, message):
    base, _ = raw
    with pytest.raises(FetchError, match=message):
        load.load(base + path, LOCAL)
    record = batch.run_one(base + path, LOCAL)
    assert record["error"]["kind"] == "fetch"


@pytest.mark.parametrize("url", ["http://[::1", "http://exa mple.org/", "http://:80/", "https://"])
def test_bad_urls_are_fetch_errors(url):
    with pytest.raises(FetchError):
        fetch.fetch(url, LOCAL)
    assert batch.run_one(url, LOCAL)["error"]["kind"] == "fetch"


def test_the_charset_of_a_text_plain_response_is_honoured(raw):
    base, _ = raw
    doc = load.load(base + "/plain-cp1251", LOCAL)
    assert doc.raw.startswith("Министр заявил") and doc.encoding == "cp1251"


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "2130706433", "0x7f000001", "[::ffff:127.0.0.1]", "[::1]", "localhost", "0.0.0.0"]
)
def test_non_public_addresses_are_refused_by_default(raw, host):
    port = raw[0].rsplit(":", 1)[1]
    with pytest.raises(FetchError, match="non-public address .*--allow-private-addresses"):
        fetch.fetch(f"http://{host}:{port}/ok", Options(timeout=5))


@pytest.mark.parametrize(
    "address,public",
    [
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:10.0.0.1", False),
        ("224.0.0.1", False),
        ("0.0.0.0", False),
        ("64:ff9b::7f00:1", False),
        ("64:ff9b::a00:1", False),
        ("2002:7f00:1::1", False),
        ("::127.0.0.1", False),
        ("2002:808:808::1", True),
        ("93.184.216.34", True),
        ("2606:2800:220:1:248:1893:25c8:1946", True),
    ],
)
def test_public_addresses(address, public):
    assert fetch.public(address) is public


def test_a_redirect_to_a_refused_address_is_refused(raw, monkeypatch):
    base, other = raw
    if other is None:
        pytest.skip("127.0.0.2 is not available here")
    # make 127.0.0.1 count as public, so the first hop passes and the redirect is judged
    monkeypatch.setattr(fetch, "public", lambda address: address == "127.0.0.1")
    with pytest.raises(FetchError, match="127.0.0.2"):
        fetch.fetch(base + "/to-other", Options(timeout=5))
    assert fetch.fetch(base + "/to-other", LOCAL)[1].endswith("/ok")


def test_the_address_connected_to_is_the_address_checked(raw, monkeypatch):
    """The name is resolved once: a second answer (DNS rebinding) cannot change the target."""
    base, _ = raw
    port = int(base.rsplit(":", 1)[1])
    real, asked = socket.getaddrinfo, []

    def rebinding(host, *args, **kwargs):
        if host != "news.example":
            return real(host, *args, **kwargs)
        asked.append(host)  # first answer: the test server; any later one: elsewhere
        address = "127.0.0.1" if len(asked) == 1 else "192.0.2.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    body, _, _ = fetch.fetch(f"http://news.example:{port}/ok", LOCAL)
    assert b"Lage sei ernst" in body and asked == ["news.example"]


def test_a_hanging_name_lookup_ends_at_the_timeout(monkeypatch):
    def slow(*args, **kwargs):
        time.sleep(5)
        raise socket.gaierror("never")

    monkeypatch.setattr(socket, "getaddrinfo", slow)
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out after 0.5 s"):
        fetch.fetch("http://slow.example/", Options(timeout=0.5, allow_private_addresses=True))
    assert time.monotonic() - started < 4
