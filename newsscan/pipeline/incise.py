"""The incise: a frame written inside the quotation marks, between two parts of the quote, as
French (and Romance papers that follow its typography) punctuate it:

- ``« Nous avons tendu la main, a déclaré Pierre Martin. Elle a été refusée. »``
- ``« Ce groupe a du caractère, a-t-il lancé. On ne lâche rien. »``
- ``« Nous avons tout essayé, ajoute-t-elle, mais cela n'a pas suffi. »``

The quotation is cut into two quotations around its frame, so that the frames of quotes read
it as they read ``« A », a déclaré X. « B »`` (a quotation, its frame, the quotation that
continues it). A language lists the strategy ``quote.incise`` to use it.
"""

from __future__ import annotations

import re
from itertools import islice

from .quotes import Quoted

INCISE_WORDS = 14  # words of the frame inside the quotation: a déclaré X, secrétaire général de …
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLOSERS = ",.;!?"


def split_incises(text: str, quoted: tuple, lang) -> tuple[Quoted, ...]:
    """Every one-paragraph quotation that holds an incise, cut into the quotation before it and
    the one after it; the others as they are."""
    out: list[Quoted] = []
    for q in quoted:
        out.extend(_split(text, q, lang))
    return tuple(out)


def _split(text: str, q: Quoted, lang) -> list[Quoted]:
    if len(q.parts) != 1:
        return [q]
    start, end = q.parts[0]
    span = _incise(text, start, end, lang)
    if span is None:
        return [q]
    comma, after = span
    resume = after
    while resume < end and text[resume].isspace():
        resume += 1
    return [Quoted(q.open, comma, ((start, comma),)), Quoted(resume, q.close, ((resume, end),))]


def _incise(text: str, start: int, end: int, lang) -> tuple[int, int] | None:
    """(the comma that opens the incise, the offset after the mark that closes it) of the
    first incise in the content ``text[start:end]``, or None: a comma after two words or more,
    a cue in the frame's inverted order (``a déclaré``, ``a-t-il lancé``, ``ajoute-t-elle``),
    up to ``INCISE_WORDS`` words with no quotation mark, then a comma or a sentence mark after
    which the quote goes on for two words or more.

    >>> # « Nous avons tendu la main, a déclaré X. Elle a été refusée. »  -> cut after « main »
    >>> # « Nous avons tendu la main, a déclaré X »                       -> None (nothing after)
    >>> # « Il a dit, je crois, que c'était fini »                         -> None (no cue)
    """
    comma = text.find(",", start, end)
    while comma != -1:
        if _has_words(text, start, comma):
            after = _frame_end(text, comma + 1, end, lang)
            if after is not None:
                return comma, after
        comma = text.find(",", comma + 1, end)
    return None


def _has_words(text: str, start: int, end: int, n: int = 2) -> bool:
    """``text[start:end]`` holds ``n`` words or more; it stops reading at the n-th, so a check
    per comma of a long quotation stays linear."""
    return sum(1 for _ in islice(_WORD.finditer(text, start, end), n)) >= n


def _opens_frame(words: list[str], lang) -> int:
    """How many words of ``words`` make the inverted cue that opens an incise, or 0: an inverted
    verb (``ajoute-t-il``), an inverted auxiliary and a participle (``a-t-il lancé``), or an
    auxiliary and a participle (``a déclaré``; ``ha detto``), or a cue verb before a name or a
    determiner (``ajoute Claire Roux``, ``explique le ministre``)."""
    if not words:
        return 0
    first = words[0].lower()
    cues, auxiliaries = lang.cue_forms, lang.word_class("auxiliaries")
    second = words[1].lower() if len(words) > 1 else ""
    if lang.rules.inverted_pronoun(first):
        verb = first.split("-", 1)[0]
        if verb in cues:
            return 1
        return 2 if verb in auxiliaries and second in cues else 0
    if first in auxiliaries:
        return 2 if second in cues else 0
    named = len(words) > 1 and words[1][:1].isupper() or second in lang.word_class("determiners")
    return 1 if first in cues and named else 0  # ajoute Claire Roux; explique le ministre


def _frame_end(text: str, at: int, end: int, lang) -> int | None:
    """The offset after the mark that ends an incise opening at ``at``, when its words open
    with an inverted cue and the quotation goes on after it; else None. A frame that is only
    its cue ends at the next comma (``, a-t-il dit, mais …``); one that names its speaker ends
    at the sentence mark, since the name may carry an apposition in commas (``, a déclaré X,
    secrétaire général du syndicat. Elle …``), else at its comma (``, ajoute X, mais …``)."""
    window = text[at : min(end, at + 200)]
    first = next((k for k, ch in enumerate(window) if ch in _CLOSERS), None)
    if first is None:
        return None
    words = _WORD.findall(window[:first])
    cue = _opens_frame(words, lang)
    if not 0 < cue <= len(words):
        return None
    stops = [first]
    if cue < len(words) or window[first] != ",":
        mark = next((k for k, ch in enumerate(window) if ch in _CLOSERS[1:]), None)
        stops = [mark, first] if mark is not None and mark != first else [first]
    for stop in stops:
        if len(_WORD.findall(window[:stop])) > INCISE_WORDS or any(ch in '«»“”"„' for ch in window[:stop]):
            continue
        if _has_words(text, at + stop + 1, end):
            return at + stop + 1
    return None
