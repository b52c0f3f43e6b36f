"""Stage 6: the speaker mention of each statement — the subject tied to its cue.

The subject is looked for, in order: a pronoun right after the cue (``sagte er``);
a noun phrase that opens the cue's clause (``Der Beamte sagte``, with an apposition
``Herr X, ehemaliger …, forderte``); a noun phrase right after the cue
(``sagte Pentagonsprecherin X``; after a medium with ``zitierte``); a subject after
an auxiliary (``hatte ein Vertreter … abgelehnt``); the subject of the sentence
(``X äußerte sich …, erklärte jedoch``). Statements with no cue inherit the speaker
of the statement before them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..lang import media_aliases
from ..model import Mention, Statement
from .context import CLAUSE_PUNCT, QUOTE_MARKS, Context, SentenceView, SpeakerSpan, named_source_end

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


class _NP:
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
        """A noun phrase ending right before token i (and, if asked, opening its clause)."""
        tokens = view.tokens
        if i > 0 and tokens[i - 1].text == "," and clause_start:
            return self._apposition(view, i)
        if i > 0 and self.is_pronoun(tokens[i - 1]) and self._at_clause_start(view, i - 1):
            return i - 1, i
        j = i - 1
        while j > 0 and self._is_adverb(tokens[j]):  # wie EADS gestern mitteilte
            j -= 1
        i = j + 1
        while j >= 0 and not view.quoted[j]:
            t = tokens[j]
            if _possessive(tokens, j):  # the players' union
                j -= 1
                continue
            if t.text in QUOTE_MARKS and j > 0:  # der Sender „Channel 10“ berichtete
                k = j - 1
                while k > 0 and tokens[k].text not in QUOTE_MARKS and j - k <= 6:
                    k -= 1
                j = k - 1 if k > 0 and tokens[k].text in QUOTE_MARKS and j - k <= 6 else j - 1
                continue
            if t.text == "." and j > 0 and tokens[j - 1].lower in self.lang.honorifics:
                j -= 1  # Mr. Chinh said
                continue
            if t.text == ")":  # a parenthesis inside the phrase: X (Partei) sagte
                k = j
                while k >= 0 and tokens[k].text != "(":
                    k -= 1
                if k <= 0:
                    break
                j = k - 1
                continue
            noun_use = j > 0 and (self.ctx.is_det(tokens[j - 1]) or tokens[j - 1].lower in self.postmod)
            if not (
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
            ):
                break
            j -= 1
        while i - 1 > j + 1 and (self.ctx.is_det(tokens[i - 1]) or tokens[i - 1].lower in self.postmod):
            i -= 1  # … for the | state: a phrase does not end in "for the"
        a = j + 1
        trimmed = False

        def opens_name(a):  # Von der Leyen sagte
            return _opens_name(self.ctx, tokens, a, i) and self._at_clause_start(view, a)

        while (
            a < i
            and (
                tokens[a].lower in self.stop
                or tokens[a].lower in self.postmod
                and not self.ctx.is_det(tokens[a])
            )
            and not opens_name(a)
        ):
            trimmed = trimmed or not (
                (
                    tokens[a].lower in self.lang.word_class("clause_links")
                    or tokens[a].lower in self.lang.word_class("focus_particles")
                )
                and self._at_clause_start(view, a)
            )
            a += 1
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
            return None  # "The utility said": a common noun after a determiner also names a speaker
        if tokens[i - 1].lower in self.lang.word_class("time_nouns") or (
            i - a == 1 and self._is_adverb(tokens[a])
        ):
            return None  # Erst vergangene Woche kündigte …; Ähnlich äußerte sich …
        if tokens[a].lower in self.postmod and not self.ctx.is_det(tokens[a]) and not opens_name(a):
            return None
        if clause_start and (trimmed or not self._at_clause_start(view, a)):
            return None
        return a, i

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


def _mention(ctx: Context, view: SentenceView, span: tuple[int, int]) -> Mention:
    lang = ctx.lang
    tokens = view.tokens[span[0] : span[1]]
    text = ctx.text[tokens[0].start : tokens[-1].end]
    inverted = INVERSION.search(tokens[0].lower) if len(tokens) == 1 else None
    if inverted:
        word = inverted.group(1) or inverted.group(2)
        gender = lang.pronouns.get(word)
        return Mention(
            text, tokens[0].start, tokens[-1].end, "pronoun", gender=gender if gender in ("m", "f") else None
        )
    if len(tokens) == 1 and tokens[0].lower in lang.pronouns:
        gender = lang.pronouns[tokens[0].lower]
        return Mention(
            text, tokens[0].start, tokens[-1].end, "pronoun", gender=gender if gender in "mf" else None
        )
    det = tokens[0].lower if ctx.is_det(tokens[0]) else None
    body = _outside_parentheses(tokens[1:] if det else tokens)  # Nancy Faeser (SPD): the party is no name
    source_nouns = set(lang.attribution.get("source_nouns", ()))
    postmod = lang.word_class("postmodifiers")
    genitive = len(body) > 1 and (
        ctx.is_det(body[1]) or body[1].lower in lang.word_class("source_prepositions")
    )
    if (
        len(body) > 2
        and body[0].lower in source_nouns
        and (genitive or lang.capitalised_nouns and ctx.is_adj(body[1]))
    ):
        # Angaben der Polizei, Berichten eines Sprechers, Angaben libanesischer Sicherheitskreise:
        # the source is the genitive phrase
        first = span[0] + (1 if det else 0)  # index of body[0] in the sentence
        skip = 1 if ctx.is_det(body[1]) or ctx.is_adj(body[1]) and body[1].lower not in postmod else 2
        inner = _mention(ctx, view, (first + skip, span[1]))
        return replace(inner, text=text, start=tokens[0].start)
    if len(body) > 1 and ctx.is_media_noun(body[0].text) and ctx.is_cap(body[1]):
        # die Nachrichtenagentur X, der Sender X: the medium's name
        body = body[1:]
    lowercase_head = not lang.capitalised_nouns and len(body) > 1 and body[-1].text[:1].islower()
    if (
        lowercase_head and ctx.is_organisation(body[-1].text) and not any(t.lower in postmod for t in body)
    ):  # not: president of the library union
        # the players' union, the Labour party: an organisation named by its last word
        return Mention(
            text, tokens[0].start, tokens[-1].end, "organisation", name=ctx.text[body[0].start : body[-1].end]
        )
    org_at = next(
        (
            k
            for k, t in enumerate(body)
            if not lang.capitalised_nouns and t.text[:1].islower() and ctx.is_organisation(t.text)
        ),
        None,
    )
    if (
        org_at is not None
        and 0 < org_at < len(body) - 1
        and body[org_at + 1].lower in postmod
        and not any(ctx.is_role(t.text) for t in body)
    ):
        # het Zuid-Koreaanse ministerie van Defensie: the organisation noun and what follows name it
        return Mention(
            text,
            tokens[0].start,
            tokens[-1].end,
            "organisation",
            name=ctx.text[body[org_at].start : body[-1].end],
        )
    joined = _name_particles(ctx, body)
    # split off a post-modifier (bei den Vereinten Nationen, der Polizei)
    head_end = len(body)
    org_role = lowercase_head and ctx.is_role(body[-1].text)
    for k, t in enumerate(body if not org_role else ()):  # a Bank of England spokesperson: no post-modifier
        if k and t.lower in postmod and k not in joined:
            head_end = k
            break
    head, post = body[:head_end], body[head_end:]
    run = 0
    while run < len(post) and ctx.is_cap(post[len(post) - 1 - run]):
        run += 1
    before_run = post[-run - 1].lower if 0 < run < len(post) else ""
    domain = (
        run
        and any(ctx.is_cap(t) for t in post[:-run])
        and before_run not in postmod
        and before_run not in lang.word_class("prepositions")
        and before_run not in lang.word_class("determiners")
    )
    named = run >= 3 or run == 2 and domain and not lang.capitalised_nouns
    if (
        named
        and any(ctx.is_role(t.text) for t in head)
        and not any(
            ctx.is_organisation(t.text)
            or ctx.is_role(t.text)
            or ctx.is_media_noun(t.text)
            or t.text.isupper()
            for t in post[-2:]
        )
    ):
        # Secretary of State Antony Blinken, Chef der Deutschen Bank Christian Sewing, il leader del
        # Partito democratico Elly Schlein: a role with its domain, then a full name (the last two
        # capitalised words)
        head, post = head + post[-2:], post[:-2]
    honorific = None
    role_last = -1
    for k, t in enumerate(head):
        if (
            t.lower.rstrip(".") in lang.honorifics
            and k + 1 < len(head)
            and ctx.is_cap(head[k + 1])
            and not ctx.is_role(head[k + 1].text)
        ):
            honorific = t.lower
        if ctx.is_role(t.text) and t.lower not in lang.honorifics:
            role_last = k
    caps = [k for k, t in enumerate(head) if ctx.is_cap(t)]
    if (
        role_last < 0
        and not honorific
        and len(caps) >= 3
        and caps[0] == 0
        and head[0].lower.endswith(ROLE_LIKE_ENDINGS)
    ):
        role_last = 0  # Kapitänin Jana Lorenz: an unknown role noun before a full name
    name_tokens = [
        t
        for k, t in enumerate(head)
        if k > role_last
        and (
            (ctx.is_cap(t) or k in joined)
            and t.lower.rstrip(".") not in lang.honorifics
            and t.text != "."
            or t.text == "."
            and k
            and len(head[k - 1].text) == 1
            and head[k - 1].text.isupper()
            and head[k - 1].lower not in lang.honorifics
        )
    ]  # Melissa C. Jackson, not M. Xi
    role_end = role_last + 1
    while 0 < role_end < len(head) and not ctx.is_cap(head[role_end]) and ctx.is_adj(head[role_end]):
        role_end += 1  # secrétaire nationale: an adjective after the role noun
    role_tokens = head[:role_end] if role_last >= 0 else []
    noun = head[role_last] if role_last >= 0 else None
    feminine = noun is not None and (
        noun.lower.endswith(tuple(lang.feminine_roles))
        or not ctx.is_role(noun.text)
        and noun.lower.endswith("in")
    )
    if honorific:
        feminine = honorific in lang.feminine_honorifics
        gender = "f" if feminine else "m"
    elif role_tokens:
        assert noun is not None  # role tokens end at the role noun
        feminine = feminine or det in lang.word_class("feminine_determiners")
        masculine = noun.lower.endswith(tuple(lang.word_class("masculine_roles")))
        gender = "f" if feminine else ("m" if masculine or lang.capitalised_nouns else None)
    else:
        gender = None
    role = None
    if role_tokens:
        words = []
        for t in role_tokens:
            w = ctx.role_base(t.text)
            if (
                det in lang.word_class("weak_inflection_determiners")
                and ctx.is_adj(t)
                and w.endswith("e")
                and not feminine
            ):  # der russische Außenminister -> russischer Außenminister
                w += "r"
            words.append(w)
        if post:
            words += [t.text for t in post]
        role = " ".join(words).replace("' ", "'").replace("’ ", "’")  # dell' Economia -> dell'Economia
    if name_tokens:
        # das Verteidigungsministerium, die Deutsche Bank: an organisation, not a person's name
        base = _organisation_base(ctx, name_tokens[-1].text)
        kind = "organisation" if base and not honorific else "name"
        name = " ".join(t.text for t in name_tokens).replace(" .", ".")
        if kind == "organisation" and name_tokens[-1] is head[-1]:
            # des Ministeriums für Planung und Investitionen: das Ministerium für Planung und Investitionen
            assert base is not None  # an organisation has its base form
            name = name[: len(name) - len(name_tokens[-1].text)] + base
            if post and (lang.capitalised_nouns or any(ctx.is_cap(t) for t in post)):
                name = f"{name} {ctx.text[post[0].start : post[-1].end]}"  # el Ministerio de Defensa
    elif role_tokens:
        generic_domain = (
            post
            and not lang.capitalised_nouns
            and det in lang.word_class("definite_determiners")
            and not any(ctx.is_cap(t) for t in post)
        )  # the head of government: an anaphoric role
        kind = (
            "description" if det in lang.word_class("indefinite") or post and not generic_domain else "role"
        )
        name = None
    else:
        kind = "organisation"
        name = ctx.text[body[0].start : body[-1].end] if body else ""
    if name in media_aliases():  # New York Times, des Bayerischen Rundfunks: a medium, by its name
        kind, name = "organisation", media_aliases()[name]
    return Mention(text, tokens[0].start, tokens[-1].end, kind, name=name, role=role, gender=gender)


def _organisation_base(ctx: Context, word: str) -> str | None:
    """The word without a genitive ending when it names an organisation (Ministeriums,
    Bundesamtes -> Ministerium, Bundesamt); None when it names none."""
    for cut in (0, 1, 2):
        if cut and not word.lower().endswith("es"[2 - cut :]):
            continue
        base = word[: len(word) - cut]
        if len(base) > 2 and ctx.is_organisation(base):
            return base
    return None


def _outside_parentheses(tokens: list) -> list:
    out, depth = [], 0
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif not depth:
            out.append(t)
    return out


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


def _name_particles(ctx: Context, body: list) -> set:
    """Indices of the lowercase particles inside a name (Ursula von der Leyen, Frau von der
    Leyen, Von der Leyen): after a given name or an honorific, before a surname that ends
    the phrase. Where every noun is capitalised, a given name counts only after a role or
    an honorific (``Statistiken von Amnesty`` is no name); ``Kai Wegner von der CDU`` keeps
    its post-modifier: the surname must not be an acronym or an organisation."""
    lang = ctx.lang
    if _opens_name(ctx, body, 0, len(body)):
        return set(range(_particle_chain(ctx, body, 0)))
    joined: set[int] = set()
    for k in range(1, len(body)):
        m = _particle_chain(ctx, body, k)
        if m == k or m >= len(body):
            continue
        surname, before = body[m], body[k - 1]
        ends = m + 1 == len(body) or body[m + 1].lower in lang.word_class("postmodifiers")
        p = k - 1  # back over the given names: Luiz Inácio Lula da Silva
        while (
            p >= 0
            and ctx.is_cap(body[p])
            and not ctx.is_role(body[p].text)
            and body[p].lower.rstrip(".") not in lang.honorifics
        ):
            p -= 1
        introduced = p >= 0 and (body[p].lower.rstrip(".") in lang.honorifics or ctx.is_role(body[p].text))
        given = p < k - 1 and (introduced or not lang.capitalised_nouns)
        honorific = before.lower.rstrip(".") in lang.honorifics
        if (
            ends
            and (given or honorific)
            and ctx.is_cap(surname)
            and not surname.text.isupper()
            and not ctx.is_organisation(surname.text)
            and not ctx.is_role(surname.text)
        ):
            joined.update(range(k, m))
    return joined


def _with_apposed_name(ctx: Context, view: SentenceView, mention: Mention, inner: tuple) -> Mention:
    """Der Direktor des Amtes, Vorname Name, …: the name comes from the apposition."""
    tokens = view.tokens[inner[0] : inner[1]]
    name = " ".join(t.text for t in tokens)
    role = mention.role or (mention.name if mention.kind != "name" else None)
    if mention.kind == "name":  # Name, Name2 — keep the first name as written
        return mention
    return Mention(
        ctx.text[mention.start : tokens[-1].end],
        mention.start,
        tokens[-1].end,
        "name",
        name=name,
        role=role,
        gender=mention.gender,
    )


def _apposed_name_after(ctx: Context, view: SentenceView, b: int) -> tuple[int, int] | None:
    """``…, afirmó el ministro de Sanidad, Salvador Illa.``: a name of two to four
    capitalised words in commas right after a role phrase ending at token b."""
    tokens = view.tokens
    if b + 2 >= len(tokens) or tokens[b].text != ",":
        return None
    c = b + 1
    while (
        c < len(tokens) and ctx.is_cap(tokens[c]) and not ctx.is_role(tokens[c].text) and not view.quoted[c]
    ):
        c += 1
    if 2 <= c - (b + 1) <= 4 and (c == len(tokens) or tokens[c].text in (",", ".", ";")):
        return b + 1, c
    return None


def _speaker_span(np: _NP, view: SentenceView, i: int, cue: str) -> SpeakerSpan | None:
    ctx = np.ctx
    tokens = view.tokens
    if cue is None:  # a colon frame: the subject of the sentence speaks
        return _sentence_subject(np, view)
    low = cue.lower()
    attr = ctx.lang.attribution
    if low in attr.get("impersonal", ()):
        # In einem Papier des Ministeriums heißt es, … / So heißt es in dem Schreiben: …
        for j, t in enumerate(tokens):
            if t.lower in ctx.lang.word_class("document_prepositions") and not view.quoted[j]:
                span = np.forward(view, j + 1)
                if span and not np.is_pronoun(tokens[span[0]]):
                    return span
        return None
    if low in attr.get("anaphoric", ()):
        return None
    if low in attr.get("postpositions", ()):
        return np.backward(view, i, clause_start=False)
    if (
        low in attr.get("prepositions", ())
        or low in attr.get("nach", ())
        or low in attr.get("frame_words", ())
    ):
        j = i + len(low.split())
        end = named_source_end(view, j)
        if end is not None:  # laut bildblog.de, laut „Reuters“
            quoted = tokens[j].text in QUOTE_MARKS
            return (j + 1, end - 1) if quoted else (j, end)
        return np.forward(view, j)
    if i > 0 and INVERSION.search(tokens[i - 1].lower):
        return i - 1, i  # «…», a-t-il déclaré
    if any("participial" in v.kind for v in ctx.lang.cue_forms.get(tokens[i].lower, ())):
        return _sentence_subject(np, view)  # X defended the plan, saying …
    cue_end = i + 1
    while cue_end < len(tokens) and (
        tokens[cue_end].lower in ctx.lang.word_class("object_pronouns")
        or tokens[cue_end].text[:1].islower()
        and np._is_adverb(tokens[cue_end])
        and cue_end + 1 < len(tokens)
        and ctx.is_det(tokens[cue_end + 1])
    ):
        cue_end += 1  # so charakterisierte ihn der …; erklärte gestern ein Sprecher
    fwd = np.forward(view, cue_end)
    if fwd and tokens[fwd[0]].lower in ctx.lang.word_class("subordinators"):
        fwd = None  # warned that cuts …: the report, not its speaker
    if (
        fwd
        and not ctx.lang.comma_before_report
        and fwd[1] < len(tokens)
        and (
            np.is_pronoun(tokens[fwd[0]])
            and tokens[fwd[1]].text[:1].isalnum()
            or _verb_like(ctx, tokens[fwd[1]])
        )
    ):
        fwd = None  # said he had lost …, said the patrols were …: the report's subject
    if fwd and np.is_pronoun(tokens[fwd[0]]):
        return fwd
    if low in ctx.lang.speech_nouns:  # X vertritt die Ansicht, dass …: the sentence subject
        return _sentence_subject(np, view)
    c = i - 1
    while c >= 0 and tokens[c].text not in CLAUSE_PUNCT and not view.quoted[c]:
        c -= 1
    if (
        c >= 0
        and tokens[c].text == ","
        and c + 1 < i
        and tokens[c + 1].lower in ctx.lang.word_class("subject_relatives")
    ):
        # X, der … betonte: the relative pronoun stands for the phrase before the comma
        antecedent = np.backward(view, c, clause_start=False)
        if antecedent and len(antecedent) == 2:
            return antecedent
    if c + 1 < i and tokens[c + 1].lower in ctx.lang.word_class("comparison_openers"):
        # Wie das Magazin X in einem Bericht vom Montag berichtet, …: the subject follows "wie"
        span = np.forward(view, c + 2)
        if span and span[1] <= i:
            return span
    back = np.backward(view, i)
    if (
        back is None
        and i > 0
        and not ctx.lang.capitalised_nouns
        and tokens[i - 1].lower in ctx.lang.word_class("auxiliaries")
    ):
        back = np.backward(view, i - 1)  # Il ministero ha definito …: the subject before the auxiliary
    if back is None:
        t = i  # Prime Minister X on June 12 asked …: past a time phrase
        time_words = ctx.lang.word_class("time_words") | ctx.lang.word_class("months")
        while (
            t > 1
            and (tokens[t - 1].lower in time_words or tokens[t - 1].text.isdigit())
            and not view.quoted[t - 1]
        ):
            t -= 1
        if t < i and tokens[t].lower in time_words | ctx.lang.word_class("date_prepositions"):
            back = np.backward(view, t)
    if (
        back
        and fwd
        and (tokens[back[0]].lower in ctx.lang.word_class("oblique_determiners") or np.is_medium(view, back))
    ):
        back = None  # Der Zeitung sagte X: …; Dem Sender sagte X; Xinhua quoted X as saying
    if back:
        return back
    if fwd:
        if np.is_medium(view, fwd) and low.split()[0] in attr.get("report_verbs", ()):
            nxt = np.forward(view, fwd[1])
            if nxt:
                return nxt
        return fwd
    aux = ctx.lang.word_class("auxiliaries")
    if tokens[i].lower in ctx.lang.participles:
        # X, Y, hat bereits angekündigt: the subject precedes the auxiliary
        k = i - 1
        while k > 0 and tokens[k].text[:1].islower() and tokens[k].lower not in aux and not view.quoted[k]:
            k -= 1
        if k > 0 and tokens[k].lower in aux:
            back = np.backward(view, k)
            if back:
                return back
    # subject after an auxiliary earlier in the clause: hatte ein Vertreter … es abgelehnt
    j = i - 1
    while j >= 0 and tokens[j].text not in CLAUSE_PUNCT and not view.quoted[j]:
        if tokens[j].lower in aux:
            span = np.forward(view, j + 1)
            if span and span[1] <= i:
                return span
        j -= 1
    # coordination: the sentence subject (X äußerte sich …, erklärte jedoch …)
    return _sentence_subject(np, view)


def _verb_like(ctx: Context, t) -> bool:
    """A finite verb, judged by the lexicons: an auxiliary, a common finite form or a speech-verb form."""
    low = t.lower
    return (
        low in ctx.lang.word_class("auxiliaries")
        or low in ctx.lang.word_class("finite_verbs")
        or low in ctx.lang.cue_forms
    )


def _sentence_subject(np: _NP, view: SentenceView) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence, when a verb follows it."""
    tokens = view.tokens
    span = np.forward(view, 0)
    if (
        span
        and span[1] < len(tokens)
        and (
            tokens[span[1]].text == ":"
            or tokens[span[1]].text[:1].islower()
            and not np.ctx.is_det(tokens[span[1]])
            and tokens[span[1]].text[:1].isalpha()
        )
    ):
        return span  # … verb; or Merz: „…“
    return None


