"""Command-line interface: a thin shell over :mod:`newsscan.api`.

Exit codes: 0 success; 1 one or more sources could not be analysed; 2 usage error;
130 interrupted.
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from enum import Enum
from typing import List, Optional

import typer

from . import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Who said what, and according to whom: quotes, speakers and cited agencies in news articles.")


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    parquet = "parquet"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def _version(value: bool):
    if value:
        typer.echo(f"newsscan {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Show the version and exit.")):
    pass


def _err(message: str) -> None:
    """One line on stderr: control characters in the message (from file names, URLs) are escaped."""
    from .safe import one_line
    sys.stderr.write(f"newsscan: {one_line(message)}\n")
    sys.stderr.flush()


def _usage(message: str):
    _err(message)
    raise typer.Exit(EXIT_USAGE)


def _options(language, keep_boilerplate, timeout, max_bytes, article_timeout=None, allow_private=False):
    from .model import Options
    return Options(language=language, keep_boilerplate=keep_boilerplate, timeout=timeout, max_bytes=max_bytes,
                   article_timeout=article_timeout or None, allow_private_addresses=allow_private)


def _seconds(value: Optional[float]) -> Optional[float]:
    """A positive, finite number of seconds (0 for --article-timeout means no budget)."""
    import math
    if value is not None and (not math.isfinite(value) or value < 0):
        raise typer.BadParameter("must be a finite number of seconds, not negative")
    return value


def _positive_timeout(value: float) -> float:
    _seconds(value)
    if value == 0:
        raise typer.BadParameter("must be more than 0 seconds")
    return value


def _positive_bytes(value: int) -> int:
    if value <= 0:
        raise typer.BadParameter("must be a positive number of bytes")
    return value


def _sources(sources: Optional[List[str]], from_file: Optional[str] = None) -> list[str]:
    if sources or from_file:
        return list(sources or [])
    if not sys.stdin.isatty():
        return ["-"]
    _err("no source given (a path, a directory, a URL, - for stdin, or --from-file LIST)")
    raise typer.Exit(EXIT_USAGE)


def _console(stream):
    from rich.console import Console
    no_color = bool(os.environ.get("NO_COLOR"))
    # markup and emoji off: text from articles ("[/]", "[link=…]", ":flag:") is shown as written
    return Console(file=stream, no_color=no_color, highlight=False, soft_wrap=False, markup=False, emoji=False)


FORMAT_OPT = typer.Option(None, "--format", "-f", help="Output format (default: table on a terminal, json otherwise).")
JSON_OPT = typer.Option(False, "--json", help="Alias for --format json.")
LANG_OPT = typer.Option(None, "--language", "-l", help="Language code to use instead of detecting it.")
KEEP_OPT = typer.Option(False, "--keep-boilerplate", help="Do not remove boilerplate lines.")
TIMEOUT_OPT = typer.Option(15.0, "--timeout", callback=_positive_timeout,
                           help="Seconds for a whole URL fetch (connect, headers and body).")
MAXB_OPT = typer.Option(10_000_000, "--max-bytes", callback=_positive_bytes,
                        help="Largest input accepted, in bytes (also after decompression).")
ARTICLE_TIMEOUT_OPT = typer.Option(30.0, "--article-timeout", callback=_seconds,
                                   help="Seconds one article may take before it becomes a timeout error (0: no limit).")
PRIVATE_OPT = typer.Option(False, "--allow-private-addresses",
                           help="Allow URLs on loopback, private and link-local addresses (refused by default).")
RECURSIVE_OPT = typer.Option(False, "--recursive", "-r", help="Also read articles in sub-folders of a directory.")
GLOB_OPT = typer.Option(None, "--glob", help="Which files of a directory to read (default: *.txt, *.html, *.htm, …).")
FROM_FILE_OPT = typer.Option(None, "--from-file", help="Read sources from this file, one a line (- for stdin).")
JOBS_OPT = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: the number of cores).")
QUIET_OPT = typer.Option(False, "--quiet", "-q", help="No progress bar.")
OUTPUT_OPT = typer.Option(None, "--output", "-o", help="Write to this file (atomically) instead of stdout.")
FEED_OPT = typer.Option(None, "--feed", metavar="URL", help="Also analyse the articles an RSS/Atom/JSON feed links to (repeatable).")
SITEMAP_OPT = typer.Option(None, "--sitemap", metavar="URL", help="Also analyse the articles a sitemap lists (repeatable).")
DOWNLOADS_OPT = typer.Option(8, "--downloads", min=1, metavar="N", help="Download threads for URLs.")
PER_HOST_OPT = typer.Option(2, "--per-host", min=1, metavar="N", help="Requests at a time to one host.")
DELAY_OPT = typer.Option(0.0, "--delay", min=0.0, metavar="SECONDS", help="Seconds between requests to one host.")
RETRIES_OPT = typer.Option(3, "--retries", min=0, metavar="N", help="Retries after HTTP 429/5xx, timeouts and connection errors.")
MAX_WAIT_OPT = typer.Option(120.0, "--max-wait", min=0.0, metavar="SECONDS",
                            help="Longest wait accepted before a retry (Retry-After, backoff, Crawl-delay).")
ROBOTS_OPT = typer.Option(False, "--ignore-robots", help="Fetch URLs that robots.txt disallows.")
CACHE_OPT = typer.Option(None, "--cache", metavar="DIR", help="Keep fetched pages in this folder and reuse them.")


def _policy(downloads, per_host, delay, retries, max_wait, ignore_robots, cache):
    from .download import FetchPolicy
    return FetchPolicy(threads=downloads, per_host=per_host, delay=delay, retries=retries, max_wait=max_wait,
                       robots=not ignore_robots, cache=cache)


class _Batch:
    """The shared machinery of commands that read many sources: expansion, workers,
    progress on stderr, error lines, and interruption."""

    def __init__(self, sources, from_file, recursive, glob, jobs, quiet, options, policy=None, feeds=(),
                 sitemaps=()):
        from . import batch
        from .download import Downloader, FetchPolicy
        self.downloader = Downloader(options, policy or FetchPolicy())
        self.early: list[dict] = []           # error records of feeds and sitemaps that failed
        self.sources = self._expand(sources, from_file, recursive, glob, bool(feeds or sitemaps))
        self.sources += self._linked(feeds or (), sitemaps or ())
        self.jobs = min(jobs or batch.default_jobs(), max(1, len(self.sources)))
        self.options = options
        self.show_progress = not quiet and sys.stderr.isatty() and len(self.sources) > 1
        self.failed = 0
        self.skipped = 0
        self.stored = None

    @staticmethod
    def _expand(sources, from_file, recursive, glob, linked: bool) -> list[str]:
        """The sources given, folders and the list file expanded (stdin when nothing is
        given, unless feeds or sitemaps are); unreadable lists are usage errors."""
        from . import batch
        _check_list_file(from_file)
        given = list(sources or []) if linked else _sources(sources, from_file)
        try:
            return list(batch.expand(given, recursive=recursive, glob=glob, from_file=from_file))
        except UnicodeDecodeError:
            _usage(f"{from_file}: the list of sources is not UTF-8 text")
        except OSError as exc:
            _usage(f"{from_file}: cannot read the list of sources: {exc.strerror or exc}")

    def _linked(self, feeds, sitemaps) -> list[str]:
        """Article URLs of feeds and sitemaps; a feed or sitemap that fails is an error record."""
        from . import links
        from .errors import NewsscanError
        from .schema import error_record
        found: list[str] = []
        for expand, urls in ((links.feed_links, feeds), (links.sitemap_links, sitemaps)):
            for url in urls:
                try:
                    found.extend(u for u in expand(url, self.downloader) if u not in found)
                except NewsscanError as exc:
                    self.early.append(error_record(url, exc.kind, str(exc)))
        return found

    def skip_stored(self, stored) -> None:
        """Leave out sources already stored; records of stored articles are not yielded."""
        before = len(self.sources)
        self.sources = [s for s in self.sources if s not in stored.sources]
        self.skipped = before - len(self.sources)
        self.jobs = min(self.jobs, max(1, len(self.sources)))
        self.stored = stored

    def close(self) -> None:
        self.downloader.close()

    def records(self):
        progress = None
        if self.show_progress:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)
            progress = Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                                MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                                TextColumn("{task.fields[errors]}"), TimeElapsedColumn(), TimeRemainingColumn(),
                                console=_console(sys.stderr), transient=True)
            task = progress.add_task("analysing", total=len(self.sources) + len(self.early), rate="", errors="")
            progress.start()
        try:
            import time
            started = time.perf_counter()
            for n, record in enumerate(self._all(), 1):
                if "error" in record:
                    self.failed += 1
                    if progress:
                        from .safe import one_line
                        progress.console.print(f"newsscan: {one_line(record['error']['message'])}", markup=False)
                    else:
                        _err(record["error"]["message"])
                if progress:
                    rate = n / max(time.perf_counter() - started, 1e-9)
                    progress.update(task, advance=1, rate=f"{rate:.0f}/s",
                                    errors=f"{self.failed} failed" if self.failed else "")
                if self._already_stored(record):
                    continue
                yield record
        finally:
            if progress:
                progress.stop()
            self.close()

    def _all(self):
        from . import batch
        yield from self.early
        yield from batch.run(self.sources, self.options, self.jobs, downloader=self.downloader)

    def _already_stored(self, record: dict) -> bool:
        """With --skip-existing: an article whose content is already stored is not written again."""
        if self.stored is None or "error" in record:
            return False
        from .render.tables import content_hash
        if content_hash(record["text"]) in self.stored.hashes:
            self.skipped += 1
            return True
        return False

    def interrupted(self, done: int, detail: str = ""):
        """Ctrl-C (exit code 130), SIGTERM or SIGHUP (128 + the signal): one line on stderr."""
        what = "terminated" if _SIGNAL else "interrupted"
        _err(f"{what} after {done} of {len(self.sources)} articles{detail}")
        raise typer.Exit(_interrupt_code()) from None

    @property
    def exit_code(self) -> int:
        return EXIT_FAILED if self.failed else EXIT_OK


def _check_list_file(from_file: Optional[str]) -> None:
    """--from-file must name a readable file (or - for stdin): anything else is a usage error."""
    if not from_file or from_file == "-":
        return
    if os.path.isdir(from_file):
        _usage(f"{from_file}: --from-file needs a file with one source a line, not a folder")
    if not os.path.isfile(from_file):
        _usage(f"{from_file}: no such file (--from-file)")


def _check_output(path: Optional[str]) -> None:
    """-o must name a file in an existing, writable folder: checked before any work is done."""
    if not path or path == "-":
        return
    folder = os.path.dirname(os.path.abspath(path)) or "."
    if os.path.isdir(path):
        _usage(f"{path}: is a folder; --output needs a file name")
    if not os.path.isdir(folder):
        _usage(f"{path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        _usage(f"{path}: cannot write in {folder} (permission denied)")


def _format(fmt: Optional[Format], json_: bool, output: Optional[str]) -> Format:
    """--json wins; with no format, a table on a terminal and JSON in a pipe or a file."""
    if json_:
        return Format.json
    if fmt is None:
        return Format.table if sys.stdout.isatty() and not output else Format.json
    return fmt


def _writer(fmt: Format, stream, many: bool):
    from .render import json as jsonr
    if fmt is Format.jsonl:
        return jsonr.JsonLinesWriter(stream)
    if fmt is Format.json:
        return jsonr.JsonWriter(stream, many=many, pretty=stream.isatty())
    if fmt is Format.csv:
        from .render.csv import CsvWriter
        return CsvWriter(stream)
    if fmt is Format.markdown:
        from .render.markdown import MarkdownWriter
        return MarkdownWriter(stream)
    from .render.table import TableWriter
    return TableWriter(_console(stream))


@app.command("analyze")
def analyze_cli(
    sources: Optional[List[str]] = typer.Argument(None, help="Files, directories, URLs, or - for stdin."),
    format: Optional[Format] = FORMAT_OPT,
    json_: bool = JSON_OPT,
    output: Optional[str] = OUTPUT_OPT,
    sqlite: Optional[str] = typer.Option(None, "--sqlite", help="Also store the results in this SQLite database."),
    recursive: bool = RECURSIVE_OPT,
    glob: Optional[str] = GLOB_OPT,
    from_file: Optional[str] = FROM_FILE_OPT,
    jobs: Optional[int] = JOBS_OPT,
    quiet: bool = QUIET_OPT,
    language: Optional[str] = LANG_OPT,
    keep_boilerplate: bool = KEEP_OPT,
    timeout: float = TIMEOUT_OPT,
    max_bytes: int = MAXB_OPT,
    feed: Optional[List[str]] = FEED_OPT,
    sitemap: Optional[List[str]] = SITEMAP_OPT,
    downloads: int = DOWNLOADS_OPT,
    per_host: int = PER_HOST_OPT,
    delay: float = DELAY_OPT,
    retries: int = RETRIES_OPT,
    max_wait: float = MAX_WAIT_OPT,
    ignore_robots: bool = ROBOTS_OPT,
    cache: Optional[str] = CACHE_OPT,
    skip_existing: bool = typer.Option(False, "--skip-existing",
                                       help="Skip sources and articles already in the --sqlite database or the "
                                            "Parquet output (resume a run)."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local (worker processes) or dask (a Dask cluster)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                            help="Dask scheduler address (default: a local cluster on 127.0.0.1)."),
    dataset: Optional[List[str]] = typer.Option(None, "--dataset", metavar="PATH",
                                                help="With --engine dask: a Parquet or JSONL dataset of articles "
                                                     "(a file, a folder or a glob; repeatable)."),
    text_field: str = typer.Option("text", "--text-field", metavar="NAME", help="With --dataset: the column holding the text."),
    id_field: str = typer.Option("id", "--id-field", metavar="NAME", help="With --dataset: the column naming each article."),
    article_timeout: float = ARTICLE_TIMEOUT_OPT,
    allow_private: bool = PRIVATE_OPT,
):
    """Find statements, speakers and cited agencies in articles."""
    options = _options(language, keep_boilerplate, timeout, max_bytes, article_timeout, allow_private)
    dask_default = engine is Engine.dask and format is None and not json_
    fmt = Format.parquet if dask_default else _format(format, json_, output)
    policy = _policy(downloads, per_host, delay, retries, max_wait, ignore_robots, cache)
    if engine is Engine.dask:
        from types import SimpleNamespace
        raise typer.Exit(_dask_cli(SimpleNamespace(
            sources=sources, from_file=from_file, recursive=recursive, glob=glob, feeds=feed,
            sitemaps=sitemap, datasets=dataset, fields=(text_field, id_field), scheduler=scheduler,
            jobs=jobs, fmt=fmt, output=output, options=options, policy=policy, sqlite=sqlite,
            skip_existing=skip_existing)))
    if dataset:
        _usage("--dataset needs --engine dask")
    if fmt is not Format.parquet:
        _check_output(output)
    stored = _stored(skip_existing, sqlite, fmt, output)
    run = _Batch(sources, from_file, recursive, glob, jobs, quiet, options, policy, feed, sitemap)
    if stored is not None:
        run.skip_stored(stored)
    store = None
    if sqlite:
        from .render.sqlite import SqliteWriter
        store = SqliteWriter(sqlite)
    try:
        if fmt is Format.parquet:
            _write_parquet(run, output, store)
        else:
            _write_stream(run, fmt, output, store)
    finally:
        if store:
            store.close()
    if run.skipped:
        _err(f"skipped {run.skipped} sources and articles already stored")
    raise typer.Exit(run.exit_code)


def _parquet_writer(output: Optional[str]):
    """The Parquet writer for ``-o DIR``, or a usage error."""
    if not output or output == "-":
        _usage("--format parquet writes a folder: give it with -o DIR")
    if os.path.exists(output) and not os.path.isdir(output):
        _usage(f"{output}: exists and is not a folder (--format parquet writes a folder)")
    parent = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(parent):
        _usage(f"{output}: the folder {parent} does not exist")
    try:
        from .render.parquet import ParquetWriter
        return ParquetWriter(output)
    except ImportError as exc:
        _usage(str(exc))
    except OSError as exc:
        _usage(f"{output}: {exc.strerror or exc}")


def _stored(skip_existing: bool, sqlite: Optional[str], fmt: Format, output: Optional[str]):
    """With --skip-existing: what the SQLite database or the Parquet folder already holds."""
    if not skip_existing:
        return None
    from . import resume
    if not sqlite and fmt is not Format.parquet:
        _usage("--skip-existing needs --sqlite FILE or --format parquet -o DIR")
    stored = resume.Stored()
    try:
        if sqlite:
            stored.update(resume.from_sqlite(sqlite))
        if fmt is Format.parquet and output:
            stored.update(resume.from_parquet(output))
    except Exception as exc:          # an unreadable store is the user's to fix, not a traceback
        _usage(f"--skip-existing cannot read what is stored: {type(exc).__name__}: {exc}")
    return stored


def _write_parquet(run: "_Batch", output: Optional[str], store) -> None:
    """Stream records into a Parquet dataset folder; Ctrl-C keeps the finished parts."""
    writer = _parquet_writer(output)
    done = 0
    try:
        for record in run.records():
            writer.write(record)
            done += 1
            if store:
                store.write(record)
        writer.close()
    except KeyboardInterrupt:
        writer.flush()
        run.interrupted(done, f"; their rows are in {output}")
    except OSError as exc:
        _write_failed(output, exc)


def _write_stream(run: "_Batch", fmt: Format, output: Optional[str], store) -> None:
    """Stream records to stdout or a file (atomically) in a text format."""
    from .output import atomic_output
    done = 0
    try:
        with _closed_pipe_is_fine(), atomic_output(output) as stream:
            writer = _writer(fmt, stream, many=len(run.sources) + len(run.early) != 1)
            for record in run.records():
                writer.write(record)
                done += 1
                if store:
                    store.write(record)
                stream.flush()
            writer.close()
    except KeyboardInterrupt:
        kept = f"; kept in {output}.partial" if output else ""
        run.interrupted(done, kept)
    except OSError as exc:
        _write_failed(output, exc)


def _dask_checks(spec):
    """Usage errors of --engine dask, found before a cluster starts; returns newsscan.dask."""
    fmt, output = spec.fmt, spec.output
    if spec.sqlite:
        _usage("--sqlite is not available with --engine dask: write Parquet and load it from there")
    if spec.skip_existing and fmt is not Format.parquet:
        _usage("--skip-existing with --engine dask needs --format parquet")
    if "-" in (spec.sources or []) or spec.from_file == "-":
        _usage("--engine dask cannot read stdin: give files, URLs or --dataset")
    if fmt not in (Format.parquet, Format.jsonl):
        _usage("--engine dask writes --format parquet (default) or --format jsonl parts into -o DIR")
    if not output or output == "-":
        _usage("--engine dask writes a folder: give it with -o DIR")
    try:
        from . import dask as ndask
        ndask.require()
    except ImportError as exc:
        _usage(str(exc))
    if fmt is Format.parquet:
        _parquet_writer(output)          # checks the folder and pyarrow
    return ndask


def _dask_sources(spec) -> tuple[list[str], list[str]]:
    """Sources for --engine dask (feeds and sitemaps expanded here, politely), less those
    already stored with --skip-existing; and the messages of feeds that failed."""
    from . import batch, links
    from .download import Downloader
    from .errors import NewsscanError
    items = list(batch.expand(list(spec.sources or []), recursive=spec.recursive, glob=spec.glob,
                              from_file=spec.from_file))
    failed = []
    with Downloader(spec.options, spec.policy) as downloader:
        for expand, urls in ((links.feed_links, spec.feeds), (links.sitemap_links, spec.sitemaps)):
            for url in urls or ():
                try:
                    items.extend(u for u in expand(url, downloader) if u not in items)
                except NewsscanError as exc:
                    failed.append(str(exc))
    if spec.skip_existing and spec.fmt is Format.parquet:
        from . import resume
        stored = resume.from_parquet(spec.output)
        items = [i for i in items if i not in stored.sources]
    return items, failed


def _dask_cli(spec) -> int:
    """--engine dask: analyse on a Dask cluster into a Parquet dataset or JSONL parts."""
    ndask = _dask_checks(spec)
    items, failed = _dask_sources(spec)
    for message in failed:
        _err(message)
    if not items and not spec.datasets:
        _usage("no source given (paths, a directory, URLs, --from-file LIST, --feed, --sitemap or --dataset)")
    try:
        summary = ndask.run_cli(items, spec.datasets or [], spec.fields, spec.scheduler, spec.jobs, spec.fmt.value,
                                spec.output, spec.options, spec.policy)
    except KeyboardInterrupt:
        _err(f"interrupted; finished parts are in {spec.output}")
        return EXIT_INTERRUPTED
    except ndask.DaskError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except ndask.DaskRunError as exc:
        _err(f"{exc}; finished parts are in {spec.output}")
        return EXIT_FAILED
    for message in summary["errors"]:
        _err(message)
    _err(f"{summary['articles']} articles, {len(summary['errors'])} failed, {summary['statements']} statements "
         f"in {summary['parts']} parts, written to {spec.output}")
    return EXIT_FAILED if summary["errors"] or failed else EXIT_OK


@app.command("actors")
def actors_cli(
    sources: Optional[List[str]] = typer.Argument(None, help="Files, directories, URLs, or - for stdin."),
    format: Optional[Format] = FORMAT_OPT,
    json_: bool = JSON_OPT,
    output: Optional[str] = OUTPUT_OPT,
    recursive: bool = RECURSIVE_OPT,
    glob: Optional[str] = GLOB_OPT,
    from_file: Optional[str] = FROM_FILE_OPT,
    jobs: Optional[int] = JOBS_OPT,
    quiet: bool = QUIET_OPT,
    language: Optional[str] = LANG_OPT,
    timeout: float = TIMEOUT_OPT,
    max_bytes: int = MAXB_OPT,
    article_timeout: float = ARTICLE_TIMEOUT_OPT,
    allow_private: bool = PRIVATE_OPT,
):
    """One row per actor across all articles: statements, articles, and the agencies that carry them."""
    from .corpus import ActorIndex

    if format is Format.parquet:
        _usage("the actors view has no Parquet form; use --format json, jsonl, csv, markdown or table")
    _check_output(output)
    run = _Batch(sources, from_file, recursive, glob, jobs, quiet,
                 _options(language, False, timeout, max_bytes, article_timeout, allow_private))
    index = ActorIndex()
    done = 0
    try:
        for record in run.records():
            index.add(record)
            done += 1
    except KeyboardInterrupt:
        run.interrupted(done, "; nothing written")
    rows = index.rows()
    fmt = _format(format, json_, output)
    try:
        _write_actors(rows, fmt, output)
    except OSError as exc:
        _write_failed(output, exc)
    raise typer.Exit(run.exit_code)


def _write_failed(output: Optional[str], exc: OSError):
    """The output could not be written (a full disk, a vanished folder): one line, exit 1."""
    _err(f"cannot write {output or 'the output'}: {exc.strerror or exc}")
    raise typer.Exit(EXIT_FAILED) from None


def _write_actors(rows: list, fmt: Format, output: Optional[str]) -> None:
    from .output import atomic_output
    from .render import json as jsonr

    with _closed_pipe_is_fine(), atomic_output(output) as stream:
        if fmt is Format.json:
            stream.write(jsonr.dumps(rows, pretty=stream.isatty()) + "\n")
        elif fmt is Format.jsonl:
            for row in rows:
                stream.write(jsonr.dumps(row) + "\n")
        elif fmt is Format.csv:
            from .render.csv import write_actor_rows
            write_actor_rows(stream, rows)
        else:
            from .render.table import render_actors
            render_actors(rows, _console(stream), markdown=fmt is Format.markdown)


@app.command("clean")
def clean_cli(
    source: str = typer.Argument("-", help="A file, a URL, or - for stdin."),
    format: Optional[Format] = FORMAT_OPT,
    json_: bool = JSON_OPT,
    keep_boilerplate: bool = KEEP_OPT,
    timeout: float = TIMEOUT_OPT,
    max_bytes: int = MAXB_OPT,
    allow_private: bool = PRIVATE_OPT,
):
    """Print the cleaned article text (with --format json: text, metadata, removals)."""
    from .api import clean_document
    from .errors import NewsscanError
    from .pipeline import load
    from .render import json as jsonr
    from .schema import SCHEMA

    if format is Format.parquet:
        _usage("clean has no Parquet form; use --format json or plain text")
    options = _options(None, keep_boilerplate, timeout, max_bytes, allow_private=allow_private)
    try:
        doc = load.load(source, options)
    except NewsscanError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_FAILED) from None
    cleaned, _ = clean_document(doc, options)
    if json_ or format in (Format.json, Format.jsonl):     # plain text by default: clean is a filter
        record = {"schema": SCHEMA, "input": {"path" if doc.path else "url": doc.path or doc.url,
                                              "format": doc.format, "encoding": doc.encoding},
                  "metadata": dict(cleaned.metadata), "text": cleaned.text,
                  "boilerplate": [{"text": r.text, "kind": r.kind, "line": r.line} for r in cleaned.boilerplate]}
        with _closed_pipe_is_fine():
            sys.stdout.write(jsonr.dumps(record, pretty=format is Format.json and sys.stdout.isatty()) + "\n")
    else:
        with _closed_pipe_is_fine():
            sys.stdout.write(cleaned.text + "\n")


class QuoteType(str, Enum):
    direct = "direct"
    indirect = "indirect"
    other = "other"


@app.command("eval")
def eval_cli(
    gold: str = typer.Argument(..., help="Annotated corpus, JSON Lines (see README: evaluation format)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N articles."),
    type_: Optional[QuoteType] = typer.Option(None, "--type", help="Score one quote type only."),
    errors: Optional[str] = typer.Option(None, "--errors", help="Write every miss and false alarm to this JSONL file."),
    format: Optional[Format] = FORMAT_OPT,
    json_: bool = JSON_OPT,
):
    """Score newsscan against an annotated corpus: token-level (GermEval message), quote-level, speaker."""
    if format is Format.parquet:
        _usage("eval has no Parquet form; use --format json or table")
    from .evaluate import evaluate
    from .render import json as jsonr

    if not os.path.isfile(gold):
        _err(f"{gold}: no such file")
        raise typer.Exit(EXIT_FAILED)
    misses: list | None = [] if errors else None
    from .evaluate import CorpusError
    try:
        figures = evaluate(gold, limit=limit, type_filter=type_.value if type_ else None, errors=misses)
    except CorpusError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_FAILED) from None
    if errors:
        from .output import write_atomic
        write_atomic(errors, "".join(jsonr.dumps(m) + "\n" for m in misses))
    if _format(format, json_, None) in (Format.json, Format.jsonl):
        sys.stdout.write(jsonr.dumps(figures, pretty=sys.stdout.isatty()) + "\n")
        return
    from .render import table
    table.render_eval(figures, _console(sys.stdout))


_SIGNAL: list[int] = []          # the terminating signal received, if any


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, handled like Ctrl-C (finished work kept), exit code 128 + signal."""


def _terminate(signum, frame):
    _SIGNAL.append(signum)
    raise Terminated(signum)


def _install_signal_handlers() -> None:
    import signal
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _terminate)


def _interrupt_code() -> int:
    return 128 + _SIGNAL[0] if _SIGNAL else EXIT_INTERRUPTED


def _quiet_stdout() -> None:
    """After a closed pipe (``| head -1``), send what is still buffered nowhere, silently."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@contextmanager
def _closed_pipe_is_fine():
    """A reader that stops early (``| head -1``) ends the run quietly with exit code 0."""
    try:
        yield
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(EXIT_OK) from None


def main() -> None:
    _install_signal_handlers()
    try:
        app()
    except SystemExit as exc:
        if exc.code == EXIT_INTERRUPTED and _SIGNAL:
            sys.exit(_interrupt_code())
        raise
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(_interrupt_code())
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(EXIT_OK)


if __name__ == "__main__":
    main()
