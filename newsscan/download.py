"""Downloading many URLs politely, apart from analysing them.

A bounded pool of threads fetches pages with :func:`newsscan.pipeline.fetch.fetch` (its
timeout, size cap, redirect limit and charset handling apply to every request) and adds
what a crawl needs:

- at most ``per_host`` requests at a time to one host, and at least ``delay`` seconds
  between the starts of two requests to it (raised to a robots.txt ``Crawl-delay``);
- retries with exponential backoff on HTTP 429 and 5xx, timeouts and connection errors;
  a ``Retry-After`` header (seconds or an HTTP date) decides the wait instead, and holds
  back every request to that host until it has passed; a wait longer than ``max_wait``
  is not waited for, the URL fails;
- robots.txt, read once per host and obeyed for the ``newsscan`` user agent unless
  ``robots`` is false; a robots.txt that answers 4xx allows everything, one that answers
  5xx allows nothing (RFC 9309); when the host cannot be reached at all, the page's own
  fetch reports why;
- an optional on-disk cache of fetched pages (``cache``), keyed by the URL asked for.

Failures are :class:`~newsscan.errors.FetchError` with one readable line.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import os
import queue
import re
import socket
import ssl
import threading
import time
import urllib.parse
from concurrent.futures import Future
from dataclasses import dataclass

from .errors import FetchError
from .model import Options

TRANSIENT_STATUS = (429, 500, 502, 503, 504)
USER_AGENT_TOKEN = "newsscan"


@dataclass(frozen=True)
class FetchPolicy:
    """How a crawl behaves towards the hosts it visits."""

    threads: int = 8  # download threads in all
    per_host: int = 2  # requests at a time to one host
    delay: float = 0.0  # seconds between request starts on one host
    retries: int = 3  # further attempts after a transient failure
    backoff: float = 1.0  # first wait before a retry; doubles each time
    max_wait: float = 120.0  # longest wait accepted (Retry-After, backoff, Crawl-delay)
    robots: bool = True  # obey robots.txt
    cache: str | None = None  # folder of cached pages
    cache_max_age: float | None = None  # seconds a cached page is used; None: for ever


@dataclass(frozen=True)
class Page:
    """A fetched page: the URL asked for, where it ended up, and its bytes."""

    url: str
    final_url: str
    body: bytes
    content_type: str
    cached: bool = False


def host_of(url: str) -> str:
    """``scheme://host:port`` of a URL, lower-cased: the unit of politeness."""
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


@dataclass(frozen=True)
class Failure:
    """What a fetch error says about retrying: the HTTP status, Retry-After, and
    whether the fault is transient (worth another attempt)."""

    status: int | None
    retry_after: float | None
    transient: bool


_STATUS = re.compile(r"\bHTTP (\d{3})\b")


def _network_fault_is_transient(cause: BaseException | None) -> bool:
    """Timeouts and refused or reset connections are; certificates, unknown hosts and
    refused addresses (no network fault behind them) are not."""
    if cause is None or isinstance(cause, (ssl.SSLError, socket.gaierror, ssl.CertificateError)):
        return False
    return isinstance(cause, (TimeoutError, socket.timeout, ConnectionError, OSError))


def classify(exc: FetchError) -> Failure:
    """Read a :class:`FetchError` from :func:`fetch.fetch`: the status and ``Retry-After``
    of an HTTP error, or the network fault behind it (kept as the exception's context)."""
    status = exc.status
    retry_after = parse_retry_after(exc.retry_after)
    if status is None:
        match = _STATUS.search(str(exc))
        status = int(match.group(1)) if match else None
    if status is not None:
        return Failure(status, retry_after, status in TRANSIENT_STATUS)
    timed_out = "timed out" in str(exc)
    return Failure(None, None, timed_out or _network_fault_is_transient(exc.__cause__ or exc.__context__))


