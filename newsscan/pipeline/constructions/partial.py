"""Partial quotes (type ``mixed``): a short quotation inside a sentence whose cue is outside the
quotation marks; it upgrades the statement it sits in, or stands as its own."""

from __future__ import annotations

import bisect
from dataclasses import replace

from ..context import QUOTE_OPENERS, SentenceView
from ..medium_names import medium_title
from ..prose import has_finite_verb
from .base import (
    _is_address,
    _words,
)
from .free_indirect import FreeIndirect
from .titles import labelled, title_words


class Partial(FreeIndirect):
    """Partial quotes inside a framed sentence."""

    def _nearest_cue(self, view: SentenceView, cues: list, offset: int) -> tuple[int, str]:
        """The cue whose start is nearest to ``offset`` (the earlier one on a tie), by bisection
        of the cues, which are in text order."""
        starts = self._cue_starts(view)
        k = bisect.bisect_left(starts, offset)
        if k == 0:
            return cues[0]
        if k == len(cues) or offset - starts[k - 1] <= starts[k] - offset:
            return cues[k - 1]
        return cues[k]

    def _host_at(self, offset: int) -> int | None:
        """The report that contains ``offset``: an indirect one, or one a quotation before
        already made mixed (``warned that the state "will not sit on our hands" if the situation
        "becomes uncontrollable"``: the second quotation is part of the same report)."""
        host = self._statement_at(offset, "indirect")
        return host if host is not None else self._statement_at(offset, "mixed")

    def _title_or_scare_quote(self, view: SentenceView, q, words: list) -> bool:
        """Where lowercase words can be nouns (``nominal.lowercase_noun``): a title in title case,
        every word of four letters or more capitalised (after playing "Takin' It to the
        Streets"), or one quoted word between a determiner and a lowercase word that is no
        function word or verb (the "interim" government, a "VIP" guest: a scare quote)."""
        lang = self.ctx.lang
        if not lang.uses("nominal.lowercase_noun"):
            return False
        long = [w for w in words if len(w) > 3]
        if len(words) >= 2 and long and all(w[:1].isupper() for w in long) and words[0][:1].isupper():
            return True
        if len(words) != 1:
            return False
        k, after = view.index_at(q.open), view.first_at_or_after(q.close)
        if not k or after is None or not self.ctx.is_det(view.tokens[k - 1]):
            return False
        nxt = view.tokens[after]
        function = lang.word_class("prepositions") | lang.word_class("infinitive_markers") | lang.finite_words
        return (
            nxt.text[:1].isalpha()
            and nxt.text[:1].islower()
            and nxt.lower not in function | lang.word_class("coordinators")
        )

    def _name_given(self, view: SentenceView, i: int) -> bool:
        """The naming verb at token i gives a name rather than a verdict when it names with no
        speaker: reflexively or with an impersonal subject in its own clause (``nennt sich
        „documenta 12“``, ``das sich selbst „Allianz für …“ nennt``, ``Dies nennt man einen
        „Aktiensplit“``), or as a participle with its prefix and no auxiliary (``„der Dicke“
        genannt, galt er …``). A verdict keeps its speaker: ``nannte den Plan „fahrlässig“``,
        ``nannte sich selbst einen „Brückenbauer“`` (an article before the quotation),
        ``wurde als „Wortbruch“ bezeichnet``, ``hat sich informiert und sprach von „…“``."""
        lang, tokens = self.ctx.lang, view.tokens
        if not any("naming" in v.kind for v in lang.cue_forms.get(tokens[i].lower, ())):
            return False
        words = lang.word_class
        clause = self._own_clause(view, i)
        if any(t.lower in words("impersonal_subjects") for t in clause):
            return True
        if any(t.lower in words("reflexive_pronouns") for t in clause):
            # nannte sich selbst einen „Brückenbauer“: an article before the quotation describes
            return not any(self.ctx.is_det(a) and b.text in QUOTE_OPENERS for a, b in zip(clause, clause[1:]))
        prefixes = tuple(words("participle_prefixes"))
        return (
            bool(prefixes)
            and tokens[i].lower in lang.participles
            and tokens[i].lower.startswith(prefixes)
            and not any(t.lower in words("auxiliaries") for t in clause)
        )

    def _after_article(self, view: SentenceView, k: int | None) -> bool:
        """Token k (a quotation's opening mark) follows an article, or an article and one
        adjective: ``der „Bild am Sonntag“``, ``der neue „Oberste Rat“``, ``die französische
        „Allianz für den Planeten“``."""
        if not k:
            return False
        before = view.tokens[k - 1]
        if self.ctx.is_det(before):
            return True
        return k > 1 and self.ctx.is_adj(before) and self.ctx.is_det(view.tokens[k - 2])

    def _definite_name(self, view: SentenceView, k: int | None, words: list) -> bool:
        """Right after a definite article (``[definite_determiners]``), a quotation whose first
        two words are capitalised and that has a name's shape (``_name_shape``) is a name, however
        long and with a verb in it: ``von der „Aktion Deutschland hilft“``, ``des „XXXII Grand
        Prix de la Ville“``; not ``diese „Politik der Angst“`` (a lowercase second word), ``der
        „Angst Europas vor den eigenen Bürgern“`` nor ``einen „Akt der Willkür“``.

        >>> # Ein Sprecher der „Aktion Kinder helfen“ sagte, …  -> a name
        """
        if not k or len(words) < 2 or not (words[0][:1].isupper() and words[1][:1].isupper()):
            return False
        definite = view.tokens[k - 1].lower in self.ctx.lang.word_class("definite_determiners")
        return definite and self._name_shape(words)

    def _name_shape(self, words: list) -> bool:
        """No lowercase word after the second that is no title word (``titles.title_words``) and
        follows one: a name writes its adjectives capitalised, so ``vor den eigenen Bürgern`` is
        prose; its verb follows a capitalised word (``Aktion Kinder brauchen Brot``)."""
        small = title_words(self.ctx)
        return not any(
            w[:1].islower() and w.lower() not in small and words[n - 1].lower() in small
            for n, w in enumerate(words[2:], 2)
        )

    def _name_then_calling(self, view: SentenceView, q) -> bool:
        """The quotation is the name that a comparison clause of calling right after it gives:
        ``der neue „Oberste Rat für die Demokratie“, wie sich die Junta selbst nennt, …``."""
        after = view.first_at_or_after(q.close)
        if after is None or view.tokens[after].text != ",":
            return False
        end = view.clause_last(after + 1)
        return end is not None and self._calling_clause(view, after + 1, end + 1)

    def _source_named(self, view: SentenceView, q, i: int) -> bool:
        """The quotation stands between a comparison opener and its cue, where the source is
        named (``Wie „heise online“ berichtet, …``, ``Wie die „Aktion Kinder helfen“ heute
        mitteilte, …``): it is the source's name, not words said."""
        k = view.index_at(q.open)
        if k is None or view.tokens[i].start < q.close:
            return False
        start = self._clause_start(view, i)
        return start <= k and view.tokens[start].lower in self.ctx.lang.word_class("comparison_openers")

    def _own_clause(self, view: SentenceView, i: int) -> list:
        """The tokens of the clause of token i, cut at clause punctuation and at a coordinator
        (``hat sich informiert und sprach von …``: the clause of ``sprach`` starts after ``und``)."""
        tokens, coordinators = view.tokens, self.ctx.lang.word_class("coordinators")
        start = self._clause_start(view, i)
        end = view.clause_last(i)
        end = i if end is None else end
        for n in range(i - 1, start - 1, -1):
            if tokens[n].lower in coordinators and not view.quoted[n]:
                start = n + 1
                break
        for n in range(i + 1, end + 1):
            if tokens[n].lower in coordinators and not view.quoted[n]:
                end = n - 1
                break
        return tokens[start : end + 1]

    def partial(self, quoted: list) -> None:
        for q in quoted:
            inner = self.text[q.start : q.end]
            words = _words(inner)
            if medium_title(inner):
                continue  # zei tegen "de Volkskrant": a medium's title, not words said
            host = self._host_at(q.open)
            if host is not None:
                if len(words) >= 2:
                    self.out[host] = replace(self.out[host], type="mixed")
                continue
            view = self._view_at(q.open)
            k = view.index_at(q.open)
            if k and self.ctx.is_media_noun(view.tokens[k - 1].text):
                continue  # die Zeitung „…“: a title
            if labelled(self.ctx, view, q):
                continue  # unter dem Motto „…“, der Film „…“: a motto or a title
            cues, naming = self._sentence_cues(view)
            if (
                not naming
                and self._after_article(view, k)
                and inner.strip()[:1].isupper()
                and (
                    len(words) <= 5
                    and not has_finite_verb(inner, self.ctx.lang.code)
                    or self._definite_name(view, k, words)
                )
            ):
                continue  # der „Bild am Sonntag“, the "Fast and Furious" films: a title
            word_quote = (
                len(words) == 1 and inner.strip()[:1].islower()
            )  # a single quoted word such as „unfair“
            if not (naming or word_quote) and (len(words) < 2 or all(w[:1].isupper() for w in words)):
                continue
            if self._title_or_scare_quote(view, q, words) or self._name_then_calling(view, q):
                continue
            if _is_address(inner.strip()):
                continue  # „news.bbc.co.uk“: an address, not a quote
            if cues:
                i, cue = self._nearest_cue(view, cues, q.open)
                if q.start <= view.tokens[i].start < q.end:
                    continue  # the quoted word is the cue itself
                if self._name_given(view, i):
                    continue  # nennt sich „documenta 12“: a name, not words said
                if self._source_named(view, q, i):
                    continue  # Wie „heise online“ berichtet, …: the source's name
                self._add(
                    "mixed",
                    q.start,
                    q.end,
                    cue=cue,
                    cue_start=view.tokens[i].start,
                    rule="mixed.partial_quote",
                )
