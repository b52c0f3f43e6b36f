"""Stage 2: strip boilerplate lines from the article text and record every removal.

Markers come from the language data (``lang/*/boilerplate.json``); since the
language is not known yet, the markers of every shipped language apply. A short
line that is not running prose (no finite verb, no quotation) between two
paragraphs is removed as a photo caption.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lang as langdata
from ..lang import INLINE_AD
from ..model import Cleaned, Document, Removal
from .prose import WORD, clause_signs, has_finite_verb
from .shapes import shape_kind

_URL = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
_QUOTE_CHARS = set('„“”"»«‚‘’:')
_SENTENCE_END = (".", "!", "?", "…", ":", "“", '"', "”", "«", "»")
TITLE_MAX_WORDS = 16
DATELINE_LINES = 4  # a dateline opens one of the first few lines of the article
_DATELINE = re.compile(
    r"(?P<place>[A-ZÄÖÜÀ-Ý][\w.'’/ ,-]{1,60}?)\s*\((?P<agency>[^()\n]{2,40})\)\s*[—–-]{1,2}\s+"
)


@lru_cache(maxsize=1)
def _markers() -> tuple:
    seen, out = set(), []
    for code in langdata.available():
        for kind, rx in langdata.get(code).boilerplate:
            if rx.pattern not in seen and kind != INLINE_AD:
                seen.add(rx.pattern)
                out.append((kind, rx))
    return tuple(out)


@lru_cache(maxsize=1)
def _inline_ads() -> tuple:
    """Bracketed ad markers inside a line (… sei ernst. [Anzeige_2] Die Polizei …)."""
    seen, out = set(), []
    for code in langdata.available():
        for kind, rx in langdata.get(code).boilerplate:
            if kind == INLINE_AD and rx.pattern not in seen:
                seen.add(rx.pattern)
                out.append(rx)
    return tuple(out)


def _strip_inline_ads(kept: list, removals: list) -> list:
    """Remove bracketed ad markers from inside lines, recording each as an ``ad-marker``."""
    out = []
    for number, line in kept:
        for rx in _inline_ads():
            line = _cut_inline(rx, line, number, removals)
        out.append((number, line))
    return out


def _cut_inline(rx, line: str, number: int, removals: list) -> str:
    """Replace every match of ``rx`` in ``line``, together with the spaces before it, by one
    space, recording each removal."""
    pieces, done = [], 0
    for m in rx.finditer(line):
        start = m.start()
        while start > done and line[start - 1].isspace():
            start -= 1
        removals.append(Removal(m.group(0).strip(), "ad-marker", number))
        pieces += [line[done:start], " "]
        done = m.end()
    return "".join(pieces) + line[done:] if pieces else line


def marker_kind(line: str) -> tuple[str, str | None] | None:
    """Return (kind, captured value) when the whole line is boilerplate: by its shape
    (``shapes.py``) or by a marker of the language data."""
    stripped = line.strip()
    if not stripped:
        return None
    shaped = shape_kind(stripped)
    if shaped:
        return shaped, None
    if len(stripped) > 320:
        return None
    for kind, rx in _markers():
        m = rx.fullmatch(stripped)  # the patterns carry no space around them: the line is stripped
        if m:
            value = m.groupdict().get("value")
            return kind, value.strip() if value else None
    return None


def _headline(line: str) -> bool:
    """A short line with no sentence end: a title."""
    line = line.strip()
    return len(WORD.findall(line)) <= TITLE_MAX_WORDS and not line.endswith(_SENTENCE_END + (",", ";"))


def is_caption(
    line: str, before: str | None, after: str | None, language: str | None = None, after_title: bool = False
) -> bool:
    """A short line between two paragraphs (or right after the title) that is not running prose."""
    text = line.strip()
    if before is None or after is None:
        return False
    words = WORD.findall(text)
    if not 2 <= len(words) <= 20 or len(text) > 200:
        return False
    if any(ch in _QUOTE_CHARS for ch in text):
        return False
    if not before.rstrip().endswith(_SENTENCE_END) and not after_title:
        return False
    if sum(1 for ch in text if ch in ".!?") > 1 or opens_with_source(words, language):
        return False
    return not has_finite_verb(text, language) and not clause_signs(words, language)


def opens_with_source(words: list[str], language: str | None) -> bool:
    """The line opens with the language's according-to preposition and ends a sentence: a report
    with its source, never a caption, whether or not its verb is listed (nl ``Volgens de gemeente
    kost de reparatie twee miljoen euro.``; en ``According to police, …``).

    >>> # nl: ["Volgens", "de", "gemeente", "kost", …] -> True
    """
    if language is None or language not in langdata.available() or len(words) < 4:
        return False
    opening = " ".join(words[:2]).lower()
    prepositions = langdata.get(language).attribution.get("prepositions", ())
    return any(opening == p or opening.split()[0] == p for p in prepositions)


def _own_paragraphs(lines: list[str]) -> set[int]:
    """Line numbers of lines that stand as a paragraph of their own: every line when the
    text has no blank lines between its lines, else the lines with a blank line (or the text's edge) before
    and after them. A line inside a block is a list entry, never a caption."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled or len(filled) == filled[-1] - filled[0] + 1:
        return set(range(1, len(lines) + 1))
    out = set()
    for i, line in enumerate(lines):
        above = i == 0 or not lines[i - 1].strip()
        below = i + 1 == len(lines) or not lines[i + 1].strip()
        if line.strip() and above and below:
            out.add(i + 1)
    return out


def clean(doc: Document, keep_boilerplate: bool = False, language: str | None = None) -> Cleaned:
    """Remove boilerplate lines. Captions are looked for in plain text only (an HTML
    extractor already drops figure captions, and short lines there are headings) and
    only for languages whose data newsscan ships."""
    lines = doc.raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta: list[tuple[str, str]] = list(doc.metadata)
    if keep_boilerplate:
        return Cleaned(text=_join(lines), metadata=tuple(meta))
    removals: list[Removal] = []
    kept = _strip_inline_ads(_remove_markers(lines, removals, meta), removals)
    _dateline_metadata(kept, meta)
    content = [(n, line) for n, line in kept if line.strip()]
    look_for_captions = doc.format == "text" and (language is None or language in langdata.available())
    captions = (
        _captions(content, _blank_removed(lines, kept), language, removals) if look_for_captions else set()
    )
    text_lines = [line for n, line in kept if n not in captions]
    removals.sort(key=lambda r: r.line)
    if doc.format == "text":
        _title_metadata(content, meta)
    return Cleaned(text=_join(text_lines), boilerplate=tuple(removals), metadata=tuple(meta))


def _remove_markers(lines: list[str], removals: list, meta: list) -> list[tuple[int, str]]:
    """The (number, line) pairs that are no boilerplate; each removal is recorded, and the
    value of a source or byline goes into ``meta``."""
    kept = []
    for number, line in enumerate(lines, 1):
        found = marker_kind(line)
        if found is None:
            kept.append((number, line))
            continue
        kind, value = found
        removals.append(Removal(line.strip(), kind, number))
        if kind in ("source", "byline") and value:
            key = "author" if kind == "byline" else "source_url" if _URL.match(value) else "source"
            if not any(k == key for k, _ in meta):
                meta.append((key, value))
    return kept


def _title_metadata(content: list, meta: list) -> None:
    """A headline (short, first, no sentence end) of a plain text becomes ``title``."""
    if not any(k == "title" for k, _ in meta) and len(content) >= 3:
        first = content[0][1].strip()
        if _headline(first):
            meta.append(("title", first))


def _blank_removed(lines: list[str], kept: list) -> list[str]:
    """``lines`` with every removed line blanked, so that a caption whose credit line went
    (``Demonstranten vor dem Reichstag.`` over ``Foto: dpa``) stands alone."""
    texts = dict(kept)
    return [texts.get(number, "") for number in range(1, len(lines) + 1)]


def _captions(content: list, lines: list[str], language: str | None, removals: list) -> set[int]:
    """Line numbers of the captions among the ``content`` lines (number, line), each
    recorded in ``removals``; only a line that stands as a paragraph of its own can be one."""
    captions = set()
    alone = _own_paragraphs(lines)
    code = language if language in langdata.available() else None
    for i, (number, line) in enumerate(content):
        if number not in alone:
            continue
        before = content[i - 1][1] if i > 0 else None
        after = content[i + 1][1] if i + 1 < len(content) else None
        after_title = i == 1 and len(content) >= 3 and _headline(before or "")
        if is_caption(line, before, after, code, after_title):
            captions.add(number)
            removals.append(Removal(line.strip(), "caption", number))
    return captions


def dateline(text: str, pos: int = 0) -> tuple[str, str, int] | None:
    """``WASHINGTON (Reuters) - …`` at ``pos``: (place, agency, end of the prefix), when the
    parenthesis names a known agency."""
    m = _DATELINE.match(text, pos)
    if not m:
        return None
    aliases = langdata.media_aliases()
    agency = next((aliases[a.strip()] for a in m.group("agency").split("/") if a.strip() in aliases), None)
    return (m.group("place").strip(" ,"), agency, m.end()) if agency else None


def _dateline_metadata(kept: list, meta: list) -> None:
    """The place and the agency credited in a dateline go into metadata; the dateline stays
    in the text, which it belongs to."""
    content = [line.lstrip() for _, line in kept if line.strip()]
    for line in content[:DATELINE_LINES]:
        found = dateline(line)
        if found:
            meta += [("dateline", found[0]), ("agency", found[1])]
            return


def _join(lines: list[str]) -> str:
    """Paragraphs separated by one blank line. A line is its own paragraph unless it
    continues a hard-wrapped sentence (previous line open, this one starting lowercase)."""
    paragraphs: list[str] = []
    open_sentence = False
    for line in lines:
        line = line.strip()
        if not line:
            open_sentence = False
            continue
        if paragraphs and open_sentence and line[0].islower():
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
        open_sentence = not line.endswith(_SENTENCE_END)
    return "\n\n".join(paragraphs)
