"""Hooks for code that only some languages need. A language folder may hold a ``rules.py`` that
defines ``RULES``, an instance of a subclass of :class:`Rules` overriding what differs
(``newsscan/lang/de/rules.py``, ``newsscan/lang/fr/rules.py``); every other language reads these
defaults. Shared code calls ``Language.rules.<hook>`` and never asks which language it reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the stages import the language data, not the other way round
    from ..model import Mention, Token
    from ..pipeline.context import Context, SentenceView
    from ..pipeline.np import Chunker


class Rules:
    """The defaults: no inverted pronouns, no infinitive clauses told apart, and adjectives as
    any plain lowercase word (languages that write nouns in lowercase)."""

    def inverted_pronoun(self, word: str) -> str | None:
        """The subject pronoun joined to a verb by inversion (French ``dit-elle``), or None.

        >>> Rules().inverted_pronoun("dit-elle") is None
        True
        """
        return None

    def infinitive_clause(self, text: str) -> bool:
        """The text ends in an infinitive clause, which reports no statement (German ``zu``)."""
        return False

    def konjunktiv_by_shape(self, ctx: Context, view: SentenceView, n: int) -> bool:
        """Token n of ``view`` is a reported-speech verb form told by its shape alone, not by
        a list (German Konjunktiv I: die Regierung plane …). No language but German has one."""
        return False

    def verb_shape(self, ctx: Context, low: str) -> bool:
        """The lowercase word ``low``, last in its clause, is a verb by its shape alone, where
        the language has one (German -t, -en, -te, -ten: unterbreitet, ausgesprochen). None by
        default."""
        return False

    def past_finite(self, ctx: Context, view: SentenceView, n: int) -> bool:
        """Token n of ``view`` is a finite past form told by its shape alone, where the language
        has such a shape (German -te, -ten: verdoppelte, meldeten). None by default."""
        return False

    def antecedent_organisations(self, ctx: Context, np: Chunker) -> list[Mention]:
        """Organisations a pronoun may refer to by its noun's grammatical gender though they
        spoke nowhere before (German ``Die Gewerkschaft lehnte ab. Sie nennt …``). None by
        default."""
        return []

    def plural_finite(self, low: str) -> bool:
        """The lowercase finite verb ``low`` after a pronoun that may be singular or plural has
        the shape of a plural (German ``sie erklärten``, not ``sie erklärte``). None by default.

        >>> Rules().plural_finite("erklärten")
        False
        """
        return False

    def predicative_opener(self, word: str) -> bool:
        """The capitalised word opening a verb-second sentence is by its shape an adjective or a
        participle standing alone before the finite verb (German ``Abschließend sagte der
        Minister``): an adverbial, never the subject. None by default.

        >>> Rules().predicative_opener("Abschließend")
        False
        """
        return False

    def finite_shape(self, low: str, prev: str, endings: tuple[str, ...], prepositions: frozenset) -> bool:
        """The lowercase word ``low`` (after the word ``prev``, no determiner) has the shape of
        a finite verb: -ed, one of the language's finite ``endings``, or -s (not -ss) after a
        lowercase word that is no preposition (the building collapsed; the trial starts).

        >>> rules = Rules()
        >>> rules.finite_shape("collapsed", "building", (), frozenset())
        True
        >>> rules.finite_shape("starts", "of", (), frozenset({"of"}))
        False
        """
        if low.endswith("ed") or endings and low.endswith(endings):
            return True
        return (
            low.endswith("s")
            and not low.endswith("ss")
            and prev[:1].islower()
            and prev.lower() not in prepositions
        )

    def is_adjective(self, ctx: Context, t: Token) -> bool:
        """Any plain lowercase word of three letters or more that is no noun, cue, auxiliary,
        determiner, finite verb, pronoun, frame word or subordinator (que, that) can modify
        a noun (the former prime minister)."""
        low, lang = t.lower, ctx.lang
        return (
            t.text[:1].islower()
            and t.text[:1].isalpha()
            and len(low) > 2
            and not ctx.is_nominal(t)
            and low not in lang.word_class("stop_after_cue")
            and low not in lang.cue_forms
            and low not in lang.finite_words
            and low not in lang.word_class("determiners")
            and low not in lang.pronouns
            and low not in lang.attribution.get("frame_words", ())
            and low not in lang.word_class("subordinators")  # una jubilada que prefirió …
        )


RULES = Rules()
