"""Stage 4: paragraphs, sentences and tokens, with character offsets into the cleaned text."""
from __future__ import annotations

import re

from ..lang import Language as LangData
from ..model import Sentence, Token

_TOKEN = re.compile(r"\d+(?:[.,]\d+)+(?:-\w+)*|\w+(?:[-‐'’]\w+)*(?:\.\d+)*|[^\w\s]", re.UNICODE)
_BOUNDARY = re.compile(r"([.!?…]+)([\"“”»«’')\]]*)(\s+)(?=[\"„“»«‚‘'(\[]?\s?[A-ZÄÖÜ0-9À-ÝĀ-Ž])")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")


_APOSTROPHES = "'’"


def tokenize(text: str, start: int = 0, end: int | None = None, elisions: frozenset = frozenset()) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]``. A word opening with one of the
    language's ``elisions`` (French ``qu'``, ``l'``; Italian ``dell'``) is split after the
    apostrophe; the elided token's ``lower`` is the bare word (``qu``), as the grammar lists it."""
    end = len(text) if end is None else end
    out = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        cut = next((n for n, ch in enumerate(word) if ch in _APOSTROPHES), -1) if elisions else -1
        if 0 < cut < len(word) - 1 and word[:cut].lower() in elisions:
            out.append(Token(word[:cut + 1], m.start(), m.start() + cut + 1, word[:cut].lower()))
            out.append(Token(word[cut + 1:], m.start() + cut + 1, m.end(), word[cut + 1:].lower()))
        else:
            out.append(Token(word, m.start(), m.end(), word.lower()))
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]


def _no_split(text: str, dot: int, lang: LangData) -> bool:
    """True when the period at ``dot`` ends an abbreviation or an ordinal, not a sentence."""
    window = max(0, dot - 40)
    m = re.search(r"(\w+)$", text[window:dot])
    if not m:
        return False
    word = m.group(1)
    if word.lower() in lang.word_class("abbreviations") or (len(word) == 1 and word.isalpha()):
        return True
    if word.isdigit() and len(word) <= 2:
        nxt = re.match(r"\s*(\w+)", text[dot + 1:])
        before = re.search(r"(\w+)\s+$", text[max(0, window - 40):window + m.start()])
        if nxt and nxt.group(1).lower() in lang.word_class("months"):
            return True
        if before and before.group(1).lower() in lang.word_class("determiners") | lang.word_class("date_prepositions"):
            return True
    return False


def sentences(text: str, lang: LangData) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        start = p_start
        for m in _BOUNDARY.finditer(text, p_start, p_end):
            if m.group(1) == "." and _no_split(text, m.start(1), lang):
                continue
            end = m.end(2)
            if end > start:
                out.append(Sentence(len(out), start, end, p_index))
            start = m.end(3)
        if p_end > start:
            out.append(Sentence(len(out), start, p_end, p_index))
    return tuple(out)
