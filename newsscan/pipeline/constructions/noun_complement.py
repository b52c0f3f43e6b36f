"""A speech noun with its source, then the reported clause: ``die Forderung der SPD, die Steuern
zu senken``, ``der Vorschlag des Ministers, dass …`` (``indirect.noun_complement``).

A speech noun right before the comma (``die Ansicht, dass …``) is a cue of its own (see
``FinderBase._cue_at``); here the noun carries an attribute that names whose demand, plan or
warning it is (a genitive or a ``von`` phrase), and that attribute is the speaker. Only a clause
that completes the noun is its content: a ``dass``/``ob`` clause or a zu-infinitive (a relative
clause after the comma, ``die Forderung der SPD, die …``, is none).
"""

from __future__ import annotations

from ...model import Token
from ..context import END_PUNCT, SentenceView
from .indirect import Indirect

ATTRIBUTE_REACH = 10  # tokens of the attribute between the noun and its comma
INFINITIVE_REACH = 40  # tokens after the comma searched for the end of a zu-infinitive
NAME_REACH = 4  # tokens of a name set off in commas after the attribute (ihres Trainers, Greg Poss, …)


class NounComplement(Indirect):
    """A speech noun, its source attribute and the clause that completes the noun."""

    def noun_complements(self) -> None:
        """Propose ``indirect.noun_complement`` for every capitalised speech noun outside
        quotation marks followed by its attribute, a comma and a completing clause."""
        if "indirect.noun_complement" not in self.allowed:
            return
        nouns = self.ctx.lang.speech_nouns
        for view in self.ctx.views:
            for i, t in enumerate(view.tokens):
                if t.lower in nouns and self.ctx.is_cap(t) and not view.quoted[i]:
                    self._propose_noun_complement(view, i)

    def _propose_noun_complement(self, view: SentenceView, i: int) -> None:
        """The candidate of the speech noun at token i, when ``_attribute_comma`` and
        ``_completing_clause`` find its parts."""
        found = self._attribute_comma(view, i)
        if found is None:
            return
        source, comma = found
        comma = self._past_name(view, comma)
        span = self._completing_clause(view, comma + 1)
        if span is None:
            return
        tokens = view.tokens
        last = comma - 2 if self._verb_end(view, comma - 1) else comma - 1
        speaker = (tokens[source].start, tokens[last].end)
        cue = tokens[i].text
        rule = "indirect.noun_complement"
        self._propose("indirect", *span, cue, tokens[i].start, rule=rule, speaker=speaker)

    def _attribute_comma(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """(first token of the source, index of the comma) when the noun at i is followed by a
        genitive or ``von`` attribute up to a comma: ``Forderungen von Politikern der SPD,``,
        ``Vorschlag des Ministers Max Muster (SPD),``; determiners, adjectives, capitalised
        words, source links and brackets only, no verb, and no time phrase as the source (``Die
        Forderung von Montag,``)."""
        tokens, ctx = view.tokens, self.ctx
        links = ctx.lang.word_class("source_links")
        j = i + 1
        if j >= len(tokens) or not self._attribute_opener(tokens[j]):
            return None
        source = j + 1 if tokens[j].lower in ctx.lang.word_class("agent_prepositions") else j
        while j < len(tokens) and j - i <= ATTRIBUTE_REACH:
            t = tokens[j]
            if t.text == ",":
                timely = all(x.lower in ctx.lang.time_words or ctx.is_det(x) for x in tokens[source:j])
                return (source, j) if j > source and not timely else None  # die Forderung von Montag
            if self._verb_end(view, j):
                j += 1
                continue  # lehnte den Vorschlag des Ministers ab, …: the particle of the clause's verb
            if view.quoted[j] or t.text in END_PUNCT or t.lower in ctx.lang.cue_forms:
                return None
            if not (ctx.is_det(t) or ctx.is_cap(t) or ctx.is_adj(t) or t.lower in links or t.text in "()"):
                return None
            j += 1
        return None

    def _verb_end(self, view: SentenceView, j: int) -> bool:
        """Token j, right before a comma and after a capitalised word or a bracket, is the verb
        (``_clause_end_verb``) that ends the clause whose object the noun is: ``lehnte den
        Vorschlag des Ministers (SPD) ab,``, ``hat die Forderung der Gewerkschaft unterstützt,``;
        no part of the source."""
        tokens = view.tokens
        if (
            j + 1 >= len(tokens)
            or tokens[j + 1].text != ","
            or view.quoted[j]
            or not tokens[j].text.islower()
        ):
            return False
        if not (self.ctx.is_cap(tokens[j - 1]) or tokens[j - 1].text == ")"):
            return False
        return self._clause_end_verb(tokens[j])

    def _attribute_opener(self, t: Token) -> bool:
        """A word that opens a noun's source attribute: a source link (``der``, ``des``,
        ``von``) or a genitive determiner (``ihres``, ``seiner``)."""
        links = self.ctx.lang.word_class("source_links")
        return t.lower in links or self.ctx.is_det(t) and t.lower.endswith(("es", "er"))

    def _past_name(self, view: SentenceView, comma: int) -> int:
        """Past a name set off in commas after the attribute (``ihres Trainers, Greg Poss,``):
        the index of the comma after it, else ``comma``."""
        tokens, j = view.tokens, comma + 1
        while j < len(tokens) and j - comma <= NAME_REACH and self.ctx.is_cap(tokens[j]):
            if view.quoted[j]:
                return comma
            j += 1
        if comma + 2 < j < len(tokens) and tokens[j].text == ",":
            return j
        return comma

    def _verb_final_end(self, view: SentenceView, k: int, end: int) -> int:
        """The end of the subordinate clause opened at token k, no later than ``end``: the first
        comma after a lowercase word (its verb, last in the clause) that no linked clause follows
        (``dass die Bäder schließen, stieß auf …``; not ``…, weil …``, ``…, die …``)."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        links = words("clause_links") | words("relative_pronouns") | words("subordinators")
        for m in range(k + 2, min(len(tokens) - 1, k + INFINITIVE_REACH)):
            if tokens[m].start >= end:
                break
            before, after = tokens[m - 1].text, tokens[m + 1].lower
            if tokens[m].text == "," and before.isalpha() and before.islower() and after not in links:
                return tokens[m].start
        return end

    def _completing_clause(self, view: SentenceView, k: int) -> tuple[int, int] | None:
        """The clause from token k that completes a speech noun, as character offsets: a
        ``dass``/``ob`` clause to its end, or a zu-infinitive up to the comma or sentence end
        where it closes (``die Bank zu boykottieren``, ``Frauen, die …, zu schützen``)."""
        tokens = view.tokens
        if k >= len(tokens) or view.quoted[k]:
            return None
        if tokens[k].lower in self.ctx.lang.word_class("subordinators"):
            return tokens[k].start, self._verb_final_end(view, k, self._content_end(view, k))
        infinitive = self.ctx.lang.rules.infinitive_clause
        if tokens[k].lower in self.ctx.lang.word_class("infinitive_openers"):
            return None  # der Appell des Königs, um ihn zu bitten: a purpose clause
        for m in range(k + 1, min(len(tokens), k + INFINITIVE_REACH)):
            if tokens[m].text == "," or m == len(tokens) - 1 and tokens[m].text in END_PUNCT:
                if infinitive(self.text[tokens[k].start : tokens[m].start]):
                    return tokens[k].start, tokens[m].start
        return None