class HostGate:
    """Per-host concurrency and spacing of request starts; waits end early when ``stop`` is set."""

    def __init__(self, per_host: int, delay: float, stop: threading.Event | None = None):
        self.per_host, self.delay = per_host, delay
        self.stop = stop or threading.Event()
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next: dict[str, float] = {}
        self._delays: dict[str, float] = {}

    def set_delay(self, host: str, delay: float) -> None:
        """Space requests to ``host`` by at least ``delay`` seconds (never less than the default)."""
        with self._lock:
            self._delays[host] = max(self.delay, delay)

    def hold(self, host: str, seconds: float) -> None:
        """No request to ``host`` starts within the next ``seconds``."""
        with self._lock:
            self._next[host] = max(self._next.get(host, 0.0), time.monotonic() + seconds)

    def _slot(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            if host not in self._slots:
                self._slots[host] = threading.BoundedSemaphore(self.per_host)
            return self._slots[host]

    def _reserve(self, host: str) -> float:
        """Book the next start time for ``host``; returns how long to sleep until it."""
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, 0.0))
            self._next[host] = start + self._delays.get(host, self.delay)
            return start - now

    def run(self, host: str, call):
        """Run ``call()`` within the host's limits."""
        slot = self._slot(host)
        with slot:
            wait = self._reserve(host)
            if wait > 0 and self.stop.wait(wait):
                raise FetchError(f"{host}: download cancelled")
            return call()


class _DaemonPool:
    """A fixed pool of daemon threads: unlike ThreadPoolExecutor, one blocked in a slow
    fetch never holds up the end of the process (after Ctrl-C, say)."""

    def __init__(self, threads: int):
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._threads = threads
        self._started = False
        self._lock = threading.Lock()

    def _start(self) -> None:
        """Threads start with the first download (a run of local files needs none)."""
        self._started = True
        for n in range(self._threads):
            threading.Thread(target=self._work, name=f"newsscan-fetch-{n}", daemon=True).start()

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            future, fn, args = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # handed to whoever waits on the future
                future.set_exception(exc)

    def submit(self, fn, *args) -> Future:
        with self._lock:
            if not self._started:
                self._start()
        future: Future = Future()
        self._queue.put((future, fn, args))
        return future

    def shutdown(self) -> None:
        """Let every thread end once the queue is drained (queued futures cancel themselves)."""
        with self._lock:
            for _ in range(self._threads if self._started else 0):
                self._queue.put(None)


class PageCache:
    """Fetched pages on disk: ``DIR/ab/<sha256 of the URL>.body`` and ``.json``."""

    def __init__(self, folder: str, scope: str = "", max_age: float | None = None):
        self.folder = folder
        self.scope = scope
        self.max_age = max_age
        os.makedirs(folder, exist_ok=True)

    def _paths(self, url: str) -> tuple[str, str]:
        # the scope keeps pages fetched under a wider address policy out of a narrower run
        key = hashlib.sha256((self.scope + url).encode("utf-8")).hexdigest()
        base = os.path.join(self.folder, key[:2], key)
        return base + ".body", base + ".json"

    def get(self, url: str) -> Page | None:
        """The cached page of ``url``, or None (also when it is older than ``max_age``)."""
        body_path, meta_path = self._paths(url)
        try:
            if self.max_age is not None and time.time() - os.stat(meta_path).st_mtime > self.max_age:
                return None  # stored too long ago: fetched again, and the new page replaces it
            with open(meta_path, encoding="utf-8") as fh:
                meta = json.load(fh)
            with open(body_path, "rb") as fh:
                body = fh.read()
        except (OSError, ValueError):
            return None
        return Page(url, meta["final_url"], body, meta["content_type"], cached=True)

    def put(self, page: Page) -> None:
        """Store a page (body first, then its description, each by an atomic rename)."""
        body_path, meta_path = self._paths(page.url)
        os.makedirs(os.path.dirname(body_path), exist_ok=True)
        meta = {"url": page.url, "final_url": page.final_url, "content_type": page.content_type}
        for path, data in ((body_path, page.body), (meta_path, json.dumps(meta).encode("utf-8"))):
            tmp = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"
            with open(tmp, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)


def _default_fetch(url: str, options: Options, accept=None):
    from .pipeline import fetch

    if accept is None:
        return fetch.fetch(url, options)
    return fetch.fetch(url, options, accept=accept)


