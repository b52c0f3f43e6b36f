"""The noun phrase that ends right before a token: the subject before a cue (``Der Beamte sagte``)."""

from __future__ import annotations

from ..context import CLAUSE_PUNCT, QUOTE_MARKS, SentenceView
from ..opening_verb import opening_auxiliary
from .base import (
    _possessive,
)
from .edges import Edges
from .ellipsis import ellipsis_link

_UTTERANCE_ENDS = frozenset("!?…")  # a quotation ending in one of these was said, it names no one


def _numeric_compound(t) -> bool:
    """A hyphenated word opening with a number: ``56-year-old``, ``14th-ranked``."""
    text = t.text
    return "-" in text and text[:1].isdigit() and any(ch.isalpha() for ch in text)


class Backward(Edges):
    """Noun phrases read backwards from a token."""

    def backward(self, view: SentenceView, i: int, clause_start: bool = True) -> tuple[int, int] | None:
        """A noun phrase ending right before token i (and, if asked, opening its clause):
        ``Der Beamte sagte``, ``wie EADS gestern mitteilte``, ``X (Partei) sagte``."""
        tokens = view.tokens
        if i > 0 and tokens[i - 1].text == "," and clause_start:
            return self._apposition(view, i)
        if i > 0 and self.is_pronoun(tokens[i - 1]) and self._at_clause_start(view, i - 1):
            return i - 1, i
        j = i - 1
        j = self._skip_negation(view, j)
        while j > 0 and self.is_adverb(tokens[j]):  # wie EADS gestern mitteilte
            j -= 1
        i = j + 1
        j = self._phrase_back(view, j)
        while i - 1 > j + 1 and (self.ctx.is_det(tokens[i - 1]) or tokens[i - 1].lower in self.postmod):
            i -= 1  # … for the | state: a phrase does not end in "for the"
        a, trimmed = self._trim_front(view, j + 1, i)
        a = self._past_noun_before_source(view, a, i)  # die Organisation | Schätzungen zufolge
        after_relative = self._past_relative(view, a, i)
        if after_relative > a:  # …, von dem die Polizei glaubt
            a, trimmed = after_relative, False
        if opening_auxiliary(self.ctx, view, a):
            return None  # Ha detto che …: the verb of a sentence with no written subject
        if not self._names_speaker(view, a, i) or (
            tokens[a].lower in self.postmod
            and not self.ctx.is_det(tokens[a])
            and not self._opens_name_at(view, a, i)
        ):
            return self._fallback_subject(view, i) if clause_start else None
        if clause_start and (trimmed or not self._at_clause_start(view, a)):
            return self._fallback_subject(view, i)
        return self._past_subordinator(view, a, i), i

    def _past_noun_before_source(self, view: SentenceView, a: int, i: int) -> int:
        """Where a source noun with no article may open a phrase (``np.genitive_source``), a
        capitalised source noun right after another noun opens a phrase of its own: the noun
        before it ends the clause's subject (``nimmt die Organisation Schätzungen zufolge …
        ein``: Schätzungen); else a."""
        tokens = view.tokens
        if not self.lang.uses("np.genitive_source"):
            return a
        for k in range(max(a + 1, 2), i):  # not after the sentence's first word: Offiziellen Angaben
            prev = tokens[k - 1]
            if (
                self._is_source_noun(tokens[k])
                and self.ctx.is_cap(tokens[k])
                and self.ctx.is_cap(prev)
                and not (self.ctx.is_det(prev) or self.ctx.is_adj(prev) or view.quoted[k - 1])
            ):
                return k
        return a

    def _phrase_back(self, view: SentenceView, j: int) -> int:
        """Walk back from token j over the words of a noun phrase; the index before its first word."""
        while j >= 0 and not view.quoted[j]:
            step = self._step_back(view, j)
            if step is None:
                break
            j = step
        return j

    def _step_back(self, view: SentenceView, j: int) -> int | None:
        """The next token to look at when token j belongs to the phrase (past a possessive, a
        quoted name, an honorific's full stop or a parenthesis), else None."""
        tokens, t = view.tokens, view.tokens[j]
        if _possessive(tokens, j):  # the players' union
            return j - 1
        if t.text in QUOTE_MARKS and j > 0:  # der Sender „Channel 10“ berichtete
            k = j - 1
            while (
                k > 0
                and tokens[k].text not in QUOTE_MARKS
                and tokens[k].text not in CLAUSE_PUNCT
                and tokens[k].text not in _UTTERANCE_ENDS
                and j - k <= 6
            ):
                k -= 1
            # a quoted name inside the phrase (no clause punctuation, no ! or ? in it), else the
            # closing mark of a quotation: the phrase starts after it ("…," the statement said;
            # "Go home!" said the coach)
            return max(k - 1, 0) if tokens[k].text in QUOTE_MARKS and j - k <= 6 else None
        if t.text == "." and j > 0 and self._abbreviation_before(view, j):
            return j - 1  # Mr. Chinh said; Sen. Ann Hale said; Mary T. Ellison said
        if t.text == ")":  # a parenthesis inside the phrase: X (Partei) sagte
            k = j
            while k >= 0 and tokens[k].text != "(":
                k -= 1
            return None if k <= 0 else k - 1
        return j - 1 if self._phrase_word_back(view, j) else None

    def _abbreviation_before(self, view: SentenceView, j: int) -> bool:
        """The full stop at token j closes an honorific, a title or a name's abbreviation
        (``Mr.``, ``Gov.``, ``Walt Disney Co.``) or an initial (``Mary T. Ellison``)."""
        prev = view.tokens[j - 1]
        if prev.end != view.tokens[j].start:
            return False
        return bool(
            prev.lower in self.lang.honorifics
            or prev.lower in self.lang.word_class("title_abbreviations")
            or prev.lower in self.lang.word_class("abbreviations")
            and prev.text[:1].isupper()
            or len(prev.text) == 1
            and prev.text.isupper()
            and j + 1 < len(view.tokens)
            and self.ctx.is_cap(view.tokens[j + 1])
        )

    def _phrase_word_back(self, view: SentenceView, j: int) -> bool:
        """Token j can belong to a noun phrase: nominal, adjective, determiner, postmodifier, an
        inner preposition after a capitalised word (Ministerium für …) or, where nouns are not
        capitalised, a lowercase word after a determiner."""
        tokens, t = view.tokens, view.tokens[j]
        noun_use = j > 0 and (self.ctx.is_det(tokens[j - 1]) or tokens[j - 1].lower in self.postmod)
        return bool(
            self.ctx.is_nominal(t)
            or self.ctx.is_adj(t)
            or _numeric_compound(t)  # the 56-year-old said; the 14th-ranked Diego Lopez said
            or self._number_in_name(view, j)  # il leader del Movimento 5 Stelle, X, ha detto
            or self._role_link(view, j)  # the singer and guitarist told
            or self._domain_link(view, j)  # Minister X van Natuur en Stikstof zei
            or self._pronoun_as_name(view, j)  # He Wei, the former director, said
            or self.ctx.is_det(t)
            or ellipsis_link(view, j, self.lang.word_class("coordinators"))  # Bundes- und Landesbehörden
            or t.lower in self.postmod
            or t.lower in self.lang.word_class("inner_prepositions")
            and j > 0
            and self.ctx.is_cap(tokens[j - 1])
            or t.lower in self.lang.word_class("role_prepositions")  # le ministre délégué aux Transports
            and j > 0
            and (self.ctx.is_role(tokens[j - 1].text) or self.ctx.is_adj(tokens[j - 1]))
            and j + 1 < len(tokens)
            and (self.ctx.is_cap(tokens[j + 1]) or self.ctx.is_role(tokens[j + 1].text))  # adjointe au maire
            or self._role_attribute(view, j)  # l'adjointe au maire chargée des transports
            or self.lang.uses("np.common_noun")
            and noun_use
            and t.text[:1].islower()
        )

    def _role_attribute(self, view: SentenceView, j: int) -> bool:
        """Token j is a participle that gives a role its domain, followed by a post-modifier
        or a role preposition (``chargée des transports``, ``encargado de Hacienda``)."""
        tokens = view.tokens
        return (
            j + 1 < len(tokens)
            and tokens[j].lower in self.lang.word_class("role_attributes")
            and tokens[j + 1].lower in self.postmod | self.lang.word_class("role_prepositions")
        )

    def _number_in_name(self, view: SentenceView, j: int) -> bool:
        """Token j is a number between two capitalised words of one name (``Movimento 5
        Stelle``, ``Antena 3 Noticias``)."""
        tokens = view.tokens
        return (
            0 < j < len(tokens) - 1
            and tokens[j].text.isdigit()
            and self.ctx.is_cap(tokens[j - 1])
            and self.ctx.is_cap(tokens[j + 1])
            and not view.quoted[j + 1]
        )

    def _names_speaker(self, view: SentenceView, a: int, i: int) -> bool:
        """The phrase [a, i) can name a speaker: it has a nominal that is no stop word,
        determiner or anaphoric subject (or, where nouns are not capitalised, is a determiner
        with lowercase words: "The utility said"), and is not a time phrase or lone adverb."""
        tokens = view.tokens
        function_words = self.lang.word_class("anaphoric_subjects")
        common_noun_phrase = (
            self.lang.uses("np.common_noun")
            and a < i - 1
            and self.ctx.is_det(tokens[a])
            and all(
                t.text[:1].islower() and t.text[:1].isalpha() or _numeric_compound(t)
                for t in tokens[a + 1 : i]
            )
        )
        if a >= i or not (
            common_noun_phrase
            or any(
                self.ctx.is_nominal(t)
                and t.lower not in self.stop
                and not self.ctx.is_det(t)
                and t.lower not in function_words
                for t in tokens[a:i]
            )
        ):
            return False
        # Erst vergangene Woche kündigte …; Ähnlich äußerte sich …
        return not (
            tokens[i - 1].lower in self.lang.word_class("time_nouns")
            or (i - a == 1 and self.is_adverb(tokens[a]))
        )

    def _apposition(self, view: SentenceView, i: int, nested: bool = True):
        """The subject before an apposition or a relative clause set off by commas:
        ``Herr X, ehemaliger Minister, forderte``; ``Der Direktor des Amtes, Vorname Name, sagte``;
        ``X, die … hatte, sagte``; two descriptions in a row (``X, president of Y, a design
        agency, said``). A name in the apposition is returned as a third item."""
        tokens = view.tokens
        p = i - 2
        while p >= 0 and (not view.quoted[p] or self._quoted_name_start(view, p) is not None):
            if view.quoted[p]:  # …, ein Vertreter der Organisation „Nature Association“ (NA), sagte
                p = self._quoted_name_start(view, p) or 0
            elif tokens[p].text == ")":  # …, chief economist at the Office (ONS), said
                while p > 0 and tokens[p].text != "(":
                    p -= 1
            elif tokens[p].text in CLAUSE_PUNCT:
                break
            p -= 1
        if p <= 0 or tokens[p].text != "," or p + 1 >= i - 1:
            return None
        inner = tokens[p + 1 : i - 1]
        if self._is_aside(inner):  # X, however, said: the subject before the aside
            return self.backward(view, p, True)
        kind = self._apposition_kind(inner)
        outer = self.backward(view, p, True)
        if outer is None and nested and kind == "description":
            outer = self._apposition(view, p + 1, nested=False)  # X, president of Y, a design agency,
        if outer is None or kind is None or len(outer) > 2 and kind == "name":
            return None
        return (outer[0], outer[1], (p + 1, i - 1)) if kind == "name" else outer

    def _quoted_name_start(self, view: SentenceView, p: int) -> int | None:
        """The first token of a quoted name of up to five capitalised words ending at token p
        (``„Nature Conservation Association“``), when one ends there; else None."""
        tokens, k = view.tokens, p
        while k >= 0 and view.quoted[k] and p - k <= 6:
            k -= 1
        run = [t for t in tokens[k + 1 : p + 1] if t.text not in QUOTE_MARKS]
        if k < 0 or view.quoted[k] or not run or not all(t.text[:1].isupper() for t in run):
            return None
        return k + 1

    def _role_link(self, view: SentenceView, j: int) -> bool:
        """Token j links two nouns of one person, one of them a role: ``the singer and
        guitarist``."""
        tokens = view.tokens
        return (
            0 < j < len(tokens) - 1
            and tokens[j].lower in self.lang.word_class("name_links")
            and (self.ctx.is_role(tokens[j - 1].text) or self.ctx.is_role(tokens[j + 1].text))
            and tokens[j - 1].text.isalpha()
            and tokens[j + 1].text.isalpha()
            and tokens[j - 1].text[:1].islower() == tokens[j + 1].text[:1].islower()
            and not self.ctx.is_det(tokens[j + 1])
        )

    def _role_with_postmodifier(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """A role noun opening the clause with a prepositional phrase after it, right before
        token i: ``Experts on jail suicide told``, ``A doctor on the scene told``, or a
        participle with its agent (``economists polled by Reuters said``). The prepositional
        phrase holds no verb, pronoun, time word or document."""
        tokens, ctx = view.tokens, self.ctx
        barred = (
            ctx.lang.finite_words | ctx.lang.word_class("time_words") | ctx.lang.word_class("document_nouns")
        )
        k = i - 1
        while k > 0 and i - k <= 6 and not view.quoted[k]:
            t = tokens[k]
            if t.lower in self.postmod | self.lang.word_class("prepositions") and ctx.is_role(
                tokens[k - 1].text
            ):
                head = k - 1
                a = head - 1 if head > 0 and ctx.is_det(tokens[head - 1]) else head
                return (a, i) if k + 1 < i and self._at_clause_start(view, a) else None
            if self._participle_by(view, k):
                a = k - 2  # economists polled by Reuters said
                return (a, i) if k + 1 < i and self._at_clause_start(view, a) else None
            if (
                t.lower in barred
                or t.lower in ctx.lang.cue_forms
                or self.is_pronoun(t)
                or not t.text[:1].isalpha()
            ):
                return None
            k -= 1
        return None

    def _domain_link(self, view: SentenceView, j: int) -> bool:
        """Token j links two capitalised words of one institution's name: of a domain after a
        post-modifier (``van Natuur en Stikstof``, ``für Arbeit und Soziales``, ``of Housing and
        Urban Development``, ``for Disease Control and Prevention``), or between one word and
        two or three capitalised words ending in an organisation noun (``Food and Drug
        Administration``; not ``EU-Kommission und Bundesregierung``, two names)."""
        tokens, cap = view.tokens, self.ctx.is_cap
        if not (
            0 < j < len(tokens) - 1
            and tokens[j].lower in self.lang.word_class("name_links")
            and cap(tokens[j - 1])
            and cap(tokens[j + 1])
            and not view.quoted[j + 1]
        ):
            return False
        for d in (2, 3):  # of Housing and …; for Disease Control and …
            if j - d >= 0 and tokens[j - d].lower in self.postmod:
                return True
            if j - d < 0 or not cap(tokens[j - d]):
                break
        if (
            j > 1
            and cap(tokens[j - 2])
            and not self.ctx.is_det(tokens[j - 2])
            or self.ctx.is_organisation(tokens[j - 1].text)
        ):
            return False  # United Nations and European Union: two names
        m = j + 1
        while m + 1 < len(tokens) and m - j < 3 and cap(tokens[m + 1]) and not view.quoted[m + 1]:
            m += 1
        return m > j + 1 and self.ctx.is_organisation(tokens[m].text)  # Food and Drug Administration

    def _pronoun_as_name(self, view: SentenceView, j: int) -> bool:
        """A capitalised word that is also a pronoun, right before a capitalised name word in
        the same phrase, is a name (He Wei, Ma Li): ``He Wei, the former director, said``."""
        tokens = view.tokens
        return (
            j + 1 < len(tokens)
            and self.is_pronoun(tokens[j])
            and tokens[j].text[:1].isupper()
            and not tokens[j].text.isupper()
            and self.ctx.is_cap(tokens[j + 1])
            and not self.is_pronoun(tokens[j + 1])
            and tokens[j + 1].lower not in self.lang.cue_forms
            and not view.quoted[j + 1]
        )

    def _fallback_subject(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """A subject the plain phrase walk misses, right before the cue at token i: a role
        with a prepositional phrase, a phrase with a relative clause, a bare plural source."""
        return (
            self._role_with_postmodifier(view, i)
            or self._relative_subject(view, i)
            or self._bare_source(view, i)
            or self._group_before(view, i)
        )

    def _group_before(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """An unnamed group with what restricts it, opening the clause right before the cue at
        token i: ``…, people familiar with the talks said``."""
        for k in range(i - 1, max(i - 12, 0), -1):
            if view.quoted[k] or view.tokens[k].text in CLAUSE_PUNCT:
                return None
            span = self.group(view, k)
            if span and span[1] == i and self._at_clause_start(view, k):
                return span
        return None

    def _relative_subject(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """A subject with a restrictive relative clause before the cue at token i: ``Some
        buyers who called the hotline reported …``: the phrase before the relative pronoun; a
        group pronoun with its clause (``Those who did not vote said …``)."""
        tokens = view.tokens
        k = i - 2
        while k > 0 and i - k <= 10 and not view.quoted[k] and tokens[k].text not in CLAUSE_PUNCT:
            if (
                tokens[k].lower in self.lang.word_class("subject_relatives")
                and not self.ctx.is_det(tokens[k])  # der, die, that: also articles
                and tokens[k - 1].text != ","
            ):
                span = self.backward(view, k)
                groups = self.lang.word_class("group_pronouns")
                if span is None and tokens[k - 1].lower in groups and self._at_clause_start(view, k - 1):
                    span = (k - 1, k)  # Los que votaron: an article standing for the group
                if span and span[1] - span[0] == 1 and tokens[span[0]].lower in groups:
                    # Those who did not vote: no one without the clause (ont dit: not the auxiliary)
                    return span[0], i - 1 if tokens[i - 1].lower in self.lang.word_class("auxiliaries") else i
                return span[:2] if span else None
            k -= 1
        return None

    def _bare_source(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """A lowercase plural source or role with no article after a clause opener, right
        before the cue at token i: ``Oil fell after sources told …``; any plural noun after a
        comma and a link (``…, while supporters argued …``, ``…, but critics warned …``)."""
        tokens = view.tokens
        if (
            i < 2
            or view.quoted[i - 1]
            or not tokens[i - 1].text.isalpha()
            or not tokens[i - 1].text.islower()
        ):
            return None
        word, before = tokens[i - 1], tokens[i - 2].lower
        openers = self.lang.word_class("sentence_openers") | self.lang.word_class("subordinators")
        if before in openers and (
            self._is_source_noun(word) or self.ctx.is_role(word.text) and word.lower.endswith("s")
        ):
            return i - 1, i
        if (
            before in self.lang.word_class("writer_links") | openers
            and tokens[i - 3].text == ","
            and self.bare_plural(word)
        ):  # …, while supporters argued
            return i - 1, i
        return None
