"""According-to attributions: ``laut``/``according to``, ``zufolge``, ``nach Angaben`` and an
anaphoric ``demnach``; the report is the clause or sentence around the phrase."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ...lang.media import media_aliases
from ..context import END_PUNCT, SentenceView, named_source_end
from ..np.ellipsis import ellipsis_link
from ..prose import has_finite_verb
from ..segment import tokenize
from .noun_complement import NounComplement


def _according_rule(nach: bool, preposition: bool, postposition: bool) -> str:
    """The rule name of an according-to attribution: ``nach Angaben``, ``laut``/``according
    to``, ``zufolge``, or an anaphoric ``demnach``."""
    if nach:
        return "according.nach"
    if preposition:
        return "according.preposition"
    return "according.postposition" if postposition else "according.anaphoric"


def _cue_words(tokens: list) -> str:
    """The according-to words as written, an elided word joined to the next (``D'après``,
    ``secondo quanto riportato dall'``), the others by a space."""
    out = ""
    for t in tokens:
        out += t.text if not out or out.endswith(("'", "’")) else " " + t.text
    return out


@dataclass(frozen=True)
class _AccordingWords:
    """A language's according-to words: prepositions (as word tuples), postpositions, the
    ``nach`` words, anaphoric adverbs, the source nouns after ``nach``, all first words, and the
    opinion prepositions that attribute only a person's view opening the sentence (fr pour)."""

    pre: frozenset
    post: frozenset
    nach: frozenset
    anaphoric: frozenset
    nouns: frozenset
    first: frozenset
    opinion: frozenset = frozenset()

    @classmethod
    def of(cls, attr: dict, elisions: frozenset = frozenset()) -> _AccordingWords:
        """The words of a language's attribution data; a preposition is split into words as the
        tokenizer splits the text, an elided word apart (fr ``d'après`` -> ``d``, ``après``)."""
        pre = frozenset(
            tuple(t.lower for t in tokenize(p, elisions=elisions) if t.text not in "'’")
            for p in attr.get("prepositions", ())
        )
        post = frozenset(attr.get("postpositions", ()))
        nach = frozenset(attr.get("nach", ()))
        anaphoric = frozenset(attr.get("anaphoric", ()))
        opinion = frozenset(attr.get("opinion_prepositions", ()))
        first = frozenset({p[0] for p in pre} | nach | post | anaphoric | opinion)
        return cls(pre, post, nach, anaphoric, frozenset(attr.get("source_nouns", ())), first, opinion)


class According(NounComplement):
    """According-to attributions and the clause or sentence they attribute."""

    def _object_pronoun(self, t) -> bool:
        return t.lower in self.ctx.lang.word_class("object_pronouns") or t.lower in self.ctx.lang.pronouns

    def _number_in_name(self, view: SentenceView, j: int) -> bool:
        """Where nouns are lowercase, the number at token j stands inside a capitalised name
        (il Sole 24 Ore); in German a capitalised word after a number is a noun (900 Menschen)."""
        tokens = view.tokens
        return (
            self.ctx.lang.uses("nominal.lowercase_noun")
            and j + 1 < len(tokens)
            and self.ctx.is_cap(tokens[j + 1])
        )

    @property
    def _bare_source_nouns(self) -> frozenset:
        """Source nouns that open an according-to phrase with no article (``figures``, ``data``)."""
        return frozenset(self.ctx.lang.attribution.get("source_nouns", ()))

    def _skip_source(self, view: SentenceView, j: int) -> int:
        """Index after a source phrase starting at token j (with an apposition in commas)."""
        tokens, ctx = view.tokens, self.ctx
        j = named_source_end(view, j) or j
        if j < len(tokens) and self._object_pronoun(tokens[j]):
            return j + 1
        postmod = ctx.lang.word_class("source_links")  # des Ministeriums, von der Polizei
        verbs = ctx.lang.finite_words
        first = j
        while j < len(tokens) and not view.quoted[j]:
            t = tokens[j]
            inner = (
                t.lower in ctx.lang.word_class("name_links")
                and j + 1 < len(tokens)
                and ctx.is_cap(tokens[j + 1])
            )
            if self._new_phrase_after_source(view, j, first):
                break  # Volgens het ANP zijn boeren woedend; nach Angaben des Amtes ein Team …
            if (
                ctx.is_det(t)
                or ctx.is_attributive(view, j)
                or ctx.is_nominal(t)
                or t.lower in postmod
                or inner
                or ellipsis_link(view, j, ctx.lang.word_class("coordinators"))  # von Regierungs- und …
                or t.text.isdigit()
                and j > 0
                and ctx.is_nominal(tokens[j - 1])
                and (len(t.text) == 4 or self._number_in_name(view, j))
            ):  # Jahr 2005; il Sole 24 Ore
                j += 1
            elif (
                ctx.lang.uses("np.common_noun")
                and j > 0
                and (ctx.is_det(tokens[j - 1]) or j == first and t.lower in self._bare_source_nouns)
                and t.text[:1].islower()
                and t.lower not in verbs
                and t.lower not in ctx.lang.cue_forms
            ):  # according to figures from …: a source noun with no article opens the phrase
                j += 1  # volgens de politie, selon le rapport: the head noun after an article
                if j >= len(tokens) or tokens[j].lower not in ctx.lang.word_class("postmodifiers"):
                    break
            else:
                break
        if ctx.lang.uses("np.adjective_after_postmodifier") and (phrase := self.np.forward(view, first)):
            j = max(j, phrase[1])  # selon le président du groupe centriste, X, …: the adjective too
        if j < len(tokens) and tokens[j].text == ",":
            k = j + 1
            while k < len(tokens) and tokens[k].text not in (",", ".") and k - j < 10:
                k += 1
            if (
                k < len(tokens)
                and tokens[k].text == ","
                and not any(
                    tokens[x].lower in self.ctx.lang.word_class("auxiliaries") for x in range(j + 1, k)
                )
            ):
                j = k
        return j

    def _new_phrase_after_source(self, view: SentenceView, j: int, first: int) -> bool:
        """A determiner right after the source's noun opens the next phrase of the sentence, not
        more of the source: a verb spelled like a possessive (``Volgens het ANP zijn boeren
        woedend``) or an indefinite article that links no genitive (``nach Angaben des Amtes
        ein Team …``, ``according to the police a man …``; not ``nach Angaben eines Sprechers``)."""
        t, ctx = view.tokens[j], self.ctx
        if not (ctx.is_det(t) and j > first and ctx.is_nominal(view.tokens[j - 1])):
            return False
        words = ctx.lang.word_class
        return t.lower in ctx.lang.finite_words or (
            t.lower in words("indefinite") and t.lower not in words("source_links")
        )

    def _person_after(self, view: SentenceView, j: int) -> bool:
        """A person or an organisation opens at token j: a phrase with a role or organisation
        noun (``le président du groupe``, ``l'économiste X``, ``il sindacato``), set off by a
        comma after it and any apposed name; not ``Pour la première fois,``."""
        span, tokens = self.np.forward(view, j), view.tokens
        if span is None:
            return False
        named = span[1] - span[0] >= 2 and all(self.ctx.is_cap(t) for t in tokens[span[0] : span[1]])
        role_at = span[1] + 1 if named and span[1] < len(tokens) and tokens[span[1]].text == "," else span[0]
        if not any(
            self.ctx.is_role(t.text) or self.ctx.is_organisation(t.text)
            for t in tokens[role_at : max(span[1], role_at + 3)]
        ):
            return False  # Pour Jean X, analyste chez Y, …: a name with its role in commas
        end = max(self._skip_source(view, j), span[1])  # le président du groupe centriste,
        return end < len(view.tokens) and view.tokens[end].text == ","

    def according(self) -> None:
        """One according-to attribution per sentence not yet taken by a statement: the first
        phrase of ``_according_at`` in it."""
        w = _AccordingWords.of(self.ctx.lang.attribution, self.ctx.lang.elisions)
        taken = {s.sentence for s in self.out}
        for view in self.ctx.views:
            if view.sentence.index in taken or (view.quoted and view.quoted[0]):
                continue
            tokens = view.tokens
            for i, t in enumerate(tokens):
                if view.quoted[i] or i + 1 >= len(tokens) or t.lower not in w.first:
                    continue
                found = self._according_at(view, i, w)
                if found is None:
                    continue
                start, gap, plen, end = found
                end = end or self._semicolon_after(view, i)  # …; demnach …
                spans = ((start, gap[0]), (gap[1], end)) if gap and gap[0] > start else ()
                cue = _cue_words(tokens[i : i + max(plen, 1)])
                preposition = plen > 0 and tuple(x.lower for x in tokens[i : i + plen]) in w.pre
                rule = _according_rule(t.lower in w.nach and not preposition, plen > 0, t.lower in w.post)
                self._propose("indirect", start, end, cue=cue, cue_start=t.start, spans=spans, rule=rule)
                break

    def _according_at(
        self, view: SentenceView, i: int, w: _AccordingWords
    ) -> tuple[int, tuple[int, int] | None, int, int | None] | None:
        """The according-to phrase at token i as (report start, the source phrase's span inside
        the report or None, length of the preposition, report end or None for the sentence's),
        or None: ``laut X``/``nach Angaben X`` (``_preposition_report``, in a relative clause
        ``_relative_report``), ``X zufolge`` (``_postposition_report``), ``Demnach …``."""
        tokens, low = view.tokens, view.tokens[i].lower
        plen = max(  # the longest: secondo quanto riportato dal, not secondo
            (len(p) for p in w.pre if p[0] == low and tuple(x.lower for x in tokens[i : i + len(p)]) == p),
            default=0,
        )
        if not plen and i == 0 and low in w.opinion and self._person_after(view, 1):
            found = self._preposition_report(view, i, 1, w)  # Pour le ministre X, …: his view
            return None if found is None else (*found, 1, None)
        if plen or low in w.nach:
            relative = self._relative_report(view, i, plen or 1, w)
            if relative is not None:
                return relative[0], relative[1], plen or 1, relative[2]
            found = self._preposition_report(view, i, plen or 1, w)
            return None if found is None else (*found, plen or 1, None)
        if low in w.post:
            return (*self._postposition_report(view, i), 0, None)
        if low in w.anaphoric:
            return (tokens[i + 1].start if i == 0 else view.sentence.start), None, 0, None
        return None

    def _relative_report(
        self, view: SentenceView, i: int, plen: int, w: _AccordingWords
    ) -> tuple[int, tuple[int, int] | None, int] | None:
        """An according-to phrase in a relative clause: the report is that clause, from its
        relative pronoun to the clause's end, without the source phrase (``…, das nach Angaben
        eines Sprechers nicht abgeschlossen werden konnte``, ``…, der laut dem Ministerium …
        befohlen habe``); or the relative pronoun is the source (``Umfragen, nach denen 72
        Prozent … ablehnen``, ``ein Gutachten, laut dem …``): the report is the rest of the
        clause. (start, source span or None, end), or None when token i opens no such clause."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        relatives = words("relative_pronouns")
        c = view.clause_start(i)
        if c == 0 or tokens[c - 1].text != ",":
            return None
        last = view.clause_last(i + plen)
        if (
            last is None
            or last + 1 < len(tokens)
            and tokens[last + 1].text not in (",", *END_PUNCT)
            or not tokens[last].text.isalpha()
            or self.ctx.is_cap(tokens[last])
        ):
            return None  # the clause ends at a comma or the sentence end, in a verb (… konnte,)
        end = tokens[last].end
        pronoun = tokens[i + plen]
        if c == i and pronoun.lower in relatives and i + plen < last:
            # Umfragen, nach denen …: the pronoun is the source; nach needs a source noun before it
            if self.ctx.is_det(pronoun) and self.ctx.is_cap(tokens[i + plen + 1]):
                return None  # laut dem Kevin …: dem may be the article of a name
            if tokens[i].lower in w.nach and not any(
                self.ctx.is_cap(t) and t.lower.endswith(tuple(w.nouns)) for t in tokens[max(0, c - 5) : c - 1]
            ):
                return None  # Umfragen im Land, nach denen …: a source noun shortly before the comma
            return tokens[i + plen + 1].start, None, end
        opener = c + 1 if tokens[c].lower in words("prepositions") else c
        subordinate = words("adverbial_subordinators") | words("subordinators")
        if tokens[opener].lower in subordinate and opener < i:
            pass  # …, da nach Angaben der Fluggesellschaft die Genehmigung … beantragt worden war
        elif tokens[opener].lower not in relatives or opener + 1 > i or self.ctx.is_cap(tokens[opener + 1]):
            return None  # …, die Polizei geht nach Angaben …: an article, not a relative pronoun
        if tokens[i].lower in w.nach and not self._nach_source_noun(view, i, w.nouns):
            return None
        if tokens[i].lower in self.ctx.lang.word_class("norm_prepositions") and not self._speaking_source(
            view, i + 1, w.nouns
        ):
            return None  # …, die gemäß der Entscheidung des Gerichts …: a norm, no source
        source = self.np.forward(view, i + plen)
        if source is None or source[1] > last:
            return None
        after = source[1]
        return tokens[c].start, (tokens[i].start, tokens[after].start), end

    def _preposition_report(
        self, view: SentenceView, i: int, plen: int, w: _AccordingWords
    ) -> tuple[int, tuple[int, int] | None] | None:
        """``Laut X, …`` (the report follows the source) or ``…, laut X, …`` (the source sits
        inside the report): (report start, source span or None); None when no source follows
        (``according to him``) or a ``nach`` is not an attribution."""
        tokens, low = view.tokens, view.tokens[i].lower
        if i + plen >= len(tokens) or not (
            self.ctx.starts_np(view, i + plen)
            or tokens[i + plen].lower in self._bare_source_nouns  # according to figures from …
            or named_source_end(view, i + plen)
            or i == 0
            and self._object_pronoun(tokens[i + plen])
        ):
            return None  # volgens hem, selon lui, according to him
        if (
            low in w.nach
            and any(x.text == "," for x in tokens[:i])
            and not self._main_clause_resumes(view, i)
        ):
            return None  # nach … inside a subordinate clause is rarely an attribution
        if low in w.nach and not self._nach_source_noun(view, i, w.nouns):
            return None
        if low in self.ctx.lang.word_class("norm_prepositions") and not self._speaking_source(
            view, i + 1, w.nouns
        ):
            return None  # gemäß der Regelung, gemäß dem Islam: a norm, no source
        after = self._skip_source(view, i + plen)
        if i == 0 and self.ctx.lang.uses("according.comma_after_source"):
            after = self._comma_after_source(view, after)
        if i == 0:  # Laut X, … : the report is what follows the source
            return (tokens[after].start if after < len(tokens) else view.sentence.start), None
        return view.sentence.start, ((tokens[i].start, tokens[after].start) if after < len(tokens) else None)

    def _speaking_source(self, view: SentenceView, j: int, nouns: frozenset) -> bool:
        """The phrase from token j names someone who speaks: a role, organisation or medium, or a
        word ending in one of the source ``nouns``, after a determiner and adjectives or bare
        (``gemäß einem Augenzeugen``, ``gemäß der Zeitung``, ``gemäß dem Bericht``, ``gemäß
        Polizeisprecher X``), or bare a name (``_bare_name``: ``gemäß Reuters``, ``gemäß Anna
        Berg``); not a norm (``gemäß der Regelung``, ``gemäß Artikel 5``, ``gemäß EU-Recht``)."""
        tokens, ctx = view.tokens, self.ctx
        k = j
        while k < len(tokens) and k <= j + 3 and (ctx.is_det(tokens[k]) or ctx.is_adj(tokens[k])):
            k += 1
        if k >= len(tokens) or not ctx.is_cap(tokens[k]):
            return False
        word = tokens[k].text
        return (
            ctx.is_role(word)
            or ctx.is_organisation(word)
            or ctx.is_media_noun(word)
            or word.lower().endswith(tuple(nouns))
            or k == j
            and self._bare_name(view, k)
        )

    def _bare_name(self, view: SentenceView, k: int) -> bool:
        """Token k, with no determiner before it, has a name's shape: a medium's name
        (``gemäß Reuters``, ``gemäß AFP``) or the first of two capitalised words, a given name
        and a surname (``gemäß Anna Berg``); not a bare noun (``gemäß Vertrag``, ``gemäß
        EU-Recht``) nor a noun before a number (``gemäß Artikel 5``, ``gemäß Paragraf 218``)."""
        tokens = view.tokens
        if tokens[k].text in media_aliases():
            return True
        return k + 1 < len(tokens) and self.ctx.is_cap(tokens[k + 1]) and not view.quoted[k + 1]

    def _main_clause_resumes(self, view: SentenceView, i: int) -> bool:
        """Token i stands in the main clause that resumes after a comma with its finite verb:
        ``Nachdem er krank war, geht es ihm nach Angaben der Ärzte gut``, ``Das Gesetz, das …,
        verstößt nach Ansicht des Gerichts gegen …``; the report is then the whole sentence."""
        c = view.clause_start(i)
        if not 0 < c < i or view.tokens[c - 1].text != ",":
            return False
        verb = view.tokens[c]
        return verb.lower in self.ctx.lang.word_class("auxiliaries") or (
            verb.text[:1].islower() and has_finite_verb(verb.text, self.ctx.lang.code)
        )

    def _nach_source_noun(self, view: SentenceView, i: int, nouns: frozenset) -> bool:
        """``nach`` followed (past up to three adjectives, determiners or a genitive name) by a
        capitalised source noun: ``nach Angaben``, ``nach Russlands Angaben``."""
        tokens, j = view.tokens, i + 1
        while (
            j < len(tokens)
            and j <= i + 3
            and (
                self.ctx.is_adj(tokens[j])
                or self.ctx.is_det(tokens[j])
                or tokens[j].text.endswith("s")
                and self.ctx.is_cap(tokens[j])  # Russlands Angaben
                and j + 1 < len(tokens)
                and self.ctx.is_cap(tokens[j + 1])
            )
        ):
            j += 1
        return j < len(tokens) and self.ctx.is_cap(tokens[j]) and tokens[j].lower.endswith(tuple(nouns))

    def _comma_after_source(self, view: SentenceView, after: int) -> int:
        """According to a CNBC survey of economists, …: where nouns are not capitalised, the
        lowercase words up to a comma within ten tokens belong to the source."""
        tokens = view.tokens
        comma = next(
            (
                c
                for c in range(after, min(after + 10, len(tokens)))
                if tokens[c].text == "," or view.quoted[c] or tokens[c].text in END_PUNCT
            ),
            None,
        )
        return comma if comma is not None and tokens[comma].text == "," else after

    def _postposition_report(self, view: SentenceView, i: int) -> tuple[int, tuple[int, int] | None]:
        """``Dem Bericht zufolge …`` (the report follows) or ``…, wie X zufolge …`` (the source
        inside the report): (report start, source span or None)."""
        tokens, start = view.tokens, view.sentence.start
        if self._skip_source(view, 0) == i and i + 1 < len(tokens):
            return tokens[i + 1].start, None
        first = self._source_start(view, i)
        if first is not None and i + 1 < len(tokens):
            return start, (tokens[first].start, tokens[i + 1].start)
        return start, None

    @staticmethod
    def _semicolon_after(view: SentenceView, i: int) -> int:
        """Offset of the first semicolon from token i on, else the sentence end (by bisection
        in the sentence's semicolons, listed once)."""
        semicolons = view.memo.get("semicolons")
        if semicolons is None:
            semicolons = view.memo["semicolons"] = [n for n, t in enumerate(view.tokens) if t.text == ";"]
        k = bisect.bisect_left(semicolons, i)
        return view.tokens[semicolons[k]].start if k < len(semicolons) else view.sentence.end

    def _source_start(self, view: SentenceView, i: int) -> int | None:
        """First token of the source phrase before ``zufolge`` at token i: capitalised words,
        determiners, adjectives and the language's ``postposition_links`` (des, von, und)."""
        tokens, ctx = view.tokens, self.ctx
        links = ctx.lang.attribution.get("postposition_links", ())
        j = i - 1
        while (
            j >= 0
            and (
                ctx.is_cap(tokens[j])
                or ctx.is_det(tokens[j])
                or ctx.is_adj(tokens[j])
                or tokens[j].lower in links
            )
            and not view.quoted[j]
        ):
            j -= 1
        return j + 1 if j + 1 < i else None