def people(ctx: Context) -> tuple[Mention, ...]:
    """Named people introduced anywhere in the text with a role or an honorific
    (``Klinikdirektor Dr. X``, ``Der neue Trainer des FC Y, X,``): antecedents for
    surnames, role nouns and pronouns that speak later."""
    np = _NP(ctx)
    out: list[Mention] = []
    for view in ctx.views:
        tokens = view.tokens
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if (
                view.quoted[i]
                or not t.text[:1].isalpha()
                or not (t.lower in ctx.lang.honorifics or ctx.is_role(t.text) and ctx.is_nominal(t))
            ):
                i += 1
                continue
            a = i
            while (
                a > 0
                and (
                    ctx.is_adj(tokens[a - 1])
                    and tokens[a - 1].lower not in np.stop
                    or ctx.is_det(tokens[a - 1])
                    or not ctx.lang.capitalised_nouns
                    and ctx.is_cap(tokens[a - 1])
                )
                and not view.quoted[a - 1]
            ):
                a -= 1  # der neue Trainer; Transport Secretary
            span = np.forward(view, a)
            if not span:
                i += 1
                continue
            mention = _mention(ctx, view, span)
            b = span[1]
            if mention.kind in ("role", "description") and b + 3 < len(tokens) and tokens[b].text == ",":
                # apposition: Der Trainer des Vereins, Vorname Name,
                c = b + 1
                while (
                    c < len(tokens)
                    and ctx.is_cap(tokens[c])
                    and not ctx.is_role(tokens[c].text)
                    and not view.quoted[c]
                ):
                    c += 1
                if c - (b + 1) >= 2 and c < len(tokens) and tokens[c].text in (",", "."):
                    name = " ".join(x.text for x in tokens[b + 1 : c])
                    mention = Mention(
                        ctx.text[tokens[span[0]].start : tokens[c - 1].end],
                        tokens[span[0]].start,
                        tokens[c - 1].end,
                        "name",
                        name=name,
                        role=mention.role,
                        gender=mention.gender,
                    )
                    b = c
            if mention.kind == "name" and (mention.role or len((mention.name or "").split()) >= 2):
                out.append(mention)
            elif (
                mention.kind == "description"
                and span[0] == 0
                and b < len(tokens)
                and tokens[0].lower in ctx.lang.word_class("indefinite")
                and (
                    _verb_like(ctx, tokens[b])
                    or (
                        tokens[b].text[:1].islower()
                        and tokens[b].text[:1].isalpha()
                        and not ctx.is_adj(tokens[b])
                    )
                )
            ):
                out.append(
                    mention
                )  # Ein Sprecher des Ministeriums verurteilte …: an antecedent for der Beamte
            i = max(b, i + 1)
    out += _named_with_apposed_role(ctx, np)
    return tuple(sorted(out, key=lambda m: m.start))


