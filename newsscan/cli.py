"""Command-line interface: a thin shell over :mod:`newsscan.api`.

Exit codes: 0 success (also when a reader closes the pipe early); 1 one or more sources
could not be analysed, or the output could not be written; 2 usage error; 130 interrupted
(Ctrl-C); 143 and 129 terminated (SIGTERM, SIGHUP).
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

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Who said what, and according to whom: quotes, speakers and cited agencies in news articles.",
)


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    html = "html"
    parquet = "parquet"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def _version(value: bool):
    if value:
        typer.echo(f"newsscan {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
):
    pass


def _err(message: str) -> None:
    """One line on stderr: control characters in the message (from file names, URLs) are escaped."""
    from .safe import one_line

    sys.stderr.write(f"newsscan: {one_line(message)}\n")
    sys.stderr.flush()


def _usage(message: str):
    """A usage error: one line on stderr, exit code 2."""
    _err(message)
    raise typer.Exit(EXIT_USAGE)


def _options(language, keep_boilerplate, timeout, max_bytes, article_timeout=None, allow_private=False):
    from .model import Options

    return Options(
        language=language,
        keep_boilerplate=keep_boilerplate,
        timeout=timeout,
        max_bytes=max_bytes,
        article_timeout=article_timeout or None,
        allow_private_addresses=allow_private,
    )


def _seconds(value: Optional[float]) -> Optional[float]:
    """A finite, non-negative number of seconds (0 for --article-timeout means no budget)."""
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
    console = Console(
        file=stream, no_color=no_color, highlight=False, soft_wrap=False, markup=False, emoji=False
    )
    console.on_broken_pipe = _broken_pipe  # rich would exit with 1; a reader that stops early is fine
    return console


def _check_language(value: Optional[str]) -> Optional[str]:
    """--language takes a known code only (never a path); a usage error lists the codes."""
    if value is None:
        return None
    from . import lang

    try:
        return lang.validate(value)
    except lang.UnknownLanguage as exc:
        raise typer.BadParameter(str(exc)) from None


FORMAT_OPT = typer.Option(
    None,
    "--format",
    "-f",
    metavar="FORMAT",
    help="Output format: table, json, jsonl, csv, markdown, html or parquet "
    "(default: table on a terminal, json otherwise; parquet needs -o DIR).",
)
JSON_OPT = typer.Option(False, "--json", help="Alias for --format json.")
LANG_OPT = typer.Option(
    None,
    "--language",
    "-l",
    metavar="CODE",
    callback=_check_language,
    help="Language code to use instead of detecting it (de, en, es, fr, it, nl, pt, "
    "or one read with a close language's data).",
)
KEEP_OPT = typer.Option(False, "--keep-boilerplate", help="Do not remove boilerplate lines.")
TIMEOUT_OPT = typer.Option(
    15.0,
    "--timeout",
    callback=_positive_timeout,
    metavar="SECONDS",
    help="Seconds for a whole URL fetch (connect, headers and body).",
)
MAXB_OPT = typer.Option(
    10_000_000,
    "--max-bytes",
    callback=_positive_bytes,
    metavar="N",
    help="Largest input accepted, in bytes (also after decompression).",
)
ARTICLE_TIMEOUT_OPT = typer.Option(
    30.0,
    "--article-timeout",
    callback=_seconds,
    metavar="SECONDS",
    help="Seconds one article may take before it becomes a timeout error (0: no limit).",
)
PRIVATE_OPT = typer.Option(
    False,
    "--allow-private-addresses",
    help="Allow URLs on loopback, private and link-local addresses (refused by default).",
)
RECURSIVE_OPT = typer.Option(
    False, "--recursive", "-r", help="Also read articles in sub-folders of a directory."
)
GLOB_OPT = typer.Option(
    None,
    "--glob",
    metavar="PATTERN",
    help="Which files of a directory to read; may be repeated (default: *.txt, *.html, …).",
)
FROM_FILE_OPT = typer.Option(
    None, "--from-file", metavar="LIST", help="Read sources from this file, one a line (- for stdin)."
)
JOBS_OPT = typer.Option(
    None, "--jobs", "-j", min=1, metavar="N", help="Worker processes (default: the number of cores)."
)
QUIET_OPT = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary line.")
OUTPUT_OPT = typer.Option(
    None, "--output", "-o", metavar="FILE", help="Write to this file (atomically) instead of stdout."
)
SOURCES_ARG = typer.Argument(
    None, metavar="[SOURCE]...", help="Files, directories, URLs, or - for stdin.", show_default=False
)
INPUT_FORMAT_OPT = typer.Option(
    None,
    "--input-format",
    metavar="jsonl|csv",
    help="Read each source as a corpus file: one article a JSON line or CSV row.",
)
TEXT_FIELD_OPT = typer.Option(
    "text", "--text-field", metavar="FIELD", help="Corpus field holding the article text."
)
ID_FIELD_OPT = typer.Option(
    "id",
    "--id-field",
    metavar="FIELD",
    help="Corpus field naming each article (default id; else the line number).",
)
FIELD_OPT = typer.Option(
    None,
    "--field",
    metavar="KEY=FIELD",
    help="A metadata field of the corpus, e.g. title=headline, date=published; may be repeated.",
)
WINDOW = 256  # records read ahead of the writer: memory stays flat on a corpus of any size
CORPUS_GLOBS = {"jsonl": ("*.jsonl", "*.ndjson"), "csv": ("*.csv", "*.tsv")}  # a folder of corpus files


def _corpus_reader(input_format, text_field, id_field, fields, max_bytes):
    """A CorpusReader for --input-format, or None; bad values, and field options without
    --input-format, are usage errors."""
    if input_format is None:
        given = [
            name
            for name, used in (
                ("--text-field", text_field != "text"),
                ("--id-field", id_field != "id"),
                ("--field", bool(fields)),
            )
            if used
        ]
        if given:
            _usage(f"{', '.join(given)} applies to corpus files only (add --input-format jsonl or csv)")
        return None
    from .corpus_input import FORMATS, CorpusReader, parse_fields

    if input_format not in FORMATS:
        _usage(f"--input-format {input_format!r}: expected jsonl or csv")
    try:
        return CorpusReader(input_format, text_field, id_field, parse_fields(fields), max_bytes)
    except ValueError as exc:
        _usage(str(exc))


def _refuse_raw_corpus(sources: list[str]) -> None:
    """A .jsonl or .csv named as an article is a corpus: say how to read it."""
    from .corpus_input import corpus_suffix

    for source in sources:
        fmt = corpus_suffix(source)
        if fmt and os.path.isfile(source):
            _usage(
                f"{source} looks like a {fmt.upper()} corpus, not an article: read it with "
                f"--input-format {fmt} --text-field FIELD [--id-field FIELD] [--field title=FIELD]"
            )


class _Tally:
    """What a batch produced, for the summary line."""

    def __init__(self):
        self.articles = self.failed = self.statements = self.actors = 0

    def add(self, record: dict) -> None:
        self.articles += 1
        if "error" in record:
            self.failed += 1
        else:
            self.statements += len(record["quotes"])
            self.actors += len(record["actors"])

    def line(self, where: str) -> str:
        return (
            f"{self.articles} {'article' if self.articles == 1 else 'articles'}, {self.failed} failed, "
            f"{self.statements} statements, {self.actors} actors; {where}"
        )


FEED_OPT = typer.Option(
    None,
    "--feed",
    metavar="URL",
    help="Also analyse the articles an RSS/Atom/JSON feed links to (repeatable).",
)
SITEMAP_OPT = typer.Option(
    None, "--sitemap", metavar="URL", help="Also analyse the articles a sitemap lists (repeatable)."
)
DOWNLOADS_OPT = typer.Option(8, "--downloads", min=1, metavar="N", help="Download threads for URLs.")
PER_HOST_OPT = typer.Option(2, "--per-host", min=1, metavar="N", help="Requests at a time to one host.")
DELAY_OPT = typer.Option(
    0.0, "--delay", min=0.0, metavar="SECONDS", help="Seconds between requests to one host."
)
RETRIES_OPT = typer.Option(
    3, "--retries", min=0, metavar="N", help="Retries after HTTP 429/5xx, timeouts and connection errors."
)
MAX_WAIT_OPT = typer.Option(
    120.0,
    "--max-wait",
    min=0.0,
    metavar="SECONDS",
    help="Longest wait accepted before a retry (Retry-After, backoff, Crawl-delay).",
)
ROBOTS_OPT = typer.Option(False, "--ignore-robots", help="Fetch URLs that robots.txt disallows.")
CACHE_OPT = typer.Option(
    None, "--cache", metavar="DIR", help="Keep fetched pages in this folder and reuse them."
)
CACHE_AGE_OPT = typer.Option(
    None,
    "--cache-max-age",
    callback=_seconds,
    metavar="SECONDS",
    help="Fetch a page again when its copy in --cache is older than this (default: use it for ever).",
)


def _policy(downloads, per_host, delay, retries, max_wait, ignore_robots, cache, cache_max_age):
    from .download import FetchPolicy

    if cache_max_age is not None and not cache:
        _usage("--cache-max-age applies to --cache only")

    return FetchPolicy(
        threads=downloads,
        per_host=per_host,
        delay=delay,
        retries=retries,
        max_wait=max_wait,
        robots=not ignore_robots,
        cache=cache,
        cache_max_age=cache_max_age,
    )


class _Batch:
    """The shared machinery of commands that read many sources: expansion, workers,
    progress on stderr, error and warning lines, the summary, and interruption."""

    def __init__(
        self,
        sources,
        from_file,
        recursive,
        glob,
        jobs,
        quiet,
        options,
        corpus=None,
        policy=None,
        feeds=(),
        sitemaps=(),
    ):
        from . import batch
        from .download import Downloader, FetchPolicy

        _check_list_file(from_file)
        given = list(sources or []) if (feeds or sitemaps) else _sources(sources, from_file)
        self.quiet = quiet
        self.downloader = Downloader(options, policy or FetchPolicy())
        self.early: list[dict] = []  # error records of feeds and sitemaps that failed
        if corpus is not None:
            self.sources = corpus.read(
                _expanded(given, recursive, glob or CORPUS_GLOBS[corpus.fmt], from_file)
            )
            self.total, self.many = None, True
        else:
            self._read_sources(given, recursive, glob, from_file, feeds or (), sitemaps or ())
        self.jobs = max(1, min(jobs or batch.default_jobs(), self.total or WINDOW))
        self.options = options
        self.show_progress = not quiet and sys.stderr.isatty() and (self.total is None or self.total > 1)
        self.tally = _Tally()
        self.written = 0
        self._warned: set = set()
        self.skipped = 0
        self.stored = None
        self.on_duplicate = None  # called with a record --skip-existing leaves out as already stored

    def _read_sources(self, given: list, recursive, glob, from_file, feeds, sitemaps) -> None:
        """Paths, folders, URLs and the --from-file list, then the articles of feeds and
        sitemaps; whether the JSON output is one object (one file or URL) or an array."""
        from . import batch

        self.sources = _expanded(given, recursive, glob, from_file)
        _refuse_raw_corpus(self.sources)
        self.sources += self._linked(feeds, sitemaps)
        self.total = len(self.sources) + len(self.early)
        single = (
            len(given) == 1
            and not from_file
            and not (feeds or sitemaps)
            and (batch.is_url(given[0]) or not os.path.isdir(given[0]))
        )
        self.many = not single

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
        """Leave out sources already stored (paths, URLs, corpus records by ``path#id``);
        records of articles whose content is stored are not yielded either."""
        self.stored = stored
        if self.total is None:  # a corpus, read as it goes
            self.sources = (s for s in self.sources if not self._stored_source(s))
            return
        self.sources = [s for s in self.sources if not self._stored_source(s)]
        self.total = len(self.sources) + len(self.early)
        self.jobs = min(self.jobs, max(1, self.total))

    def _stored_source(self, source) -> bool:
        key = getattr(source, "label", source)
        if key in self.stored.sources:
            self.skipped += 1
            return True
        return False

    def _already_stored(self, record: dict) -> bool:
        """With --skip-existing: an article whose content is already stored is not written again."""
        if self.stored is None or "error" in record:
            return False
        from .render.tables import content_hash

        if content_hash(record["text"]) in self.stored.hashes:
            self.skipped += 1
            if self.on_duplicate:
                self.on_duplicate(record)  # the store still learns that this source had the text
            return True
        return False

    @property
    def failed(self) -> int:
        return self.tally.failed

    def _progress(self):
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        progress = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn("{task.fields[errors]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=_console(sys.stderr),
            transient=True,
        )
        task = progress.add_task("analysing", total=self.total, rate="", errors="")
        progress.start()
        return progress, task

    def _say(self, progress, message: str) -> None:
        if progress:
            from .safe import one_line

            progress.console.print(f"newsscan: {one_line(message)}", markup=False)
        else:
            _err(message)

    def _language_warning(self, record: dict):
        """Once per language: a language read without data of its own."""
        lang = record.get("language") or {}
        code = lang.get("code")
        if lang.get("supported", True) or code in self._warned or code in (None, "und"):
            return None
        self._warned.add(code)
        from .render import source_label

        if lang.get("data"):
            how = f"read with the data of '{lang['data']}'"
        else:
            how = "only text in quotation marks is reported, without speakers"
        return (
            f"{source_label(record)}: language '{code}' has no data of its own; {how} "
            "(language.supported: false)"
        )

    def _results(self, throttled):
        """Error records of feeds first, then every source's record (URLs through the download pool)."""
        from . import batch

        yield from self.early
        pages = batch.may_hold_pages(self.sources) if self.total is not None else False
        yield from batch.run(
            throttled(self.sources), self.options, self.jobs, downloader=self.downloader, pages=pages
        )

    def records(self):
        import threading
        import time

        progress, task = self._progress() if self.show_progress else (None, None)
        room, stop = threading.Semaphore(WINDOW), threading.Event()

        def throttled(items):
            for item in items:
                while not room.acquire(timeout=0.1):
                    if stop.is_set():
                        return
                yield item

        started = time.perf_counter()
        results = self._results(throttled)
        try:
            for n, record in enumerate(results):
                if n >= len(self.early):  # feeds' error records took no room
                    room.release()
                self.tally.add(record)
                if "error" in record:
                    self._say(progress, record["error"]["message"])
                warning = self._language_warning(record)
                if warning:
                    self._say(progress, warning)
                if progress:
                    rate = self.tally.articles / max(time.perf_counter() - started, 1e-9)
                    progress.update(
                        task,
                        advance=1,
                        rate=f"{rate:.0f}/s",
                        errors=f"{self.failed} failed" if self.failed else "",
                    )
                if self._already_stored(record):
                    continue
                yield record
        finally:
            stop.set()
            results.close()
            if progress:
                progress.stop()
            self.downloader.close()

    def summary(self, where: str, always: bool = False) -> None:
        """One line at the end of a batch, on a terminal (or ``always``), unless --quiet."""
        if not self.quiet and (always or sys.stderr.isatty()):
            _err(self.tally.line(where))

    def interrupted(self, done: int, detail: str = ""):
        """Ctrl-C (exit code 130), SIGTERM or SIGHUP (128 + the signal): one line on stderr."""
        what = "terminated" if _SIGNAL else "interrupted"
        total = f" of {self.total}" if self.total is not None else ""
        _err(f"{what} after {done}{total} articles{detail}")
        raise typer.Exit(_interrupt_code()) from None

    @property
    def exit_code(self) -> int:
        return EXIT_FAILED if self.failed else EXIT_OK


def _expanded(given: list, recursive: bool, glob, from_file: Optional[str]) -> list:
    """The sources, directories and --from-file expanded; an unreadable list is a usage error."""
    from . import batch

    try:
        return list(batch.expand(given, recursive=recursive, glob=glob, from_file=from_file))
    except UnicodeDecodeError:
        _usage(f"{from_file}: the list of sources is not UTF-8 text")
    except OSError as exc:
        _usage(f"{from_file}: cannot read the list of sources: {exc.strerror or exc}")


def _check_list_file(from_file: Optional[str]) -> None:
    """--from-file must name a readable file (or - for stdin): anything else is a usage error."""
    if not from_file or from_file == "-":
        return
    if os.path.isdir(from_file):
        _usage(f"{from_file}: --from-file needs a file with one source a line, not a folder")
    if not os.path.isfile(from_file):
        _usage(f"{from_file}: no such file (--from-file)")


def _one_article(source: Optional[str], command: str) -> None:
    """clean and show read one article: a folder is a usage error that says what to use."""
    if source and source != "-" and os.path.isdir(source):
        _usage(f"{source}: is a folder; {command} reads one article (analyze reads folders)")


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


def _writer(fmt: Format, stream, many: bool, bom: bool = False):
    from .render import json as jsonr

    if fmt is Format.jsonl:
        return jsonr.JsonLinesWriter(stream)
    if fmt is Format.json:
        return jsonr.JsonWriter(stream, many=many, pretty=stream.isatty())
    if fmt is Format.csv:
        from .render.csv import CsvWriter

        return CsvWriter(stream, bom=bom)
    if fmt is Format.markdown:
        from .render.markdown import MarkdownWriter

        return MarkdownWriter(stream)
    if fmt is Format.html:
        from .render.html import HtmlWriter

        return HtmlWriter(stream, many=many)
    from .render.table import TableWriter

    return TableWriter(_console(stream))


def _open_store(sqlite: Optional[str]):
    """The SQLite sink, or None; a database that cannot be used is a usage error (exit 2)."""
    if not sqlite:
        return None
    from .render.sqlite import SqliteWriter, StoreError

    try:
        return SqliteWriter(sqlite)
    except StoreError as exc:
        _usage(str(exc))


def _where(output: Optional[str], sqlite: Optional[str], to_stdout: bool) -> str:
    """Where a batch was written, for the summary line."""
    places = (
        [f"written to {output}"] if output and output != "-" else ["written to stdout"] if to_stdout else []
    )
    places += [f"stored in {sqlite}"] if sqlite else []
    return " and ".join(places) or "nothing written"


def _stream_records(run, writer, store, stream) -> None:
    """Write every record of ``run`` to the writer and the store (counted in ``run.written``)."""
    for record in run.records():
        if writer:
            writer.write(record)
        if store:
            store.write(record)
        run.written += 1
        stream.flush()


@app.command("analyze")
def analyze_cli(
    sources: Optional[List[str]] = SOURCES_ARG,
    format: Optional[Format] = FORMAT_OPT,
    json_: bool = JSON_OPT,
    output: Optional[str] = OUTPUT_OPT,
    sqlite: Optional[str] = typer.Option(
        None,
        "--sqlite",
        metavar="FILE.db",
        help="Store the results in this SQLite database (alone: nothing on stdout).",
    ),
    csv_bom: bool = typer.Option(
        False, "--csv-bom", help="Start CSV output with a byte-order mark (for Excel)."
    ),
    recursive: bool = RECURSIVE_OPT,
    glob: Optional[List[str]] = GLOB_OPT,
    from_file: Optional[str] = FROM_FILE_OPT,
    input_format: Optional[str] = INPUT_FORMAT_OPT,
    text_field: str = TEXT_FIELD_OPT,
    id_field: str = ID_FIELD_OPT,
    field: Optional[List[str]] = FIELD_OPT,
    jobs: Optional[int] = JOBS_OPT,
    quiet: bool = QUIET_OPT,
    language: Optional[str] = LANG_OPT,
    keep_boilerplate: bool = KEEP_OPT,
    timeout: float = TIMEOUT_OPT,
    max_bytes: int = MAXB_OPT,
    article_timeout: float = ARTICLE_TIMEOUT_OPT,
    allow_private: bool = PRIVATE_OPT,
    feed: Optional[List[str]] = FEED_OPT,
    sitemap: Optional[List[str]] = SITEMAP_OPT,
    downloads: int = DOWNLOADS_OPT,
    per_host: int = PER_HOST_OPT,
    delay: float = DELAY_OPT,
    retries: int = RETRIES_OPT,
    max_wait: float = MAX_WAIT_OPT,
    ignore_robots: bool = ROBOTS_OPT,
    cache: Optional[str] = CACHE_OPT,
    cache_max_age: Optional[float] = CACHE_AGE_OPT,
    skip_existing: bool = typer.Option(
        False,
        "--skip-existing",
        help="Skip sources and articles already in the --sqlite database or the "
        "Parquet output (resume a run).",
    ),
    engine: Engine = typer.Option(
        Engine.local, "--engine", help="local (worker processes) or dask (a Dask cluster)."
    ),
    scheduler: Optional[str] = typer.Option(
        None,
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler address (default: a local cluster on 127.0.0.1).",
    ),
    dataset: Optional[List[str]] = typer.Option(
        None,
        "--dataset",
        metavar="PATH",
        help="With --engine dask: a Parquet, JSONL or CSV dataset of articles "
        "(a file, a folder or a glob; repeatable).",
    ),
):
    """Find statements, speakers and cited agencies in articles."""
    options = _options(language, keep_boilerplate, timeout, max_bytes, article_timeout, allow_private)
    dask_default = engine is Engine.dask and format is None and not json_
    fmt = Format.parquet if dask_default else _format(format, json_, output)
    policy = _policy(downloads, per_host, delay, retries, max_wait, ignore_robots, cache, cache_max_age)
    if engine is Engine.dask:
        from types import SimpleNamespace

        raise typer.Exit(
            _dask_cli(
                SimpleNamespace(
                    sources=sources,
                    from_file=from_file,
                    recursive=recursive,
                    glob=glob,
                    feeds=feed,
                    sitemaps=sitemap,
                    datasets=dataset,
                    fields=(text_field, id_field),
                    corpus=_corpus_reader(input_format, text_field, id_field, field, max_bytes)
                    if input_format
                    else None,
                    scheduler=scheduler,
                    jobs=jobs,
                    fmt=fmt,
                    output=output,
                    options=options,
                    policy=policy,
                    sqlite=sqlite,
                    skip_existing=skip_existing,
                )
            )
        )
    _local_checks(dataset, csv_bom, fmt, output)
    stored = _stored(skip_existing, sqlite, fmt, output)
    corpus = _corpus_reader(input_format, text_field, id_field, field, max_bytes)
    run = _Batch(sources, from_file, recursive, glob, jobs, quiet, options, corpus, policy, feed, sitemap)
    if stored is not None:
        run.skip_stored(stored)
    quiet_sink = bool(sqlite) and format is None and not json_ and not output
    _write(run, fmt, output, sqlite, quiet_sink, csv_bom)
    if run.skipped:
        _err(f"skipped {run.skipped} sources and articles already stored")
    where = output if fmt is Format.parquet else None
    run.summary(f"written to {where}" if where else _where(output, sqlite, not quiet_sink), always=quiet_sink)
    raise typer.Exit(run.exit_code)


def _local_checks(dataset, csv_bom: bool, fmt: Format, output: Optional[str]) -> None:
    """Usage errors of a local run, found before any work starts."""
    if dataset:
        _usage("--dataset needs --engine dask (or read a corpus file with --input-format)")
    if csv_bom and fmt is not Format.csv:
        _usage("--csv-bom applies to --format csv only")
    if fmt is not Format.parquet:
        _check_output(output)


def _write(
    run: "_Batch", fmt: Format, output: Optional[str], sqlite: Optional[str], quiet_sink: bool, csv_bom: bool
) -> None:
    """Stream the records into the output (a text format or a Parquet folder) and the store."""
    from .output import atomic_output
    from .render.sqlite import StoreError

    store = _open_store(sqlite)
    run.on_duplicate = store.add_source if store else None
    try:
        try:
            if fmt is Format.parquet:
                _write_parquet(run, output, store)
            else:
                with _closed_pipe_is_fine(), atomic_output(None if quiet_sink else output) as stream:
                    writer = None if quiet_sink else _writer(fmt, stream, many=run.many, bom=csv_bom)
                    _stream_records(run, writer, store, stream)
                    if writer:
                        writer.close()
        finally:
            if store:
                store.close()
    except KeyboardInterrupt:
        kept = f"; kept in {output}.partial" if output and fmt is not Format.parquet else ""
        run.interrupted(run.written, kept)
    except StoreError as exc:
        _usage(str(exc))
    except OSError as exc:
        _write_failed(output, exc)


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
    except Exception as exc:  # an unreadable store is the user's to fix, not a traceback
        _usage(f"--skip-existing cannot read what is stored: {type(exc).__name__}: {exc}")
    return stored


def _write_parquet(run: "_Batch", output: Optional[str], store) -> None:
    """Stream records into a Parquet dataset folder; Ctrl-C keeps the finished parts."""
    writer = _parquet_writer(output)
    try:
        for record in run.records():
            writer.write(record)
            if store:
                store.write(record)
            run.written += 1
        writer.close()
    except KeyboardInterrupt:
        writer.flush()
        run.interrupted(run.written, f"; their rows are in {output}")


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
        _parquet_writer(output)  # checks the folder and pyarrow
    return ndask


def _expand_links(spec, items: list) -> list[str]:
    """Add the articles of --feed and --sitemap to ``items`` (fetched politely, here);
    returns the messages of those that failed."""
    from . import links
    from .download import Downloader
    from .errors import NewsscanError

    failed = []
    with Downloader(spec.options, spec.policy) as downloader:
        for expand, urls in ((links.feed_links, spec.feeds), (links.sitemap_links, spec.sitemaps)):
            for url in urls or ():
                try:
                    items.extend(u for u in expand(url, downloader) if u not in items)
                except NewsscanError as exc:
                    failed.append(str(exc))
    return failed


def _dask_sources(spec) -> tuple[list[str], list[str]]:
    """Sources for --engine dask (feeds and sitemaps expanded here, politely), less those
    already stored with --skip-existing; and the messages of feeds that failed."""
    from . import batch

    glob = spec.glob or (CORPUS_GLOBS[spec.corpus.fmt] if spec.corpus else None)
    items = list(
        batch.expand(list(spec.sources or []), recursive=spec.recursive, glob=glob, from_file=spec.from_file)
    )
    if spec.corpus is None:
        _refuse_raw_corpus(items)
    failed = _expand_links(spec, items)
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
    datasets = list(spec.datasets or [])
    if not items and not datasets:
        _usage("no source given (paths, a directory, URLs, --from-file LIST, --feed, --sitemap or --dataset)")
    try:
        summary = ndask.run_cli(
            items,
            datasets,
            spec.fields,
            spec.scheduler,
            spec.jobs,
            spec.fmt.value,
            spec.output,
            spec.options,
            spec.policy,
            spec.corpus,
        )
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
    _err(
        f"{summary['articles']} articles, {len(summary['errors'])} failed, "
        f"{summary['statements']} statements "
        f"in {summary['parts']} parts, written to {spec.output}"
    )
    return EXIT_FAILED if summary["errors"] or failed else EXIT_OK


def _write_actor_rows(rows: list, fmt: Format, stream, bom: bool) -> None:
    from .render import json as jsonr

    if fmt is Format.json:
        stream.write(jsonr.dumps(rows, pretty=stream.isatty()) + "\n")
    elif fmt is Format.jsonl:
        for row in rows:
            stream.write(jsonr.dumps(row) + "\n")
    elif fmt is Format.csv:
        from .render.csv import write_actor_rows

        write_actor_rows(stream, rows, bom=bom)
    else:
        from .render.table import render_actors

        render_actors(rows, _console(stream), markdown=fmt is Format.markdown)


@app.command("actors")
def actors_cli(
    sources: Optional[List[str]] = SOURCES_ARG,
    format: Optional[Format] = FORMAT_OPT,
    json_: bool = JSON_OPT,
    output: Optional[str] = OUTPUT_OPT,
    csv_bom: bool = typer.Option(
        False, "--csv-bom", help="Start CSV output with a byte-order mark (for Excel)."
    ),
    recursive: bool = RECURSIVE_OPT,
    glob: Optional[List[str]] = GLOB_OPT,
    from_file: Optional[str] = FROM_FILE_OPT,
    input_format: Optional[str] = INPUT_FORMAT_OPT,
    text_field: str = TEXT_FIELD_OPT,
    id_field: str = ID_FIELD_OPT,
    field: Optional[List[str]] = FIELD_OPT,
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
    corpus = _corpus_reader(input_format, text_field, id_field, field, max_bytes)
    if format is Format.html:
        _usage(
            "actors writes a table, JSON, JSONL, CSV or Markdown; --format html does not apply "
            "(analyze --format html draws the most-quoted actors)"
        )
    run = _Batch(
        sources,
        from_file,
        recursive,
        glob,
        jobs,
        quiet,
        _options(language, False, timeout, max_bytes, article_timeout, allow_private),
        corpus,
    )
    fmt = _format(format, json_, output)
    if csv_bom and fmt is not Format.csv:
        _usage("--csv-bom applies to --format csv only")
    index = ActorIndex()
    done = 0
    try:
        for record in run.records():
            index.add(record)
            done += 1
    except KeyboardInterrupt:
        run.interrupted(done, "; nothing written")
    rows = index.rows()
    try:
        _write_actors(rows, fmt, output, csv_bom)
    except OSError as exc:
        _write_failed(output, exc)
    run.summary(_where(output, None, True) + f"; {len(rows)} actors across the corpus")
    raise typer.Exit(run.exit_code)


def _write_failed(output: Optional[str], exc: OSError):
    """The output could not be written (a full disk, a vanished folder): one line, exit 1."""
    _err(f"cannot write {output or 'the output'}: {exc.strerror or exc}")
    raise typer.Exit(EXIT_FAILED) from None


def _write_actors(rows: list, fmt: Format, output: Optional[str], bom: bool) -> None:
    from .output import atomic_output

    with _closed_pipe_is_fine(), atomic_output(output) as stream:
        _write_actor_rows(rows, fmt, stream, bom)


@app.command("clean")
def clean_cli(
    source: str = typer.Argument("-", metavar="[SOURCE]", help="A file, a URL, or - for stdin."),
    format: Optional[Format] = FORMAT_OPT,
    json_: bool = JSON_OPT,
    keep_boilerplate: bool = KEEP_OPT,
    timeout: float = TIMEOUT_OPT,
    max_bytes: int = MAXB_OPT,
    article_timeout: float = ARTICLE_TIMEOUT_OPT,
    allow_private: bool = PRIVATE_OPT,
):
    """Print the cleaned article text (with --format json: text, metadata, removals)."""
    from .api import clean_document
    from .budget import budget
    from .errors import ArticleTimeout, NewsscanError
    from .pipeline import load
    from .render import json as jsonr
    from .schema import SCHEMA

    if format not in (None, Format.json, Format.jsonl):
        _usage(
            f"clean writes plain text, or JSON with --format json or jsonl; --format {format.value} "
            "does not apply"
        )
    _one_article(source, "clean")
    options = _options(None, keep_boilerplate, timeout, max_bytes, article_timeout, allow_private)
    try:
        with budget(options.article_timeout):
            doc = load.load(source, options)
            cleaned, _ = clean_document(doc, options)
    except ArticleTimeout:
        _err(f"{source}: gave up after {options.article_timeout:g} s (--article-timeout)")
        raise typer.Exit(EXIT_FAILED) from None
    except NewsscanError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_FAILED) from None
    if json_ or format in (Format.json, Format.jsonl):  # plain text by default: clean is a filter
        record = {
            "schema": SCHEMA,
            "input": {
                "path" if doc.path else "url": doc.path or doc.url,
                "format": doc.format,
                "encoding": doc.encoding,
            },
            "metadata": dict(cleaned.metadata),
            "text": cleaned.text,
            "boilerplate": [{"text": r.text, "kind": r.kind, "line": r.line} for r in cleaned.boilerplate],
        }
        with _closed_pipe_is_fine():
            sys.stdout.write(jsonr.dumps(record, pretty=format is Format.json and sys.stdout.isatty()) + "\n")
    else:
        with _closed_pipe_is_fine():
            sys.stdout.write(cleaned.text + "\n")


@app.command("show")
def show_cli(
    source: Optional[str] = typer.Argument(None, metavar="SOURCE", help="A file, a URL, or - for stdin."),
    pager: bool = typer.Option(True, "--pager/--no-pager", help="Page through long articles on a terminal."),
    language: Optional[str] = LANG_OPT,
    keep_boilerplate: bool = KEEP_OPT,
    timeout: float = TIMEOUT_OPT,
    max_bytes: int = MAXB_OPT,
    article_timeout: float = ARTICLE_TIMEOUT_OPT,
    allow_private: bool = PRIVATE_OPT,
):
    """Show the article with its statements marked in each speaker's colour."""
    from .batch import run_one
    from .render.show import render

    _one_article(source, "show")
    options = _options(language, keep_boilerplate, timeout, max_bytes, article_timeout, allow_private)
    record = run_one(_sources([source] if source else None)[0], options)
    if "error" in record:
        _err(record["error"]["message"])
        raise typer.Exit(EXIT_FAILED)
    if "R" not in os.environ.get("LESS", "").replace("-", ""):  # less shows colours only with -R
        os.environ["LESS"] = (os.environ.get("LESS", "") + " -R").strip()
    console = _console(sys.stdout)
    with _closed_pipe_is_fine():
        render(record, console, pager=pager)


def _broken_pipe() -> None:
    """A closed pipe, raised for _closed_pipe_is_fine to end the run quietly."""
    raise BrokenPipeError


class QuoteType(str, Enum):
    direct = "direct"
    indirect = "indirect"
    other = "other"


@app.command("eval")
def eval_cli(
    gold: str = typer.Argument(
        ..., metavar="GOLD.jsonl", help="Annotated corpus, JSON Lines (see README: evaluation format)."
    ),
    limit: Optional[int] = typer.Option(None, "--limit", metavar="N", help="Only the first N articles."),
    type_: Optional[QuoteType] = typer.Option(
        None, "--type", metavar="TYPE", help="Score one quote type only: direct, indirect or other."
    ),
    errors: Optional[str] = typer.Option(
        None, "--errors", metavar="FILE", help="Write every miss and false alarm to this JSONL file."
    ),
    by_rule: bool = typer.Option(False, "--by-rule", help="Also report precision and recall per rule."),
    format: Optional[Format] = FORMAT_OPT,
    json_: bool = JSON_OPT,
):
    """Score newsscan against an annotated corpus: token-level (GermEval message), quote-level, speaker."""
    from .evaluate import evaluate
    from .render import json as jsonr

    if format not in (None, Format.table, Format.json, Format.jsonl):
        _usage(f"eval writes a table, or JSON with --format json; --format {format.value} does not apply")
    if not os.path.isfile(gold):
        _err(f"{gold}: no such file")
        raise typer.Exit(EXIT_FAILED)
    _check_output(errors)
    misses: list | None = [] if errors else None
    from .evaluate import CorpusError

    try:
        figures = evaluate(
            gold, limit=limit, type_filter=type_.value if type_ else None, errors=misses, by_rule=by_rule
        )
    except CorpusError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_FAILED) from None
    if errors:
        from .output import write_atomic

        try:
            write_atomic(errors, "".join(jsonr.dumps(m) + "\n" for m in misses or ()))
        except OSError as exc:
            _write_failed(errors, exc)
    if _format(format, json_, None) in (Format.json, Format.jsonl):
        sys.stdout.write(jsonr.dumps(figures, pretty=sys.stdout.isatty()) + "\n")
        return
    from .render import table

    table.render_eval(figures, _console(sys.stdout))
    if by_rule:
        _render_rules(figures["by_rule"], figures["by_speaker_rule"], _console(sys.stdout))


def _render_rules(rules: dict, speaker_rules: dict, console) -> None:
    """The per-rule figures of ``eval --by-rule`` as two tables: statements per construction,
    speakers per speaker rule."""
    from rich.table import Table

    grid = Table(title="per rule (recall: share of all gold quotes found by the rule)")
    for name in ("rule", "precision", "recall", "tp", "fp"):
        grid.add_column(name, justify="left" if name == "rule" else "right")
    for rule, f in rules.items():
        grid.add_row(rule, f"{f['precision']:.3f}", f"{f['recall']:.3f}", str(f["tp"]), str(f["fp"]))
    console.print(grid)
    grid = Table(title="speakers per speaker rule (how the speaker mention was found)")
    for name in ("speaker rule", "accuracy", "n"):
        grid.add_column(name, justify="left" if name == "speaker rule" else "right")
    for rule, f in speaker_rules.items():
        grid.add_row(rule, f"{f['accuracy']:.3f}", str(f["n"]))
    console.print(grid)


_SIGNAL: list[int] = []  # the terminating signal received, if any


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
