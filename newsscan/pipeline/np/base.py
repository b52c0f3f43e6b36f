"""The words a noun phrase is made of (media names, possessives, name particles) and the
predicates both chunking directions use."""

from __future__ import annotations

from functools import lru_cache

from ...lang import media_aliases
from ..context import CLAUSE_PUNCT, QUOTE_MARKS, Context, SentenceView
from .ellipsis import ellipsis_link
from .particles import unbound_particle

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


def past_party_tag(tokens: list, c: int) -> int:
    """The token after a short tag in parentheses at token c (a party, a state, an age: ``Maria
    Gill (SPD)``, ``Marie Daguet (LFI)``, ``Ann Lee (D-Ohio)``, ``Ann Lee (45)``): up to four
    tokens, no comma and no lowercase word inside; else c.

    >>> # Die Vorsitzende, Maria Gill (SPD), sagte …   -> after ``)``
    >>> # Die Vorsitzende, Maria Gill (die seit 2019 im Amt ist), …  -> c (too long)
    """
    if c >= len(tokens) or tokens[c].text != "(":
        return c
    close = next((k for k in range(c + 1, min(c + 6, len(tokens))) if tokens[k].text == ")"), None)
    if close is None or not is_tag(tokens[c + 1 : close]):
        return c  # (who resigned), (die seit Mai …): a clause, no tag
    return close + 1


def is_tag(words: list) -> bool:
    """Words that make a short tag after a name (a party, a state, an age: ``SPD``, ``R-Ky.``,
    ``45``): some, no comma and no lowercase word."""
    return (
        bool(words)
        and not any(w.text == "," or w.text[:1].islower() for w in words)
        and any(w.text[:1].isalnum() for w in words)
    )


def plural_common_noun(ctx: Context, t) -> bool:
    """A lowercase word with a plural ending of the language that is no closed-class word, verb
    form or cue: the head noun of a group after capitalised modifiers (``Consumer advocates``);
    not ``himself``, ``also``, ``says``, nor an adverb the language lists (``thus``).

    Only where nouns are not capitalised (``mention.lowercase_head``)."""
    lang, word = ctx.lang, t.lower
    closed = (
        lang.word_class("focus_particles")
        | lang.word_class("object_pronouns")
        | lang.word_class("name_particles")
        | lang.word_class("stop_after_cue")
        | lang.word_class("clause_links")
        | lang.word_class("adverb_starters")
    )
    return (
        t.text[:1].islower()
        and word.isalpha()
        and len(word) > 3
        and word.endswith(tuple(lang.word_class("plural_endings")))
        and word not in closed
        and word not in lang.finite_words
        and word not in lang.cue_forms
        and word not in lang.pronouns
    )


def time_run_end(ctx: Context, view: SentenceView, k: int, most: int, end: int | None = None) -> int:
    """The token after a run of at most ``most`` unquoted time words (``Language.time_words``)
    from token k, stopping before ``end``; k when none stands there (``Last week``, ``dimanche
    matin``). The one reading of a time phrase the subject and cue rules skip."""
    stop = len(view.tokens) if end is None else min(end, len(view.tokens))
    j = k
    while j < stop and j - k < most and view.tokens[j].lower in ctx.lang.time_words and not view.quoted[j]:
        j += 1
    return j


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


def particle_chain(ctx: Context, tokens: list, k: int) -> int:
    """End of a run of name particles starting at k (``von der``, ``de la``); k when there is
    none. In German a run opens with a particle that is not an article (``der Union`` is no name);
    where nouns are lowercase, a capitalised word after an article is a name (Hugo de Jonge)."""
    particles = ctx.lang.word_class("name_particles")
    if (
        k >= len(tokens)
        or tokens[k].lower not in particles
        or ctx.is_det(tokens[k])
        and not ctx.lang.uses("name.article_particle")
        or unbound_particle(ctx, tokens, k)  # zei Smit in de Tweede Kamer: the preposition
    ):
        return k
    m = k + 1
    while m < len(tokens) and tokens[m].lower in particles and m - k < 3:
        m += 1
    return m


