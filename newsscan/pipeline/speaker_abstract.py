"""Abstract nouns, which never speak: the test the speaker strategies apply to the subject phrase
they found (``speaker_strategies.speaker_strategy``) and to the phrase after a cue."""

from __future__ import annotations

from .context import Context, SentenceView


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
