"""Rules only German needs, used by the shared stages where German grammar decides."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..rules import Rules

if TYPE_CHECKING:
    from ...model import Mention, Token
    from ...pipeline.context import Context, SentenceView
    from ...pipeline.np import Chunker

_WORD = re.compile(r"\w+", re.UNICODE)
# matched at a token start; the look-behind keeps a search from retrying inside a digit run
_NUMBER_ADJECTIVE = re.compile(r"(?<!\d)\d+-[a-zäöüß]\w*(e|en|er|es|em)$")


def zu_clause(text: str) -> bool:
    """The text ends in a zu-infinitive: ``zu kommen`` or ``anzugreifen`` (a word with ``zu``
    inside, ending in -en), apart from trailing punctuation. One pass over the words (a regular
    expression for this backtracks cubically on ``zuzuzu…``).

    >>> zu_clause("den Vertrag zu kündigen."), zu_clause("die Stadt anzugreifen"), zu_clause("er kommt")
    (True, True, False)
    """
    last = prev = None
    for m in _WORD.finditer(text):
        prev, last = last, m
    if last is None:
        return False
    word = last.group()
    if word.endswith("en") and "zu" in word[1:-3]:
        return True
    return prev is not None and prev.group() == "zu" and text[prev.end() : last.start()].isspace()


# the endings of a verb last in its clause (unterbreitet, ausgesprochen, lehnte, wiesen)
_VERB_ENDINGS = ("t", "en", "te", "ten")


def predicative_shape(word: str, prefixes: tuple[str, ...] = (), noun_endings: tuple[str, ...] = ()) -> bool:
    """A capitalised word with the shape of an uninflected adjective or participle: a present
    participle (-end, eight letters or more: Abschließend, Ergänzend), an adjective in -isch (seven
    or more: Optimistisch), a participle in -iert (Irritiert) or a past participle with one of the
    inseparable ``prefixes`` in -t (Besorgt, Enttäuscht, Verärgert), seven letters or more and none
    of the ``noun_endings``. Not a noun or a name: Abend, Jugend, Frisch, Ernst, Bernhardt (-dt),
    Bericht, Verlust.

    >>> words = ("Abschließend", "Besorgt", "Optimistisch", "Abend", "Bernhardt", "Bericht")
    >>> [predicative_shape(w, ("be",), ("icht",)) for w in words]
    [True, True, True, False, False, False]
    """
    low = word.lower()
    if not word[:1].isupper() or not low.isalpha():
        return False
    if low.endswith("end"):
        return len(low) >= 8
    if low.endswith("isch"):
        return len(low) >= 7
    if low.endswith("iert"):
        return len(low) >= 7
    return (
        len(low) >= 7
        and low.endswith("t")
        and not low.endswith("dt")
        and low.startswith(prefixes)
        and not low.endswith(noun_endings)
    )


def _participle_affixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """German's ``[inseparable_prefixes]`` and ``[participle_noun_endings]`` (grammar.txt)."""
    from .. import get  # the language data is loaded lazily, after its rules

    words = get("de").word_class
    return tuple(words("inseparable_prefixes")), tuple(words("participle_noun_endings"))


