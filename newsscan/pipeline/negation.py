"""Negated reports: a statement whose cue verb is negated keeps the negation in its cue and is
marked ``negated`` (``did not confirm that …``, ``bestätigte nicht, dass …``, ``n'a pas confirmé
que …``).

The negation words are language data (``[negations]`` in ``grammar.txt``); between a negation
and its verb there may stand only auxiliaries, object pronouns and the words of
``[negation_gaps]`` (``did not immediately confirm``, ``non l'ha mai detto``). A negation after
the verb counts only where it closes the verb's clause (``bestätigte der Sprecher nicht, dass``,
``teilte nicht mit``), so ``sagte nicht nur`` and ``said not to worry`` stay affirmative.

This pass runs after the speakers are found, which read the cue verb alone.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Statement
from .context import CLAUSE_PUNCT, END_PUNCT, Context, SentenceView
from .prose import straight

BEFORE_REACH = 4  # tokens between a negation and its verb: did not immediately confirm, ne l'a pas dit
AFTER_REACH = 8  # tokens between a verb and its negation: bestätigte der Sprecher am Montag nicht


def _is_negation(ctx: Context, view: SentenceView, j: int) -> bool:
    return not view.quoted[j] and straight(view.tokens[j].lower) in ctx.lang.word_class("negations")


def negation_before(ctx: Context, view: SentenceView, i: int) -> int | None:
    """The first token of the negation before the verb at token i, or None: the earliest
    negation reached over auxiliaries, object pronouns and gap words, with an auxiliary right
    before it (``did not confirm``, ``ne l'a pas confirmé``, ``non ha mai detto``).

    Those who did not vote said …: ``vote`` is no gap word, so ``said`` is not negated."""
    words = ctx.lang.word_class
    gaps = words("negation_gaps") | words("auxiliaries") | words("object_pronouns")
    first = None
    j = i - 1
    while j >= 0 and i - j <= BEFORE_REACH and not view.quoted[j]:
        low = straight(view.tokens[j].lower)
        if low in words("negations"):
            first = j
        elif low not in gaps:
            break
        j -= 1
    if first is not None and first > 0 and view.tokens[first - 1].lower in words("auxiliaries"):
        first -= 1  # did not confirm, has never said
    return first


def negation_after(ctx: Context, view: SentenceView, i: int) -> int | None:
    """The negation after the verb at token i that closes its clause, or None: the next token is
    the clause's end, a subordinator or the verb's particle (``bestätigte nicht, dass``,
    ``teilte am Montag nicht mit``). The walk stops at a clause end, a quotation, another verb
    or an auxiliary (``said it was not``); ``sagte nicht nur`` and ``said not to`` do not count."""
    tokens, words = view.tokens, ctx.lang.word_class
    particles = {v.particle for v in ctx.lang.cue_forms.get(tokens[i].lower, ()) if v.particle}
    stops = words("auxiliaries") | words("subordinators")
    for j in range(i + 1, min(i + 1 + AFTER_REACH, len(tokens))):
        t = tokens[j]
        if view.quoted[j] or t.text in CLAUSE_PUNCT or t.text in END_PUNCT or t.lower in stops:
            return None
        if t.lower in ctx.lang.cue_forms and t.lower not in particles:
            return None
        if _is_negation(ctx, view, j):
            return j if _closes_clause(ctx, view, j + 1, particles) else None
    return None


def _closes_clause(ctx: Context, view: SentenceView, k: int, particles: set) -> bool:
    """Token k ends the clause a negation stands in: there is none, or it is punctuation, a
    quotation mark, a subordinator or the verb's particle (``nicht mit``)."""
    if k >= len(view.tokens):
        return True
    t = view.tokens[k]
    return (
        view.quoted[k]
        or t.text in CLAUSE_PUNCT
        or t.text in END_PUNCT
        or t.lower in ctx.lang.word_class("subordinators")
        or t.lower in particles
    )


def negated_cue(ctx: Context, view: SentenceView, i: int, cue: str) -> str | None:
    """The cue ``cue`` of the verb at token i with its negation, as written, or None when the
    verb is not negated: ``did not confirm``, ``n'a pas confirmé``, ``bestätigte nicht``,
    ``teilte nicht mit`` (the particle of a split verb stays last)."""
    words = cue.split()
    if not words or words[0] != view.tokens[i].text or view.tokens[i].lower not in ctx.lang.cue_forms:
        return None  # a preposition or a fixed phrase (laut, according to): nothing to negate
    before = negation_before(ctx, view, i)
    after = negation_after(ctx, view, i)
    if before is None and after is None:
        return None
    head = ctx.text[view.tokens[before].start : view.tokens[i].end] if before is not None else words[0]
    rest = words[1:]
    if after is not None:
        rest = [view.tokens[after].text] + rest
    return " ".join([head] + rest)


def negative_subject(ctx: Context, st: Statement) -> bool:
    """Does the statement's speaker mention open with a negative subject (``[negative_subjects]``)?
    ``No one confirmed that …``, ``Nobody said …``, ``Niemand bestätigte, dass …``, ``None of
    the officials said …``; not ``Noah said …`` nor ``Nobel laureate Ann Hale said …``."""
    if st.mention is None or st.inherited:
        return False
    words = straight(st.mention.text.lower()).split()
    subjects = ctx.lang.word_class("negative_subjects")
    return bool(words) and (words[0] in subjects or " ".join(words[:2]) in subjects)


def _unspoken(st: Statement) -> Statement:
    """The statement of a negative subject: negated, with no speaker (``No one confirmed …``)."""
    return replace(st, mention=None, speaker_span=None, speaker_rule=None, via=None, negated=True)


def mark(ctx: Context, statements: tuple[Statement, ...]) -> tuple[Statement, ...]:
    """The statements, each with a negated cue verb taking its negation into the cue and
    ``negated=True``, a negative subject's statement negated and without speaker; the others
    as they were."""
    out = []
    for st in statements:
        if negative_subject(ctx, st):
            st = _unspoken(st)
        cue = None
        if st.cue and st.cue_start is not None and st.frame is None:
            view = ctx.views[ctx.sentence_at(st.cue_start)]
            i = view.index_at(st.cue_start)
            cue = negated_cue(ctx, view, i, st.cue) if i is not None else None
        out.append(replace(st, cue=cue, negated=True) if cue else st)
    return tuple(out)
