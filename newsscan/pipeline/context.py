"""Shared read-only view of a segmented text that the statement and speaker stages use:
sentences, their tokens, and which tokens lie inside quotation marks."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ..lang import Language as LangData
from ..lang import media_aliases
from ..model import Sentence, Token
from . import quotes as quote_marks
from .cue_place import (
    another_sense,
    base_form_before_cue,
    form_out_of_place,
    noun_by_position,
    reflexive_after,
)
from .incise import split_incises
from .segment import tokenize
from .suffixes import Suffixes, suffixes

# matched at a token start; the look-behind keeps a search from retrying inside a digit run
_NUMBER_NOUN = re.compile(r"(?<!\d)\d+-[A-ZÄÖÜ]\w+$")
CLAUSE_PUNCT = {",", ";", ":", "(", ")", "–", "—"}
END_PUNCT = {".", "!", "?", "…"}
MASK_MIN_WORDS = 4
QUOTE_MARKS = set('„“”"»«‚‘’‹›')
# the marks that can open, and close, a quotation in one of the styles news uses
# (»…«, «…», „…“, “…”, ‚…‘, ‘…’, ›…‹, "…", '…')
QUOTE_OPENERS = frozenset("„“”\"»«‚‘‹›'")
QUOTE_CLOSERS = frozenset("“”\"»«‘’‹›'")

Span = tuple[int, int]  # start and end: character offsets or token indices
# a speaker's token span, with the token span of a name apposed to it when there is one
SpeakerSpan = tuple[int, int] | tuple[int, int, Span]
# a report's character span, with its two parts when a frame interrupts it (Das Problem sei, so X, dass …)
ReportSpan = tuple[int, int] | tuple[int, int, tuple[Span, Span]]


@lru_cache(maxsize=1)
def _lowercase_names() -> frozenset:
    """Media written in lowercase (dpa, taz): proper names all the same."""
    return frozenset(a for a in media_aliases() if a[:1].islower())


def named_source_end(view: "SentenceView", j: int) -> int | None:
    """End of a source written as an address (laut bildblog.de) or a quoted title
    (laut „tagesschau.de“, laut „Reuters“) starting at token j; None when there is none."""
    tokens = view.tokens
    if j < len(tokens) and tokens[j].text in QUOTE_MARKS:
        k = next((k for k in range(j + 1, min(j + 8, len(tokens))) if tokens[k].text in QUOTE_MARKS), None)
        return k + 1 if k is not None and k > j + 1 else None
    k = j
    while (
        k + 2 < len(tokens)
        and tokens[k + 1].text == "."
        and tokens[k].end == tokens[k + 1].start
        and tokens[k + 1].end == tokens[k + 2].start
        and tokens[k + 2].text.isalpha()
    ):
        k += 2  # bildblog.de, news.bbc.co.uk
    return k + 1 if k > j else None


@dataclass
class SentenceView:
    """The tokens of one sentence and which of them lie inside quotation marks. Offset and
    clause lookups use tables built once per view, so each costs O(1) or O(log n)."""

    sentence: Sentence
    tokens: list  # Token
    quoted: list  # bool per token: inside quotation marks (marks included)
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # per-sentence tables of later stages

    @cached_property
    def starts(self) -> list[int]:
        """Start offsets of the tokens, ascending (for bisect)."""
        return [t.start for t in self.tokens]

    def index_at(self, offset: int) -> int | None:
        """Index of the token that contains ``offset``, or None."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self.tokens[i].end else None

    def first_at_or_after(self, offset: int) -> int | None:
        """Index of the first token starting at or after ``offset``, or None."""
        i = bisect.bisect_left(self.starts, offset)
        return i if i < len(self.tokens) else None

    @cached_property
    def _clause_stops(self) -> list[int]:
        """For each token, the index of the first token from it on that ends a clause
        (clause or sentence punctuation, or a quoted token); len(tokens) when none. A full stop
        inside a word (``space.com``, ``bild.de``) ends nothing."""
        n = len(self.tokens)
        out = [n] * (n + 1)
        for j in range(n - 1, -1, -1):
            t = self.tokens[j]
            end = t.text in END_PUNCT and not self._inside_word(j)
            stop = t.text in CLAUSE_PUNCT or end or self.quoted[j]
            out[j] = j if stop else out[j + 1]
        return out

    def _inside_word(self, j: int) -> bool:
        """Token j is a full stop between two letters with no space: ``space.com``."""
        tokens = self.tokens
        return (
            tokens[j].text == "."
            and 0 < j < len(tokens) - 1
            and tokens[j - 1].end == tokens[j].start
            and tokens[j + 1].start == tokens[j].end
            and tokens[j - 1].text[-1:].isalpha()
            and tokens[j + 1].text[:1].islower()
        )

    def clause_last(self, i: int) -> int | None:
        """The last token of the clause that continues after token i (None when the clause
        ends right after it)."""
        stop = self._clause_stops[i + 1] if i + 1 <= len(self.tokens) else len(self.tokens)
        return stop - 1 if stop - 1 > i else None

    @cached_property
    def _clause_starts(self) -> list[int]:
        """For each token i, the first token of its clause: the token after the nearest
        clause punctuation or quoted token before i (0 when there is none)."""
        out, start = [], 0
        for j, t in enumerate(self.tokens):
            out.append(start)
            if t.text in CLAUSE_PUNCT or self.quoted[j]:
                start = j + 1
        out.append(start)
        return out

    def clause_start(self, i: int) -> int:
        """First token of the clause that token i stands in (i itself may be the boundary)."""
        return self._clause_starts[i]