class Downloader:
    """Fetches URLs in a bounded pool of threads under a :class:`FetchPolicy`.

    ``get(url)`` fetches in the calling thread; ``submit(url)`` in the pool. Use it as a
    context manager, or call :meth:`close`.
    """

    def __init__(
        self, options: Options = Options(), policy: FetchPolicy = FetchPolicy(), fetch=_default_fetch
    ):
        self.options, self.policy, self._fetch = options, policy, fetch
        self.closed = threading.Event()
        self.gate = HostGate(policy.per_host, policy.delay, self.closed)
        scope = "private-allowed " if options.allow_private_addresses else ""
        self.cache = PageCache(policy.cache, scope, policy.cache_max_age) if policy.cache else None
        self._robots: dict[str, object] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self._pool = _DaemonPool(max(1, policy.threads))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        """Stop: queued downloads fail at once, running ones end after their current attempt
        (waits for a host end at once)."""
        if not self.closed.is_set():
            self.closed.set()
            self._pool.shutdown()

    def submit(self, url: str, accept=None) -> Future:
        """Fetch ``url`` in the pool; the future holds a :class:`Page` or a FetchError."""
        return self._pool.submit(self._get_unless_closed, url, accept)

    def _get_unless_closed(self, url: str, accept=None) -> Page:
        if self.closed.is_set():
            raise FetchError(f"{url}: download cancelled")
        return self.get(url, accept)

    def get(self, url: str, accept=None) -> Page:
        """Fetch one URL (cache, robots.txt, host limits, retries)."""
        if self.cache is not None:
            page = self.cache.get(url)
            if page is not None:
                return page
        if not url[:8].lower().startswith(("http://", "https://")):
            raise FetchError(f"only http and https URLs are supported: {url}")
        if self.policy.robots and not self._allowed(url):
            raise FetchError(f"{url}: disallowed by robots.txt (--ignore-robots to fetch anyway)")
        page = self._attempts(url, accept)
        if self.cache is not None:
            self.cache.put(page)
        return page

    def _attempts(self, url: str, accept=None) -> Page:
        """Fetch with retries: transient failures wait (backoff or Retry-After) and try again."""
        host = host_of(url)
        attempt = 0
        while True:
            try:
                body, final_url, content_type = self.gate.run(
                    host, lambda: self._fetch(url, self.options, accept)
                )
                return Page(url, final_url, body, content_type)
            except FetchError as exc:
                wait = self._retry_wait(exc, attempt)
                if wait is None:
                    raise
                if wait > self.policy.max_wait:
                    raise FetchError(
                        f"{exc} (asked to wait {wait:g} s, more than the {self.policy.max_wait:g} s accepted)"
                    ) from None
                self.gate.hold(host, wait)
                attempt += 1

    def _retry_wait(self, exc: FetchError, attempt: int) -> float | None:
        """Seconds before the next attempt, or None when the failure is final."""
        failure = classify(exc)
        if not failure.transient or self.closed.is_set():
            return None
        if attempt >= self.policy.retries:
            if attempt:
                raise FetchError(f"{exc} (gave up after {attempt + 1} attempts)") from None
            return None
        if failure.retry_after is not None:
            return failure.retry_after
        return self.policy.backoff * (2**attempt)

    def _host_lock(self, host: str) -> threading.Lock:
        with self._lock:
            return self._robots_locks.setdefault(host, threading.Lock())

    def _allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's host lets ``newsscan`` fetch it."""
        host = host_of(url)
        with self._host_lock(host):
            if host not in self._robots:
                self._robots[host] = self._read_robots(host)
        rules = self._robots[host]
        if isinstance(rules, FetchError):
            raise FetchError(
                f"{url}: robots.txt could not be read ({rules}); not fetched "
                "(--ignore-robots to fetch anyway)"
            )
        return rules is None or rules.can_fetch(USER_AGENT_TOKEN, url)

    def _read_robots(self, host: str):
        """The parsed robots.txt of ``host``; None when there is none (4xx) or when the host
        could not be reached at all (the page's own fetch then says why); the error when the
        server answered 5xx (or 429 to the end)."""
        import urllib.robotparser

        try:
            page = self._attempts(host + "/robots.txt")
        except FetchError as exc:
            status = classify(exc).status
            return exc if status is not None and (status >= 500 or status == 429) else None
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(page.body.decode("utf-8", errors="replace").splitlines())
        delay = parser.crawl_delay(USER_AGENT_TOKEN)
        if delay:
            self.gate.set_delay(host, min(float(delay), self.policy.max_wait))
        return parser