def _named_with_apposed_role(ctx: Context, np: _NP) -> list[Mention]:
    """``Karen Doyle, general secretary of the union,``: a full name followed by a role in commas."""
    out = []
    for view in ctx.views:
        tokens = view.tokens
        for i in range(len(tokens) - 3):
            if tokens[i].text != "," or i == 0 or view.quoted[i]:
                continue
            j = i - 1
            while (
                j >= 0
                and ctx.is_cap(tokens[j])
                and not ctx.is_role(tokens[j].text)
                and not view.quoted[j]
                and not ctx.is_organisation(tokens[j].text)
                and tokens[j].lower not in np.media
            ):
                j -= 1  # back over the name, not into a medium before it (KCNA Kim Yo Jong)
            stop = j >= 0 and (ctx.is_organisation(tokens[j].text) or tokens[j].lower in np.media)
            if i - (j + 1) < 2 or (
                j >= 0 and not stop and (ctx.is_cap(tokens[j]) or ctx.is_role(tokens[j].text))
            ):
                continue
            span = np.forward(view, i + 1)
            end = span[1] if span else None
            if end is not None and end < len(tokens) and tokens[end].text == "(":
                while end < len(tokens) and tokens[end].text != ")":
                    end += 1  # …, chief economist at the Office for National Statistics (ONS),
                end += 1
            if not span or end is None or end >= len(tokens) or tokens[end].text not in (",", ".", ";"):
                continue
            role = _mention(ctx, view, span)
            if role.kind not in ("role", "description"):
                continue
            name = " ".join(t.text for t in tokens[j + 1 : i])
            out.append(
                Mention(
                    ctx.text[tokens[j + 1].start : tokens[span[1] - 1].end],
                    tokens[j + 1].start,
                    tokens[span[1] - 1].end,
                    "name",
                    name=name,
                    role=role.role,
                    gender=role.gender,
                )
            )
    return out


