"""URL input against an HTTP server the test starts on 127.0.0.1 (no internet)."""

import gzip
import http.server
import json
import threading
import time

import pytest
from typer.testing import CliRunner

from newsscan.cli import app
from newsscan.errors import FetchError
from newsscan.model import Options
from newsscan.pipeline import fetch, load

LOCAL = Options(allow_private_addresses=True)  # the test server is on 127.0.0.1

ARTICLE = (
    "<html><head><title>Testartikel</title></head><body><article>"
    + "<p>Die Bürgermeisterin Eva Roth sagte am Montag, die Brücke werde im Mai eröffnet. "
    "Die Bauarbeiten hätten länger gedauert als geplant, erklärte sie vor dem Rathaus.</p>"
    * 4
    + "</article></body></html>"
)
LATIN = (
    "<html><head>{meta}<title>Größe</title></head><body><article>"
    + "<p>Der Sprecher der Stadtwerke sagte, die Preise für Gas würden steigen. Die Kunden müssten "
    "sich auf höhere Abschläge einstellen, erklärte er in Köln.</p>" * 4 + "</article></body></html>"
)


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, code, body, ctype="text/html; charset=utf-8", headers=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.server.seen_agents.append(self.headers.get("User-Agent"))
        path = self.path
        if path == "/article":
            self.send(200, ARTICLE.encode())
        elif path == "/caf%C3%A9":  # a path with a non-ASCII letter, as a client must send it
            self.send(200, ARTICLE.encode())
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif path == "/missing":
            self.send(404, b"not here")
        elif path == "/broken":
            self.send(500, b"oops")
        elif path == "/slow":
            time.sleep(2)
            self.send(200, ARTICLE.encode())
        elif path == "/big":
            self.send(200, b"<html><body>" + b"<p>abc</p>" * 50_000 + b"</body></html>")
        elif path == "/gzip":
            self.send(200, gzip.compress(ARTICLE.encode()), headers=[("Content-Encoding", "gzip")])
        elif path == "/bomb":
            self.send(
                200,
                gzip.compress(b"<p>" + b"a" * 3_000_000 + b"</p>"),
                headers=[("Content-Encoding", "gzip")],
            )
        elif path == "/pdf":
            self.send(200, b"%PDF-1.4 ...", ctype="application/pdf")
        elif path == "/latin-header":
            self.send(200, LATIN.format(meta="").encode("latin-1"), ctype="text/html; charset=ISO-8859-1")
        elif path == "/latin-meta":
            self.send(
                200, LATIN.format(meta='<meta charset="iso-8859-1">').encode("latin-1"), ctype="text/html"
            )
        else:
            self.send(404, b"")


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # clients that stop reading (timeouts, size caps) are expected here


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    httpd.seen_agents = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", httpd
    httpd.shutdown()


def test_success_and_user_agent(server):
    base, httpd = server
    doc = load.load(base + "/article", LOCAL)
    assert doc.format == "html" and "Brücke werde im Mai eröffnet" in doc.raw
    assert doc.url == base + "/article"
    assert httpd.seen_agents[-1].startswith("newsscan/")


def test_a_non_ascii_path_is_sent_percent_encoded(server):
    base, _ = server
    doc = load.load(base + "/café", LOCAL)
    assert "Brücke werde im Mai eröffnet" in doc.raw


def test_redirect_records_the_final_url(server):
    base, _ = server
    from newsscan import analyze, to_dict

    out = to_dict(analyze(base + "/redirect", LOCAL))
    assert out["input"]["url"] == base + "/article"
    assert out["metadata"]["url"] == base + "/article"


@pytest.mark.parametrize(
    "path,message",
    [
        ("/missing", "HTTP 404"),
        ("/broken", "HTTP 500"),
        ("/pdf", "unsupported content type application/pdf"),
        ("/loop", "redirect"),
    ],
)
def test_http_errors(server, path, message):
    base, _ = server
    with pytest.raises(FetchError, match=message):
        load.load(base + path, LOCAL)


def test_timeout(server):
    base, _ = server
    with pytest.raises(FetchError, match="timed out"):
        load.load(base + "/slow", Options(timeout=0.5, allow_private_addresses=True))


def test_size_cap_on_body_and_on_decompressed_body(server):
    base, _ = server
    with pytest.raises(FetchError, match="larger than"):
        load.load(base + "/big", Options(max_bytes=100_000, allow_private_addresses=True))
    with pytest.raises(FetchError, match="decompressed"):
        load.load(base + "/bomb", Options(max_bytes=1_000_000, allow_private_addresses=True))


def test_gzip_body(server):
    base, _ = server
    assert "Brücke" in load.load(base + "/gzip", LOCAL).raw


@pytest.mark.parametrize("path", ["/latin-header", "/latin-meta"])
def test_charset_from_header_and_meta(server, path):
    base, _ = server
    doc = load.load(base + path, LOCAL)
    assert "Köln" in doc.raw and doc.encoding in ("iso8859-1", "iso-8859-1", "latin-1", "cp1252")


def test_only_http_and_https():
    with pytest.raises(FetchError, match="only http"):
        fetch.fetch("ftp://example.org/a", Options())


def test_cli_fetch_error_is_one_line_and_exit_1(server):
    base, _ = server
    result = CliRunner().invoke(
        app, ["analyze", base + "/missing", "--format", "json", "--allow-private-addresses"]
    )
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and "HTTP 404" in result.stderr
    record = json.loads(result.stdout)
    assert record["error"]["kind"] == "fetch" and record["input"]["url"] == base + "/missing"


def test_unreachable_host_is_a_fetch_error():
    with pytest.raises(FetchError):
        load.load("http://127.0.0.1:9/nothing", Options(timeout=2, allow_private_addresses=True))
