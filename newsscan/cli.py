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
    html = "html"


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
    console = Console(file=stream, no_color=no_color, highlight=False, soft_wrap=False, markup=False, emoji=False)
    console.on_broken_pipe = _broken_pipe           # rich would exit with 1; a reader that stops early is fine
    return console


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


class _Batch:
    """The shared machinery of commands that read many sources: expansion, workers,
    progress on stderr, error lines, and interruption."""

    def __init__(self, sources, from_file, recursive, glob, jobs, quiet, options):
        from . import batch
        _check_list_file(from_file)
        try:
            self.sources = list(batch.expand(_sources(sources, from_file), recursive=recursive, glob=glob,
                                             from_file=from_file))
        except UnicodeDecodeError:
            _usage(f"{from_file}: the list of sources is not UTF-8 text")
        except OSError as exc:
            _usage(f"{from_file}: cannot read the list of sources: {exc.strerror or exc}")
        self.jobs = min(jobs or batch.default_jobs(), max(1, len(self.sources)))
        self.options = options
        self.show_progress = not quiet and sys.stderr.isatty() and len(self.sources) > 1
        self.failed = 0

    def records(self):
        from . import batch
        progress = None
        if self.show_progress:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)
            progress = Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                                MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                                TextColumn("{task.fields[errors]}"), TimeElapsedColumn(), TimeRemainingColumn(),
                                console=_console(sys.stderr), transient=True)
            task = progress.add_task("analysing", total=len(self.sources), rate="", errors="")
            progress.start()
        try:
            import time
            started = time.perf_counter()
            for n, record in enumerate(batch.run(self.sources, self.options, self.jobs), 1):
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
                yield record
        finally:
            if progress:
                progress.stop()

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
    if fmt is Format.html:
        from .render.html import HtmlWriter
        return HtmlWriter(stream, many=many)
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
    article_timeout: float = ARTICLE_TIMEOUT_OPT,
    allow_private: bool = PRIVATE_OPT,
):
    """Find statements, speakers and cited agencies in articles."""
    from .output import atomic_output

    _check_output(output)
    run = _Batch(sources, from_file, recursive, glob, jobs, quiet,
                 _options(language, keep_boilerplate, timeout, max_bytes, article_timeout, allow_private))
    fmt = _format(format, json_, output)
    store = None
    if sqlite:
        from .render.sqlite import SqliteWriter
        store = SqliteWriter(sqlite)
    done = 0
    try:
        with _closed_pipe_is_fine(), atomic_output(output) as stream:
            writer = _writer(fmt, stream, many=len(run.sources) != 1)
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
    finally:
        if store:
            store.close()
    raise typer.Exit(run.exit_code)


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

    options = _options(language, keep_boilerplate, timeout, max_bytes, article_timeout, allow_private)
    record = run_one(_sources([source] if source else None)[0], options)
    if "error" in record:
        _err(record["error"]["message"])
        raise typer.Exit(EXIT_FAILED)
    if "R" not in os.environ.get("LESS", "").replace("-", ""):   # less shows colours only with -R
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
    gold: str = typer.Argument(..., help="Annotated corpus, JSON Lines (see README: evaluation format)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N articles."),
    type_: Optional[QuoteType] = typer.Option(None, "--type", help="Score one quote type only."),
    errors: Optional[str] = typer.Option(None, "--errors", help="Write every miss and false alarm to this JSONL file."),
    by_rule: bool = typer.Option(False, "--by-rule", help="Also report precision and recall per rule."),
    format: Optional[Format] = FORMAT_OPT,
    json_: bool = JSON_OPT,
):
    """Score newsscan against an annotated corpus: token-level (GermEval message), quote-level, speaker."""
    from .evaluate import evaluate
    from .render import json as jsonr

    if not os.path.isfile(gold):
        _err(f"{gold}: no such file")
        raise typer.Exit(EXIT_FAILED)
    misses: list | None = [] if errors else None
    from .evaluate import CorpusError
    try:
        figures = evaluate(gold, limit=limit, type_filter=type_.value if type_ else None, errors=misses,
                           by_rule=by_rule)
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
    if by_rule:
        _render_rules(figures["by_rule"], _console(sys.stdout))


def _render_rules(rules: dict, console) -> None:
    """The per-rule figures of ``eval --by-rule`` as a table."""
    from rich.table import Table
    grid = Table(title="per rule (recall: share of all gold quotes found by the rule)")
    for name in ("rule", "precision", "recall", "tp", "fp"):
        grid.add_column(name, justify="left" if name == "rule" else "right")
    for rule, f in rules.items():
        grid.add_row(rule, f"{f['precision']:.3f}", f"{f['recall']:.3f}", str(f["tp"]), str(f["fp"]))
    console.print(grid)


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
