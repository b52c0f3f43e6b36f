"""Many articles in one run: expanding sources, analysing them in worker processes,
and yielding one record per source in input order.

Records are produced lazily: nothing accumulates per article beyond what is being
written, so memory stays flat however long the stream is.
"""

from __future__ import annotations

import fnmatch
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import CancelledError
from concurrent.futures import TimeoutError as FuturesTimeout

from .errors import NewsscanError
from .model import Options

DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm", "*.xhtml", "*.text", "*.md")


def is_url(source) -> bool:
    """Whether a source is an http(s) URL (a corpus record is not)."""
    return isinstance(source, str) and source[:8].lower().startswith(("http://", "https://"))


def _directory(path: str, recursive: bool, glob) -> Iterator[str]:
    patterns = ((glob,) if isinstance(glob, str) else tuple(glob)) if glob else DEFAULT_GLOBS
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if recursive else []
        for name in sorted(files):
            path = os.path.join(root, name)
            # regular files only: a FIFO or a device in a folder would block or never end
            if (
                not name.startswith(".")
                and any(fnmatch.fnmatch(name, p) for p in patterns)
                and os.path.isfile(path)
            ):
                yield path


def _list_file(path: str) -> Iterator[str]:
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")
    try:
        for line in stream:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line
    finally:
        if stream is not sys.stdin:
            stream.close()


def expand(
    sources: Iterable[str],
    *,
    recursive: bool = False,
    glob: str | Iterable[str] | None = None,
    from_file: str | None = None,
) -> Iterator[str]:
    """Sources in input order: paths, directories (their files matching ``glob`` — one
    pattern or several — or the
    usual article extensions; sub-folders with ``recursive``), URLs, ``-``, then the lines
    of ``from_file``. A directory with no articles is passed on as is, so that it becomes
    an error record in its place."""

    def one(source: str) -> Iterator[str]:
        if not is_url(source) and source != "-" and os.path.isdir(source):
            found = False
            try:
                for path in _directory(source, recursive, glob):
                    found = True
                    yield path
            except OSError:
                pass
            if not found:
                yield source  # becomes an error record: a directory with no articles
        else:
            yield source

    for source in sources:
        yield from one(source)
    if from_file:
        for source in _list_file(from_file):
            yield from one(source)


def _quiet_exit(signum, frame):
    """A worker asked to stop leaves through SystemExit: no traceback is printed, and the
    locks it holds (the task queue's, while it waits for work) are released on the way out;
    dying on the signal itself could leave the queue locked and ``pool.terminate()`` waiting
    for ever."""
    raise SystemExit(128 + signum)


