"""The noun-phrase chunker: the phrase that starts at a token (forward) or ends before it (backward),
with determiners, titles, honorifics, names, appositions and postmodifiers, and whether a phrase
names a medium."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang import media_aliases
from .context import CLAUSE_PUNCT, QUOTE_MARKS, Context, SentenceView

INVERSION = re.compile(r"-t-(il|elle|ils|elles|on)$|^\w+-(il|elle|ils|elles)$")  # a-t-il, dit-elle

ROLE_LIKE_ENDINGS = ("in", "er", "ent", "ist", "eur", "or", "ant", "är", "at")


@lru_cache(maxsize=1)
def _media_names() -> frozenset:
    return frozenset(alias.lower() for alias in media_aliases())  # case forms included


@lru_cache(maxsize=1)
def _media_words() -> int:
    """The most words a medium's name has: a longer run of words cannot be one."""
    return max((len(m.split()) for m in _media_names()), default=0)


@lru_cache(maxsize=1)
def _media_prefixes() -> frozenset:
    return frozenset(" ".join(m.split()[:k]) for m in _media_names() for k in range(1, len(m.split()) + 1))


def _possessive(tokens: list, j: int) -> bool:
    """An apostrophe closing a plural possessive (the players' union): part of the phrase."""
    return (
        tokens[j].text in "'’"
        and j > 0
        and tokens[j - 1].end == tokens[j].start
        and tokens[j - 1].lower.endswith("s")
        and j + 1 < len(tokens)
        and tokens[j + 1].text[:1].isalpha()
    )


def _particle_chain(ctx: Context, tokens: list, k: int) -> int:
    """End of a run of name particles starting at k (``von der``, ``de la``); k when there is
    none. In German a run opens with a particle that is not an article (``der Union`` is no name);
    where nouns are lowercase, a capitalised word after an article is a name (Hugo de Jonge)."""
    particles = ctx.lang.word_class("name_particles")
    if (
        k >= len(tokens)
        or tokens[k].lower not in particles
        or ctx.is_det(tokens[k])
        and ctx.lang.capitalised_nouns
    ):
        return k
    m = k + 1
    while m < len(tokens) and tokens[m].lower in particles and m - k < 3:
        m += 1
    return m


def _opens_name(ctx: Context, tokens: list, a: int, end: int) -> bool:
    """``Von der Leyen`` opening a phrase that ends at ``end``: capitalised particles, then
    one surname. A lone preposition (Von Experten, Zu Beginn) does not open a name."""
    m = _particle_chain(ctx, tokens, a)
    if m == a or m + 1 != end or not tokens[a].text[:1].isupper() or not ctx.is_cap(tokens[m]):
        return False
    lone_preposition = m - a == 1 and (
        tokens[a].lower in ctx.lang.word_class("prepositions")
        or tokens[a].lower in ctx.lang.word_class("stop_after_cue")
    )
    return (
        not lone_preposition and not ctx.is_role(tokens[m].text) and not ctx.is_organisation(tokens[m].text)
    )


