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
from collections.abc import Iterable, Iterator

from .model import Options

DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm", "*.xhtml", "*.text", "*.md")


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _directory(path: str, recursive: bool, glob) -> Iterator[str]:
    patterns = ((glob,) if isinstance(glob, str) else tuple(glob)) if glob else DEFAULT_GLOBS
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if recursive else []
        for name in sorted(files):
            path = os.path.join(root, name)
            # regular files only: a FIFO or a device in a folder would block or never end
            if not name.startswith(".") and any(fnmatch.fnmatch(name, p) for p in patterns) and os.path.isfile(path):
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


def expand(sources: Iterable[str], *, recursive: bool = False, glob: str | Iterable[str] | None = None,
           from_file: str | None = None) -> Iterator[str]:
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
                yield source          # becomes an error record: a directory with no articles
        else:
            yield source

    for source in sources:
        yield from one(source)
    if from_file:
        for source in _list_file(from_file):
            yield from one(source)


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


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
    record = to_dict(api.analyze_document(Document(raw=item.text, path=item.path, format="text",
                                                   encoding="utf-8", metadata=item.metadata), options))
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


def run_one(source, options: Options) -> dict:
    """Analyse one source (a path, URL, ``-`` or a corpus record) within its time budget;
    failures become an error record (never an exception)."""
    from .budget import budget
    from .corpus_input import CorpusItem
    from .errors import ArticleTimeout, NewsscanError
    from .safe import display_name
    from .schema import error_record

    name = display_name(source.label if isinstance(source, CorpusItem) else source)
    try:
        with budget(options.article_timeout):
            record = _analyse_source(source, options)
    except ArticleTimeout:
        return error_record(name, "timeout", f"{name}: gave up after {options.article_timeout:g} s "
                                             "(--article-timeout)")
    except NewsscanError as exc:
        return error_record(name, exc.kind, display_name(str(exc)))
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # a bug must not kill a batch: report it as a record
        return error_record(name, "internal", display_name(f"{name}: internal error: {type(exc).__name__}: {exc}"))
    if not isinstance(source, CorpusItem) and record["input"].get("path") is not None:
        record["input"]["path"] = name
    return record


def _analyse(args: tuple[str, Options]) -> dict:
    source, options = args
    return run_one(source, options)


def run(sources: Iterable[str], options: Options, jobs: int = 1) -> Iterator[dict]:
    """Analyse ``sources`` and yield their records in input order.

    With ``jobs > 1`` the work is spread over that many processes; results are still
    yielded in input order. Reading from stdin (``-``) happens in this process.
    """
    work = ((s, options) for s in sources)
    if jobs <= 1:
        for item in work:
            yield _analyse(item)
        return
    import multiprocessing

    _warm_up(options)             # load models and lexicons once, before the workers fork
    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    pool = ctx.Pool(jobs, initializer=_ignore_sigint)
    try:
        pending = _stdin_first(work)
        for record in pool.imap(_analyse_or_pass, pending, chunksize=16):
            yield record
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


def _stdin_first(work: Iterator[tuple[str, Options]]) -> Iterator:
    """Stdin cannot be read by a worker: analyse it here and pass the record through."""
    for source, opts in work:
        if source == "-":
            yield ("record", _analyse((source, opts)))
        else:
            yield ("source", (source, opts))


def _analyse_or_pass(item: tuple) -> dict:
    kind, payload = item
    return payload if kind == "record" else _analyse(payload)


def _warm_up(options: Options) -> None:
    from . import api, lang
    from .pipeline import language
    language.detect("warm up the language profiles")
    for code in lang.available():
        lang.get(code)
    api.analyze_text("Der Minister sagte, die Lage sei ernst.", options)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)