def verb_like(ctx: "Context", t: Token) -> bool:
    """A finite verb, judged by the lexicons: an auxiliary, a common finite form or a speech-verb form."""
    low = t.lower
    return low in ctx.lang.finite_words or low in ctx.lang.cue_forms


def verb_shaped(ctx: "Context", t: Token) -> bool:
    """A verb by the lexicons (``verb_like``) or by the language's verb shape (``sitzt``,
    ``erklärte``: ``Rules.verb_shape``)."""
    return verb_like(ctx, t) or ctx.lang.rules.verb_shape(ctx, t.lower)


class Context:
    def __init__(self, text: str, sentences: tuple, lang: LangData):
        self.text = text
        self.sentences = sentences
        self.lang = lang
        found = quote_marks.find(text, lang.quote_pairs)
        self.quoted = split_incises(text, found, lang) if lang.uses("quote.incise") else found

    @cached_property
    def views(self) -> list[SentenceView]:
        masking = [q for q in self.quoted if self._masks(q)]
        out = []
        qi = 0
        for s in self.sentences:
            tokens = tokenize(self.text, s.start, s.end, self.lang.elisions)
            mask = []
            for t in tokens:
                while qi < len(masking) and masking[qi].close <= t.start:
                    qi += 1
                mask.append(qi < len(masking) and masking[qi].open <= t.start)
            out.append(SentenceView(s, tokens, mask))
        return out

    def _masks(self, q) -> bool:
        """Short quotations (titles, scare quotes) stay part of the running text."""
        return len(q.parts) > 1 or len(self.text[q.start : q.end].split()) >= MASK_MIN_WORDS

    def sentence_at(self, offset: int) -> int:
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    # word classes -------------------------------------------------------
    def is_det(self, t: Token) -> bool:
        return t.lower in self.lang.word_class("determiners")

    def is_cap(self, t: Token) -> bool:
        first = t.text[:1]
        if first.isdigit():  # 46-Jährige
            return bool(_NUMBER_NOUN.match(t.text))
        if first.islower() and (
            any(ch.isdigit() for ch in t.text) and t.text[:1].isalpha() or t.text in _lowercase_names()
        ):
            return True  # brand-like names: n24, e.on; dpa
        return first.isupper() and first.isalpha()

    def is_nominal(self, t: Token) -> bool:
        """A noun-phrase head: capitalised, or (where nouns are not capitalised) a role or
        organisation noun."""
        if self.is_cap(t):
            return True
        return (
            self.lang.uses("nominal.lowercase_noun")
            and t.text[:1].isalpha()
            and (self.is_role(t.text) or self.is_organisation(t.text) or self.is_media_noun(t.text))
        )

    def is_adj(self, t: Token) -> bool:
        """A word that can modify a noun, by the language's rule (``Rules.is_adjective``)."""
        return self.lang.rules.is_adjective(self, t)

    def role_base(self, word: str) -> str:
        """The role noun without the inflection ending of ``Language.role_inflections`` (des
        Sprechers -> Sprecher, einen Experten -> Experte)."""
        if self._is_role(word):
            return word
        low = word.lower()
        for end, base in self.lang.role_inflections:
            if low.endswith(end) and self._is_role(word[: len(word) - len(end)] + base):
                return word[: len(word) - len(end)] + base
        return word

    def is_attributive(self, view: SentenceView, j: int) -> bool:
        """An adjective in front of a noun (vorläufigem Ergebnis), not a verb in -te/-en."""
        tokens = view.tokens
        k = j
        while k < len(tokens) and self.is_adj(tokens[k]):
            k += 1
        return k > j and k < len(tokens) and self.is_nominal(tokens[k])

    def starts_np(self, view: SentenceView, j: int) -> bool:
        t = view.tokens[j]
        return self.is_nominal(t) or self.is_det(t) or self.is_attributive(view, j)

    def is_konjunktiv1(self, view: SentenceView, n: int) -> bool:
        """Token n is a Konjunktiv I form: listed (sei, habe, werde), or told by its shape where
        the language has a rule for it (``Rules.konjunktiv_by_shape``: die Regierung plane …)."""
        if view.tokens[n].lower in self.lang.konjunktiv1:
            return True
        return self.lang.rules.konjunktiv_by_shape(self, view, n)

    def konjunktiv_positions(self, view: SentenceView, with_forms: bool = False) -> list[int]:
        """Ascending indices of the tokens that are Konjunktiv I (``is_konjunktiv1``), and with
        ``with_forms`` also those listed as any Konjunktiv form; computed once per sentence."""
        key = ("konjunktiv", with_forms)
        if key not in view.memo:
            forms = self.lang.konjunktiv if with_forms else ()
            view.memo[key] = [
                n for n, t in enumerate(view.tokens) if t.lower in forms or self.is_konjunktiv1(view, n)
            ]
        return view.memo[key]

    def any_konjunktiv(self, view: SentenceView, start: int, end: int, with_forms: bool = False) -> bool:
        """Is some token in [start, end) a Konjunktiv form (see ``konjunktiv_positions``)?"""
        positions = self.konjunktiv_positions(view, with_forms)
        k = bisect.bisect_left(positions, start)
        return k < len(positions) and positions[k] < end

    def is_role(self, word: str) -> bool:
        """A role noun, or a compound ending in one; where nouns are not capitalised, a
        capitalised word is a compound role only on a suffix of five letters or more
        (Spokeswoman, Analysts; but Schwartzman and Newman are surnames). Remembered per word."""
        lookup = suffixes(self.lang.roles, self.lang.role_inflections)
        hit = lookup.roles.get(word)
        if hit is None:
            hit = lookup.roles[word] = self._role_check(lookup, word)
        return hit

    def _role_check(self, lookup: Suffixes, word: str) -> bool:
        if not lookup.inflected(word):
            return False
        if not self.lang.uses("nominal.lowercase_noun") or not word[:1].isupper():
            return True
        known, low = lookup.known, word.lower()
        forms = (low, low[:-1]) if low.endswith("s") else (low,)
        return (
            any(f in known or any(f[k:] in known for k in range(1, len(f) - 4)) for f in forms) or "-" in low
        )

    def _is_role(self, word: str) -> bool:
        return suffixes(self.lang.roles).compound(word.lower())

    def is_media_noun(self, word: str) -> bool:
        """A noun for a medium, compounds and genitives included (Nachrichtensenders, Tageszeitung)."""
        return suffixes(self.lang.media_nouns, self.lang.role_inflections).inflected(word)

    def is_source_noun(self, word: str, documents_only: bool = False) -> bool:
        """A noun a source is named by (``Angaben``, ``Ergebnis``, ``Bericht``; only a document
        noun with ``documents_only``). Where every noun is capitalised, a compound ending in one
        is one too (``Endergebnis``, ``Polizeibericht``); elsewhere the word itself must be."""
        return self._noun_in(word, self.lang.document_heads if documents_only else self.lang.source_heads)

    def is_company_noun(self, word: str) -> bool:
        """A noun for a firm (``Unternehmen``, ``company``, ``l'entreprise``; compounds where
        every noun is capitalised: ``Autokonzern``)."""
        return self._noun_in(word, self.lang.company_heads)

    def _noun_in(self, word: str, words: tuple) -> bool:
        """``word`` is one of ``words``, or where every noun is capitalised a compound ending in
        one (``Endergebnis``, ``Energieversorger``)."""
        lookup = suffixes(words)
        if self.lang.uses("nominal.lowercase_noun"):
            return word.lower() in lookup.known
        return lookup.compound(word.lower())

    def is_organisation(self, word: str) -> bool:
        return suffixes(self.lang.organisations).compound(word.lower())  # the same suffix lookup as roles

    def cue_verbs(self, view: SentenceView, i: int) -> str | None:
        """If token i is a speech cue, return the cue as written (with its particle)."""
        t = view.tokens[i]
        if view.quoted[i] or not t.text[:1].isalpha():
            return None
        if t.text[:1].isupper() and i != 0:
            return None
        verbs = self.lang.cue_forms.get(t.lower)
        if not verbs:
            return None
        if (
            i > 0
            and view.tokens[i - 1].lower in self.lang.word_class("infinitive_markers")
            and any(t.lower == v.lemma for v in verbs)
        ):
            return None  # ohne … zu bemerken: an infinitive, not a report
        if self.lang.uses("cue.noun_after_article") and i > 0:
            prev = view.tokens[i - 1].lower
            if (
                prev in self.lang.word_class("determiners")
                or prev in self.lang.word_class("postmodifiers")
                or prev in self.lang.word_class("infinitive_markers")
                or prev in self.lang.word_class("prepositions")
            ):
                return None  # the state, a report, to claim: a noun or an infinitive
        if (
            self.lang.uses("cue.noun_by_position")
            and noun_by_position(self.lang, view, i, verbs)
            or self.lang.uses("cue.base_form_before_cue")
            and base_form_before_cue(self.lang, view, i, verbs)
        ):
            return None
        if form_out_of_place(self.lang, view, i, verbs):
            return None  # saying … only after a comma; s'est indignée only after its pronoun
        if another_sense(self.lang, view, i, verbs):
            return None  # wie er sich nannte: a name; er weiß, dass …: knowledge
        if any("unreflexive" in v.kind for v in verbs) and reflexive_after(self.lang, view, i):
            # meldete er sich bei …, sah sich das Spiel an: another verb; the form's other verbs stay
            verbs = tuple(v for v in verbs if "unreflexive" not in v.kind)
            if not verbs:
                return None
        return self._with_particle(view, i, verbs)

    def _with_particle(self, view: SentenceView, i: int, verbs: tuple) -> str | None:
        """The cue at token i as written: the verb alone, or with its particle at the clause's
        end (``teilte … mit``), joined to a da-word (``darauf``), before the verb (``wie X
        bekannt gab``) or past an apposition (``gab der Leiter, X, bekannt``); None when a
        particle verb's particle is missing."""
        t = view.tokens[i]
        particle_slot = self.clause_last_word(view, i)
        last = view.tokens[particle_slot].lower if particle_slot is not None else ""
        before = view.tokens[i - 1].lower if i else ""
        joined = last.startswith(tuple(self.lang.word_class("particle_adverb_prefixes")))  # darauf: auf
        for verb in verbs:
            if not verb.particle or t.lower.startswith(verb.particle) or t.lower == verb.lemma:
                return t.text
            if last == verb.particle or (joined and last.endswith(verb.particle)):
                return f"{t.text} {verb.particle}"  # teilte … mit; wies darauf hin
            if before == verb.particle and before not in self.lang.word_class("infinitive_markers"):
                return f"{view.tokens[i - 1].text} {t.text}"  # wie X bekannt gab; not … zu geben
        if particle_slot is not None and any(v.particle for v in verbs):
            slot = self.particle_after_apposition(view, particle_slot + 1)
            if slot is not None and any(view.tokens[slot].lower == v.particle for v in verbs):
                return f"{t.text} {view.tokens[slot].text}"  # gab der Leiter, X, bekannt
        return None

    def particle_after_apposition(self, view: SentenceView, k: int) -> int | None:
        """Where a clause breaks at comma k for an apposition of names (``gab der Leiter des
        Amtes, Andreas Huber, bekannt``; ``geht nach einem Treffen mit dem Leiter, Joachim
        Rücker, davon aus``): the last token of the clause that resumes after it, else None."""
        tokens = view.tokens
        if k >= len(tokens) or tokens[k].text != ",":
            return None
        end = view.clause_last(k)
        if end is None or end - k > 6 or end + 1 >= len(tokens) or tokens[end + 1].text != ",":
            return None
        if not all(
            self.is_cap(x) or self.is_det(x) or x.lower in self.lang.word_class("name_particles")
            for x in tokens[k + 1 : end + 1]
        ):
            return None
        return view.clause_last(end + 1)

    def clause_last_word(self, view: SentenceView, i: int) -> int | None:
        """The last token of the clause that continues after token i (None when none follows)."""
        return view.clause_last(i)