class Chunker:
    """The noun-phrase chunker of one document: phrases forward from a token or backward from it."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.lang = ctx.lang
        self.postmod = ctx.lang.word_class("postmodifiers")
        self.source_nouns = frozenset(ctx.lang.attribution.get("source_nouns", ()))
        self.stop = ctx.lang.word_class("stop_after_cue") | ctx.lang.word_class("adverb_starters")
        self.media = _media_names()
        self.media_prefixes = _media_prefixes()

    def is_pronoun(self, t) -> bool:
        return t.lower in self.lang.pronouns

    def _is_source_noun(self, t) -> bool:
        return t.lower in self.source_nouns

    def _cap_ok(self, view, j) -> bool:
        t = view.tokens[j]
        return (
            self.ctx.is_nominal(t)
            and not view.quoted[j]
            and t.lower not in self.stop
            and (j > 0 or t.lower not in self.lang.cue_forms)
        )

    def forward(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        tokens, n = view.tokens, len(view.tokens)
        if i >= n or view.quoted[i]:
            return None
        if self.is_pronoun(tokens[i]):
            return i, i + 1
        j = i
        det = self.ctx.is_det(tokens[j])
        if det:
            j += 1
        while j < n and (self.ctx.is_adj(tokens[j]) or _possessive(tokens, j)) and not view.quoted[j]:
            j += 1
        if (
            det
            and j < n
            and not self.lang.capitalised_nouns
            and self._is_source_noun(tokens[j])
            and not view.quoted[j]
        ):
            j += 1  # a report (also a verb form) by …
        caps = 0
        first_cap = j
        while j < n and (
            self._cap_ok(view, j)
            or (
                caps
                and tokens[j].text == "."
                and (
                    tokens[j - 1].lower in self.lang.honorifics  # Dr. X
                    or len(tokens[j - 1].text) == 1
                    and tokens[j - 1].text.isupper()  # Melissa C. Jackson
                    and j + 1 < n
                    and self._cap_ok(view, j + 1)
                )
            )
            or caps
            and self._particles_then_name(view, j)
        ):
            j += 1
            caps += 1
            # a medium right before another name (zitierte Reuters Frau X, die Nachrichtenagentur
            # KCNA Kim Yo Jong) ends the phrase
            if (
                j < n
                and self._cap_ok(view, j)
                and any(
                    so_far in self.media and f"{so_far} {tokens[j].lower}" not in self.media_prefixes
                    for so_far in (
                        " ".join(t.text for t in tokens[a:j]).lower()
                        for a in range(max(first_cap, j - _media_words()), j)
                    )
                )
            ):
                break
        if not self.lang.capitalised_nouns and caps:
            k = j  # a Chinese coast guard spokesperson: lowercase words up to a role noun
            while k < n and k - j < 3 and self.ctx.is_adj(tokens[k]) and not self.ctx.is_role(tokens[k].text):
                k += 1
            if j < k < n and tokens[k].text[:1].islower() and self.ctx.is_role(tokens[k].text):
                j = k + 1
        if not caps:
            if det and j > i + 1 and not self.lang.capitalised_nouns and tokens[j - 1].lower not in self.stop:
                if (
                    self._is_source_noun(tokens[j - 1])
                    and j < n
                    and (
                        tokens[j].lower in self.postmod
                        or tokens[j].lower in self.lang.word_class("source_prepositions")
                    )
                ):
                    return i, self._postmodifier(view, j)  # a report by The New York Times
                return i, j  # le rapport, the report: a common noun after an article
            return None
        if not self.lang.capitalised_nouns and self.ctx.is_role(tokens[j - 1].text):
            k = j  # secrétaire nationale des …, secretario general del …
            while (
                k < n
                and self.ctx.is_adj(tokens[k])
                and tokens[k].lower not in self.postmod
                and not view.quoted[k]
                and k - j < 2
            ):
                k += 1
            if j < k < n and (tokens[k].lower in self.postmod or tokens[k].text in (",", ";", ".", "!", "?")):
                j = k
            elif j < k < n and self._cap_ok(view, k):
                j = k  # il presidente sudcoreano Yoon Suk Yeol: the name after the adjective
                while j < n and self._cap_ok(view, j):
                    j += 1
        head = tokens[j - 1]
        if (
            self._is_source_noun(head)
            and j < n
            and self.ctx.is_adj(tokens[j])
            and self.lang.capitalised_nouns
        ):
            k = j  # Angaben libanesischer Sicherheitskreise: a genitive with no article
            while k < n and self.ctx.is_adj(tokens[k]) and not view.quoted[k]:
                k += 1
            m = k
            while m < n and self._cap_ok(view, m):
                m += 1
            if m > k:
                return i, m
        if (
            j < n
            and tokens[j].lower in self.postmod
            and (
                det
                or self.ctx.is_role(head.text)
                or self.ctx.is_organisation(head.text)
                or self._is_source_noun(head)
                or j - i > caps
            )
        ):
            j = self._postmodifier(view, j)
            if not self.lang.capitalised_nouns:
                k = j  # du gouvernement japonais, : an adjective after the post-modifier
                while k < n and k - j < 2 and self.ctx.is_adj(tokens[k]) and not view.quoted[k]:
                    k += 1
                if j < k and (
                    k == n
                    or tokens[k].text in (",", ";")
                    or tokens[k].text in ".!?"
                    or tokens[k].lower in self.postmod
                ):
                    j = k
        return i, j

    def _postmodifier(self, view: SentenceView, j: int, depth: int = 2) -> int:
        """End of ``des Bundesamts``, ``del Partito democratico``, ``del Sindicato de Inquilinas``
        starting at the post-modifier word at j (j itself when no name follows it)."""
        tokens, n = view.tokens, len(view.tokens)
        m = j + 1
        if m < n and self.ctx.is_det(tokens[m]):
            m += 1
        while m < n and self.ctx.is_adj(tokens[m]):
            m += 1
        caps2 = 0
        links = self.lang.word_class("name_links")
        while m < n and (
            self._cap_ok(view, m)
            or caps2
            and m + 1 < n
            and self._cap_ok(view, m + 1)
            and (
                not self.lang.capitalised_nouns
                and self.ctx.is_adj(tokens[m])  # Partito democratico Elly
                or tokens[m].lower in links
            )
        ):  # für Planung und Investitionen
            m += 1
            caps2 += 1
        if not caps2:
            return j
        if depth > 1 and m < n and tokens[m].lower in self.postmod:
            return self._postmodifier(view, m, depth - 1)
        return m

    def _particles_then_name(self, view: SentenceView, j: int) -> bool:
        """Hugo de Jonge, Lula da Silva: name particles at j, then a capitalised surname."""
        prev = view.tokens[j - 1]
        if not self.ctx.is_cap(prev) or self.ctx.is_role(prev.text) or self.ctx.is_organisation(prev.text):
            return False  # der Präsident von Frankreich: a role's post-modifier
        m = _particle_chain(self.ctx, view.tokens, j)
        return m > j and m < len(view.tokens) and self._cap_ok(view, m) and not view.tokens[m].text.isupper()

    def backward(self, view: SentenceView, i: int, clause_start: bool = True) -> tuple[int, int] | None:
        """A noun phrase ending right before token i (and, if asked, opening its clause):
        ``Der Beamte sagte``, ``wie EADS gestern mitteilte``, ``X (Partei) sagte``."""
        tokens = view.tokens
        if i > 0 and tokens[i - 1].text == "," and clause_start:
            return self._apposition(view, i)
        if i > 0 and self.is_pronoun(tokens[i - 1]) and self._at_clause_start(view, i - 1):
            return i - 1, i
        j = i - 1
        while j > 0 and self._is_adverb(tokens[j]):  # wie EADS gestern mitteilte
            j -= 1
        i = j + 1
        j = self._phrase_back(view, j)
        while i - 1 > j + 1 and (self.ctx.is_det(tokens[i - 1]) or tokens[i - 1].lower in self.postmod):
            i -= 1  # … for the | state: a phrase does not end in "for the"
        a, trimmed = self._trim_front(view, j + 1, i)
        if not self._names_speaker(view, a, i):
            return None
        if (
            tokens[a].lower in self.postmod
            and not self.ctx.is_det(tokens[a])
            and not self._opens_name_at(view, a, i)
        ):
            return None
        if clause_start and (trimmed or not self._at_clause_start(view, a)):
            return None
        return a, i

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
            while k > 0 and tokens[k].text not in QUOTE_MARKS and j - k <= 6:
                k -= 1
            return k - 1 if k > 0 and tokens[k].text in QUOTE_MARKS and j - k <= 6 else j - 1
        if t.text == "." and j > 0 and tokens[j - 1].lower in self.lang.honorifics:
            return j - 1  # Mr. Chinh said
        if t.text == ")":  # a parenthesis inside the phrase: X (Partei) sagte
            k = j
            while k >= 0 and tokens[k].text != "(":
                k -= 1
            return None if k <= 0 else k - 1
        return j - 1 if self._phrase_word_back(view, j) else None

    def _phrase_word_back(self, view: SentenceView, j: int) -> bool:
        """Token j can belong to a noun phrase: nominal, adjective, determiner, postmodifier, an
        inner preposition after a capitalised word (Ministerium für …) or, where nouns are not
        capitalised, a lowercase word after a determiner."""
        tokens, t = view.tokens, view.tokens[j]
        noun_use = j > 0 and (self.ctx.is_det(tokens[j - 1]) or tokens[j - 1].lower in self.postmod)
        return bool(
            self.ctx.is_nominal(t)
            or self.ctx.is_adj(t)
            or self.ctx.is_det(t)
            or t.lower in self.postmod
            or t.lower in self.lang.word_class("inner_prepositions")
            and j > 0
            and self.ctx.is_cap(tokens[j - 1])
            or not self.lang.capitalised_nouns
            and noun_use
            and t.text[:1].islower()
        )

    def _opens_name_at(self, view: SentenceView, a: int, i: int) -> bool:
        """A name opens the clause at token a: ``Von der Leyen sagte``."""
        return _opens_name(self.ctx, view.tokens, a, i) and self._at_clause_start(view, a)

    def _trim_front(self, view: SentenceView, a: int, i: int) -> tuple[int, bool]:
        """Drop stop words and postmodifiers before the phrase [a, i) unless a name opens there;
        whether a word other than a clause link or focus particle at the clause start was dropped."""
        tokens, trimmed = view.tokens, False
        while (
            a < i
            and (
                tokens[a].lower in self.stop
                or tokens[a].lower in self.postmod
                and not self.ctx.is_det(tokens[a])
            )
            and not self._opens_name_at(view, a, i)
        ):
            trimmed = trimmed or not (
                (
                    tokens[a].lower in self.lang.word_class("clause_links")
                    or tokens[a].lower in self.lang.word_class("focus_particles")
                )
                and self._at_clause_start(view, a)
            )
            a += 1
        return a, trimmed

    def _names_speaker(self, view: SentenceView, a: int, i: int) -> bool:
        """The phrase [a, i) can name a speaker: it has a nominal that is no stop word,
        determiner or anaphoric subject (or, where nouns are not capitalised, is a determiner
        with lowercase words: "The utility said"), and is not a time phrase or lone adverb."""
        tokens = view.tokens
        function_words = self.lang.word_class("anaphoric_subjects")
        common_noun_phrase = (
            not self.lang.capitalised_nouns
            and a < i - 1
            and self.ctx.is_det(tokens[a])
            and all(t.text[:1].islower() and t.text[:1].isalpha() for t in tokens[a + 1 : i])
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
            or (i - a == 1 and self._is_adverb(tokens[a]))
        )

    def _apposition(self, view: SentenceView, i: int):
        """The subject before an apposition or a relative clause set off by commas:
        ``Herr X, ehemaliger Minister, forderte``; ``Der Direktor des Amtes, Vorname Name, sagte``;
        ``X, die … hatte, sagte``. A name in the apposition is returned as a third item."""
        tokens = view.tokens
        p = i - 2
        while p >= 0 and not view.quoted[p]:
            if tokens[p].text == ")":  # …, chief economist at the Office (ONS), said
                while p > 0 and tokens[p].text != "(":
                    p -= 1
            elif tokens[p].text in CLAUSE_PUNCT:
                break
            p -= 1
        if p <= 0 or tokens[p].text != "," or p + 1 >= i - 1:
            return None
        inner = tokens[p + 1 : i - 1]
        outer = self.backward(view, p, True)
        if outer is None or len(outer) > 2:
            return None
        if all(self.ctx.is_cap(t) and not self.ctx.is_role(t.text) for t in inner) and len(inner) <= 4:
            return outer[0], outer[1], (p + 1, i - 1)
        first = inner[0].lower
        relative_words = self.lang.word_class("relative_pronouns")
        relative = first in relative_words or (
            first in self.postmod | self.lang.word_class("prepositions")
            and len(inner) > 1
            and inner[1].lower in relative_words
        )
        if (
            relative
            or any(self.ctx.is_role(t.text) for t in inner)
            or (self.ctx.is_det(inner[0]) or self.ctx.is_adj(inner[0]))
            and any(self.ctx.is_cap(t) for t in inner)
        ):
            return outer
        return None

    def _is_adverb(self, t) -> bool:
        low = t.lower
        return (low in self.stop and t.text[:1].islower()) or (
            len(low) > 4 and low.endswith(tuple(self.lang.word_class("adverb_endings")))
        )

    def _at_clause_start(self, view, a) -> bool:
        if a == 0:
            return True
        prev = view.tokens[a - 1]
        if (
            prev.lower in self.lang.word_class("relative_pronouns") and a >= 2
        ):  # …, von dem die Polizei glaubt
            before = view.tokens[a - 2]
            return before.text == "," or before.lower in self.postmod | self.lang.word_class("prepositions")
        if prev.lower in self.lang.word_class("focus_particles"):  # Auch die Ministerin sagte
            return self._at_clause_start(view, a - 1)
        return (
            prev.text in CLAUSE_PUNCT
            or prev.text in QUOTE_MARKS
            or prev.lower in self.lang.word_class("clause_links")
            or view.quoted[a - 1]
        )

    def is_medium(self, view, span) -> bool:
        a, b = span[:2]
        words = [t.text for t in view.tokens[a:b] if not self.ctx.is_det(t)]
        return " ".join(words).lower() in self.media or any(
            self.ctx.is_media_noun(t.text) for t in view.tokens[a:b]
        )
