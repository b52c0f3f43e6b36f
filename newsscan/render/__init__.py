"""Renderers: a rich table for people, JSON/JSONL for programs."""


def language_label(language: dict) -> str:
    """``de (0.99)``, or ``de`` when the language was given rather than detected."""
    if language.get("probability") is None:
        return language["code"]
    return f"{language['code']} ({language['probability']:.2f})"


def source_label(record: dict) -> str:
    """How a record's source is named: its path or the URL asked for (before any redirect),
    with ``#id`` for a record of a corpus file (``corpus.jsonl#2745``)."""
    where = record["input"]
    base = where.get("path") or where.get("requested_url") or where.get("url") or ""
    return f"{base}#{where['id']}" if where.get("id") is not None else base


def article_url(meta: dict) -> str | None:
    """The article's own address from its metadata: its URL, else its canonical URL, else the
    page it was read from."""
    return meta.get("url") or meta.get("canonical_url") or meta.get("source_url")


def terminal_safe(value):
    """A record (or any JSON value) with every string made safe for a terminal: ANSI/OSC
    escape sequences and control characters removed (see :func:`newsscan.safe.for_terminal`)."""
    from ..safe import for_terminal

    if isinstance(value, str):
        return for_terminal(value)
    if isinstance(value, dict):
        return {k: terminal_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [terminal_safe(v) for v in value]
    return value


NEGATED = "(negated)"  # the marker after the cue of a negated statement


def cue_label(quote: dict) -> str:
    """The cue column of a statement: its cue (``—`` when none), followed by ``(negated)``
    when the cue verb is negated (``did not confirm (negated)``)."""
    cue = quote.get("cue") or "—"
    return f"{cue} {NEGATED}" if quote.get("negated") else cue