def _ignore_sigint() -> None:
    """Worker set-up: Ctrl-C is the parent's to handle; SIGTERM/SIGHUP (``pool.terminate()``)
    end the worker quietly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _quiet_exit)


def _corpus_record(item, options: Options) -> dict:
    """Analyse one record of a corpus file (see :mod:`newsscan.corpus_input`)."""
    from . import api
    from .model import Document
    from .schema import SCHEMA, to_dict

    where = {"path": item.path, "id": item.id, "line": item.line}
    if item.error:
        return {"schema": SCHEMA, "input": where, "error": {"kind": "input", "message": item.error}}
    if len(item.text.encode("utf-8")) > options.max_bytes:
        message = f"{item.label}: text is larger than the limit of {options.max_bytes} bytes"
        return {"schema": SCHEMA, "input": where, "error": {"kind": "input", "message": message}}
    record = to_dict(
        api.analyze_document(
            Document(raw=item.text, path=item.path, format="text", encoding="utf-8", metadata=item.metadata),
            options,
        )
    )
    record["input"] = {**where, "format": "text", "encoding": "utf-8"}
    return record


def _analyse_source(source, options: Options) -> dict:
    """The record of one source: a path, URL or ``-``, or a record of a corpus file."""
    from . import api
    from .corpus_input import CorpusItem
    from .schema import to_dict

    if isinstance(source, CorpusItem):
        return _corpus_record(source, options)
    return to_dict(api.analyze(source, options))


def guarded(source, analyse, options: Options) -> dict:
    """Run ``analyse()`` (which returns a record) for ``source`` — a path, URL, ``-`` or a
    corpus record — within the article's time budget; failures become an error record
    (never an exception)."""
    from .budget import budget
    from .corpus_input import CorpusItem
    from .errors import ArticleTimeout
    from .safe import display_name
    from .schema import error_record

    name = display_name(source.label if isinstance(source, CorpusItem) else source)
    try:
        with budget(options.article_timeout):
            record = analyse()
    except ArticleTimeout:
        return error_record(
            name, "timeout", f"{name}: gave up after {options.article_timeout:g} s (--article-timeout)"
        )
    except NewsscanError as exc:
        return error_record(name, exc.kind, display_name(str(exc)))
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # a bug must not kill a batch: report it as a record
        return error_record(
            name, "internal", display_name(f"{name}: internal error: {type(exc).__name__}: {exc}")
        )
    if not isinstance(source, CorpusItem) and record["input"].get("path") is not None:
        record["input"]["path"] = name
    return record


def run_one(source, options: Options) -> dict:
    """Analyse one source (a path, URL, ``-`` or a corpus record); failures become an
    error record (never an exception)."""
    return guarded(source, lambda: _analyse_source(source, options), options)


def run_page(page, options: Options) -> dict:
    """Analyse a page fetched by :mod:`newsscan.download`; failures become an error record."""
    from . import api
    from .pipeline import load

    def analyse():
        from .schema import to_dict

        doc = load.from_bytes(page.body, url=page.final_url, options=options, content_type=page.content_type)
        return to_dict(api.analyze_document(load.redirected(doc, page.url), options))

    return guarded(page.url, analyse, options)


def _analyse(task: tuple) -> dict:
    """One task: ("source", path, options), ("page", page, options) or ("record", record)."""
    kind = task[0]
    if kind == "record":
        return task[1]
    if kind == "page":
        return run_page(task[1], task[2])
    return run_one(task[1], task[2])


def _task(source: str, download, options: Options, stop: threading.Event) -> tuple:
    """The task for one source; a failed download is already its error record."""
    from .schema import error_record

    if download is None:
        if source == "-":  # stdin cannot be read by a worker: read it here (within the budget)
            return ("record", run_one(source, options))
        return ("source", source, options)
    while True:
        try:
            return ("page", download.result(timeout=0.2), options)
        except FuturesTimeout:
            if stop.is_set():
                return ("record", error_record(source, "fetch", f"{source}: download cancelled"))
        except CancelledError:
            return ("record", error_record(source, "fetch", f"{source}: download cancelled"))
        except NewsscanError as exc:
            return ("record", error_record(source, exc.kind, str(exc)))


def _tasks(
    sources: Iterable[str], options: Options, downloader, lookahead: int, stop: threading.Event
) -> Iterator[tuple]:
    """Tasks in input order; URL downloads run up to ``lookahead`` sources ahead."""
    ahead: deque = deque()
    for source in sources:
        future = downloader.submit(source) if downloader is not None and is_url(source) else None
        ahead.append((source, future))
        if len(ahead) > lookahead:
            yield _task(*ahead.popleft(), options, stop)
    while ahead:
        yield _task(*ahead.popleft(), options, stop)


def _bounded(tasks: Iterator[tuple], slots: threading.Semaphore, stop: threading.Event) -> Iterator[tuple]:
    """Hand out a task only when fewer than the window's worth are unconsumed."""
    for task in tasks:
        while not slots.acquire(timeout=0.2):
            if stop.is_set():
                return
        yield task