def past_title(ctx: Context, tokens: list, c: int) -> int:
    """The token after an abbreviated title opening a name at token c, with its full stop and
    one word before it (``Rep. Ann Lee``, ``state Sen. Bill Tanner``, ``Lt Col Dana Pratt``);
    c when none opens there (``Anna Lee Gen.``: the title does not open the name)."""
    titles = ctx.lang.word_class("title_abbreviations")

    def title(k: int) -> bool:
        return k < len(tokens) and tokens[k].lower in titles and tokens[k].text[:1].isupper()

    k = c + 1 if not title(c) and title(c + 1) and tokens[c].text.isalpha() else c
    start = k
    while title(k):
        k += 2 if k + 1 < len(tokens) and tokens[k + 1].text == "." else 1
    return k if k > start else c


def name_run(ctx: Context, tokens: list, c: int, quoted: list | None = None) -> tuple[int, int]:
    """The end of a run of capitalised words that are no role from token c, with name
    particles between them (``Marc-André ter Stegen``, ``Heike van Laak``; in German not an
    article: ``Chef der Bank`` is no name), and how many capitalised words it has; quoted
    tokens (``quoted[k]``) end it. With ``name.surname_spelling_role`` a third word, or one after
    a particle, that spells a role continues the name (pt ``Margarida Blasco Reis``: Reis, kings,
    is a surname; nl ``Jan de Boer``)."""
    words = 0
    surname_role = ctx.lang.uses("name.surname_spelling_role")
    while c < len(tokens) and not (quoted and quoted[c]):
        m = particle_chain(ctx, tokens, c) if words else c
        unquoted = not (quoted and quoted[m]) if m < len(tokens) else False
        if (
            unquoted
            and ctx.is_cap(tokens[m])
            and (not ctx.is_role(tokens[m].text) or surname_role and (words >= 2 or m > c))  # Jan de Boer
        ):
            c, words = m + 1, words + 1
            continue
        break
    return c, words


def opens_name(ctx: Context, tokens: list, a: int, end: int) -> bool:
    """``Von der Leyen`` opening a phrase that ends at ``end``: capitalised particles, then
    one surname. A lone preposition (Von Experten, Zu Beginn) does not open a name."""
    m = particle_chain(ctx, tokens, a)
    if m == a or m + 1 != end or not tokens[a].text[:1].isupper() or not ctx.is_cap(tokens[m]):
        return False
    lone_preposition = m - a == 1 and (
        tokens[a].lower in ctx.lang.word_class("prepositions")
        or tokens[a].lower in ctx.lang.word_class("stop_after_cue")
    )
    return (
        not lone_preposition and not ctx.is_role(tokens[m].text) and not ctx.is_organisation(tokens[m].text)
    )


def locative_tail(ctx: Context, tokens: list) -> int:
    """How many tokens at the end of a phrase name the place of the institution or office before
    them (``die Regierung in Lomé``, ``ein Sprecher in Berlin``, ``de regering in Den Haag``): a
    locative preposition after a capitalised word or a tag in parentheses (``die Organisation
    (WHO) in Genf``), then one or two capitalised words, and a tag in parentheses after them
    (``das Gericht in Manhattan (New York)``); 0 when there is none or the language does not
    use ``np.locative_postmodifier``."""
    if not ctx.lang.uses("np.locative_postmodifier"):
        return 0
    opening = len(tokens) - 1 - next((k for k, t in enumerate(reversed(tokens)) if t.text == "("), 0)
    if tokens[-1].text == ")" and 0 < opening and past_party_tag(tokens, opening) == len(tokens):
        place = locative_tail(ctx, tokens[:opening])  # das Gericht in Manhattan (New York)
        return place + len(tokens) - opening if place else 0
    places = ctx.lang.word_class("inner_prepositions")
    for size in (2, 3):
        k = len(tokens) - size
        if (
            k >= 1
            and tokens[k].lower in places
            and (ctx.is_cap(tokens[k - 1]) or tokens[k - 1].text == ")")  # die WHO (WHO) in Genf
            and all(ctx.is_cap(t) and not ctx.is_det(t) for t in tokens[k + 1 :])
        ):
            return size
    return 0


