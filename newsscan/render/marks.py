"""Where to mark an article's text: statements, their cues and cited agencies.

Both views of an article (``newsscan show`` in the terminal, ``--format html``) work
from the JSON record alone, so they share this module: it cuts the cleaned text into
runs, each run either outside every statement or inside exactly one, and each run into
pieces that say whether they are a speech cue or the name of a cited agency.

The record gives statements as offsets (``quotes[].spans``); cues and agencies are
given by what was written (``quotes[].cue``, ``agencies[].name``), so they are looked
up in the text: a cue is the occurrence nearest to its statement within the same
paragraph, an agency every whole-word occurrence of its name (or its ``spans`` when a
record carries them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Light colours behind dark text: readable on dark and light terminals and pages alike
# (contrast with #111 is above 11:1 for every one of them).
PALETTE = (
    "#ffd8a8",
    "#a5d8ff",
    "#b2f2bb",
    "#fcc2d7",
    "#d0bfff",
    "#ffec99",
    "#99e9f2",
    "#ffa8a8",
    "#c0eb75",
    "#eebefa",
    "#ffc078",
    "#96f2d7",
)
NO_SPEAKER = "#dee2e6"

# Bidirectional overrides and isolates could reorder what a reader sees.


@dataclass(frozen=True)
class Piece:
    """A stretch of text with the marks it carries."""

    start: int
    end: int
    cue: bool = False
    agency: bool = False


@dataclass(frozen=True)
class Run:
    """Consecutive pieces inside one statement (``quote`` is its id) or outside all (None)."""

    start: int
    end: int
    quote: str | None
    pieces: tuple


def safe_text(text: str) -> str:
    """Text with control characters removed (tabs become spaces, newlines stay) and no
    bidirectional overrides, so that an article cannot move a terminal's cursor, change
    its colours or reorder the text around it."""
    from ..safe import for_terminal

    return for_terminal(text.replace("\t", " "))


def colours(record: dict) -> dict[str | None, str]:
    """Actor id -> colour, in the order actors first appear; None -> the no-speaker grey."""
    table: dict[str | None, str] = {None: NO_SPEAKER}
    for n, actor in enumerate(record.get("actors") or ()):
        table[actor["id"]] = PALETTE[n % len(PALETTE)]
    return table


def initials(name: str) -> str:
    """``Dana Pratt`` -> ``DP``; the capitalised words first, at most three letters."""
    words = re.findall(r"\w[\w'’-]*", name or "")
    capitals = [w for w in words if w[0].isupper()] or words
    if not capitals:
        return "?"
    if len(capitals) > 3:
        capitals = capitals[:2] + capitals[-1:]
    return "".join(w[0] for w in capitals).upper()


def actor_tags(record: dict) -> dict[str | None, str]:
    """Actor id -> unique initials (``MR``, ``MR2``); None -> ``?`` for statements with no speaker."""
    tags: dict[str | None, str] = {None: "?"}
    seen: dict[str, int] = {}
    for actor in record.get("actors") or ():
        base = initials(actor["name"])
        seen[base] = seen.get(base, 0) + 1
        tags[actor["id"]] = base if seen[base] == 1 else f"{base}{seen[base]}"
    return tags


def statement_counts(record: dict) -> dict[str | None, int]:
    """Actor id (None for no speaker) -> number of statements."""
    counts: dict[str | None, int] = {}
    for q in record.get("quotes") or ():
        counts[q.get("actor")] = counts.get(q.get("actor"), 0) + 1
    return counts


def _quote_spans(quote: dict) -> list[tuple[int, int]]:
    """The statement's parts, or its start and end when it has none."""
    spans = [tuple(s) for s in quote.get("spans") or () if s[1] > s[0]]
    return spans or [(quote["start"], quote["end"])]