def run(
    sources: Iterable[str], options: Options, jobs: int = 1, downloader=None, pages: bool | None = None
) -> Iterator[dict]:
    """Analyse ``sources`` and yield their records in input order.

    With ``jobs > 1`` the work is spread over that many processes, one article at a time,
    so every worker is busy and records arrive as they finish; they are still yielded in
    input order. With a :class:`~newsscan.download.Downloader`, URLs are fetched in its
    threads ahead of the analysis. Reading from stdin (``-``) happens in this process.
    ``pages`` says whether web pages may come (the workers then fork with the HTML
    extractor loaded); None: guess from ``sources`` when it is a list.
    """
    stop = threading.Event()
    lookahead = 2 * max(1, downloader.policy.threads) if downloader is not None else 0
    tasks = _tasks(sources, options, downloader, lookahead, stop)
    try:
        if jobs <= 1:
            for task in tasks:
                yield _analyse(task)
        else:
            html = may_hold_pages(sources) if pages is None else pages
            yield from _in_pool(tasks, options, jobs, stop, html)
    finally:
        stop.set()


def may_hold_pages(sources) -> bool:
    """Whether a web page may be among the sources (URLs, .html files, or a stream we cannot
    look ahead in)."""
    if not isinstance(sources, (list, tuple)):
        return True
    return any(
        is_url(s) or (isinstance(s, str) and s.lower().endswith((".html", ".htm", ".xhtml", ".gz")))
        for s in sources
    )


def _in_pool(
    tasks: Iterator[tuple], options: Options, jobs: int, stop: threading.Event, html: bool = True
) -> Iterator[dict]:
    """Analyse tasks in ``jobs`` worker processes, at most a few per worker in flight."""
    import multiprocessing

    _warm_up(options, html)  # load models and lexicons once, before the workers fork
    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    slots = threading.Semaphore(4 * jobs)
    pool = ctx.Pool(jobs, initializer=_ignore_sigint)
    try:
        for record in pool.imap(_analyse, _bounded(tasks, slots, stop), chunksize=1):
            slots.release()
            yield record
        pool.close()
    except BaseException:
        stop.set()
        if _terminate(pool):
            pool.join()
        raise
    pool.join()


TERMINATE_GRACE = 5.0  # seconds pool.terminate() may take before its stuck lock is released


def _terminate(pool, grace: float = TERMINATE_GRACE) -> bool:
    """``pool.terminate()``, bounded; whether the pool ended cleanly.

    terminate() waits for the pool's task handler, whose last act is to put an end marker on
    the result queue under that queue's lock. A worker killed while it held the lock (writing
    a result) leaves it taken for good, and terminate() would wait for ever. So terminate()
    runs in a helper thread; if it has not finished after ``grace`` seconds, the result
    queue's lock — a semaphore, which any process may release — is released for it."""
    ender = threading.Thread(target=pool.terminate, name="newsscan-pool-terminate", daemon=True)
    ender.start()
    ender.join(grace)
    if ender.is_alive():
        try:
            pool._outqueue._wlock.release()
        except (AttributeError, ValueError):  # no such lock, or it was free after all
            pass
        ender.join(grace)
    return not ender.is_alive()


_WARM_PAGE = (
    b"<html><head><title>Test</title></head><body><article><p>Der Minister sagte, die Lage sei ernst. "
    b"Die Polizei teilte mit, dass niemand verletzt wurde.</p></article></body></html>"
)


def _warm_up(options: Options, html: bool = True) -> None:
    """Load language data, profiles and (when pages may come) the HTML extractor once,
    before workers fork, so that no worker pays for them again (importing trafilatura in
    each of 8 workers on 2 cores cost seconds before the first record)."""
    from . import api, lang
    from .pipeline import language, load

    language.detect("warm up the language profiles")
    for code in lang.available():
        lang.get(code)
    api.analyze_text("Der Minister sagte, die Lage sei ernst.", options)
    if html:
        api.analyze_document(load.from_bytes(_WARM_PAGE, url="http://localhost/", options=options), options)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)
