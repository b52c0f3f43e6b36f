"""``newsscan show``: the cleaned article in the terminal with its statements marked.

Each statement is drawn on its speaker's colour (light colours behind dark text, so
they read the same on dark and light terminals), the speech cue in bold, cited agencies
and media underlined. Without colour (``NO_COLOR``, or output that is not a terminal)
a statement is written as ``[MR: …]`` with its speaker's initials and underlined, and
an agency as ``{Reuters}``. A legend of actors, the cited agencies and the removed
boilerplate follow the text.

Everything from the article goes through :class:`rich.text.Text` (never parsed as
markup) after :func:`~newsscan.render.marks.safe_text` removed control characters.
"""

from __future__ import annotations

from . import language_label, source_label
from .marks import actor_tags, colours, runs, safe_text, statement_counts

KEY = "bold: speech cue · underlined: cited agency or medium"
KEY_PLAIN = (
    "[XY: …]: statement of the actor with initials XY · bold: speech cue · {…}: cited agency or medium"
)


def _meta_line(record: dict):
    """Source, language and the known metadata, on one line."""
    from rich.text import Text

    meta = record["metadata"]
    source = source_label(record) or "-"
    parts = [source] if meta.get("title") else []  # without a title the source is the heading
    parts.append(f"language {language_label(record['language'])}")
    parts += [
        f"{key.replace('_', ' ')} {meta[key]}"
        for key in ("date", "site_name", "author", "dateline")
        if meta.get(key)
    ]
    line = Text(safe_text(" · ".join(str(p) for p in parts)), style="dim")
    url = meta.get("url") or meta.get("source_url")
    if url:
        line.append("\n" + safe_text(str(url)), style="dim")
    return line


def header(record: dict):
    """The title (or the source) in bold, then the metadata line."""
    from rich.text import Text

    title = record["metadata"].get("title") or source_label(record)
    text = Text()
    text.append(safe_text(str(title or "article")), style="bold")
    text.append("\n")
    text.append_text(_meta_line(record))
    return text


def _quote_style(colour: str, plain: bool) -> str:
    """How a statement is drawn: its speaker's colour, or underlined without colour."""
    return "underline" if plain else f"#111111 on {colour}"


def _piece_style(piece, plain: bool) -> str:
    """Bold for a cue; bold and underlined (only bold without colour) for an agency."""
    styles = []
    if piece.cue:
        styles.append("bold")
    if piece.agency:
        styles.append("bold underline" if not plain else "bold")
    return " ".join(styles)


def _append_run(out, text: str, run, quote: dict | None, look: dict) -> None:
    """One run of the article: its pieces, wrapped in ``[XY: …]`` without colour."""
    plain = look["plain"]
    base = ""
    if quote is not None:
        base = _quote_style(look["colours"][quote.get("actor")], plain)
        if plain:
            out.append(f"[{look['tags'][quote.get('actor')]}: ", style="bold")
    for piece in run.pieces:
        chunk = safe_text(text[piece.start : piece.end])
        if plain and piece.agency:
            chunk = "{" + chunk + "}"
        out.append(chunk, style=" ".join(s for s in (base, _piece_style(piece, plain)) if s))
    if quote is not None and plain:
        out.append("]", style="bold")


def article_text(record: dict, plain: bool = False):
    """The cleaned text with statements, cues and agencies marked."""
    from rich.text import Text

    quotes = {q["id"]: q for q in record["quotes"]}
    look = {"plain": plain, "colours": colours(record), "tags": actor_tags(record)}
    out = Text()
    for run in runs(record):
        _append_run(out, record["text"], run, quotes.get(run.quote), look)
    return out


def _swatch(actor_id, look: dict):
    """An actor's initials on its colour (in brackets without colour)."""
    from rich.text import Text

    tag = look["tags"][actor_id]
    if look["plain"]:
        return Text(f"[{tag}]")
    return Text(f" {tag} ", style=f"bold #111111 on {look['colours'][actor_id]}")


def legend(record: dict, plain: bool = False):
    """The actors: colour and initials, name, role, kind, gender where known, statements."""
    from rich import box
    from rich.table import Table

    look = {"plain": plain, "colours": colours(record), "tags": actor_tags(record)}
    counts = statement_counts(record)
    genders = any(actor.get("gender") for actor in record["actors"])
    table = Table(title="Actors", title_justify="left", box=box.SIMPLE, pad_edge=False)
    table.add_column("", no_wrap=True)
    table.add_column("actor", overflow="fold")
    table.add_column("role", overflow="fold")
    table.add_column("kind", no_wrap=True)
    if genders:  # only when the analysis knows some speaker's gender
        table.add_column("gender", no_wrap=True)
    table.add_column("statements", justify="right", no_wrap=True)
    for actor in record["actors"]:
        gender = [safe_text(str(actor.get("gender") or ""))] if genders else []
        role = actor.get("role") if actor.get("role") != actor["name"] else ""
        table.add_row(
            _swatch(actor["id"], look),
            safe_text(actor["name"]),
            safe_text(role or ""),
            actor.get("kind") or "",
            *gender,
            str(counts.get(actor["id"], 0)),
        )
    if counts.get(None):
        table.add_row(
            _swatch(None, look), "(no speaker found)", "", "", *([""] if genders else []), str(counts[None])
        )
    return table


def _agencies(record: dict):
    """One line: each cited agency with its statements and how often it is named."""
    from rich.text import Text

    text = Text()
    text.append("Cited agencies and media: ", style="bold")
    text.append(
        ", ".join(
            f"{safe_text(g['name'])} ({len(g['quotes'])} statement{'s' * (len(g['quotes']) != 1)}, "
            f"named {g['mentions']}×)"
            for g in record["agencies"]
        )
    )
    return text


def _boilerplate(record: dict):
    """The removed lines: line number, kind and text, the text wrapped with a hanging indent."""
    from rich.table import Table

    table = Table.grid(padding=(0, 2))
    table.add_column(justify="right", no_wrap=True, style="dim")
    table.add_column(no_wrap=True, style="italic")
    table.add_column(overflow="fold", style="dim")
    for item in record["boilerplate"]:
        table.add_row(f"line {item['line']}", item["kind"], safe_text(item["text"]))
    table.title = f"Removed as boilerplate ({len(record['boilerplate'])})"
    table.title_justify = "left"
    table.title_style = "bold"
    return table


def renderables(record: dict, plain: bool = False) -> list:
    """Everything ``show`` prints for one analysed record, in order."""
    from rich.text import Text

    if "error" in record:
        return [
            Text(safe_text(f"{record['error']['kind']} error: {record['error']['message']}"), style="bold")
        ]
    items = [header(record), Text(""), article_text(record, plain), Text("")]
    if record["actors"] or record["quotes"]:
        items += [legend(record, plain), Text(KEY_PLAIN if plain else KEY, style="dim")]
    else:
        items.append(Text("No statements found.", style="dim"))
    if record["agencies"]:
        items += [Text(""), _agencies(record)]
    if record["boilerplate"]:
        items += [Text(""), _boilerplate(record)]
    return items


def render(record: dict, console, pager: bool = True) -> None:
    """Print one record; through rich's pager when it is longer than the terminal."""
    plain = console.no_color or console.color_system is None
    items = renderables(record, plain=plain)
    if pager and console.is_terminal and _height(console, items) > console.height:
        with console.pager(styles=not plain):
            for item in items:
                console.print(item)
        return
    for item in items:
        console.print(item)


def _height(console, items) -> int:
    """How many lines the items take at the console's width."""
    options = console.options
    return sum(len(console.render_lines(item, options, pad=False)) for item in items)
