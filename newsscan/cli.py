"""Command-line interface: a thin shell over :mod:`newsscan.api`.

Exit codes: 0 success; 1 one or more sources could not be analysed; 2 usage error;
130 interrupted.
"""
from __future__ import annotations

import os
import sys
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


def _version(value: bool):
    if value:
        typer.echo(f"newsscan {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Show the version and exit.")):
    pass


def _err(message: str) -> None:
    sys.stderr.write(f"newsscan: {message}\n")


def _options(language, keep_boilerplate, timeout, max_bytes):
    from .model import Options
    return Options(language=language, keep_boilerplate=keep_boilerplate, timeout=timeout, max_bytes=max_bytes)


def _sources(sources: Optional[List[str]]) -> list[str]:
    if sources:
        return list(sources)
    if not sys.stdin.isatty():
        return ["-"]
    _err("no source given (a path, a URL, or - for stdin)")
    raise typer.Exit(EXIT_USAGE)


def run_one(source: str, options) -> dict:
    """Analyse one source; failures become an error record (never an exception)."""
    from . import api
    from .errors import NewsscanError
    from .schema import error_record, to_dict

    try:
        return to_dict(api.analyze(source, options))
    except NewsscanError as exc:
        return error_record(source, exc.kind, str(exc))
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # a bug must not kill a batch: report it as a record
        return error_record(source, "internal", f"{source}: internal error: {type(exc).__name__}: {exc}")


def _console(stream):
    from rich.console import Console
    no_color = bool(os.environ.get("NO_COLOR"))
    return Console(file=stream, no_color=no_color, highlight=False, soft_wrap=False)


FORMAT_OPT = typer.Option(None, "--format", "-f", help="Output format (default: table on a terminal, json otherwise).")
JSON_OPT = typer.Option(False, "--json", help="Alias for --format json.")
LANG_OPT = typer.Option(None, "--language", "-l", help="Language code to use instead of detecting it.")
KEEP_OPT = typer.Option(False, "--keep-boilerplate", help="Do not remove boilerplate lines.")
TIMEOUT_OPT = typer.Option(15.0, "--timeout", help="Seconds to wait for a URL.")
MAXB_OPT = typer.Option(10_000_000, "--max-bytes", help="Largest input accepted, in bytes.")


@app.command("analyze")
def analyze_cli(
    sources: Optional[List[str]] = typer.Argument(None, help="Files, URLs, or - for stdin."),
    format: Optional[Format] = FORMAT_OPT,
    json_: bool = JSON_OPT,
    language: Optional[str] = LANG_OPT,
    keep_boilerplate: bool = KEEP_OPT,
    timeout: float = TIMEOUT_OPT,
    max_bytes: int = MAXB_OPT,
):
    """Find statements, speakers and cited agencies in articles."""
    fmt = Format.json if json_ else format
    if fmt is None:
        fmt = Format.table if sys.stdout.isatty() else Format.json
    options = _options(language, keep_boilerplate, timeout, max_bytes)
    srcs = _sources(sources)
    records = []
    failed = 0
    from .render import json as jsonr
    console = _console(sys.stdout) if fmt is Format.table else None
    for source in srcs:
        record = run_one(source, options)
        if "error" in record:
            failed += 1
            _err(record["error"]["message"])
        if fmt is Format.jsonl:
            sys.stdout.write(jsonr.dumps(record) + "\n")
            sys.stdout.flush()
        elif fmt is Format.table:
            if "error" not in record:
                from .render import table
                table.render(record, console)
        else:
            records.append(record)
    if fmt is Format.json:
        out = records[0] if len(srcs) == 1 else records
        sys.stdout.write(jsonr.dumps(out, pretty=sys.stdout.isatty()) + "\n")
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


@app.command("clean")
def clean_cli(
    source: str = typer.Argument("-", help="A file, a URL, or - for stdin."),
    format: Optional[Format] = FORMAT_OPT,
    json_: bool = JSON_OPT,
    keep_boilerplate: bool = KEEP_OPT,
    timeout: float = TIMEOUT_OPT,
    max_bytes: int = MAXB_OPT,
):
    """Print the cleaned article text (with --format json: text, metadata, removals)."""
    from .errors import NewsscanError
    from .pipeline import clean, load
    from .render import json as jsonr
    from .schema import SCHEMA

    options = _options(None, keep_boilerplate, timeout, max_bytes)
    try:
        doc = load.load(source, options)
    except NewsscanError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_FAILED)
    cleaned = clean.clean(doc, keep_boilerplate=keep_boilerplate)
    if json_ or format in (Format.json, Format.jsonl):
        record = {"schema": SCHEMA, "input": {"path" if doc.path else "url": doc.path or doc.url,
                                              "format": doc.format, "encoding": doc.encoding},
                  "metadata": dict(cleaned.metadata), "text": cleaned.text,
                  "boilerplate": [{"text": r.text, "kind": r.kind, "line": r.line} for r in cleaned.boilerplate]}
        sys.stdout.write(jsonr.dumps(record, pretty=format is Format.json and sys.stdout.isatty()) + "\n")
    else:
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
        raise typer.Exit(EXIT_FAILED)
    if errors:
        from .output import write_atomic
        write_atomic(errors, "".join(jsonr.dumps(m) + "\n" for m in misses))
    if json_ or format in (Format.json, Format.jsonl):
        sys.stdout.write(jsonr.dumps(figures, pretty=sys.stdout.isatty()) + "\n")
        return
    from .render import table
    table.render_eval(figures, _console(sys.stdout))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(EXIT_OK)


if __name__ == "__main__":
    main()
