"""Stage 7: resolve speaker mentions to canonical actors.

Rules, applied in text order:
- a name (with or without role or honorific) joins the actor with the same name, the
  same surname, or a surname one edit away (a typo); otherwise it starts an actor;
- a pronoun (``er``, ``she``) refers to the most recent actor of no other gender, never
  to one of the other gender (``she`` is never bound to a man: with none it has no actor);
  English he/she never stand for an organisation; German er/sie for one whose noun has
  their gender (``er``: der Verband, never die Polizei);
- a definite role noun with no name (``der Minister``, ``the minister``, ``la directrice
  de l'agence``) refers to the actor introduced with that role; else, for an age epithet
  (``der 56-Jährige``), to the most recent person; else to the most recent actor introduced
  with another role (``der Vizekanzler`` for ``Wirtschaftsminister X``); else it starts an
  unnamed actor — never a person named with no role; a group (``US officials``, ``die
  Wissenschaftler``) refers only to a group (:mod:`newsscan.pipeline.agreement`);
- an indefinite description (``ein Vertreter bei …``) is an unnamed actor of its own;
- an organisation (``die Polizei``) joins the actor of the same name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import cast

from ..model import Actor, Mention, Quote, Statement
from .acronyms import acronym_of, defined_acronym, others_agree
from .actor_index import NameIndex
from .agreement import (
    Reference,
    age_after,
    compatible,
    deletions,
    edit_distance_at_most_one,
    epithet_age,
    gender_of,
    group_name,
    holds_office,
    is_epithet,
    is_plural,
    names_no_person,
    noun_gender_agrees,
    office_fits,
    offices_of,
    role_fits,
    role_parts,
    same_role_noun,
)
from .cataphora import merge_cataphora


@dataclass
class _Draft:
    name: str
    role: str | None
    kind: str
    gender: str | None
    mentions: list = field(default_factory=list)
    last: int = 0
    anaphor: bool = False  # started by a definite role noun with no antecedent
    plural: bool = False  # started by a group (``US officials``): never ``he`` or ``she``
    no_person: bool = False  # named only in ways no person is (``The EU``): never ``he`` or ``she``
    aliases: tuple = ()  # acronyms defined for it in parentheses (WHO)
    age: int | None = None  # written after its name (Tom Reed, 52,) or in its epithet (the 47-year-old)

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower()

    def add(self, mention: Mention) -> None:
        if mention.text not in self.mentions:
            self.mentions.append(mention.text)
        self.last = mention.start
        if mention.role and not self.role and mention.kind != "role":
            self.role = mention.role  # not from an epithet: Der 56-Jährige names no office
        if mention.gender and not self.gender:
            self.gender = mention.gender


RENAMED_WINDOW = 400  # characters before a pronoun read for a person named again by surname alone
_WORD = re.compile(r"[^\W\d_]+")
RECENT_LIMIT = 256  # a pronoun or role noun refers back to one of this many most recently mentioned actors


def _opens_sentence(text: str, at: int) -> bool:
    """Does the word at offset ``at`` open a sentence or paragraph (after ``.``, ``!``, ``?``
    or a line break)?

    >>> _opens_sentence("He left. Lee stayed.", 9), _opens_sentence("He met Lee.", 7)
    (True, False)
    """
    before = text[max(0, at - 4) : at]
    return at == 0 or "\n" in before or before.rstrip()[-1:] in (".", "!", "?")


# a possessive, a role of at most four words and a comma: the person is named in apposition
_POSSESSIVE_APPOSITION = re.compile(r"['’]s?(?:[ \t]+\w+){1,4},")


class _Resolver:
    """Mentions in text order -> drafts of actors. Names are looked up in an index, back
    references among the most recently mentioned drafts, so each mention costs O(1)."""

    def __init__(self, reference: Reference = Reference(), text: str = ""):
        self.drafts: list[_Draft] = []
        self.text = text  # read for an age after a name (Tom Reed, 52,)
        self.ref = reference
        self.countries = reference.countries  # whose given names decide a gender (forenames)
        self.definite = reference.definite  # definite articles: das Ministerium refers back
        self.index = NameIndex()
        self.seq: dict[int, int] = {}  # id(draft) -> creation order
        self.recency: dict[int, _Draft] = {}  # drafts, least recently mentioned first

    def _most_recent(self, accept) -> _Draft | None:
        """The most recently mentioned draft that ``accept`` takes, among the last RECENT_LIMIT
        (of drafts last mentioned at the same offset, the one created first)."""
        found = None
        for n, draft in enumerate(reversed(self.recency.values())):
            if n >= RECENT_LIMIT or found is not None and draft.last != found.last:
                break
            if accept(draft) and (found is None or self.seq[id(draft)] < self.seq[id(found)]):
                found = draft
        return found

    def _recent(self, gender, kinds=("person", "unnamed")) -> _Draft | None:
        """The most recent actor of these kinds and of no other gender (pronouns)."""
        return self._most_recent(lambda d: d.kind in kinds and compatible(d, gender, self.countries))

    def _role_antecedent(self, mention: Mention) -> _Draft | None:
        """What a role noun with no name refers to, in order (each of no other gender):
        1. the most recent actor introduced with this role (``the minister`` after ``Finance
           Minister Ann Lee``, ``la directrice de l'agence``, ``der Minister``), all its words
           first, then its noun alone (``Emergency officials`` after ``officials``);
        2. for an epithet (``der 56-Jährige``, ``die 56-jährige Angestellte``), the most
           recent person of that age, else the most recent person of no other known age;
        3. the most recent actor introduced with another role, which the writer varies
           (``der Vizekanzler`` after ``Wirtschaftsminister X``, ``der Beamte`` after ``ein
           Sprecher des Ministeriums``) — unless the noun names a person of its own (``the
           spokesman``) or a person named with no role was mentioned since; never a group
           (``the man`` after ``Health officials``), nor one office for another (``the
           governor`` after ``Sen. Ann Lee``);
        else None: a new unnamed actor, never a person named with no role at all. A group
        (``US officials``, ``die Wissenschaftler``) refers only to a group of that role."""
        post = self.ref.postmodifiers
        head, before, _ = role_parts(mention.role or "", post)  # l'attaccante argentino: noun first
        plural = is_plural(mention.text, mention.role, mention.gender, self.ref)
        kinds = ("unnamed",) if plural else ("person", "unnamed")  # a group is no named person

        def agrees(d: _Draft) -> bool:
            return compatible(d, mention.gender, self.countries)

        for fits in (office_fits, role_fits, same_role_noun):  # le chef de l'État: the president
            draft = self._most_recent(
                lambda d: d.kind in kinds and agrees(d) and fits(d.role, mention.role, self.ref)
            )
            if draft is not None:
                return draft
        if plural or offices_of(mention.role, self.ref):
            return None  # a group; a title whose office no one named holds (le chef de l'État)
        if is_epithet(mention.role, self.ref):
            return self._epithet_antecedent(mention)
        if not any(w.endswith(self.ref.distinct) for w in (head, *before)):
            draft = self._most_recent(
                lambda d: d.kind in ("person", "unnamed") and agrees(d) and not d.plural
            )
            draft = draft if draft is not None and draft.role else None  # X, autore …; l'attaccante: X's
            if (
                draft is not None
                and holds_office(mention.role, self.ref)
                and holds_office(draft.role, self.ref)
            ):
                return None  # Sen. Ann Lee … the governor: another office, another person
        return draft

    def _epithet_antecedent(self, mention: Mention) -> _Draft | None:
        """An age epithet (``der 56-Jährige``): the most recent person of that age, else the most
        recent person, unless of another known age (``Tom Reed, 52, … The 47-year-old``) or of a
        role many hold who speak of others (``Justizsprecher X … Der 39-Jährige``: not X)."""
        age = epithet_age(mention.role)
        if age is not None:
            same = self._most_recent(
                lambda d: (
                    d.age == age
                    and d.kind in ("person", "unnamed")
                    and compatible(d, mention.gender, self.countries)
                )
            )
            if same is not None:
                return same
        draft = self._recent(mention.gender)
        held = draft is not None and any(
            w.endswith(self.ref.distinct) for w in (draft.role or "").lower().split()
        )
        return draft if draft is None or draft.age in (None, age) and not held else None

    def _first(self, drafts) -> _Draft | None:
        """Of ``drafts``, the one created first."""
        return min(drafts, key=lambda d: self.seq[id(d)], default=None)

    def _by_name(self, mention: Mention) -> _Draft | None:
        """The first person with this name, this surname or all these name words; else the most
        recent person whose surname is one typo away."""
        assert mention.name is not None  # a mention of kind "name"
        tokens = mention.name.split()
        last = tokens[-1].lower()
        lowered = {t.lower() for t in tokens}
        candidates = self.index.get("full", mention.name.lower()) + self.index.get("surname", last)
        postings = sorted((self.index.get("token", t) for t in lowered), key=len)
        if postings and postings[0]:
            others = [{id(d) for d in p} for p in postings[1:]]
            candidates += [d for d in postings[0] if all(id(d) in o for o in others)]
        found = self._first(d for d in candidates if d.kind == "person")
        if found is not None or len(last) < 5:
            return found
        typo = {id(d): d for k in deletions(last) for d in self.index.get("typo", k)}
        matches = [
            d
            for d in typo.values()
            if d.kind == "person"
            and len(d.surname) >= 5
            and d.surname[0] == last[0]
            and edit_distance_at_most_one(d.surname, last)
        ]
        return max(matches, key=lambda d: self.seq[id(d)], default=None)

    def resolve(self, mention: Mention) -> _Draft | None:
        kind = mention.kind
        if kind == "pronoun":
            draft = self._pronoun_antecedent(mention)
        elif kind == "name":
            draft = self._by_name(mention)
            assert mention.name is not None
            if draft and len(mention.name.split()) > len(draft.name.split()):
                draft.name = mention.name
            if draft is None:
                draft = self._new(mention.name, mention.role, "person", mention.gender)
                draft.no_person = names_no_person(mention, self.ref)
            elif not names_no_person(mention, self.ref):
                draft.no_person = draft.plural = False  # named as a person once: one person
        elif kind == "role":
            draft = self._surname_alone(mention) or self._role_antecedent(mention)
            if draft is None:
                draft = self._new(mention.role, mention.role, "unnamed", mention.gender)
                draft.plural = is_plural(mention.text, mention.role, mention.gender, self.ref)
                draft.anaphor = not draft.plural
                if draft.plural:
                    draft.name = group_name(draft.name, mention.text, self.ref)  # Economists, not Economist
        elif kind == "description":
            draft = self._description(mention)
        else:
            draft = self._organisation(mention)
            if draft is None:
                return None  # nothing left to name (a phrase of function words)
        if draft is not None:
            draft.add(mention)
            if draft.age is None:
                draft.age = (
                    age_after(mention.text, self.text, mention.end)
                    if kind == "name"
                    else epithet_age(mention.role)
                )
            defined = defined_acronym(mention.text) if draft.kind == "organisation" else None
            if defined and defined not in draft.aliases:
                draft.aliases += (defined,)  # Die Weltgesundheitsorganisation (WHO)
            self.index.update(draft)
            self.recency.pop(id(draft), None)
            self.recency[id(draft)] = draft
        return draft

    def renamed(self, text: str, start: int, end: int) -> None:
        """A known person who opens a sentence by surname alone, between the last mention and
        ``end`` (at most RENAMED_WINDOW characters back), is mentioned again: the sentence
        subject of news writing, so the last one becomes the most recent actor and a pronoun
        after it means them. A surname inside a sentence (an object: ``who represents Ray``)
        or a possessive before an apposed name (``Ray's aide, X, said``) does not count.

        ``Ambassador Ann Lee … a call with President Tom Ray.¶Lee has changed her account —
        “I now recall,” she said``: she is Lee; ``Lee`` in ``a call with Ray and Lee`` is not."""
        found = None
        for m in _WORD.finditer(text, max(start, end - RENAMED_WINDOW), end):
            if (
                m.group()[0].isupper()
                and _opens_sentence(text, m.start())
                and not _POSSESSIVE_APPOSITION.match(text, m.end())  # Lee's aide, X, said
            ):
                people = [d for d in self.index.get("surname", m.group().lower()) if d.kind == "person"]
                found = (self._first(people), m.start()) if people else found
        if found is not None and found[0] is not None and found[0].last < found[1]:
            draft = found[0]
            draft.last = found[1]
            self.recency.pop(id(draft), None)
            self.recency[id(draft)] = draft

    def _pronoun_antecedent(self, mention: Mention) -> _Draft | None:
        """What a pronoun stands for: the most recent actor it agrees with in number and gender.

        - a plural pronoun (``they``, ``ils``; p in ``pronouns.txt``) stands for a group or an
          organisation (``US officials … they said``), never for one person;
        - ``he`` or ``she`` (and ``er``) stand for one person: never a group (``Swedish
          prosecutors … He has always denied``), never a name no person bears (``The EU``,
          ``the president of the American Farm Bureau``: the bureau), never one of the other
          gender, and with natural gender never an organisation;
        - a neuter pronoun (``it``) never stands for a man or a woman.
        With none that agrees the pronoun stays unbound: better no speaker than the wrong one."""
        number = self.ref.pronoun_number(mention.text) or mention.gender
        if number == "p":
            return self._most_recent(lambda d: d.kind == "organisation" or d.plural)
        kinds = self._pronoun_kinds(mention.gender)
        singular = number == "m" or number == "f" and self.ref.natural_gender  # German sie is also plural
        return self._most_recent(
            lambda d: (
                d.kind in kinds
                and compatible(d, mention.gender, self.countries)
                and not (singular and (d.plural or d.no_person))
                and not (number == "n" and gender_of(d, self.countries) in ("m", "f"))
                and noun_gender_agrees(d, mention.gender, self.ref)
            )
        )

    def _pronoun_kinds(self, gender: str | None) -> tuple:
        """What a pronoun may stand for: a feminine or plural one also for an organisation
        (sie: die Polizei), unless pronouns have natural gender (she: never the Pentagon); a
        masculine one too where pronouns follow the gender of nouns (er: der Verband)."""
        if gender == "m" and not self.ref.grammatical_gender or gender == "f" and self.ref.natural_gender:
            return ("person", "unnamed")
        return ("person", "unnamed", "organisation")

    def _description(self, mention: Mention) -> _Draft:
        """An unnamed actor with the same role, a person named before with this role (after a
        definite article), or a new unnamed actor."""
        draft = self._first(self.index.get("unnamed-role", mention.role))
        if draft is None and mention.text.split()[0].lower() in self.definite:
            # der Sprecher des Ministeriums after Max Weber, Sprecher des Ministeriums: the same person
            draft = self._most_recent(
                lambda d: (
                    d.kind == "person"
                    and compatible(d, mention.gender, self.countries)
                    and role_fits(d.role, mention.role, self.ref)
                )
            )
        if draft is None:
            draft = self._new(mention.role, mention.role, "unnamed", mention.gender)
            draft.plural = mention.plural or is_plural(mention.text, mention.role, mention.gender, self.ref)
            if draft.plural:
                draft.name = group_name(draft.name, mention.text, self.ref)  # Lawyers for the …
        return draft

    def _organisation(self, mention: Mention) -> _Draft | None:
        """The organisation of this name, the one a definite head noun refers back to, or a new one."""
        name = (mention.name or "").lower()
        if not name.strip():
            return None
        draft = self._first(self.index.get("full", name)) or self._by_acronym(mention.name or "")
        if draft is None and " " not in name and mention.text.split()[0].lower() in self.definite:
            # das Ministerium after das Verteidigungsministerium: the organisation named before
            draft = self._most_recent(
                lambda d: (
                    d.kind == "organisation"
                    and bool(d.name.strip())
                    and (d.name.lower().endswith(name) or d.name.lower().split()[0] == name)
                )
            )  # le ministère de …
        if draft is None:  # a document (the statement) is a source of its own kind, never a person
            kind = "document" if mention.kind == "document" else "organisation"
            draft = self._new(mention.name, None, kind, None)
        return draft

    def _surname_alone(self, mention: Mention) -> _Draft | None:
        """A lone capitalised word that spells a role and is the surname of a person named
        before (``sagte Ludwig-Bauer`` after ``Michael Ludwig-Bauer``): that person."""
        words = mention.text.split()
        if len(words) != 1 or not words[0][:1].isupper():
            return None
        return self._first(d for d in self.index.get("surname", words[0].lower()) if d.kind == "person")

    def _by_acronym(self, name: str) -> _Draft | None:
        """The most recent organisation whose initials spell the acronym the name ends in, with
        the name's other words in its name (``the Chinese CDC``: ``the Chinese Center for
        Disease Control and Prevention``)."""
        acronym = acronym_of(name)
        if acronym is None:
            return None
        found = {id(d) for d in self.index.get("acronym", acronym.lower()) if others_agree(name, d.name)}
        return self._most_recent(lambda d: id(d) in found) if found else None

    def _new(self, name, role, kind, gender) -> _Draft:
        draft = _Draft(name=name, role=role, kind=kind, gender=gender)
        self.seq[id(draft)] = len(self.drafts)
        self.drafts.append(draft)
        self.index.update(draft)
        return draft


def resolve(
    statements: tuple[Statement, ...],
    people: tuple[Mention, ...] = (),
    reference: Reference = Reference(),
    text: str = "",
) -> tuple[tuple[Actor, ...], tuple]:
    """Resolve speaker mentions (and the named people introduced before them) to actors.
    Only actors with at least one statement are returned. ``reference``: what the language's
    data says about back references (``Reference.of(language)``); ``text``: the text the
    offsets point into, read for people named again by surname before a pronoun."""
    resolver = _Resolver(reference, text)
    owners: list[_Draft | None] = []
    events = sorted(
        [(m.start, 0, m) for m in people]
        + [
            ((st.mention.start if st.mention is not None and not st.inherited else st.start), 1, st)
            for st in statements
        ],
        key=lambda e: (e[0], e[1]),
    )
    by_statement = {}
    previous = 0
    for offset, is_statement, item in events:
        mention = cast(Statement, item).mention if is_statement else cast(Mention, item)
        if text and mention is not None and mention.kind == "pronoun":
            resolver.renamed(text, previous, offset)
        previous = max(previous, offset)
        if not is_statement:
            resolver.resolve(cast(Mention, item))
            continue
        st = cast(Statement, item)
        by_statement[id(st)] = None if st.mention is None or st.inherited else resolver.resolve(st.mention)
    for st in statements:
        if st.inherited and owners:
            owners.append(owners[-1])
        else:
            owners.append(by_statement[id(st)])
    owners = merge_cataphora(resolver.drafts, owners, reference)
    owner_ids = {id(o) for o in owners if o is not None}
    speaking = [d for d in resolver.drafts if id(d) in owner_ids]
    ids = {id(d): f"a{n}" for n, d in enumerate(speaking, 1)}
    actors = {
        id(d): Actor(ids[id(d)], d.name, d.role, tuple(d.mentions), d.kind, gender_of(d, reference.countries))
        for d in speaking
    }
    quotes = tuple(
        Quote(f"q{n}", st, actors[id(o)] if o is not None else None)
        for n, (st, o) in enumerate(zip(statements, owners, strict=True), 1)
    )
    return tuple(actors.values()), quotes
