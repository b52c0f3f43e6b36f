"""A readable Markdown report, one section per article."""

from __future__ import annotations

from . import NEGATED, language_label, source_label, terminal_safe

_MARKDOWN = str.maketrans({ch: "\\" + ch for ch in "\\|`*_[]<>#!"} | {"&": "&amp;", "\n": " "})


def _cell(text) -> str:
    """Article text as inert Markdown: no raw HTML, links, code or emphasis from the article."""
    return str(text or "").translate(_MARKDOWN)


class MarkdownWriter:
    def __init__(self, stream):
        self.stream = stream

    def write(self, record: dict) -> None:
        record = terminal_safe(record)
        w = self.stream.write
        source = source_label(record)
        if "error" in record:
            w(
                f"## {_cell(source)}\n\n**Error** ({record['error']['kind']}): "
                f"{_cell(record['error']['message'])}\n\n"
            )
            return
        meta, lang = record["metadata"], record["language"]
        w(f"## {_cell(meta.get('title') or source)}\n\n")
        facts = [f"source: {_cell(source)}", f"language: {language_label(lang)}"]
        if meta.get("source_url"):
            facts.append(f"original: {_cell(meta['source_url'])}")
        w(" · ".join(facts) + "\n\n")
        if record["quotes"]:
            w("| # | speaker | statement | type | cue | via |\n|---|---|---|---|---|---|\n")
            for q in record["quotes"]:
                speaker = q["speaker"] or "—"
                if q["role"] and q["role"] != q["speaker"]:
                    speaker += f" ({q['role']})"
                w(
                    f"| {q['id'][1:]} | {_cell(speaker)} | {_cell(q['text'])} | {q['type']} "
                    f"| {_cell(q['cue'])}{' ' + NEGATED if q.get('negated') else ''} "
                    f"| {_cell(q['via'])} |\n"
                )
            w("\n")
        else:
            w("_No statements found._\n\n")
        if record["actors"]:
            w(
                "**Actors:** "
                + "; ".join(
                    f"{_cell(a['name'])} — {_cell(', '.join(a['mentions']))}" for a in record["actors"]
                )
                + "\n\n"
            )
        if record["agencies"]:
            w(
                "**Cited agencies and media:** "
                + ", ".join(_cell(g["name"]) for g in record["agencies"])
                + "\n\n"
            )
        if record["boilerplate"]:
            w(f"_Removed as boilerplate: {len(record['boilerplate'])} lines._\n\n")

    def close(self) -> None:
        pass
