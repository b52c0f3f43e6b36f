"""Stage 8: cited news agencies and media, and the statements they carry (``via``).

A medium counts as cited when it appears in an attribution context: after ``laut``,
``zitierte``, ``berichtete``, ``gegenüber`` …, before ``zufolge``, ``berichtete``,
``meldete``. Media come from the shared gazetteer, or are discovered after a media
noun (``die Zeitung „…“``, ``der Sender X``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from .. import lang as langdata
from ..lang import media_aliases
from ..model import Agency, Quote
from .context import Context
from .medium_names import local_institution

WINDOW_BEFORE = 4
WINDOW_AFTER = 2


@lru_cache(maxsize=1)
def _gazetteer_pattern() -> tuple[re.Pattern, dict]:
    canonical = media_aliases()
    aliases = sorted(canonical, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in aliases) + r")(?![\w-])")
    return pattern, canonical


@lru_cache(maxsize=16)
def _triggers(code: str) -> frozenset:
    """Words that make a nearby medium a cited one (laut, berichtete, Zeitung, sagte …)."""
    data = langdata.get(code)
    attr = data.attribution
    words = {p.split()[-1] for p in attr.get("prepositions", ())} | set(attr.get("postpositions", ()))
    words |= (
        set(attr.get("report_verbs", ()))
        | set(attr.get("channel_words", ()))
        | set(attr.get("source_nouns", ()))
    )
    words |= data.media | set(data.cue_forms)
    return frozenset(words)


def _quote_index(ctx: Context) -> tuple[list, dict]:
    """Start offsets of the quotations (for bisect) and the quotations by opening offset."""
    return [q.start for q in ctx.quoted], {q.open: q for q in ctx.quoted}


def _enclosing_title(ctx: Context, starts: list, start: int, end: int):
    """The one-paragraph quotation that contains [start, end), if any (quotations do not
    overlap, so only the last one starting at or before ``start`` can)."""
    k = bisect.bisect_right(starts, start) - 1
    if k < 0:
        return None
    q = ctx.quoted[k]
    return q if end <= q.end and len(q.parts) == 1 else None


def _gazetteer_hits(ctx: Context, view, pattern, canonical, triggers, starts) -> list:
    """Media of the gazetteer cited in one sentence: (name, start, end, sentence)."""
    found = []
    s = view.sentence
    for m in pattern.finditer(ctx.text, s.start, s.end):
        i = view.index_at(m.start())
        if i is None or view.quoted[i] or local_institution(ctx, m.group(1)):
            continue  # nl het CBS: the statistics office, no medium
        j = view.index_at(m.end() - 1)
        near = [t.lower for t in view.tokens[max(0, i - WINDOW_BEFORE) : i]]
        near += [t.lower for t in view.tokens[j + 1 : j + 1 + WINDOW_AFTER]]
        if any(w in triggers for w in near):
            name, start, end = canonical[m.group(1)], m.start(), m.end()
            title = _enclosing_title(ctx, starts, start, end)
            if title is not None and len(ctx.text[title.start : title.end].split()) <= 5:
                # der „Bild am Sonntag“: the whole quoted title names the medium
                name, start, end = ctx.text[title.start : title.end].strip(), title.open, title.close
                name = canonical.get(name, name)
            found.append((name, start, end, s.index))
    return found


def _discovered(ctx: Context, view, i: int, by_open: dict) -> tuple[str, int, int] | None:
    """A medium named after the media noun at token i: a quoted title or capitalised words."""
    nxt = view.tokens[i + 1]
    q = by_open.get(nxt.start)
    if q is not None and len(q.parts) == 1 and len(ctx.text[q.start : q.end].split()) <= 5:
        return ctx.text[q.start : q.end].strip(), q.open, q.close
    if ctx.is_cap(nxt) and not view.quoted[i + 1]:
        j = i + 1
        while j < len(view.tokens) and ctx.is_cap(view.tokens[j]) and j - i <= 4 and not view.quoted[j]:
            j += 1
        return ctx.text[nxt.start : view.tokens[j - 1].end], nxt.start, view.tokens[j - 1].end
    return None


def _discover(ctx: Context, view, found: list, canonical: dict, by_open: dict) -> None:
    """Add to ``found`` (this sentence's media) those named after a media noun."""
    for i, t in enumerate(view.tokens[:-1]):
        if not t.text[:1].isalpha() or not ctx.is_media_noun(t.text) or view.quoted[i]:
            continue
        hit = _discovered(ctx, view, i, by_open)
        if hit is None:
            continue
        name, start, end = hit
        name = canonical.get(name, name)
        inner = [f for f in found if start <= f[1] and f[2] <= end]
        if any(f[1] <= start < f[2] or start <= f[1] < end for f in found if f not in inner):
            continue
        if inner and all((f[1], f[2]) == (start, end) or f[0] == name for f in inner):
            continue
        if inner and len(ctx.text[max(f[2] for f in inner) : end].split()) > 1:
            continue  # die Nachrichtenagentur KCNA Kim Yo Jong: the known medium, then a person
        for f in inner:  # a longer discovered name wins: der Sender CNN Türk
            found.remove(f)
        found.append((name, start, end, view.sentence.index))


def _link(ctx: Context, quotes: tuple, by_sentence: dict) -> list:
    """Each statement with the medium cited in its frame's sentence or its own (``via``)."""
    linked: list = []
    for q in quotes:
        st = q.statement
        via = None
        frame_sentence = ctx.sentence_at(st.cue_start) if st.cue_start is not None else st.sentence
        for sentence in (frame_sentence, st.sentence):
            if sentence in by_sentence:
                via = by_sentence[sentence]
                break
        if via is None and st.inherited and linked:
            via = linked[-1].statement.via
        linked.append(replace(q, statement=replace(st, via=via)))
    return linked


def find(ctx: Context, quotes: tuple[Quote, ...]) -> tuple[tuple[Quote, ...], tuple[Agency, ...]]:
    """The media cited in the text and the statements linked to them. Work is per sentence
    (a medium and the words that make it cited stand in one sentence) with quotations looked
    up by offset, so the stage is linear in the text."""
    pattern, canonical = _gazetteer_pattern()
    triggers = _triggers(ctx.lang.code)
    starts, by_open = _quote_index(ctx)
    found: list[tuple[str, int, int, int]] = []  # (name, start, end, sentence)
    for view in ctx.views:
        here = _gazetteer_hits(ctx, view, pattern, canonical, triggers, starts)
        _discover(ctx, view, here, canonical, by_open)
        found += here
    found.sort(key=lambda f: f[1])
    by_sentence: dict[int, str] = {}
    for name, _, _, sentence in found:
        by_sentence.setdefault(sentence, name)
    linked = _link(ctx, quotes, by_sentence)
    counts: dict[str, int] = {}
    spans: dict[str, list] = {}
    for f in found:
        counts[f[0]] = counts.get(f[0], 0) + 1
        spans.setdefault(f[0], []).append((f[1], f[2]))
    carried: dict[str, list] = {}
    for q in linked:
        if q.statement.via is not None:
            carried.setdefault(q.statement.via, []).append(q.id)
    agencies = tuple(
        Agency(name=n, mentions=counts[n], quotes=tuple(carried.get(n, ())), spans=tuple(spans[n]))
        for n in counts
    )
    return tuple(linked), agencies
