"""Whether a back reference may stand for an actor: gender agreement (a pronoun, a gendered
role noun) and role agreement (``the minister`` for ``Finance Minister Ann Lee``).

What the language's data says about back references is gathered once in :class:`Reference`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from ..lang import forenames


class Draft(Protocol):
    """What agreement reads of an actor being resolved (``actors._Draft``)."""

    name: str
    role: str | None
    kind: str
    gender: str | None


@dataclass(frozen=True)
class Reference:
    """The language data that back references read.

    - ``definite``: definite determiners (``das Ministerium`` refers back, ``ein Sprecher`` not);
    - ``postmodifiers``: words that open a role's domain (``directrice de l'agence``), so
      the role noun is the last word before them;
    - ``ranks``: words that make another rank of an office (``Vize``-, ``deputy``);
    - ``epithets``: role nouns that describe a person already named rather than an office
      (``der 56-Jährige``): with no actor of that role they refer to the most recent person;
    - ``distinct``: role nouns that name a person of their own (``spokesman``, ``Sprecher``,
      ``portavoz``), never another description of someone introduced with another role;
    - ``plural_determiners`` and ``plural_endings``: what makes a role noun a group
      (``los entrenadores``, ``officials``, ``die Wissenschaftler``); ``bare_plural``: a role
      noun with no determiner is one too (German ``Kritiker sagen``; ``determiners``);
    - ``countries``: whose given names decide a gender (``forename_countries`` in the
      language's ``settings.json``, columns of :mod:`newsscan.lang.forenames`);
    - ``natural_gender``: he and she stand for people only (English);
    - ``grammatical_gender``: er and sie also stand for an organisation whose noun has their
      gender (``er``: der Verband; not die Polizei);
    - ``pronoun_numbers``: each pronoun's entry in ``pronouns.txt`` (``they`` -> p, plural;
      ``it`` -> n, neuter), read where the mention keeps only m or f.
    """

    definite: frozenset = frozenset()
    postmodifiers: frozenset = frozenset()
    epithets: tuple = ()
    ranks: frozenset = frozenset()
    distinct: tuple = ()
    plural_determiners: frozenset = frozenset()
    plural_endings: frozenset = frozenset()
    bare_plural: bool = False
    determiners: frozenset = frozenset()
    roles: frozenset = frozenset()  # the language's role nouns (roles.txt)
    countries: tuple = ()
    natural_gender: bool = False
    grammatical_gender: bool = False
    pronoun_numbers: tuple = ()  # (pronoun, m | f | p | n) pairs from pronouns.txt
    offices: dict = field(default_factory=dict)  # office_titles.txt: title -> its offices

    @classmethod
    def of(cls, lang) -> Reference:
        """The data of a :class:`newsscan.lang.Language`."""
        return cls(
            definite=lang.word_class("definite_determiners"),
            postmodifiers=lang.word_class("postmodifiers"),
            epithets=tuple(sorted(lang.word_class("epithet_roles"))),
            ranks=lang.word_class("rank_prefixes"),
            distinct=tuple(sorted(lang.word_class("distinct_roles") | lang.distinct_roles)),
            plural_determiners=lang.word_class("plural_determiners"),
            plural_endings=lang.word_class("plural_endings"),
            bare_plural=lang.uses("role.bare_plural"),
            determiners=lang.word_class("determiners"),
            roles=frozenset(lang.roles),
            countries=tuple(lang.settings.get("forename_countries", ())),
            offices=lang.offices,
            natural_gender=lang.uses("pronoun.natural_gender"),
            grammatical_gender=lang.uses("pronoun.grammatical_gender"),
            pronoun_numbers=tuple(sorted(lang.pronouns.items())),
        )

    def pronoun_number(self, word: str) -> str | None:
        """The entry of a pronoun in ``pronouns.txt``: m, f, p (plural) or n (neuter); None
        for a form not listed (``dit-elle`` keeps its gender on the mention).

        >>> Reference(pronoun_numbers=(("he", "m"), ("they", "p"))).pronoun_number("They")
        'p'
        """
        return self._pronoun_map.get(word.lower())

    @cached_property
    def _pronoun_map(self) -> dict[str, str]:
        """``pronoun_numbers`` as a dict, built once."""
        return dict(self.pronoun_numbers)


def is_plural(text: str, role: str | None, gender: str | None, ref: Reference) -> bool:
    """Does a role mention name a group? After a plural determiner with no gender of its own
    (``die Wissenschaftler``; ``die Vorsitzende`` is feminine), with no determiner where the
    language says so (``Konservative Politiker``), or when a word of it is the role noun with
    a plural ending (``US officials``, ``los entrenadores``).

    >>> ref = Reference(plural_determiners=frozenset({"die"}), plural_endings=frozenset({"s"}))
    >>> is_plural("US officials", "official", None, ref), is_plural("the official", "official", None, ref)
    (True, False)
    >>> is_plural("Die Wissenschaftler", "Wissenschaftler", None, ref)
    True
    """
    words = text.lower().split()
    if not words or not role:
        return False
    if words[0] in ref.plural_determiners and gender is None:
        return True
    if ref.bare_plural and not ref.determiners.intersection(words):
        return True  # Kritiker, Meinung politischer Beobachter (not: Ansicht des Generalanwalts)
    head = role_parts(role, ref.postmodifiers)[0]
    if any(head.endswith(e) and head[: -len(e)] in ref.roles for e in ref.plural_endings):
        return True  # officials, listed as a role of its own
    return any(w != head and w.startswith(head) and w[len(head) :] in ref.plural_endings for w in words)


def group_name(role: str, text: str, ref: Reference) -> str:
    """The name of an unnamed group: its role with the role noun in the plural the mention
    wrote (``Prosecutors`` -> ``Prosecutors``, not ``Prosecutor``); the role when the mention
    writes no plural of it or has an indefinite or possessive determiner (German ``einen
    Experten`` is one expert).

    >>> ref = Reference(plural_endings=frozenset({"s"}))
    >>> group_name("Federal prosecutor", "federal prosecutors", ref)
    'Federal prosecutors'
    >>> group_name("Lawyer for the tenant", "Lawyers for the tenants", ref)
    'Lawyers for the tenants'
    """
    singular = ref.determiners - ref.definite - ref.plural_determiners  # einen Experten: one
    if singular.intersection(text.lower().split()):
        return role
    written = text.lower().split()
    words = role.split()
    for k, word in enumerate(words):
        low = word.lower()
        ending = next((w[len(low) :] for w in written if w.startswith(low) and w != low), None)
        if ending is not None and ending in ref.plural_endings and low not in written:
            words[k] += ending  # Lawyers for the tenants: every word the mention wrote in the plural
    return " ".join(words)


def edit_distance_at_most_one(a: str, b: str) -> bool:
    """Are two surnames at most one insertion, deletion or substitution apart (a typo)?"""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        edits += 1
        if edits > 1:
            return False
        if len(a) == len(b):
            i += 1
        j += 1
    return edits + (len(b) - j) + (len(a) - i) <= 1


def deletions(word: str) -> set[str]:
    """``word`` and every form of it with one character deleted: two words within one edit
    share at least one of these keys."""
    return {word} | {word[:k] + word[k + 1 :] for k in range(len(word))}


def surname_shape(word: str) -> bool:
    """Could the last word of a name be a surname? Not a short acronym nor a number (``Hertha
    BSC``, ``Hannover 96``, ``Bayer AG`` no; ``Anna Berg``, ``John Hale III``, ``Emmanuel
    MACRON`` yes)."""
    letters = "".join(ch for ch in word if ch.isalpha())
    acronym = 1 < len(letters) <= 4 and letters.isupper() and set(letters) - set("IVX")
    return bool(letters) and not acronym


def forename_gender(name: str, countries: tuple) -> str | None:
    """The gender the given name of a full name shows (``Anna Berg`` -> f), for the language's
    ``countries``; None for a lone surname, an initial or a name the dictionary leaves open.
    A double given name counts by its first part (``Hans-Peter`` -> m)."""
    words = name.split()
    if len(words) < 2 or len(words[0].rstrip(".")) < 2 or words[0].endswith("."):
        return None
    if not surname_shape(words[-1]):
        return None
    first = words[0]
    found = forenames.gender(first, countries)
    if found is None and "-" in first.strip("-"):
        found = forenames.gender(first.split("-")[0], countries)
    return found


def name_gender(name: str | None, said: str | None, countries: tuple) -> str | None:
    """A named person's gender: the given name's where the forename list knows it, else what
    the mentions said (``said``: honorific, role noun). A role noun's gender is often only its
    grammatical one (``Personalvorstand Martina Berg``: a woman), so a known given name wins."""
    return forename_gender(name or "", countries) or said


def gender_of(draft: Draft, countries: tuple) -> str | None:
    """An actor's gender: a person's by ``name_gender`` (also a pronoun bound to it counts as
    said), an unnamed actor's what its mentions said; None for an organisation or a document
    (``sie`` for ``die Polizei`` is grammar)."""
    if draft.kind not in ("person", "unnamed"):
        return None
    if draft.kind != "person":
        return draft.gender
    return name_gender(draft.name, draft.gender, countries)


def compatible(draft: Draft, gender: str | None, countries: tuple = ()) -> bool:
    """No gender clash: either side unknown, or both the same."""
    if gender is None:
        return True
    known = gender_of(draft, countries)
    return known is None or known == gender


def noun_gender_agrees(draft: Draft, gender: str | None, ref: Reference) -> bool:
    """Where pronouns follow the gender of nouns (``ref.grammatical_gender``), an organisation
    agrees with a pronoun of the gender its noun was introduced with (``er``: der Verband), and
    ``sie`` also with one of no known gender (die Polizei as a speaker); elsewhere, and for
    anyone else, agreement is the pronoun's business alone.

    >>> org = type("D", (), {"kind": "organisation", "gender": "m", "name": "", "role": None})()
    >>> ref = Reference(grammatical_gender=True)
    >>> noun_gender_agrees(org, "m", ref), noun_gender_agrees(org, "f", ref)
    (True, False)
    """
    if draft.kind != "organisation" or not ref.grammatical_gender or gender not in ("m", "f"):
        return True
    return draft.gender == gender or draft.gender is None and gender == "f"


def is_epithet(role: str | None, ref: Reference) -> bool:
    """Does a word of the role describe the person rather than an office (``die 56-jährige
    Angestellte``)?"""
    return bool(role) and any(w.endswith(ref.epithets) for w in (role or "").lower().split())


_AGE_AFTER_NAME = re.compile(r" ?[,(] ?(\d{1,3}) ?[,)]")  # Tom Reed, 52, … / Max Weber (56)
_AGE_CLOSING_NAME = re.compile(r"\((\d{1,3})\)$")  # a mention that ends in its age: Max Weber (56)
_DIGITS = re.compile(r"\d{1,3}")


def age_after(mention: str, text: str, end: int) -> int | None:
    """The age written at the end of a name mention or right after it (``end``), or None.

    >>> age_after("Mayor Tom Reed", "Mayor Tom Reed, 52, spoke first.", 14)
    52
    >>> age_after("Max Weber (56)", "Max Weber (56) sagte", 14), age_after("Weber", "Weber (56) sagte", 5)
    (56, 56)
    >>> age_after("Tom Reed", "Tom Reed, who is 52, spoke.", 8) is None
    True
    """
    m = _AGE_CLOSING_NAME.search(mention) or _AGE_AFTER_NAME.match(text, end, end + 10)
    return int(m.group(1)) if m else None


def epithet_age(role: str | None) -> int | None:
    """The age an epithet gives (``47-year-old``, ``56-jährige Angestellte``), or None.

    >>> epithet_age("47-year-old"), epithet_age("year-old")
    (47, None)
    """
    m = _DIGITS.search(role or "")
    return int(m.group()) if m else None


def role_parts(role: str, postmodifiers: frozenset = frozenset()) -> tuple[str, set, set]:
    """A role as its noun, the words before it and its domain (from the first post-modifier
    on), lowercased: ``Finance Minister`` -> (minister, {finance}, {}); ``directrice de
    l'agence`` -> (directrice, {}, {de, l'agence})."""
    words = role.lower().split()
    cut = next((k for k, w in enumerate(words) if k and w in postmodifiers), len(words))
    head = words[:cut] or words[:1]
    return head[-1], set(head[:-1]), set(words[cut:])


def _other_rank(actor_head: str, head: str, actor_before: set, before: set, ranks: frozenset) -> bool:
    """Is the actor's office another rank of the noun (``Vizepräsident`` or ``Deputy Minister``
    for ``der Präsident``, ``the minister``)?"""
    prefix = actor_head[: len(actor_head) - len(head)]
    return bool(prefix) and prefix.endswith(tuple(ranks)) or bool((actor_before - before) & ranks)


def same_role_noun(actor_role: str | None, mention_role: str | None, ref: Reference) -> bool:
    """The looser test: the role noun alone is the actor's or part of its compound, of the same
    rank (``Emergency officials`` for ``officials``)."""
    if not actor_role or not mention_role:
        return False
    head, before, _ = role_parts(mention_role, ref.postmodifiers)
    actor_head, actor_before, _ = role_parts(actor_role, ref.postmodifiers)
    return actor_head.endswith(head) and not _other_rank(actor_head, head, actor_before, before, ref.ranks)


def role_fits(actor_role: str | None, mention_role: str | None, ref: Reference) -> bool:
    """Does a role noun with no name (``the minister``, ``die Ministerin``, ``la directrice de
    l'agence``) name the office of an actor with ``actor_role``? Its noun must be the actor's
    or part of its compound (``Minister`` in ``Außenminister``), and every other word of it
    (``russischer``, ``de l'agence``) must be in the actor's role. A role more specific than
    the actor's (``the prime minister`` for ``Minister X``) is another office, and so is
    another rank of it (``Vizepräsident`` is not ``der Präsident``).

    >>> ref = Reference(postmodifiers=frozenset({"de"}), ranks=frozenset({"vize", "deputy"}))
    >>> role_fits("Finance Minister", "minister", ref), role_fits("Finance Minister", "prime minister", ref)
    (True, False)
    >>> role_fits("Außenministerin", "Ministerin", ref), role_fits("Vizepräsident", "Präsident", ref)
    (True, False)
    >>> role_fits("Deputy Minister", "minister", ref), role_fits("Deputy Minister", "deputy minister", ref)
    (False, True)
    >>> role_fits("directrice de l'agence", "directrice de l'hôpital", ref)
    False
    >>> role_fits("Interior Minister", "Austria's interior minister", ref)
    True
    """
    if not actor_role or not mention_role:
        return False
    head, before, domain = role_parts(mention_role, ref.postmodifiers)
    actor_head, actor_before, actor_domain = role_parts(actor_role, ref.postmodifiers)
    before = {w for w in before if not w.endswith(("'s", "’s"))}  # Austria's interior minister
    return (
        actor_head.endswith(head)
        and before <= actor_before | {actor_head}
        and domain <= actor_domain
        and not _other_rank(actor_head, head, actor_before, before, ref.ranks)
    )


def office_fits(actor_role: str | None, mention_role: str | None, ref: Reference) -> bool:
    """Does a fixed title of ``office_titles.txt`` with no name (``le chef de l'État``, ``il
    primo cittadino``) stand for the office of an actor with ``actor_role``? One of its offices
    must fit that role as a role noun would (:func:`role_fits`).

    >>> ref = Reference(offices={"chef de l'état": ("président",)}, postmodifiers=frozenset({"de"}))
    >>> office_fits("président de la République", "chef de l'État", ref)
    True
    >>> office_fits("ministre", "chef de l'État", ref)
    False
    """
    return any(role_fits(actor_role, office, ref) for office in offices_of(mention_role, ref))


def holds_office(role: str | None, ref: Reference) -> bool:
    """Is the role, or its noun, an office of ``office_titles.txt`` (``governor``, ``senator``,
    ``Deputy Governor``, ``président``)? Two such offices that do not fit each other belong to
    two people: ``the governor`` is never ``Sen. Ann Lee``.

    >>> ref = Reference(offices={"gov": ("governor",), "sen": ("senator",)})
    >>> holds_office("Deputy Governor", ref), holds_office("senator", ref), holds_office("spokesman", ref)
    (True, True, False)
    """
    if not role:
        return False
    offices = {office for names in ref.offices.values() for office in names}
    whole = " ".join(role.lower().replace("’", "'").split())
    return whole in offices or role_parts(whole, ref.postmodifiers)[0] in offices


def offices_of(role: str | None, ref: Reference) -> tuple:
    """The offices a fixed title stands for (``office_titles.txt``), none for any other role."""
    return ref.offices.get(" ".join((role or "").lower().replace("’", "'").split()), ())


def _acronym(name: str) -> bool:
    """A name of capitals and initials only (``EU``, ``U. S.``, ``CDC``): an organisation or a
    place, not a person a pronoun stands for."""
    words = name.split()
    return bool(words) and all(w.isupper() or len(w) == 2 and w.endswith(".") for w in words)


def names_no_person(mention, ref: Reference) -> bool:
    """Does a mention read as a name look like no person's name, so that ``he`` or ``she``
    cannot stand for it? In order: a name of capitals only (``The EU``, ``the U.S.``); a name
    right after a definite article, with no role (``The EU``, ``die Linke``; not ``der
    zuständige Gewerkschaftsvorstand Uwe Foullong``); a name that ends a
    role's domain with no comma and no given name before it — it names the organisation of the
    role (``the president of the American Farm Bureau``, ``a teacher at Richmond High School``;
    not ``Der Chef der Gewerkschaft Verdi, Frank Werneke``).

    >>> from ..model import Mention
    >>> ref = Reference(definite=frozenset({"the"}), postmodifiers=frozenset({"of", "at"}))
    >>> names_no_person(Mention("The EU", 0, 6, "name", name="EU"), ref)
    True
    >>> farm = Mention("the head of the Farm Bureau", 0, 27, "name", name="Farm Bureau", role="head of the")
    >>> names_no_person(farm, ref)
    True
    >>> lee = Mention("Finance Minister Ann Lee", 0, 24, "name", name="Ann Lee", role="Finance Minister")
    >>> names_no_person(lee, ref), names_no_person(Mention("Lee", 0, 3, "name", name="Lee"), ref)
    (False, False)
    """
    name = mention.name or ""
    if mention.kind != "name" or not name:
        return False
    if _acronym(name):
        return True
    words = mention.text.split()
    before = words[: max(0, len(words) - len(name.split()))]
    if not mention.role:
        return bool(before) and before[-1].lower() in ref.definite
    domain = role_parts(mention.role, ref.postmodifiers)[2]
    lead = mention.text[: mention.text.rfind(name.split()[0])].rstrip()
    return (
        bool(domain)
        and bool(lead)
        and not lead.endswith(",")
        and forename_gender(name, ref.countries) is None
    )
