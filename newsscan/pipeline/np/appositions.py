"""What the words between two commas after a subject are: a name, a relative clause, a
description (also a noun with no article where nouns are lowercase) or a writer's aside."""

from __future__ import annotations

from ..context import verb_like
from .base import ChunkerBase, name_run, past_party_tag, past_title


class Appositions(ChunkerBase):
    """Telling the kind of an apposition in commas (``X, Minister für Y, sagte``)."""

    def _apposition_kind(self, inner: list) -> str | None:
        """What the words between two commas after a subject are: ``name`` (up to four
        capitalised words, with name particles between them, or a party-and-state tag:
        R-Texas.; a short tag in parentheses after them: Ann Lee (SPD)), ``clause`` (a relative clause),
        ``description`` (a role, a possessive phrase: the firm's lawyer; a determiner with a
        capitalised word; where nouns are not capitalised, a short phrase with a determiner
        and no verb: another deportee, a design agency), else None."""
        ctx = self.ctx
        inner = inner[past_title(ctx, inner, 0) :] or inner  # state Sen. Bill Tanner
        if self._office_and_name(inner):
            return "name"
        words = [t for t in inner if t.text != "."]  # R-Neb.
        end, names = name_run(ctx, words, 0)  # Pieter van Dalen
        end = past_party_tag(words, end)  # Sandra Boser (Grüne)
        if words and end == len(words) and names <= 4:
            return "name"
        first = inner[0].lower
        relative_words = self.lang.word_class("relative_pronouns")
        relative = first in relative_words or (
            first in self.postmod | self.lang.word_class("prepositions")
            and len(inner) > 1
            and inner[1].lower in relative_words
        )
        possessive = len(inner) > 1 and first.endswith(("'s", "’s"))  # X, the firm's lawyer,
        determiner = ctx.is_det(inner[0]) or first in self.lang.word_class("indefinite")
        short_description = (
            self.lang.uses("nominal.lowercase_noun")
            and determiner
            and 1 < len(inner) <= 8
            and not any(
                t.lower in ctx.lang.cue_forms or t.lower in ctx.lang.word_class("auxiliaries") for t in inner
            )
        )
        if relative:
            return "clause"
        if (
            possessive
            or short_description
            or self._bare_description(inner)
            or self._adjective_phrase(inner)
            or any(ctx.is_role(t.text) for t in inner)
            or (determiner or ctx.is_adj(inner[0]))
            and any(ctx.is_cap(t) for t in inner)
        ):
            return "description"
        return None

    def _office_and_name(self, inner: list) -> bool:
        """One or two role words, then a name of two to four words: the office before the name
        in an apposition (``Der Anwalt des Beschuldigten, Rechtsanwalt Jonas Berger, wies …``,
        ``The agency's head, Commissioner Ann Lee, said``), so the name is the subject's, not a
        description; ``X, Rechtsanwalt in Kessel, …`` is a description."""
        k = 0
        while k < min(2, len(inner)) and self.ctx.is_role(inner[k].text):
            k += 1
        words = [t for t in inner[k:] if t.text != "."]
        if k == 0 or len(words) < 2:
            return False
        end, names = name_run(self.ctx, words, 0)
        return end == len(words) and 2 <= names <= 4

    def _bare_description(self, inner: list) -> bool:
        """Where nouns are not capitalised, a noun with no article and its complement
        (``X, autore di una doppietta, ha spiegato``; ``X, auteur d'un doublé, a dit``): a
        lowercase word that is no preposition, adverb or verb, a post-modifier after it, three
        to eight words and no cue or auxiliary."""
        if not (self.lang.uses("nominal.lowercase_noun") and 2 < len(inner) <= 8):
            return False
        ctx, first, aux = self.ctx, inner[0], self.lang.word_class("auxiliaries")
        return (
            first.text[:1].islower()
            and first.text.isalpha()
            and not self.is_adverb(first)
            and first.lower not in self.stop | self.postmod | self.lang.word_class("prepositions")
            and first.lower not in self.lang.word_class("finite_verbs") | ctx.lang.participles
            and inner[1].lower in self.postmod
            and not any(t.lower in ctx.lang.cue_forms or t.lower in aux for t in inner)
        )

    def _adjective_phrase(self, inner: list) -> bool:
        """An adjective with its prepositional complement (``X, zuständig für das Geschäft,
        hatte angekündigt``; ``X, responsible for the budget, said``): a plain lowercase word that
        is no function word, adverb, verb or cue, then a preposition; up to ten words with no
        verb or cue."""
        if not 2 < len(inner) <= 10:
            return False
        ctx, lang, first = self.ctx, self.lang, inner[0]
        barred = (
            self.stop
            | self.postmod
            | lang.word_class("prepositions")
            | lang.word_class("subordinators")
            | lang.word_class("relative_pronouns")
            | lang.finite_words
            | lang.participles
        )
        return (
            first.text.isalpha()
            and first.text.islower()
            and first.lower not in barred
            and not self.is_adverb(first)
            and inner[1].lower in lang.word_class("prepositions")
            and not any(t.lower in lang.cue_forms or verb_like(ctx, t) for t in inner)
        )

    def _is_aside(self, inner: list) -> bool:
        """The words between two commas are a writer's aside (``however``, ``in turn``, ``for
        his part``; de ``jedoch``, fr ``pour sa part``): the language's ``asides``."""
        return 0 < len(inner) <= 4 and " ".join(t.lower for t in inner) in self.lang.word_class("asides")
