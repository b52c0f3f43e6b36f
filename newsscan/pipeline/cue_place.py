"""Where a cue form frames speech: some forms only in one place (a participial form after a
comma; an agreeing participle or a reflexive verb after its reflexive pronoun)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lang import Language
    from .context import SentenceView


def form_out_of_place(lang: Language, view: SentenceView, i: int, verbs: tuple) -> bool:
    """The cue form at token i frames speech only in a place it does not stand in: a
    participial form only after a comma (…, saying the plan failed), an agreeing participle
    or a reflexive verb only after its reflexive pronoun (s'est indignée, se désole; not la
    réforme, qualifiée de …; a défendu le projet)."""
    if all("participial" in v.kind for v in verbs) and (i == 0 or view.tokens[i - 1].text != ","):
        return True
    reflexive_only = all("agreed" in v.kind or "reflexive" in v.kind for v in verbs)
    return reflexive_only and not after_reflexive(lang, view, i)


def after_reflexive(lang: Language, view: SentenceView, i: int) -> bool:
    """Token i follows a reflexive pronoun (se désole), with an auxiliary or an inverted one
    between them (s'est indignée, si è detta, s'est-elle indignée)."""
    tokens, reflexive = view.tokens, lang.word_class("reflexive_pronouns")
    if i > 0 and tokens[i - 1].lower in reflexive:
        return True
    return (
        i > 1
        and tokens[i - 2].lower in reflexive
        and (
            tokens[i - 1].lower in lang.word_class("auxiliaries")
            or bool(lang.rules.inverted_pronoun(tokens[i - 1].lower))
        )
    )
