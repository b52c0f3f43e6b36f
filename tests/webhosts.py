"""Local web hosts for the crawling tests: HTTP servers on 127.0.0.1 only, one per
"host" (a port each), that count requests, track how many run at once, and can be
slow, rate-limited (429 with Retry-After), failing (503), or forbid a path in robots.txt.
They also serve an RSS feed, an Atom feed and a sitemap index with a nested sitemap."""

from __future__ import annotations

import dataclasses
import http.server
import threading
import time
from collections import Counter

from newsscan.model import Options

PRIVATE = "allow_private_addresses" in {f.name for f in dataclasses.fields(Options)}
CLI_PRIVATE = ["--allow-private-addresses"] if PRIVATE else []


def local_options(**kw) -> Options:
    """Options that may fetch from 127.0.0.1 (the loopback is refused by default where
    that policy exists)."""
    if PRIVATE:
        kw["allow_private_addresses"] = True
    return Options(**kw)


def article(n: int) -> bytes:
    names = ["Eva Roth", "Jan Weber", "Lena Vogt", "Paul Krause", "Mia Hahn", "Tim Wolf"]
    name = names[n % len(names)]
    return (
        f"<html><head><title>Meldung {n}</title></head><body><article>"
        f"<p>Die Sprecherin {name} sagte am Montag, die Brücke Nummer {n} werde im Mai eröffnet. "
        f"„Wir sind im Zeitplan“, sagte {name.split()[1]} vor dem Rathaus.</p>"
        f"<p>Die Bauarbeiten an Brücke {n} hätten länger gedauert als geplant, erklärte sie.</p>"
        "</article></body></html>"
    ).encode("utf-8")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):
        pass

    def send(self, code, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.done()  # the answer is decided: no longer in flight, even before it is written
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        for key, value in headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        host = self.server
        path = self.path
        with host.lock:
            host.hits[path] += 1
            host.times.setdefault(path, []).append(time.monotonic())
            host.active += 1
            host.peak = max(host.peak, host.active)
            count = host.hits[path]
        with host.together:
            host.together.notify_all()
        self.counted = True
        try:
            self.route(path, count)
        finally:
            self.done()
            with host.lock:
                host.served[path] += 1

    def done(self):
        """Count this request out of the ones in flight (once)."""
        if getattr(self, "counted", False):
            self.counted = False
            with self.server.lock:
                self.server.active -= 1

    def route(self, path, count):
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if path == "/robots.txt":
            if isinstance(self.server.robots, int):
                self.send(self.server.robots, b"robots.txt answers with an error")
            elif self.server.robots is None:
                self.send(404, b"no robots here")
            else:
                self.send(200, self.server.robots.encode(), ctype="text/plain")
        elif path.startswith(("/news/", "/private/")):
            self.send(200, article(int(path.rsplit("/", 1)[1].split(".")[0])))
        elif path.startswith("/moved/"):  # a permanent redirect to the article's new address
            self.send_response(301)
            self.send_header("Location", "/news/" + path.rsplit("/", 1)[1])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path.startswith("/slow/"):
            with self.server.together:  # hold the answer until a second request is in (3 s at most)
                self.server.together.wait_for(lambda: self.server.active >= 2, timeout=3)
            time.sleep(0.05)
            self.send(200, article(int(path.rsplit("/", 1)[1].split(".")[0])))
        elif path.startswith("/gate/"):
            self.server.gate.wait(30)  # released by the test; bounded all the same
            self.send(200, article(7))
        elif path == "/limited/1.html":
            if count == 1:
                self.send(429, b"slow down", headers=[("Retry-After", "1")])
            else:
                self.send(200, article(1))
        elif path == "/limited/long.html":
            self.send(429, b"slow down", headers=[("Retry-After", "3600")])
        elif path == "/flaky/2.html":
            self.send(503 if count == 1 else 200, article(2) if count > 1 else b"busy")
        elif path == "/down.html":
            self.send(503, b"busy")
        elif path == "/missing.html":
            self.send(404, b"gone")
        elif path == "/feed.xml":
            self.send(200, feed(base), ctype="application/rss+xml")
        elif path == "/atom.xml":
            self.send(200, atom(base), ctype="application/atom+xml")
        elif path == "/sitemap.xml":
            self.send(200, sitemap_index(base), ctype="application/xml")
        elif path == "/sitemap-news.xml":
            self.send(200, sitemap(base), ctype="application/xml")
        elif path == "/not-a-feed.xml":
            self.send(200, b"just some words", ctype="text/plain")
        else:
            self.send(404, b"")


def feed(base: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Lokales</title>'
        f"<link>{base}/</link>"
        f"<item><title>Eins</title><link>{base}/news/1.html</link></item>"
        f"<item><title>Zwei</title><link>/news/2.html</link></item>"
        f"<item><title>Geheim</title><link>{base}/private/3.html</link></item>"
        "</channel></rss>"
    ).encode()


def atom(base: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f'<title>Lokales</title><link href="{base}/atom.xml" rel="self"/>'
        f'<entry><title>Vier</title><link href="{base}/news/4.html"/></entry>'
        f'<entry><title>Fünf</title><link rel="alternate" href="{base}/news/5.html"/></entry>'
        "</feed>"
    ).encode()


def sitemap_index(base: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{base}/sitemap-news.xml</loc></sitemap></sitemapindex>"
    ).encode()


def sitemap(base: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{base}/news/{n}.html</loc></url>" for n in (6, 7, 8))
        + "</urlset>"
    ).encode()


class Host(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, robots: str | int | None):
        super().__init__(("127.0.0.1", 0), Handler)
        self.robots = robots
        self.lock = threading.Lock()
        self.together = threading.Condition()
        self.gate = threading.Event()
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.hits: Counter = Counter()
            self.served: Counter = Counter()
            self.times: dict[str, list[float]] = {}
            self.active = self.peak = 0

    def handle_error(self, request, client_address):
        pass

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


def start(robots: str | int | None) -> Host:
    """A host whose robots.txt is ``robots`` (text), missing (None) or an HTTP error status (int)."""
    host = Host(robots)
    threading.Thread(target=host.serve_forever, daemon=True).start()
    return host
