"""A firm named again by a company noun: ``Die Deutsche Bahn erhöht die Preise. Wie das
Unternehmen mitteilte, …`` — the phrase ``das Unternehmen`` names the organisation that is the
subject of a sentence just before (``company_nouns`` in the language's ``grammar.txt``).

The rule is narrow on purpose, since a statement pinned on the wrong organisation is worse
than one pinned on "the company": only a definite article and the noun, only a subject of the
same or the three sentences before, and only an organisation with a name of its own (``die
Polizei``, ``die Regierung`` name no firm and are passed over)."""

from __future__ import annotations

from dataclasses import replace

from ..lang import forenames
from ..model import Mention
from .context import Context, SentenceView
from .mention import classify
from .np import Chunker
from .np.clause import sentence_subject

COMPANY_REACH = 3  # sentences before a company noun read for the firm it names again


def named_company(ctx: Context, np: Chunker, view: SentenceView, mention: Mention) -> Mention:
    """The mention, naming the firm it refers back to when it is a definite company noun alone
    (``das Unternehmen``, ``the company``, ``l'entreprise``); else the mention as it is.

    >>> # Die Deutsche Bahn erhöht die Preise. Das teilte das Unternehmen mit. -> Deutsche Bahn
    >>> # Die Polizei ermittelt. Das Unternehmen schweigt.                       -> as it is
    """
    if not _company_phrase(ctx, view, mention):
        return mention
    first = max(0, view.sentence.index - COMPANY_REACH)
    for index in range(view.sentence.index, first - 1, -1):
        before = ctx.views[index]
        span = sentence_subject(np, before)
        if span is None or before.tokens[span[1] - 1].end > mention.start:
            continue  # no subject, or the company noun itself
        found = classify(ctx, before, span)
        if _is_firm(ctx, before, span, found, same=before is view):
            return replace(mention, name=found.name, kind="organisation")
    return mention


def _is_firm(ctx: Context, view: SentenceView, span: tuple[int, int], found: Mention, same: bool) -> bool:
    """A subject that may be the firm: an organisation with a name of its own, or a name with no
    gender and no known given name that is the subject of the company noun's own sentence
    (``Boeing will cut jobs, the planemaker said``) or, in a sentence before, has two capitalised
    words or more after a definite article (``Die Deutsche Bahn``; not ``Elon Musk``)."""
    name = found.name or ""
    if found.kind == "organisation":
        return _own_name(ctx, name)
    words = name.split()
    if found.kind != "name" or found.gender is not None or not words or forenames.known(words[0]):
        return False
    article = view.tokens[span[0]].lower in ctx.lang.word_class("definite_determiners")
    return _own_name(ctx, name) and (same or len(words) >= 2 and article)


def _company_phrase(ctx: Context, view: SentenceView, mention: Mention) -> bool:
    """The mention is a definite article and a company noun, nothing else."""
    k = view.index_at(mention.start)
    if k is None or k + 2 > len(view.tokens) or view.tokens[k + 1].end != mention.end:
        return False
    article, noun = view.tokens[k], view.tokens[k + 1]
    return article.lower in ctx.lang.word_class("definite_determiners") and ctx.is_company_noun(noun.text)


def _own_name(ctx: Context, name: str) -> bool:
    """The organisation's name has a capitalised word that is no organisation or company noun
    (``Deutsche Bahn``, ``Brenntag Mobility``; not ``Polizei``, ``Bundesregierung``)."""
    return any(
        w[:1].isupper() and not ctx.is_organisation(w) and not ctx.is_company_noun(w) for w in name.split()
    )