def attribute(ctx: Context, statements: tuple[Statement, ...]) -> tuple[Statement, ...]:
    np = _NP(ctx)
    out: list[Statement] = []
    for st in statements:
        mention = None
        inherited = False
        cue, cue_start = (st.cue, st.cue_start) if st.frame is None else st.frame
        if cue_start is not None:
            view = ctx.views[ctx.sentence_at(cue_start)]
            i = view.index_at(cue_start)
            if i is not None:
                span = _speaker_span(np, view, i, cue)
                if span:
                    mention = _mention(ctx, view, span[:2])
                    if len(span) == 2 and mention.kind in ("role", "description"):
                        apposed = _apposed_name_after(ctx, view, span[1])
                        span = (*span, apposed) if apposed else span
                    if len(span) > 2:
                        mention = _with_apposed_name(ctx, view, mention, span[2])
                    if mention.text[:1] in QUOTE_MARKS:
                        mention = None  # „große Tragödie“: a quoted phrase is what was said, not who said it
        dropped = (
            ctx.lang.settings.get("pro_drop")
            and cue_start is not None
            and (cue or "").lower() in ctx.lang.cue_forms
        )
        if (
            (
                st.cue_start is None
                or dropped
                or (st.cue or "").lower() in ctx.lang.attribution.get("anaphoric", ())
            )
            and mention is None
            and out
        ):
            # no frame of its own, or a verb whose subject is not written (añadió): the speaker before
            prev = out[-1]
            close = ctx.sentences[prev.sentence].paragraph >= ctx.sentences[st.sentence].paragraph - 1
            if close and prev.mention is not None:
                mention, inherited = prev.mention, True
        out.append(replace(st, mention=mention, inherited=inherited))
    return tuple(out)