class German(Rules):
    def predicative_opener(self, word: str) -> bool:
        """An adjective or participle opening the sentence alone (``predicative_shape``):
        ``Besorgt äußerte sich der Minister``, ``Abschließend sagte die Ministerin``."""
        return predicative_shape(word, *_participle_affixes())

    def antecedent_organisations(self, ctx: Context, np: Chunker) -> list[Mention]:
        """An organisation subject before a sentence opening with er or sie of its noun's
        gender (``organisation_pronouns.organisation_subjects``)."""
        from .organisation_pronouns import organisation_subjects  # the stages load after the language

        return organisation_subjects(ctx, np)

    def plural_finite(self, low: str) -> bool:
        """A finite verb in -en, -ern or -eln, the plural of every tense (sie erklärten, sie
        fordern, sie handeln), where the singular ends in -t or -e or has no ending (sie
        erklärte, sie fordert, sie kann).

        >>> [RULES.plural_finite(w) for w in ("erklärten", "fordern", "erklärte", "sieht", "kann")]
        [True, True, False, False, False]
        """
        return len(low) > 3 and low.endswith(("en", "ern", "eln"))

    def infinitive_clause(self, text: str) -> bool:
        """A zu-infinitive clause (``zu_clause``): drohte, den Vertrag zu kündigen."""
        return zu_clause(text)

    def konjunktiv_by_shape(self, ctx: Context, view: SentenceView, n: int) -> bool:
        """A Konjunktiv I form that no list holds: a verb in -e right after its subject and
        before its object (die Regierung plane einen …, man prüfe den Fall); not an adjective
        before a noun (eine neue Regel) or after an article or a preposition."""
        return n > 0 and _konjunktiv_shape(ctx, view.tokens[n]) and _konjunktiv_place(ctx, view, n)

    def verb_shape(self, ctx: Context, low: str) -> bool:
        """A word of four letters or more in -t, -en, -te or -ten that belongs to no class of
        words that are no verbs (negations, time words, adverbs, prepositions, ``[not_verbs]``):
        ``unterbreitet``, ``ausgesprochen``; not ``nicht``, ``morgen``, ``seit``, ``selten``."""
        if len(low) <= 3 or not low.endswith(_VERB_ENDINGS):
            return False
        words = ctx.lang.word_class
        others = words("negations") | words("adverb_starters") | words("prepositions") | words("not_verbs")
        return low not in others and low not in ctx.lang.time_words

    def past_finite(self, ctx: Context, view: SentenceView, n: int) -> bool:
        """A weak past form: a lowercase word of five letters or more in -te or -ten, with no
        ge- of a participle, not before a capitalised noun it would modify nor before a finite
        verb (verdoppelte ein Gericht, unterstützte und begleitete; not: ersten Angaben,
        gemeldete Fälle, hinten habe man)."""
        t = view.tokens[n]
        low = t.lower
        if not t.text[:1].islower() or len(low) < 5 or not low.endswith(("te", "ten")):
            return False
        if low.startswith("ge") or low in ctx.lang.word_class("not_verbs"):
            return False
        nxt = view.tokens[n + 1] if n + 1 < len(view.tokens) else None
        if nxt is not None and (nxt.lower in ctx.lang.finite_words or nxt.lower in ctx.lang.konjunktiv):
            return False  # hinten habe man …, selten sei er …: an adverb before the verb
        return not (nxt is not None and ctx.is_cap(nxt) and not ctx.is_det(nxt))

    def finite_shape(self, low: str, prev: str, endings: tuple[str, ...], prepositions: frozenset) -> bool:
        """A German finite verb by its shape: -te, -ten, -st, -ed, or -t but not -cht (sagte,
        meldet; not Nacht), or -en, -e right after a capitalised word (Soldaten kämpfen; die
        Schätzung stamme).

        >>> pairs = (("sagte", "er"), ("kämpfen", "Soldaten"), ("macht", "die"), ("neuen", "die"))
        >>> [RULES.finite_shape(w, p, (), frozenset()) for w, p in pairs]
        [True, True, False, False]
        """
        if low.endswith(("te", "ten", "st", "ed")) or (low.endswith("t") and not low.endswith("cht")):
            return True
        return low.endswith(("en", "e")) and bool(prev) and prev[0].isupper()

    def is_adjective(self, ctx: Context, t: Token) -> bool:
        """An inflected adjective: a lowercase word in -e, -en, -er, -es, -em that is no cue,
        auxiliary, Konjunktiv or listed non-adjective (die neue Regel), or a number compound
        (die 45-jährige Ministerin, der 3:0-Sieg)."""
        low, lang = t.lower, ctx.lang
        if _NUMBER_ADJECTIVE.match(t.text):
            return True
        return (
            t.text[:1].islower()
            and len(low) > 3
            and low.endswith(("e", "en", "er", "es", "em"))
            and low not in lang.word_class("not_adjectives")
            and low not in lang.word_class("stop_after_cue")
            and low not in lang.cue_forms
            and low not in lang.word_class("auxiliaries")
            and low not in lang.konjunktiv
        )


def _konjunktiv_shape(ctx: Context, t: Token) -> bool:
    """A lowercase word of four letters or more in -e that no list names as something else:
    no -ie, -ee, -te, -weise, no listed non-Konjunktiv, non-verb, cue, determiner or auxiliary
    (plane, prüfe, lehne; not Plane, Serie, sagte, jeweise).
    """
    low = t.lower
    if not t.text[:1].islower() or len(low) < 4 or not low.endswith("e"):
        return False
    if low.endswith(("ie", "ee", "te", "weise")):
        return False
    words = ctx.lang.word_class
    return not (
        low in words("not_konjunktiv")
        or low in words("not_verbs")
        or low in ctx.lang.cue_forms
        or low in words("determiners")
        or low in words("auxiliaries")
    )


def _konjunktiv_place(ctx: Context, view: SentenceView, n: int) -> bool:
    """Token n stands right after its subject (a pronoun, a generic subject or a capitalised
    word that is no article) and, unquoted, not before a capitalised noun it would modify
    (Neue Regeln; but after a pronoun no adjective stands: man lehne Gewalt ab, sie schicke
    Experten)."""
    prev = view.tokens[n - 1]
    words = ctx.lang.word_class
    subject = (
        prev.lower in ctx.lang.pronouns
        or prev.lower in words("generic_subjects")
        or ctx.is_cap(prev)
        and not ctx.is_det(prev)
    )
    if not subject or view.quoted[n] or _finite_before(ctx, view, n):
        return False
    if n + 1 < len(view.tokens):
        nxt = view.tokens[n + 1]
        pronoun = prev.lower in words("impersonal_subjects") or prev.lower in ctx.lang.pronouns
        if ctx.is_cap(nxt) and not ctx.is_det(nxt) and not pronoun or nxt.lower in words("not_konjunktiv"):
            return False  # Neue Regeln: an adjective before its noun (not after a pronoun)
    return True


def _finite_before(ctx: Context, view: SentenceView, n: int) -> bool:
    """An unquoted listed finite verb (``ist``, ``hatte``) stands before token n in its clause:
    the clause has its finite verb, so the word in -e is none (``Zuvor hatte das zuständige Amt
    …``, ``Im Netz ist der Flug live zu sehen``; but ``Die Regierung plane …``)."""
    finite = ctx.lang.finite_words
    return any(view.tokens[k].lower in finite and not view.quoted[k] for k in range(view.clause_start(n), n))


RULES = German()
