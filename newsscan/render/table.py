"""The human view: a header, statements, actors, agencies and a boilerplate summary."""

from __future__ import annotations

from collections import Counter

from . import cue_label, language_label, source_label, terminal_safe

STACK_BELOW = 100  # columns: a narrower terminal gets the stacked layout


def render(record: dict, console) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    source = source_label(record)
    if "error" in record:
        return  # the failure was reported on stderr
    meta, lang = record["metadata"], record["language"]
    header = Text()
    header.append(meta.get("title") or source or "article", style="bold")
    header.append(f"\nlanguage {language_label(lang)}")
    if lang.get("supported") is False:
        how = f"read with {lang['data']} data" if lang.get("data") else "quotation marks only, no speakers"
        header.append(f" (no data of its own: {how})", style="italic")
    for key in ("author", "date", "site_name", "dateline", "agency"):
        if meta.get(key):
            header.append(f" · {key.replace('_', ' ')} {meta[key]}")
    if meta.get("source_url"):
        header.append(f"\nsource {meta['source_url']}", style="dim")  # its own line: URLs are long
    console.print(header)

    if console.width < STACK_BELOW:
        _stacked_statements(record, console)
    else:
        _statement_table(record, console)

    if record["actors"] and console.width < STACK_BELOW:
        _stacked_actors(record, console)
    elif record["actors"]:
        at = Table(title="Actors", box=box.SIMPLE, expand=True, title_justify="left")
        at.add_column("actor", ratio=2, overflow="fold")
        at.add_column("role", ratio=2, overflow="fold")
        at.add_column("statements", justify="right")
        at.add_column("mentions", ratio=4, overflow="fold")
        counts = Counter(q["actor"] for q in record["quotes"])
        for a in record["actors"]:
            at.add_row(a["name"], a["role"] or "", str(counts[a["id"]]), "; ".join(a["mentions"]))
        console.print(at)
    if record["agencies"]:
        agencies = ", ".join(
            f"{g['name']} ({_count(len(g['quotes']), 'statement')})" for g in record["agencies"]
        )
        console.print(Text("Cited agencies and media: ", style="bold").append(agencies, style=""))
    removed = Counter(b["kind"] for b in record["boilerplate"])
    if removed:
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(removed.items()))
        console.print(Text(f"Removed as boilerplate: {summary}", style="dim"))
    console.print()


def _speaker_text(q: dict, actors: dict, one_line: bool = False):
    """The speaker cell: name, role and the mention as written when it differs (on separate
    lines, or on one for the stacked layout)."""
    from rich.text import Text

    speaker = Text(q["speaker"] or "—", style="bold" if q["speaker"] else "dim")
    actor = actors.get(q["actor"])
    if actor and actor.get("role") and actor["role"] != actor["name"]:
        speaker.append(f"{', ' if one_line else chr(10)}{actor['role']}", style="italic")
    mention = q["speaker_mention"]
    if mention and (not q["speaker"] or q["speaker"] not in mention):
        speaker.append(f"{' ' if one_line else chr(10)}“{mention}”", style="dim")
    return speaker


