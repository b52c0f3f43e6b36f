"""Phrases that never speak: abstract nouns, the test the speaker strategies apply to the subject
phrase they found (``speaker_strategies.speaker_strategy``) and to the phrase after a cue; the
object a quotation names after a cue; a speech noun whose possessor holds the view."""

from __future__ import annotations

from .context import QUOTE_OPENERS, Context, SentenceView
from .np import Chunker


def abstract_head(ctx: Context, view: SentenceView, span: tuple[int, int]) -> bool:
    """The phrase is a determiner and abstract nouns, which say nothing (``die Kürzung``,
    ``seine Position``, ``eine allgemeine Anhebung der Warnstufe``): every noun after the
    determiner and any adjectives ends in one of the language's ``[abstract_endings]`` and is
    no role, organisation (or its plural), medium, document or group. A phrase with another
    noun (``die erste Reaktion aus dem Iran``, ``die Ermittlungen der Staatsanwaltschaft``), a
    quoted name (``die „Aktion Deutschland hilft“``) or no determiner (the names ``Jung``,
    ``Marion``) may speak.

    >>> # „…“, begründete der NDR die Einblendungen  -> not "die Einblendungen"
    """
    endings = tuple(ctx.lang.word_class("abstract_endings"))
    tokens = view.tokens[span[0] : span[1]]
    if not endings or len(tokens) < 2 or not ctx.is_det(tokens[0]) or any(view.quoted[span[0] : span[1]]):
        return False
    nouns = [t for t in tokens[1:] if ctx.is_cap(t) and not ctx.is_det(t) and not ctx.is_adj(t)]
    return bool(nouns) and all(_abstract_noun(ctx, t.text, endings) for t in nouns)


def _abstract_noun(ctx: Context, word: str, endings: tuple[str, ...]) -> bool:
    """A noun with an abstract ending that is no role, organisation (singular or plural),
    medium, document or group."""
    low, words = word.lower(), ctx.lang.word_class
    if not low.endswith(endings):
        return False
    singular = word[:-2] if low.endswith("en") else word  # Regierungen, Organisationen
    return not (
        ctx.is_role(word)
        or ctx.is_organisation(word)
        or ctx.is_organisation(singular)
        or ctx.is_media_noun(word)
        or low in words("document_nouns")
        or low in words("group_sources")
    )


def speech_noun_heads(np: Chunker, view: SentenceView, span: tuple[int, int]) -> bool:
    """The phrase is headed by a speech noun with no source attribute after it (``Seine Meinung
    zu Kirchhoff: „…“``): whose view it is, its possessive says, and a name after it is the
    topic, never the speaker; ``Die Meinung des Ministers: „…“`` names its source."""
    tokens, nouns = view.tokens, np.ctx.lang.speech_nouns
    n = next((k for k in range(span[0], min(span[1], span[0] + 3)) if tokens[k].lower in nouns), None)
    if n is None:
        return False
    links = np.ctx.lang.word_class("source_links") | np.ctx.lang.word_class("agent_prepositions")
    return not (n + 1 < span[1] and tokens[n + 1].lower in links)  # Die Meinung des Ministers: he speaks


def named_by_quotation(np: Chunker, view: SentenceView, span: tuple[int, int]) -> bool:
    """The phrase after a cue is the object a quotation right after it names (``called the
    ruling "activism"``, ``nannte es „eine Schande“``): a pronoun, or any phrase where the
    subject never stands after the finite verb (not German ``äußerten die Richter „…“``)."""
    tokens, k = view.tokens, span[1]
    if k >= len(tokens):
        return False
    opener = tokens[k].text in QUOTE_OPENERS and tokens[k].start > tokens[k - 1].end  # not the players' union
    if not (view.quoted[k] or opener):
        return False
    return np.is_pronoun(tokens[span[0]]) or not np.ctx.lang.uses("clause.verb_second")
