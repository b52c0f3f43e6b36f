"""The clause after a cue's object: a @directive verb's infinitive (``urged voters to stay
home``, ``called on the council to act``, ``a demandé aux habitants de rester``) and an
accusation's gerund clause (``accused the firm of hiding losses``)."""

from __future__ import annotations

from ...lang import Verb
from ..context import CLAUSE_PUNCT, END_PUNCT, SentenceView
from .reports import Reports

DIRECTIVE = Verb("call on", None, "directive")  # a cue phrase of ``[directive_phrases]``


class DirectiveReports(Reports):
    """Finding the clause a directive or accusing cue takes after its object."""

    def _clause_after_object(self, view: SentenceView, k: int, verbs: tuple) -> tuple[int, int] | None:
        """The clause that follows the cue's object, the object left out: ``urged voters to stay
        home`` (a @directive verb) gives ``to stay home``, from the infinitive marker on;
        ``accused the firm of hiding losses`` (an @accusation verb) gives ``hiding losses``, after
        the preposition of ``[accusation_prepositions]``. None when the marker is not within eight
        words before a comma or a quotation, or the word after it is capitalised."""
        words, tokens = self.ctx.lang.word_class, view.tokens
        kinds = {kind for v in verbs for kind in v.kind.split("+")}
        if "directive" in kinds:
            markers, skip = words("infinitive_markers"), 0  # asked ministries to speed up …
        elif "accusation" in kinds:
            markers, skip = words("accusation_prepositions"), 1  # accused China of using …
        else:
            return None
        for n in range(k, min(k + 8, len(tokens) - 1)):
            if tokens[n].text in CLAUSE_PUNCT or view.quoted[n]:
                return None
            if tokens[n].lower in markers and (tokens[n + 1].text[:1].islower() or view.quoted[n + 1]):
                if skip and not any(
                    t.lower.endswith(tuple(words("gerund_endings"))) for t in tokens[n + 1 : n + 4]
                ):
                    return None  # accused him of fraud: a noun phrase, no clause
                if not skip and n > k and tokens[n - 1].lower in words("negations"):
                    n -= 1  # warned residents not to approach …: the negation stays in the content
                return tokens[n + skip].start, self._infinitive_end(view, n, self._content_end(view, n))
        return None

    def _directive_phrase(self, view: SentenceView, i: int) -> int:
        """The length of a fixed cue phrase of ``[directive_phrases]`` at token i, whose object
        takes an infinitive as a @directive verb's does, else 0: ``called on the council to
        act`` (2: the report is ``to act``); ``called the plan a sham`` (0: a naming); ``called
        on the house to check …`` (0: a visit, its object a thing)."""
        if i + 1 >= len(view.tokens) or view.quoted[i + 1]:
            return 0
        pair = f"{view.tokens[i].lower} {view.tokens[i + 1].lower}"
        if pair not in self.ctx.lang.word_class("directive_phrases"):
            return 0
        return 0 if self._thing_addressed(view, i + 2) else 2

    def _thing_addressed(self, view: SentenceView, k: int) -> bool:
        """The object at token k of a directive phrase is a thing, not an addressee: a definite
        determiner, then lowercase words up to the infinitive marker, none a role noun, an
        organisation, a firm or a collective (``called on the house to check on …``); not
        ``called on the council to act``, ``on the “interim” government to …``, ``on the
        residents to leave``, ``on the public to …``, ``on the Pentagon to …``."""
        tokens, words, ctx = view.tokens, self.ctx.lang.word_class, self.ctx
        if k >= len(tokens) or tokens[k].lower not in words("definite_determiners"):
            return False
        for t in tokens[k + 1 : k + 7]:
            if t.lower in words("infinitive_markers"):
                return True
            if t.text.isalpha() and (
                not t.text.islower()
                or ctx.is_role(t.text)
                or ctx.is_organisation(t.text)
                or ctx.is_company_noun(t.text)
                or t.lower in words("group_sources") | words("collective_addressees")
            ):
                return False
        return False

    def _directive_infinitive(self, view: SentenceView, k: int, verbs: tuple) -> tuple[int, int] | None:
        """A @directive verb's infinitive opened by a word of ``[directive_markers]`` within eight
        words after the cue, its addressee left out, in languages with no infinitive marker of
        their own: ``a demandé aux habitants de rester chez eux`` gives ``rester chez eux``;
        ``ha chiesto di riferire in Aula``, ``instó al Gobierno a actuar``. The word after the
        marker (past a negation or a clitic) must end as an infinitive: not ``a demandé la
        démission de Paul``, ``ha chiesto il rinvio di tre mesi``. An indefinite article or a
        number before the marker makes the object a thing asked for, not an addressee: not ``a
        demandé une peine de quatre ans``, ``pidió una reunión a partir del lunes``. None at a
        comma or quotation."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        markers = words("directive_markers")
        if not markers or not any("directive" in v.kind.split("+") for v in verbs):
            return None
        for n in range(k, min(k + 8, len(tokens) - 1)):
            if tokens[n].text in CLAUSE_PUNCT or tokens[n].text in END_PUNCT or view.quoted[n]:
                return None
            if tokens[n].lower in words("indefinite") or tokens[n].lower in words("number_words"):
                return None  # a demandé une peine de quatre ans, ha chiesto un incontro a partire da …
            if tokens[n].lower in markers and self._infinitive_at(view, n + 1):
                return tokens[n + 1].start, self._infinitive_end(view, n, self._content_end(view, n))
        return None

    def _infinitive_at(self, view: SentenceView, m: int) -> bool:
        """Token m, past up to two negations or clitic pronouns, is a lowercase infinitive by
        its ending (``rester``, ``ne pas céder``, ``se mobiliser``, ``votarem``); in a language
        with an infinitive marker, that marker and a lowercase word close the clause from m
        within eight words, before any comma (``om binnen te blijven``)."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        if words("infinitive_markers"):
            return self._marked_infinitive(view, m)
        clitics = words("negations") | words("object_pronouns") | words("reflexive_pronouns")
        for t in tokens[m : m + 3]:
            if t.lower.rstrip("'’") in clitics:
                continue
            return (
                t.text.isalpha()
                and t.text.islower()
                and len(t.text) > 3
                and t.lower.endswith(tuple(words("infinitive_endings")))
            )
        return False

    def _marked_infinitive(self, view: SentenceView, m: int) -> bool:
        """An infinitive marker and a lowercase word within eight words from token m, before any
        comma or quotation: ``(om) de lonen te verhogen``; not ``(om) vrijspraak.``"""
        tokens, markers = view.tokens, self.ctx.lang.word_class("infinitive_markers")
        for n in range(m, min(m + 8, len(tokens) - 1)):
            if tokens[n].text in CLAUSE_PUNCT or tokens[n].text in END_PUNCT or view.quoted[n]:
                return False
            if tokens[n].lower in markers and tokens[n + 1].text.isalpha() and tokens[n + 1].text.islower():
                return True
        return False

    def _infinitive_end(self, view: SentenceView, n: int, end: int) -> int:
        """A directive's infinitive content starting at token n ends before a coordinator and a
        past form, which continues the frame, not the infinitive: ``asked the firm to undo the
        deal and returned the money`` (``and return`` would go on with the infinitive)."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        past = tuple(words("past_endings"))
        for m in range(n + 2, len(tokens) - 1):
            if tokens[m].start >= end:
                break
            nxt = tokens[m + 1].lower
            if tokens[m].lower in words("coordinators") and not view.quoted[m + 1]:
                if nxt in words("irregular_pasts") or len(nxt) > 4 and nxt.endswith(past):
                    return tokens[m].start
            if tokens[m].text == "," and self._auxiliary_frame_at(view, m):
                return tokens[m].start
        return end

    def _auxiliary_frame_at(self, view: SentenceView, m: int) -> bool:
        """After the comma at m an auxiliary, a cue and its speaker phrase close the sentence: a
        closing frame the report's end does not see (``…, ha riferito la prefettura.``, ``…, a
        indiqué la préfecture.``), so a directive's infinitive ends before it."""
        tokens = view.tokens
        if (
            m + 3 >= len(tokens)
            or view.quoted[m]
            or tokens[m + 1].lower not in self.ctx.lang.word_class("auxiliaries")
        ):
            return False
        if not self.ctx.cue_verbs(view, m + 2):
            return False
        span = self.np.forward(view, m + 3)
        return span is not None and (span[1] >= len(tokens) or tokens[span[1]].text in END_PUNCT)
