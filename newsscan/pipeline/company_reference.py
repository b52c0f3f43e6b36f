"""A firm named again by a company noun: ``Der Energiekonzern Nordwerk Energie will 3000
Stellen streichen. Das teilte das Unternehmen mit.`` — the phrase ``das Unternehmen`` names the
firm the text introduced with a company noun (``company_nouns`` in the language's
``grammar.txt``) as the subject of a sentence just before.

The rule is narrow on purpose, since a statement pinned on the wrong organisation is worse
than one pinned on "the company":

- the phrase is a singular definite article and the company noun itself (not ``die
  Unternehmen``, ``der Mutterkonzern``, ``the companies``);
- the subjects of the same and the three sentences before are read, nearest first, past
  people and pronouns, but in the phrase's own sentence never inside the statement (``Die
  Gewerkschaft Verdi habe zum Streik aufgerufen, teilte das Unternehmen mit``: Verdi is what
  was said, not who said it; but ``Der Autozulieferer X will Stellen streichen. Das teilte das
  Unternehmen mit.``: the sentence before is the statement and its subject the firm);
- the first organisation or unknown name among them decides: it is the firm only when the text
  introduced it with a company noun (``der Autozulieferer X``, ``the carmaker X``); any other
  (``Die IG Metall warnt …``, ``The FAA grounded …``) ends the search, the phrase stays as it is."""

from __future__ import annotations

from dataclasses import replace

from ..model import Mention
from .context import Context, SentenceView
from .mention import classify
from .mention_organisations import company_named
from .np import Chunker
from .np.clause import sentence_subject

COMPANY_REACH = 3  # sentences before a company noun read for the firm it names again


def named_company(
    ctx: Context, np: Chunker, view: SentenceView, mention: Mention, statement: tuple[int, int]
) -> Mention:
    """The mention, naming the firm it refers back to when it is a singular definite company
    noun alone (``das Unternehmen``, ``the company``, ``l'entreprise``); else the mention as it
    is. ``statement``: the offsets of the statement, whose own words name no speaker.

    >>> # Der Autozulieferer X will Stellen streichen. Das teilte das Unternehmen mit. -> X
    >>> # Die IG Metall warnt vor Entlassungen. Das Unternehmen teilte mit, …          -> as it is
    """
    if not _company_phrase(ctx, view, mention):
        return mention
    first = max(0, view.sentence.index - COMPANY_REACH)
    for index in range(view.sentence.index, first - 1, -1):
        before = ctx.views[index]
        span = sentence_subject(np, before)
        if span is None or before.tokens[span[1] - 1].end > mention.start:
            continue  # no subject, or the company noun itself
        if before is view and statement[0] <= before.tokens[span[0]].start < statement[1]:
            continue  # a subject inside what was said in the same sentence
        found = classify(ctx, before, span)
        if found.kind not in ("organisation", "name") or found.kind == "name" and found.gender is not None:
            continue  # a pronoun, a role, a person: the firm may be named before them
        return replace(mention, name=found.name, kind="organisation") if _firm(ctx, before, span) else mention
    return mention


def _company_phrase(ctx: Context, view: SentenceView, mention: Mention) -> bool:
    """The mention is a singular definite article and a company noun, nothing else."""
    k = view.index_at(mention.start)
    if k is None or k + 2 > len(view.tokens) or view.tokens[k + 1].end != mention.end:
        return False
    article, noun = view.tokens[k].lower, view.tokens[k + 1].lower
    words = ctx.lang.word_class
    return (
        article in words("definite_determiners")
        and article not in words("plural_determiners")
        and noun in words("company_nouns")
    )


def _firm(ctx: Context, view: SentenceView, span: tuple[int, int]) -> bool:
    """The subject phrase introduces a firm: a company noun opens it after its article, then a
    capitalised name (``Der Autozulieferer Nordwerk Energie``, ``the carmaker Aerolux``), the
    pair ``mention_organisations.company_named`` reads as the firm's name."""
    tokens = view.tokens[span[0] : span[1]]
    k = 1 if tokens and ctx.is_det(tokens[0]) else 0
    return company_named(ctx, tokens[k:]) is not None
