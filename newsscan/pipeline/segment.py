"""Stage 4: paragraphs, sentences and tokens, with character offsets into the cleaned text."""

from __future__ import annotations

import re

from ..lang import Language as LangData
from ..model import Sentence, Token

_TOKEN = re.compile(r"\d+(?:[.,]\d+)+(?:-\w+)*|\w+(?:[-‐'’]\w+)*(?:\.\d+)*|[^\w\s]", re.UNICODE)
# A sentence end: a run of end marks (matched from the start of the run only and never given
# back, so a long run of full stops costs linear time), closing marks, space, a capital.
_BOUNDARY = re.compile(r"(?<![.!?…])([.!?…]++)([\"“”»«’')\]]*+)(\s++)(?=[\"„“»«‚‘'(\[]?\s?[A-ZÄÖÜ0-9À-ÝĀ-Ž])")
# Longest sentence handed to the rule engine, in characters. The longest real sentence in the
# annotated corpora has 1,400; longer runs (lists without full stops, garbage) are cut into
# pieces of at most this length at a space, so that work per sentence stays bounded.
MAX_SENTENCE_CHARS = 2500
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")
_LAST_WORD = re.compile(r"(?<!\w)(\w+)$")  # searched from word starts only, in a window of 40 characters
_NEXT_WORD = re.compile(r"\s*+(\w+)")
_WORD_BEFORE = re.compile(r"(?<!\w)(\w+)\s+$")  # searched in a window of 80 characters


_APOSTROPHES = "'’"


def tokenize(
    text: str, start: int = 0, end: int | None = None, elisions: frozenset = frozenset()
) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]``. A word opening with one of the
    language's ``elisions`` (French ``qu'``, ``l'``; Italian ``dell'``) is split after the
    apostrophe; the elided token's ``lower`` is the bare word (``qu``), as the grammar lists it."""
    end = len(text) if end is None else end
    out = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        cut = next((n for n, ch in enumerate(word) if ch in _APOSTROPHES), -1) if elisions else -1
        if 0 < cut < len(word) - 1 and word[:cut].lower() in elisions:
            out.append(Token(word[: cut + 1], m.start(), m.start() + cut + 1, word[:cut].lower()))
            out.append(Token(word[cut + 1 :], m.start() + cut + 1, m.end(), word[cut + 1 :].lower()))
        else:
            out.append(Token(word, m.start(), m.end(), word.lower()))
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]


_NOT_A_NAME_CLASSES = (
    "determiners",
    "sentence_openers",
    "anaphoric_subjects",
    "generic_subjects",
    "expletive_subjects",
)


def _name_follows(text: str, dot: int, lang: LangData) -> bool:
    """True when the word after the period at ``dot`` can be a name after an abbreviated title:
    capitalised, right after the space (no quotation mark), and no determiner or sentence
    opener. ``Capt. Joan Reyes`` → True; ``ein unbekanntes Gen. „Das …“`` and ``ein Gen. Die …``
    → False (the title word is also a noun ending the sentence)."""
    nxt = _NEXT_WORD.match(text, dot + 1)
    if not nxt or not nxt.group(1)[0].isupper() or nxt.start(1) - dot > 3:
        return False
    word = nxt.group(1).lower()
    return not any(word in lang.word_class(name) for name in _NOT_A_NAME_CLASSES)


def _no_split(text: str, dot: int, lang: LangData) -> bool:
    """True when the period at ``dot`` ends an abbreviation or an ordinal, not a sentence."""
    window = max(0, dot - 40)
    m = _LAST_WORD.search(text[window:dot])
    if not m:
        return False
    word = m.group(1)
    if word.lower() in lang.word_class("abbreviations") or (len(word) == 1 and word.isalpha()):
        return True
    if word.lower() in lang.word_class("title_abbreviations"):
        return _name_follows(text, dot, lang)
    if word.isdigit() and len(word) <= 3:
        nxt = _NEXT_WORD.match(text, dot + 1)  # from the offset, not a copy of the rest of the text
        before = _WORD_BEFORE.search(text[max(0, window - 40) : window + m.start()])
        prior = before.group(1).lower() if before else ""
        if len(word) <= 2 and (
            nxt
            and nxt.group(1).lower() in lang.word_class("months")
            or prior in lang.word_class("date_prepositions")
        ):
            return True  # am 3. Mai; seit 12. …
        return prior in lang.word_class("determiners")  # seines 100. Geburtstages; not: bis 250. Die …
    return False


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut into pieces of at most MAX_SENTENCE_CHARS, each cut at the last space
    before the limit (or at the limit inside a word with no space)."""
    out = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(text.rfind(" ", start + 1, limit), text.rfind("\n", start + 1, limit))
        if cut <= start:
            cut = limit
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))
    return out


def sentences(text: str, lang: LangData) -> tuple[Sentence, ...]:
    """The sentences of ``text`` with their paragraph numbers (overlong ones cut in pieces)."""
    out: list[Sentence] = []

    def add(start: int, end: int, paragraph: int) -> None:
        for a, b in _pieces(text, start, end):
            out.append(Sentence(len(out), a, b, paragraph))

    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        start = p_start
        for m in _BOUNDARY.finditer(text, p_start, p_end):
            if m.group(1) == "." and _no_split(text, m.start(1), lang):
                continue
            end = m.end(2)
            if end > start:
                add(start, end, p_index)
            start = m.end(3)
        if p_end > start:
            add(start, p_end, p_index)
    return tuple(out)
