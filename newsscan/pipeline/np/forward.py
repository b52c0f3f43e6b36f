"""The noun phrase that starts at a token: the subject after a cue (``sagte der Minister X``)."""

from __future__ import annotations

from ..context import QUOTE_MARKS, SentenceView, named_source_end, verb_like
from ..opening_verb import opening_auxiliary
from .backward import Backward
from .base import (
    _media_words,
    _possessive,
    extended_attribute_end,
    particle_chain,
    past_party_tag,
    past_title,
    plural_common_noun,
)
from .ellipsis import ellipsis_link
from .particles import institution_adjective


class Forward(Backward):
    """Noun phrases read forwards from a token."""

    def forward(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """A noun phrase starting at token i: a pronoun; determiner and adjectives, then a run of
        capitalised words (``der russische Außenminister Jewgeni Sokolow``) or, where nouns are not
        capitalised, a common noun (``le rapport``); then an adjective, a genitive or a
        postmodifier that belongs to it."""
        tokens, n = view.tokens, len(view.tokens)
        if i >= n or view.quoted[i] or opening_auxiliary(self.ctx, view, i):
            return None  # Ha detto che …: the verb of a sentence with no written subject
        if self.is_pronoun(tokens[i]):
            return i, i + 1
        if tokens[i].text.islower() and past_title(self.ctx, tokens, i) > i + 1:
            titled = self.forward(view, i + 1)  # said state Sen. Bill Tanner: the title's modifier
            return (i, titled[1]) if titled else None
        det = self.ctx.is_det(tokens[i])
        if not det and self.lang.uses("np.bare_document") and tokens[i].text[:1].islower():
            document = self._bare_document(view, i)  # court records
            if document:
                return document
        group = self.group(view, i) if tokens[i].text[:1].isupper() else None
        if group:
            return group  # People familiar with the plans (a capitalised group noun needs what restricts it)
        j = self._before_head(view, i, det)
        j, caps = self._capitalised_run(view, j)
        if not caps:
            return self._common_noun_phrase(view, i, j, det)
        j = institution_adjective(self.ctx, view, j, caps) if det else j  # la Protezione civile
        if self.lang.uses("np.role_after_name"):
            j = self._possessed_head(view, j)
            j = self._lowercase_role_after(view, j)
            j = self._plural_noun_before_verb(view, j)
            if self.ctx.is_role(tokens[j - 1].text):
                j = self._adjective_after_role(view, j)
        genitive_end = self._genitive_source(view, j)
        if genitive_end is not None:
            return i, genitive_end
        end = self._postmodified(view, i, j, det, caps)
        placed = self._place_after(view, i, end) if det else end
        if placed > end:
            return i, placed
        return i, self._past_title(view, self._past_tag(view, i, end, det), det)

    def _past_title(self, view: SentenceView, end: int, det: bool) -> int:
        """The end of a phrase with an article whose head is a medium or an organisation noun,
        with the title in quotation marks after it (``der Website „icelandreview.com“``, ``die
        Organisation „Nature Trust“``): one to five words with no comma, colon or ! ?; ``end``
        when none follows."""
        tokens = view.tokens
        head = tokens[end - 1].text
        if not (det and end < len(tokens) and tokens[end].text in QUOTE_MARKS):
            return end
        if not (self.ctx.is_media_noun(head) or self.ctx.is_organisation(head)):
            return end
        close = named_source_end(view, end)
        if close is None:
            return end
        inner = tokens[end + 1 : close - 1]
        return close if 0 < len(inner) <= 5 and not any(t.text in ",;:!?" for t in inner) else end

    def _past_tag(self, view: SentenceView, i: int, end: int, det: bool) -> int:
        """The end of a phrase (from i to ``end``) with the short tag in parentheses after its
        name (a party, an acronym: ``past_party_tag``) and what still belongs to the phrase after
        the tag: a genitive or domain of an organisation or a role, the place of an institution
        (``Staatssekretär X (Grüne)``; ``das Komitee (OK) der Weltmeisterschaft``; ``die
        Weltgesundheitsorganisation (WHO) in Genf``); ``end`` when no tag follows."""
        tokens = view.tokens
        k = past_party_tag(tokens, end)
        if k == end or k >= len(tokens):
            return k
        head = tokens[end - 1].text
        if tokens[k].lower in self.postmod and (
            det or self.ctx.is_role(head) or self.ctx.is_organisation(head)
        ):
            return self._postmodifier(view, k)
        return self._place_after(view, i, k, head_end=end) if det else k

    def _place_after(self, view: SentenceView, i: int, j: int, head_end: int | None = None) -> int:
        """Where an institution's phrase or an unnamed office's (from i to j) keeps the place it
        sits in (``die Regierung in Lomé``, ``ein Sprecher in Berlin``): a locative preposition
        and one or two capitalised words, then the end of the phrase; not after a person's name
        or a definite role, where the place is where they spoke (``sagte der Minister in Berlin``).
        ``head_end``: where the head ends when a tag in parentheses stands before j."""
        tokens, n = view.tokens, len(view.tokens)
        head = tokens[(j if head_end is None else head_end) - 1].text
        unnamed = self.ctx.is_role(head) and tokens[i].lower in self.lang.word_class("indefinite")
        if not (
            self.lang.uses("np.locative_postmodifier")
            and j + 1 < n
            and tokens[j].lower in self.lang.word_class("inner_prepositions")
            and (self.ctx.is_organisation(head) or unnamed or head.isupper() and len(head) > 1)
        ):
            return j
        k = j + 1
        while k < n and k - j <= 2 and self._cap_ok(view, k) and not self.ctx.is_det(tokens[k]):
            k += 1
        times = self.lang.word_class("months") | self.lang.word_class("time_nouns")
        if k == j + 1 or tokens[j + 1].lower in times:
            return j
        return k if k == n or not self._cap_ok(view, k) else j

    def _before_head(self, view: SentenceView, i: int, det: bool) -> int:
        """Past the determiner at i, adjectives and possessives, and (where nouns are not
        capitalised) a source noun after the determiner, alone or after a noun: ``a report
        by …``, ``a police report``."""
        tokens, n = view.tokens, len(view.tokens)
        j = i + 1 if det else i
        if det:
            j = extended_attribute_end(self.ctx, view, j)  # der für die Region zuständige Koordinator
            numbers = self.lang.word_class("number_words")
            if j + 1 < n and (tokens[j].text.isdigit() or tokens[j].lower in numbers) and not view.quoted[j]:
                j += 1  # die zwölf Geschworenen, die 27 Mitgliedstaaten
        documents = self.lang.word_class("document_nouns")
        while (
            j < n
            and (self.ctx.is_adj(tokens[j]) or _possessive(tokens, j))
            and not view.quoted[j]
            and not (self._is_source_noun(tokens[j]) or tokens[j].lower in documents)  # a study published …
        ):
            j += 1
        if (
            det
            and j < n
            and self.lang.uses("np.common_noun")
            and (self._is_source_noun(tokens[j]) or tokens[j].lower in documents)
            and not view.quoted[j]
        ):
            j += 1  # a report (also a verb form) by …; a summary released by …
        elif (
            det
            and j + 1 < n
            and self.lang.uses("np.common_noun")
            and tokens[j].text.isalpha()
            and tokens[j].text.islower()
            and tokens[j].lower not in self.stop
            and self._is_source_noun(tokens[j + 1])
            and not view.quoted[j + 1]
        ):
            j += 2  # a police report, a company statement: a noun before the source noun
        return j

    def _capitalised_run(self, view: SentenceView, j: int) -> tuple[int, int]:
        """The run of capitalised words from j (with ``Dr.``, initials ``C.`` and name
        particles), ended by a medium right before another name; (end, number of words)."""
        caps, first_cap, particles = 0, j, False
        while j < len(view.tokens) and self._continues_name(view, j, caps):
            joins = caps and self.lang.uses("name.article_particle")  # de: Künast | von den Grünen
            step = particle_chain(self.ctx, view.tokens, j) if joins else j
            if step > j and particles:
                break  # a name has one run of particles: van der Wal | van Natuur en Stikstof
            particles = particles or step > j
            j, caps = max(step, j + 1), caps + max(step - j, 1)  # Christianne van der Wal
            if self._medium_then_name(view, first_cap, j):
                break
        return j, caps

    def _continues_name(self, view: SentenceView, j: int, caps: int) -> bool:
        """Token j continues a run of capitalised words: capitalised, the full stop of an
        honorific or initial (``Dr. X``, ``Melissa C. Jackson``), or particles before a name."""
        tokens, n = view.tokens, len(view.tokens)
        return bool(
            self._cap_ok(view, j)
            or (
                caps
                and tokens[j].text == "."
                and (
                    tokens[j - 1].lower in self.lang.honorifics  # Dr. X
                    or tokens[j - 1].lower in self.lang.word_class("title_abbreviations")  # Sen. X
                    and j + 1 < n
                    and self._cap_ok(view, j + 1)
                    or len(tokens[j - 1].text) == 1
                    and tokens[j - 1].text.isupper()  # Melissa C. Jackson
                    and j + 1 < n
                    and self._cap_ok(view, j + 1)
                )
            )
            or caps
            and self._particles_then_name(view, j)
            or caps
            and ellipsis_link(view, j, self.lang.word_class("coordinators"))  # Bundes- und Landesbehörden
        )

    def _medium_then_name(self, view: SentenceView, first_cap: int, j: int) -> bool:
        """A medium ends right before token j and another name starts there (zitierte Reuters
        Frau X, die Nachrichtenagentur KCNA Kim Yo Jong): the phrase ends at j."""
        tokens = view.tokens
        return (
            j < len(tokens)
            and self._cap_ok(view, j)
            and any(
                so_far in self.media and f"{so_far} {tokens[j].lower}" not in self.media_prefixes
                for so_far in (
                    " ".join(t.text for t in tokens[a:j]).lower()
                    for a in range(max(first_cap, j - _media_words()), j)
                )
            )
        )

    def _common_noun_phrase(self, view: SentenceView, i: int, j: int, det: bool) -> tuple[int, int] | None:
        """No capitalised word: where nouns are not capitalised, a common noun after an article
        (``le rapport``, ``the report``, ``a report by The New York Times``); else None."""
        tokens, n = view.tokens, len(view.tokens)
        relative = self.lang.word_class("relative_pronouns") | self.lang.word_class("subject_relatives")
        if (
            det
            and j > i + 1
            and self.lang.uses("np.common_noun")
            and tokens[j - 1].lower not in self.stop
            and tokens[j - 1].lower not in relative  # Los que votaron: a group and its clause, no noun
        ):
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
        if not det and self.lang.uses("np.bare_document"):
            return self._bare_document(view, i)
        return None

    def _bare_document(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """A document named by lowercase words with no article (``court records``, ``federal
        prison records``): up to three words ending in a document noun."""
        tokens, nouns = view.tokens, self.lang.word_class("document_nouns")
        end = None
        for k in range(i, min(i + 3, len(tokens))):
            t = tokens[k]
            if view.quoted[k] or not t.text[:1].islower() or not t.text.isalpha() or t.lower in self.stop:
                break
            if t.lower in nouns:
                end = k + 1
        if end is None:
            return None
        return i, self._author_after(view, end)

    def _author_after(self, view: SentenceView, end: int) -> int:
        """The end of a document's phrase that ends at token ``end``, with the named author
        after a source preposition (``court records from Ohio``, ``figures from the Office for
        National Statistics``); ``end`` when no capitalised phrase follows one."""
        tokens = view.tokens
        links = self.lang.word_class("source_prepositions") | self.lang.word_class("postmodifiers")
        if end + 1 >= len(tokens) or tokens[end].lower not in links or view.quoted[end]:
            return end
        author = self.forward(view, end + 1)
        if author and any(self.ctx.is_cap(t) for t in tokens[author[0] : author[1]]):
            return author[1]
        return end

    def _possessed_head(self, view: SentenceView, j: int) -> int:
        """After a possessive name, lowercase words up to an organisation or role noun, possessives
        included: ``Bolivia's public defender's office``; j when no such noun ends them."""
        tokens, n = view.tokens, len(view.tokens)
        if not tokens[j - 1].lower.endswith(("'s", "’s")):
            return j
        k = j
        while (
            k < n
            and k - j < 4
            and tokens[k].text[:1].islower()
            and tokens[k].text[:1].isalpha()
            and not view.quoted[k]
        ):
            word = tokens[k].text
            if self.ctx.is_organisation(word) or self.ctx.is_role(word):
                return k + 1
            if not (self.ctx.is_adj(tokens[k]) or word.endswith(("'s", "’s"))):
                break
            k += 1
        return j

    def _lowercase_role_after(self, view: SentenceView, j: int) -> int:
        """A Chinese coast guard spokesperson: lowercase words up to a role noun after a name."""
        tokens, n = view.tokens, len(view.tokens)
        k = j
        while k < n and k - j < 3 and self.ctx.is_adj(tokens[k]) and not self.ctx.is_role(tokens[k].text):
            k += 1
        if j < k < n and tokens[k].text[:1].islower() and self.ctx.is_role(tokens[k].text):
            return k + 1
        return j

    def _plural_noun_before_verb(self, view: SentenceView, j: int) -> int:
        """``Consumer advocates are urging …``, ``Education advocacy groups estimated …``: up to
        three lowercase words after the capitalised ones, the last a plural noun that a verb
        follows, are the phrase's head (``Obama holds talks``: no verb follows ``holds``)."""
        tokens, n, lang = view.tokens, len(view.tokens), self.lang
        if not lang.uses("mention.lowercase_head"):
            return j
        barred = (
            lang.word_class("prepositions") | lang.word_class("coordinators") | lang.word_class("determiners")
        )
        past = tuple(lang.word_class("past_endings"))
        for end in range(j + 1, min(j + 4, n)):
            word = tokens[end - 1]
            if view.quoted[end - 1] or not word.text.isalpha() or not word.text.islower():
                return j
            if word.lower in barred or verb_like(self.ctx, word):
                return j
            after = tokens[end]
            if plural_common_noun(self.ctx, word) and (
                verb_like(self.ctx, after) or after.lower.endswith(past)
            ):
                return end
        return j

    def _adjective_after_role(self, view: SentenceView, j: int) -> int:
        """Adjectives after a role noun (secrétaire nationale des …, secretario general del …),
        and a name after them (il presidente sudcoreano Yoon Suk Yeol)."""
        tokens, n = view.tokens, len(view.tokens)
        k = j
        while (
            k < n
            and self.ctx.is_adj(tokens[k])
            and tokens[k].lower not in self.postmod | self.lang.word_class("role_prepositions")
            and not view.quoted[k]
            and k - j < 2
        ):
            k += 1
        domain = self.lang.word_class("role_prepositions")  # le ministre délégué aux Transports
        if j < k < n and (
            tokens[k].lower in self.postmod | domain or tokens[k].text in (",", ";", ".", "!", "?")
        ):
            return k
        if j < k < n and self._cap_ok(view, k):
            j = k
            while j < n and self._cap_ok(view, j):
                j += 1
        return j

    def _genitive_source(self, view: SentenceView, j: int) -> int | None:
        """Angaben libanesischer Sicherheitskreise: a source noun with a genitive with no
        article (where nouns are capitalised); the end of the genitive, else None."""
        tokens, n = view.tokens, len(view.tokens)
        if not (
            self._is_source_noun(tokens[j - 1])
            and j < n
            and self.ctx.is_adj(tokens[j])
            and self.lang.uses("np.genitive_source")
        ):
            return None
        k = j
        while k < n and self.ctx.is_adj(tokens[k]) and not view.quoted[k]:
            k += 1
        m = k
        while m < n and self._cap_ok(view, m):
            m += 1
        return m if m > k else None

    def _postmodified(self, view: SentenceView, i: int, j: int, det: bool, caps: int) -> int:
        """The end of the phrase with a postmodifier that belongs to it (``der Sprecher des
        Ministeriums``) and, where nouns are not capitalised, an adjective after it
        (``du gouvernement japonais``)."""
        tokens, n = view.tokens, len(view.tokens)
        head = tokens[j - 1]
        domain = j < n and tokens[j].lower in self.lang.word_class("role_prepositions")
        if not (
            j < n
            and (
                tokens[j].lower in self.postmod
                or domain
                and (self.ctx.is_role(head.text) or j > 1 and self.ctx.is_role(tokens[j - 2].text))
            )
            and (
                det
                or self.ctx.is_role(head.text)
                or self._role_then_particle_name(tokens[i:j])  # Minister X van der Wal van …
                or self.ctx.is_organisation(head.text)
                or self._is_source_noun(head)
                or j - i > caps
            )
        ):
            return j
        end = self._postmodifier(view, j)
        if domain and self.is_medium(view, (j + 1, end)):
            return j  # ha detto il ministro al Corriere: the medium is the addressee, no domain
        j = end
        if self.lang.uses("np.adjective_after_postmodifier"):
            k = j  # du gouvernement japonais, : an adjective after the post-modifier
            while (
                k < n
                and k - j < 2
                and self.ctx.is_adj(tokens[k])
                and tokens[k].lower not in self.stop  # van Mobiliteit | donderdag
                and not view.quoted[k]
            ):
                k += 1
            if j < k and (
                k == n
                or tokens[k].text in (",", ";")
                or tokens[k].text in ".!?"
                or tokens[k].lower in self.postmod
            ):
                j = k
        return j

    def _role_then_particle_name(self, words: list) -> bool:
        """A role, then a name with particles (``Minister Christianne van der Wal``): a
        post-modifier after it is the role's domain."""
        particles = self.lang.word_class("name_particles")
        return any(self.ctx.is_role(t.text) for t in words) and any(t.lower in particles for t in words[1:])