def extended_attribute_end(ctx: Context, view: SentenceView, j: int) -> int:
    """After an article at j - 1, an attribute that is a phrase ending in a participle or an
    adjective before the noun (strategy ``np.extended_attribute``: ``der für die Region
    zuständige Koordinator``, ``des am Montag zurückgetretenen Chefs``, ``der auf der Konferenz
    für nukleare Sicherheit anwesende Minister``): the token of that participle (the last
    lowercase adjective before a noun), so the noun follows; j when there is none. The
    attribute opens with a preposition and holds no punctuation or quotation."""
    tokens, n, lang = view.tokens, len(view.tokens), ctx.lang
    if not (
        lang.uses("np.extended_attribute")
        and j < n
        and tokens[j].text[:1].islower()
        and tokens[j].lower in lang.word_class("prepositions") | lang.word_class("date_prepositions")
    ):
        return j
    found = j
    for k in range(j + 2, min(j + 9, n - 1)):
        t = tokens[k]
        if view.quoted[k] or not t.text[:1].isalnum() or _new_phrase(ctx, tokens, k):
            break
        if t.text[:1].islower() and ctx.is_adj(t) and not ctx.is_det(t) and ctx.is_nominal(tokens[k + 1]):
            found = k
    return found


def _new_phrase(ctx: Context, tokens: list, k: int) -> bool:
    """An article at k after a noun that is no genitive article opens a new phrase (``im Falle
    einer Verurteilung | eine Strafe``)."""
    return (
        ctx.is_det(tokens[k])
        and tokens[k - 1].text[:1].isupper()
        and tokens[k].lower not in ctx.lang.word_class("postmodifiers")
    )