def _word_spans(text: str, word: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Whole-word occurrences of ``word`` in ``text[lo:hi]`` (case-insensitive when none match exactly)."""
    pattern = r"(?<!\w)" + re.escape(word) + r"(?!\w)"
    found = [m.span() for m in re.finditer(pattern, text[lo:hi])]
    if not found:
        found = [m.span() for m in re.finditer(pattern, text[lo:hi], re.IGNORECASE)]
    return [(lo + a, lo + b) for a, b in found]


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (or paragraphs) around ``start:end``."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi < 0 else hi


def sentence_bounds(record: dict) -> list[tuple[int, int]]:
    """(start, end) of each sentence, cut as the analysis cut them (``quotes[].sentence``
    indexes this list); empty when the text cannot be segmented."""
    from .. import lang
    from ..pipeline import segment

    try:
        data = lang.get((record.get("language") or {}).get("code"))
        return [(s.start, s.end) for s in segment.sentences(record["text"], data)]
    except Exception:  # a record from another version: fall back to paragraphs
        return []


def _region(text: str, quote: dict, spans: list[tuple[int, int]], sentences: list) -> tuple[int, int]:
    """Where the cue of a statement is written: its sentences, or else its paragraph."""
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    n = quote.get("sentence")
    if sentences and isinstance(n, int) and 0 <= n < len(sentences):
        last = next((b for a, b in sentences[n:] if b >= end), len(text))
        return min(sentences[n][0], start), last
    return _paragraph(text, start, end)


def _distance(span: tuple[int, int], spans: list[tuple[int, int]]) -> int:
    """Characters between ``span`` and the nearest of ``spans`` (0 when they touch)."""
    return min(max(s - span[1], span[0] - e, 0) for s, e in spans)


def _nearest(text: str, word: str, spans: list, region: tuple[int, int], inside: bool = False):
    """The occurrence of ``word`` in ``region`` nearest to the statement, outside it (or,
    with ``inside``, the first one within it: *…sollen demnach…*)."""
    found = _word_spans(text, word, *region)
    within = [w for w in found if any(s <= w[0] and w[1] <= e for s, e in spans)]
    if inside:
        return within[0] if within else None
    outside = [w for w in found if w not in within]
    return min(outside, key=lambda w: (_distance(w, spans), w[0])) if outside else None


def cue_spans(text: str, quote: dict, sentences: list | None = None) -> list[tuple[int, int]]:
    """Where the statement's cue is written: for each word of the cue, the occurrence
    nearest to the statement outside it, in the statement's sentences (or, failing that,
    its paragraph), else the first one inside the statement."""
    if not quote.get("cue"):
        return []
    spans = _quote_spans(quote)
    regions = [
        _region(text, quote, spans, sentences or []),
        _paragraph(text, min(s for s, _ in spans), max(e for _, e in spans)),
    ]
    found = []
    for word in quote["cue"].split():
        hit = (
            _nearest(text, word, spans, regions[0])
            or _nearest(text, word, spans, regions[1])
            or _nearest(text, word, spans, regions[0], inside=True)
        )
        if hit:
            found.append(hit)
    return found


def agency_spans(text: str, record: dict) -> list[tuple[int, int]]:
    """Every place a cited agency or medium is named: its ``spans`` when the record has
    them, otherwise each whole-word occurrence of its name or of a statement's ``via``."""
    spans: list[tuple[int, int]] = []
    names = []
    for agency in record.get("agencies") or ():
        if agency.get("spans"):
            spans.extend(tuple(s) for s in agency["spans"])
        else:
            names.append(agency["name"])
    names.extend(q["via"] for q in record.get("quotes") or () if q.get("via"))
    for name in dict.fromkeys(n for n in names if n and n.strip()):
        spans.extend(_word_spans(text, name, 0, len(text)))
    return spans


def _events(record: dict) -> list[tuple[int, int, str, object]]:
    """(position, +1/-1, kind, key) for every statement span, cue and agency name."""
    text = record["text"]
    sentences = sentence_bounds(record) if record.get("quotes") else []
    events = []
    for q in record.get("quotes") or ():
        spans = _quote_spans(q)
        size = sum(e - s for s, e in spans)
        for s, e in spans:
            events += [(s, 1, "quote", (size, q["id"])), (e, -1, "quote", (size, q["id"]))]
        for s, e in cue_spans(text, q, sentences):
            events += [(s, 1, "cue", None), (e, -1, "cue", None)]
    for s, e in agency_spans(text, record):
        events += [(s, 1, "agency", None), (e, -1, "agency", None)]
    return sorted(events, key=lambda ev: (ev[0], ev[1]))


class _Sweep:
    """What covers the current position: statements (the shortest wins), cues, agencies."""

    def __init__(self):
        self.quotes: dict = {}
        self.cue = 0
        self.agency = 0

    def apply(self, delta: int, kind: str, key) -> None:
        """Open (+1) or close (-1) a statement, a cue or an agency."""
        if kind == "quote":
            self.quotes[key] = self.quotes.get(key, 0) + delta
            if self.quotes[key] <= 0:
                del self.quotes[key]
        elif kind == "cue":
            self.cue += delta
        else:
            self.agency += delta

    def quote(self) -> str | None:
        """The statement that owns the current position: the shortest one covering it."""
        return min(self.quotes)[1] if self.quotes else None


def runs(record: dict) -> list[Run]:
    """The article text as runs of pieces, in order, covering it completely."""
    text = record["text"]
    events = _events(record)
    cuts = sorted({0, len(text)} | {pos for pos, *_ in events if 0 <= pos <= len(text)})
    sweep, result, i = _Sweep(), [], 0
    for a, b in zip(cuts, cuts[1:]):
        while i < len(events) and events[i][0] <= a:
            sweep.apply(*events[i][1:])
            i += 1
        piece = Piece(a, b, cue=sweep.cue > 0, agency=sweep.agency > 0)
        quote = sweep.quote()
        if result and result[-1].quote == quote:
            last = result[-1]
            result[-1] = Run(last.start, b, quote, last.pieces + (piece,))
        else:
            result.append(Run(a, b, quote, (piece,)))
    return result
