"""The agent of a passive frame: in a clause with a passive auxiliary, the phrase after an
agent preposition says who spoke, not the clause's subject (word classes
``passive_auxiliaries`` and ``agent_prepositions``):

    Die Forderungen wurden von dem Minister als unrealistisch bezeichnet.   (der Minister)
    Von politischen Beobachtern wird der Schritt als wichtig gewertet.      (Beobachtern)
    De plannen werden door de minister onrealistisch genoemd.              (de minister)

An agent preposition right after a noun is a post-modifier (``der Sprecher von Greenpeace``),
and after a capitalised word part of a name (``Ursula von der Leyen``)."""

from __future__ import annotations

from .context import QUOTE_MARKS, SentenceView, named_source_end
from .np import Chunker

WINDOW = 25  # words of the cue's clause read on each side


def passive_agent(np: Chunker, view: SentenceView, i: int) -> tuple[int, int] | None:
    """The agent's noun phrase of the passive clause of the cue at token i, else None."""
    lang, tokens = np.ctx.lang, view.tokens
    agents = lang.word_class("agent_prepositions")
    if not agents:
        return None
    first, last = _clause(view, i)
    if not any(tokens[k].lower in lang.word_class("passive_auxiliaries") for k in range(first, last)):
        return None
    for k in range(first, last):
        if tokens[k].lower not in agents or view.quoted[k]:
            continue
        span = _agent_phrase(np, view, k + 1)
        # an agent preposition after a noun is its post-modifier, unless its phrase ends right
        # before the participle (die Regierung vom Verband aufgefordert: the Verband asked)
        if span and span[1] <= last and (_opens_agent(np, view, k, first) or span[1] == i):
            return span
    return _document_before(np, view, i)


def _document_before(np: Chunker, view: SentenceView, i: int) -> tuple[int, int] | None:
    """A passive frame with no agent names its source as the document it stands in, before
    the cue in its sentence (``In einer Stellungnahme des Ministeriums, auf die sich Medien
    berufen, wird die Entscheidung damit begründet``; ``Im Bericht wird … als problematisch
    bezeichnet``): a document preposition, then a phrase with a document noun."""
    tokens, lang = view.tokens, np.ctx.lang
    openers = lang.word_class("document_prepositions") | lang.word_class("article_prepositions")
    nouns = lang.word_class("document_nouns")
    for k in range(0, min(i, WINDOW)):
        if tokens[k].lower in openers and not view.quoted[k]:
            span = np.forward(view, k + 1)
            if span and span[1] <= i and any(tokens[m].lower in nouns for m in range(span[0], span[1])):
                return span
    return None


def _clause(view: SentenceView, i: int) -> tuple[int, int]:
    """The tokens of the clause of token i: up to the nearest comma, semicolon, colon or
    quotation mark on either side that stands outside a quotation and outside parentheses,
    within ``WINDOW`` words (``wird von der „Zeitung“ zitiert`` is one clause, and so is
    ``werden der Firma (Motto: „…“) von einem Mitarbeiter vorgeworfen``)."""
    tokens = view.tokens
    inside = _in_parentheses(view, max(0, i - WINDOW), min(len(tokens), i + WINDOW + 1))

    def bound(k: int) -> bool:
        return tokens[k].text in (",", ";", ":") and not view.quoted[k] and not inside.get(k, False)

    first = i
    while first > 0 and i - first < WINDOW and not bound(first - 1):
        first -= 1
    last = i + 1
    while last < len(tokens) and last - i < WINDOW and not bound(last):
        last += 1
    return first, last


def _in_parentheses(view: SentenceView, a: int, b: int) -> dict[int, bool]:
    """For each token from a to b, whether it stands inside a pair of parentheses opened in
    that window (``(Motto: „…“)``): its punctuation bounds no clause."""
    depth, out = 0, {}
    for k in range(a, b):
        text = view.tokens[k].text
        depth = max(0, depth - 1) if text == ")" else depth
        out[k] = depth > 0
        depth += text == "("
    return out


def _opens_agent(np: Chunker, view: SentenceView, k: int, first: int) -> bool:
    """The agent preposition at token k opens the clause, follows the relative pronoun opening
    it (``, die von Anwohnern als … beschrieben wurden``) or follows a lowercase word that is
    no article or adjective (``wurden von``, ``etwa von``), not a noun or a name."""
    prev = view.tokens[k - 1] if k > first else None
    if prev is None or k == first + 1 and prev.lower in np.ctx.lang.word_class("subject_relatives"):
        return True
    return prev.text[:1].islower() and not np.ctx.is_det(prev) and not np.ctx.is_adj(prev)


def _agent_phrase(np: Chunker, view: SentenceView, j: int) -> tuple[int, int] | None:
    """The noun phrase from token j, or an article and a title in quotation marks (``von der
    „Zeitung“``)."""
    tokens = view.tokens
    if j + 1 < len(tokens) and np.ctx.is_det(tokens[j]) and tokens[j + 1].text in QUOTE_MARKS:
        end = named_source_end(view, j + 1)
        return (j, end) if end is not None else None
    return np.forward(view, j)
