"""The report a rejecting cue rejects: when a verb of rejecting (``@rejecting`` in
``speech_verbs.txt``: zurückweisen, dementieren, bestreiten) has a report as its object and
the clause after its comma gives that report's content, the report is the source of that
content, not the one who rejects it:

    Der Minister hat Berichte der Zeitung X zurückgewiesen, er sei …    (Berichte der Zeitung X)
    Die Ministerin wies die Darstellung der Opposition zurück, die Kosten seien …

but not a judgment or a reason of the one who rejects (``wies den Vorwurf als haltlos
zurück``; ``wies den Bericht zurück, da er …``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import QUOTE_MARKS, SentenceView
from .np import Chunker

if TYPE_CHECKING:
    from .speaker_strategies import Cue


def rejected_report_source(c: Cue) -> tuple[int, int] | None:
    """The speaker strategy: a rejecting cue whose object is a report with its content after
    the comma names that report when it names its author (``X hat Berichte der Zeitung Y
    zurückgewiesen, er sei …``; not ``X hat Berichte zurückgewiesen, …``)."""
    return rejected_report(c.np, c.view, c.i)


def rejected_report(np: Chunker, view: SentenceView, i: int) -> tuple[int, int] | None:
    """The object phrase of the rejecting cue at token i when it names a report (a source or
    document noun heads it) and the cue's clause ends right after it, with the content clause
    after the comma (no subordinator of a reason or relative pronoun opening it); else None.

    >>> # Der Minister hat Berichte der Zeitung X zurückgewiesen, er sei …  -> Berichte der Zeitung X
    """
    tokens, lang = view.tokens, np.ctx.lang
    verbs = [v for v in lang.cue_forms.get(tokens[i].lower, ()) if "rejecting" in v.kind.split("+")]
    if not verbs or view.quoted[i]:
        return None
    comma: int | None = i + 1
    if i + 1 < len(tokens) and tokens[i + 1].text == ",":  # … zurückgewiesen, er sei …
        span = np.backward(view, i, clause_start=False)
    else:  # wies die Darstellung zurück, …
        span = np.forward(view, i + 1)
        particle = span is not None and span[1] < len(tokens) and tokens[span[1]].lower == verbs[0].particle
        comma = span[1] + 1 if span and particle else None
    if not span or comma is None or comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return None
    if not _names_report(np, view, span) or _opens_no_content(np, view, comma + 1):
        return None
    return span if _names_author(np, view, span) else None


def _names_author(np: Chunker, view: SentenceView, span: tuple[int, int]) -> bool:
    """The report phrase names its author after its head: a genitive or a von-phrase
    (``Berichte der Zeitung``, ``die Darstellung von X``). Without one the report has no
    source of its own and the one who rejects it speaks (``Die Ministerin hat Berichte
    zurückgewiesen, sie habe …`` → die Ministerin)."""
    words = np.ctx.lang.word_class
    links = words("source_links") | words("source_prepositions")
    tokens = view.tokens
    return any(tokens[k].lower in links and not view.quoted[k] for k in range(span[0] + 1, span[1] - 1))


def _names_report(np: Chunker, view: SentenceView, span: tuple[int, int]) -> bool:
    """The phrase's head, its first capitalised word after any article, is a source or document
    noun (``Berichte``, ``die Darstellung``, ``Meldungen``)."""
    words = np.ctx.lang.word_class
    head = next(
        (t for t in view.tokens[span[0] : span[1]] if np.ctx.is_cap(t) and not np.ctx.is_det(t)), None
    )
    if head is None or head.text in QUOTE_MARKS:
        return False
    return head.lower in np.source_nouns or head.lower in words("document_nouns")


def _opens_no_content(np: Chunker, view: SentenceView, k: int) -> bool:
    """Token k after the comma opens a reason, a time or a relative clause, which is no content
    of the report (``da``, ``weil``, ``der``); an article before a noun opens the content
    (``die Kosten seien …``)."""
    tokens, words = view.tokens, np.ctx.lang.word_class
    t = tokens[k]
    if t.lower in words("adverbial_subordinators"):
        return True
    article = k + 1 < len(tokens) and (np.ctx.is_cap(tokens[k + 1]) or np.ctx.is_adj(tokens[k + 1]))
    return t.lower in words("relative_pronouns") and not article