def _statement_table(record: dict, console) -> None:
    """Statements as a table with speaker, statement, type and cue (and via) columns."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    actors = {a["id"]: a for a in record["actors"]}
    table = Table(
        title=f"Statements ({len(record['quotes'])})",
        box=box.SIMPLE_HEAVY,
        show_lines=True,
        expand=True,
        title_justify="left",
    )
    with_via = any(q["via"] for q in record["quotes"])
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("speaker", ratio=2, min_width=16, overflow="fold")
    table.add_column("statement", ratio=5, min_width=24, overflow="fold")
    table.add_column("type · cue", overflow="fold", min_width=10, max_width=14)
    if with_via:  # only when some statement came through an agency or medium
        table.add_column("via", overflow="fold", max_width=14)
    for q in record["quotes"]:
        speaker = _speaker_text(q, actors)
        kind = Text(q["type"]).append(f"\n{cue_label(q)}", style="dim")
        row = [q["id"][1:], speaker, q["text"], kind] + ([q["via"] or ""] if with_via else [])
        table.add_row(*row)
    console.print(table)


def _stacked_actors(record: dict, console) -> None:
    """Actors one a line for a narrow terminal: name, role, statements, then the mentions."""
    from rich.text import Text

    counts = Counter(q["actor"] for q in record["quotes"])
    console.print(Text("Actors", style="italic"))
    for a in record["actors"]:
        line = Text(a["name"], style="bold")
        if a["role"] and a["role"] != a["name"]:
            line.append(f", {a['role']}", style="italic")
        line.append(f" · {_count(counts[a['id']], 'statement')} · {'; '.join(a['mentions'])}", style="dim")
        console.print(line)
    console.print()


def _stacked_statements(record: dict, console) -> None:
    """Statements one below the other for a narrow terminal: number, speaker, type, cue and
    via on one line, the statement wrapped below it at word boundaries."""
    from rich.padding import Padding
    from rich.text import Text

    actors = {a["id"]: a for a in record["actors"]}
    console.print(Text(f"Statements ({len(record['quotes'])})", style="italic"))
    for q in record["quotes"]:
        line = Text(f"{q['id'][1:]}. ", style="dim")
        line.append_text(_speaker_text(q, actors, one_line=True))
        line.append(f" · {q['type']} · {cue_label(q)}", style="dim")
        if q["via"]:
            line.append(f" · via {q['via']}", style="dim")
        console.print(line)
        console.print(Padding(Text(q["text"]), (0, 0, 1, 3)))


def render_eval(figures: dict, console) -> None:
    from rich import box
    from rich.table import Table

    table = Table(
        title=f"{figures['corpus']} — {figures['articles']} articles, {figures['type']} quotes",
        box=box.SIMPLE_HEAVY,
        title_justify="left",
    )
    for col in ("figure", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col == "figure" else "right")

    def row(name, f):
        table.add_row(
            name,
            f"{f['precision']:.3f}",
            f"{f['recall']:.3f}",
            f"{f['f1']:.3f}",
            f"{f['tp']:g}",
            f"{f['fp']:g}",
            f"{f['fn']:g}",
        )

    row("message tokens (GermEval)", figures["message"])
    row("quotes", figures["quotes"])
    for name, f in figures["by_type"].items():
        row(f"  {name}", f)
    console.print(table)
    for key, label in (
        ("speaker", "speaker accuracy (non-pronoun)"),
        ("pronoun_speaker", "pronoun speakers resolved"),
        ("cue", "cue accuracy"),
    ):
        acc = figures[key]["accuracy"]
        console.print(f"{label}: {acc:.3f} (n={figures[key]['n']})" if acc is not None else f"{label}: n/a")
    if figures["speaker"].get("wrong") is not None:
        console.print(f"wrong speaker named (not none): {figures['speaker']['wrong']:.3f}")
    console.print(f"throughput: {figures['articles_per_second']} articles/s")
    if figures.get("skipped"):
        console.print(f"skipped: {figures['skipped']} error records (sources newsscan could not read)")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


class TableWriter:
    def __init__(self, console):
        self.console = console

    def write(self, record: dict) -> None:
        render(terminal_safe(record), self.console)

    def close(self) -> None:
        pass


def render_actors(rows: list[dict], console, markdown: bool = False) -> None:
    """The corpus actors as a table (or a Markdown table): name, kind, role, counts, agencies."""
    rows = terminal_safe(rows)
    if markdown:
        console.file.write(
            "| actor | kind | role | statements | articles | agencies |\n|---|---|---|---|---|---|\n"
        )
        for r in rows:
            cells = (
                r["actor"],
                r["kind"],
                r["role"] or "",
                r["statements"],
                r["articles"],
                ", ".join(r["agencies"]),
            )
            console.file.write("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |\n")
        return
    from rich import box
    from rich.table import Table

    table = Table(title=f"Actors ({len(rows)})", box=box.SIMPLE_HEAVY, title_justify="left")
    table.add_column("actor", overflow="fold")
    table.add_column("kind", no_wrap=True)
    table.add_column("role", overflow="fold", min_width=20)
    table.add_column("statements", justify="right", no_wrap=True)
    table.add_column("articles", justify="right", no_wrap=True)
    table.add_column("agencies", overflow="fold")
    for r in rows:
        table.add_row(
            r["actor"],
            r["kind"],
            r["role"] or "",
            str(r["statements"]),
            str(r["articles"]),
            ", ".join(r["agencies"]),
        )
    console.print(table)