class ChunkerBase:
    """The word classes of one document's language and the predicates both directions share."""

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

    def _postmodifier(self, view: SentenceView, j: int, depth: int = 2) -> int:
        """End of ``des Bundesamts``, ``del Partito democratico``, ``del Sindicato de Inquilinas``
        starting at the post-modifier word at j (j itself when no name follows it)."""
        tokens, n = view.tokens, len(view.tokens)
        m = j + 1
        if m < n and self.ctx.is_det(tokens[m]):
            m += 1
        if self.ctx.is_det(tokens[m - 1]):
            m = extended_attribute_end(self.ctx, view, m)  # des am Montag zurückgetretenen Chefs
        while m < n and self.ctx.is_adj(tokens[m]):
            m += 1
        caps2 = 0
        links = self.lang.word_class("name_links")
        while m < n and (
            self._cap_ok(view, m)
            or caps2
            and ellipsis_link(view, m, self.lang.word_class("coordinators"))  # der Regierungs- und …
            or caps2
            and m + 1 < n
            and self._cap_ok(view, m + 1)
            and (
                self.lang.uses("name.inner_adjective")
                and self.ctx.is_adj(tokens[m])  # Partito democratico Elly
                or tokens[m].lower in links
            )
        ):  # für Planung und Investitionen
            m += 1
            caps2 += 1
        if not caps2:
            return self._lowercase_domain(view, j)
        if depth > 1 and m < n and tokens[m].lower in self.postmod:
            return self._postmodifier(view, m, depth - 1)
        return m

    def _lowercase_domain(self, view: SentenceView, j: int) -> int:
        """Where nouns are lowercase, a common noun after the post-modifier at j that ends the
        phrase before a comma or the sentence end (``o presidente da câmara, X,``; ``il
        sindaco del comune.``): the end after it, else j."""
        tokens, n = view.tokens, len(view.tokens)
        k = j + 2 if j + 1 < n and self.ctx.is_det(tokens[j + 1]) else j + 1
        if not (self.lang.uses("np.common_noun") and k < n and not view.quoted[k]):
            return j
        word = tokens[k]
        barred = self.stop | self.postmod | self.lang.finite_words | self.lang.word_class("prepositions")
        noun = word.text.isalpha() and word.text.islower() and word.lower not in barred
        ends = k + 1 == n or tokens[k + 1].text in (",", ";", ".")
        return k + 1 if noun and ends and word.lower not in self.lang.cue_forms else j

    def _particles_then_name(self, view: SentenceView, j: int) -> bool:
        """Hugo de Jonge, Lula da Silva: name particles at j, then a capitalised surname."""
        prev = view.tokens[j - 1]
        if not self.ctx.is_cap(prev) or self.ctx.is_role(prev.text) or self.ctx.is_organisation(prev.text):
            return False  # der Präsident von Frankreich: a role's post-modifier
        m = particle_chain(self.ctx, view.tokens, j)
        return m > j and m < len(view.tokens) and self._cap_ok(view, m) and not view.tokens[m].text.isupper()

    def is_adverb(self, t) -> bool:
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
        """The phrase is a medium: a known name (also one whose article a preposition took in:
        au Figaro, al País), or it has a media noun."""
        a, b = span[:2]
        words = [t.text for t in view.tokens[a:b] if not self.ctx.is_det(t)]
        joined = " ".join(words).lower()
        if joined in self.media or any(self.ctx.is_media_noun(t.text) for t in view.tokens[a:b]):
            return True
        articles = self.lang.word_class("definite_determiners")
        return bool(words) and words[0][:1].isupper() and any(f"{d} {joined}" in self.media for d in articles)

    def bare_plural(self, t) -> bool:
        """A lowercase plural noun (``supporters``, ``critics``): a plural ending, no double s,
        and no verb or adverb."""
        low = t.lower
        return (
            len(low) > 4
            and low.endswith(tuple(self.lang.word_class("plural_endings")))
            and not low.endswith("ss")
            and t.text.isalpha()
            and not self.is_adverb(t)
            and low not in self.lang.cue_forms
            and low not in self.lang.word_class("finite_verbs")
        )

    def _participle_by(self, view: SentenceView, k: int) -> bool:
        """Token k is the preposition of a past participle after a role noun: ``economists
        polled by Reuters``, ``analysts surveyed by the bank``."""
        tokens = view.tokens
        return (
            k > 1
            and tokens[k].lower in self.lang.word_class("source_prepositions")
            and tokens[k - 1].lower.endswith(tuple(self.lang.word_class("past_endings")))
            and tokens[k - 1].text.islower()
            and self.ctx.is_role(tokens[k - 2].text)
            and not view.quoted[k - 2]
        )

    def group(self, view: SentenceView, a: int) -> tuple[int, int] | None:
        """An unnamed group as a source, from token a: a number or quantifier, a lowercase
        group noun and what restricts it (``two people familiar with the plans``, ``sources
        close to the minister``), up to a comma, a full stop, a relative pronoun or a cue;
        None when no group noun is there (``People magazine``)."""
        tokens, lang, n = view.tokens, self.lang, len(view.tokens)
        k = (
            a + 1
            if a < n and (tokens[a].lower in lang.word_class("quantifiers") or tokens[a].text.isdigit())
            else a
        )
        if k >= n or view.quoted[k] or tokens[k].lower not in lang.word_class("group_sources"):
            return None
        end = k + 1
        restricted = end + 1 < n and f"{tokens[end].lower} {tokens[end + 1].lower}" in lang.word_class(
            "group_restrictors"
        )
        if not (tokens[k].text.islower() or restricted):
            return None  # People magazine; but People familiar with the plans opening a sentence
        if restricted:
            stops = lang.word_class("relative_pronouns") | lang.word_class("subordinators")
            m = end + 2
            while (
                m < n
                and m - end < 9
                and tokens[m].text[:1].isalnum()
                and not view.quoted[m]
                and tokens[m].lower not in stops
                and tokens[m].lower not in lang.cue_forms
            ):
                m += 1
            end = m
        return a, self._group_institution_end(view, end)

    def _group_institution_end(self, view: SentenceView, end: int) -> int:
        """Where an unnamed group ending at token ``end`` ends with the institution it belongs
        to: a post-modifier, an optional article and a capitalised name (``fuentes del
        Ministerio de Economía``, ``fonti di Palazzo Chigi``, ``sources de l'Élysée``); else
        ``end`` (``sources said``)."""
        tokens, lang = view.tokens, self.lang
        if end + 1 >= len(tokens) or tokens[end].lower not in lang.word_class("postmodifiers"):
            return end
        k = end + 1
        if self.ctx.is_det(tokens[k]) and k + 1 < len(tokens):
            k += 1
        if view.quoted[k] or not self.ctx.is_cap(tokens[k]):
            return end
        links, m = lang.word_class("name_links") | lang.word_class("postmodifiers"), k + 1
        while (
            m < len(tokens)
            and m - k < 6
            and not view.quoted[m]
            and (
                self.ctx.is_cap(tokens[m])
                or tokens[m].lower in links
                and m + 1 < len(tokens)
                and self.ctx.is_cap(tokens[m + 1])
            )
        ):
            m += 1
        return m
