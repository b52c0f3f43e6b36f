"""Language data: one folder per language, holding lexicons as plain data files.

A language folder may contain any of these files; missing ones are empty:

- ``speech_verbs.txt``  infinitive, 3sg present, 3sg past, participle, [particle]
- ``cue_phrases.txt``   fixed multi-word cues (``hieß es``)
- ``speech_nouns.txt``  nouns and adjectives that frame a report (``die Ansicht, dass``)
- ``konjunktiv.txt``    verb forms that mark reported speech (German Konjunktiv)
- ``roles.txt``         person role nouns (``+in`` adds a feminine form, ``f`` marks a feminine
                        noun, ``distinct`` a role many hold at once: der Belgier)
- ``office_titles.txt`` fixed titles that stand for an office (``chef de l'État = président``)
- ``organisations.txt`` heads of collective speakers
- ``media.txt``         nouns introducing a medium (``Zeitung``, ``Sender``)
- ``honorifics.txt`` (each with its gender: ``Frau f``, ``Dr.``), ``pronouns.txt``
- ``grammar.txt``       closed word classes in ``[sections]``
- ``boilerplate.json``  whole-line boilerplate patterns by kind, and the words of the shapes (``"shapes"``)
- ``quotes.json``       quotation mark pairs
- ``attribution.json``  according-to patterns (``laut X``)
- ``settings.json``     how the language works (elisions, plural endings, role noun endings, names)
- ``constructions.txt`` the statement constructions the language uses, in priority order
- ``strategies.txt``    the grammar strategies of the shared stages it uses (``strategies.py``)
- ``rules.py``          code only this language needs, as hooks (``RULES``, see ``rules.py``)

Adding a language means adding a folder; the pipeline stages read only
:class:`Language`. Loading is lazy and cached.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import import_module, resources

from . import word_classes
from .inflections import (
    agreed_participles,
    check_inflections,
    check_participle_agreement,
    role_inflections,
    role_nouns,
)
from .media import Medium as Medium
from .media import media_aliases as media_aliases
from .media import media_gazetteer as media_gazetteer
from .offices import office_titles
from .rules import RULES as DEFAULT_RULES
from .rules import Rules
from .strategies import GENERIC as GENERIC_STRATEGIES
from .strategies import STRATEGIES

DEFAULT = "de"
DEFAULT_QUOTES = [["„", "“"], ["»", "«"], ['"', '"'], ["“", "”"]]
GENERIC_QUOTES = DEFAULT_QUOTES + [["«", "»"], ["‘", "’"], ["「", "」"]]


@dataclass(frozen=True)
class Verb:
    lemma: str
    particle: str | None
    kind: str = "speech"  # the @classes joined by +: core, directive, naming, reflexive, agreed …


@dataclass(frozen=True)
class Language:
    code: str
    cue_forms: dict = field(default_factory=dict)  # lowercase form -> tuple of Verb
    participles: frozenset = frozenset()
    cue_phrases: tuple = ()
    speech_nouns: frozenset = frozenset()  # nouns/adjectives framing a dass-clause
    konjunktiv: frozenset = frozenset()
    konjunktiv1: frozenset = frozenset()  # forms that mark a report on their own
    roles: tuple = ()  # lowercase suffixes, longest first
    feminine_roles: frozenset = frozenset()
    offices: dict = field(default_factory=dict)  # office_titles.txt: title -> its offices
    distinct_roles: frozenset = frozenset()  # roles.txt words flagged distinct (der Belgier)
    organisations: tuple = ()
    media: frozenset = frozenset()
    honorifics: frozenset = frozenset()
    honorific_genders: dict = field(default_factory=dict)  # honorific (no full stop) -> f | m
    pronouns: dict = field(default_factory=dict)  # lowercase pronoun -> gender
    words: dict = field(default_factory=dict)  # section -> frozenset
    boilerplate: tuple = ()  # (kind, compiled regex)
    quote_pairs: tuple = ()  # (open, close)
    attribution: dict = field(default_factory=dict)
    settings: dict = field(default_factory=dict)  # settings.json: how the language works
    constructions: tuple = ()  # constructions.txt: the statement constructions this language uses
    strategies: frozenset = frozenset()  # strategies.txt: the grammar strategies it uses
    rules: Rules = DEFAULT_RULES  # rules.py: the hooks for code only this language needs

    def uses(self, strategy: str) -> bool:
        """Does the language use the grammar strategy ``strategy`` (``strategies.py``)?"""
        return strategy in self.strategies

    @cached_property
    def media_nouns(self) -> tuple:
        """Media nouns, longest first, for the suffix lookup of compounds (Nachrichtensender)."""
        return tuple(sorted(self.media, key=len, reverse=True))

    @cached_property
    def source_heads(self) -> tuple:
        """The nouns a source is named by (``attribution.json`` source nouns: Angaben, Ergebnis)
        and the document nouns (Bericht, Mitteilung), for the suffix lookup of compounds
        (Endergebnis, Polizeibericht)."""
        return tuple(
            sorted(set(self.attribution.get("source_nouns", ())) | self.word_class("document_nouns"))
        )

    @cached_property
    def company_heads(self) -> tuple:
        """The company nouns, for the suffix lookup of compounds (Autokonzern, Energieversorger)."""
        return self._heads("company_nouns")

    @cached_property
    def document_heads(self) -> tuple:
        """The document nouns, for the suffix lookup of compounds (Abschlussbericht)."""
        return self._heads("document_nouns")

    def _heads(self, name: str) -> tuple:
        """A word class as a sorted tuple, the stable key of a suffix lookup."""
        return tuple(sorted(self.word_class(name)))

    @cached_property
    def elisions(self) -> frozenset:
        """Words written elided before a vowel (French ``qu'``, ``l'``), split off as tokens."""
        return frozenset(self.settings.get("elisions", ()))

    @cached_property
    def role_inflections(self) -> tuple[tuple[str, str], ...]:
        """Role noun endings and their base-form replacements (``inflections.py``)."""
        return role_inflections(self.settings)

    @cached_property
    def finite_words(self) -> frozenset:
        """Auxiliaries and common finite verb forms: a word that is one is a finite verb."""
        return self.word_class("auxiliaries") | self.word_class("finite_verbs")

    @cached_property
    def past_shapes(self) -> tuple[str, ...]:
        """Endings that show a past form in a frame (``"…," Dana Pratt exclaimed``, ``«…»,
        reagiu X``): the verb shapes (English ``-ed``), else the finite endings, of two letters
        or more or one accented letter (``-ó``)."""
        words = self.word_class("verb_shapes") or self.word_class("finite_endings")
        return tuple(e for e in words if len(e) >= 2 or not e.isascii())

    @cached_property
    def time_words(self) -> frozenset:
        """Words of a time phrase: month names, time nouns (Woche, Montag) and the other words
        of one (heute, yesterday), the union read wherever a time phrase is skipped or refused."""
        return self.word_class("months") | self.word_class("time_nouns") | self.word_class("time_words")

    def word_class(self, name: str) -> frozenset:
        """The words of the class ``name`` (``lang/word_classes.py``), empty when the language
        declares none; a name that is no word class is a KeyError."""
        if name not in word_classes.WORD_CLASSES:
            raise KeyError(f"no word class {name!r}; the known ones are in lang/word_classes.py")
        return self.words.get(name, frozenset())


def _lines(code: str, name: str) -> list[str]:
    try:
        text = resources.files(__name__).joinpath(code, name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return []
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _json(code: str, name: str) -> dict:
    try:
        text = resources.files(__name__).joinpath(code, name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


def _sections(lines: list[str]) -> dict:
    sections: dict[str, list[str]] = {}
    current = None
    for line in lines:
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            if current in sections:  # two lists under one name: a merge left one behind
                raise ValueError(f"word class [{current}] is declared twice")
            sections[current] = []
        elif current:
            sections[current].append(line.lower())
    return {k: frozenset(v) for k, v in sections.items()}


def _plural(form: str, rules: Sequence) -> str | None:
    """The 3rd person plural of a 3sg form by the language's suffix rules (explicó -> explicaron)."""
    for suffix, replacement in rules:
        if form.endswith(suffix):
            return form[: len(form) - len(suffix)] + replacement
    return None


def _verbs(
    lines: list[str], plural_rules: Sequence = (), settings: dict | None = None
) -> tuple[dict, frozenset]:
    forms: dict[str, tuple] = {}
    participles = set()
    for line in lines:
        parts = [p for p in line.split() if not p.startswith("@")]
        kind = "+".join(p[1:] for p in line.split() if p.startswith("@")) or "speech"
        lemma, present, past, participle = parts[:4]
        particle = parts[4] if len(parts) > 4 else None
        verb = Verb(lemma, particle, kind)
        stem_inf = lemma[len(particle) :] if particle and lemma.startswith(particle) else lemma
        past_pl = past + ("n" if past.endswith("e") else "en")
        finite = [present, past, past_pl, stem_inf]
        if plural_rules:  # languages with their own plural endings (dicen, dijeron)
            finite = [present, past, stem_inf] + [
                p for p in (_plural(present, plural_rules), _plural(past, plural_rules)) if p
            ]
        if particle:
            finite += [particle + f for f in (present, past, past_pl)]
            finite.append(lemma)
        for form in dict.fromkeys(f.lower() for f in finite + [participle]):
            _add_verb(forms, form, verb)
        participles.add(participle.lower())
        agreeing = Verb(lemma, particle, kind + "+agreed")  # s'est indignée: a cue only after a reflexive
        for form in agreed_participles(settings or {}, participle.lower()):
            _add_verb(forms, form, agreeing)
            participles.add(form)
    return forms, frozenset(participles)


def _add_verb(forms: dict, form: str, verb: Verb) -> None:
    """``verb`` among the verbs of ``form``, once (a verb listed twice, or agreeing twice)."""
    if verb not in forms.get(form, ()):
        forms[form] = forms.get(form, ()) + (verb,)


def _participle_kind(form: str, forms: dict) -> str:
    """The classes of the verb a present participle of ``[participial_cues]`` belongs to, found by
    its stem (urging -> urge: directive, accusing -> accuse: accusation), else ``core``."""
    if not form.endswith("ing"):
        return "core"
    stem = form[:-3]
    for lemma in (stem, stem + "e", stem[:-1]):
        verbs = forms.get(lemma, ())
        if verbs:
            return verbs[0].kind if "core" in verbs[0].kind.split("+") else verbs[0].kind + "+core"
    return "core"


INLINE_AD = "inline-ad"  # boilerplate.json kind: an ad marker inside a line, not a whole line


def _boilerplate_pattern(kind: str, pattern: str) -> re.Pattern:
    """Compile a boilerplate pattern (case-insensitive). Whole-line markers are matched
    against a stripped line. Inline ad markers are searched in a line and take the spaces
    after them along (the cleaner extends a match back over the spaces before it: a leading
    ``\\s*`` in the pattern would make a long run of spaces cost quadratic time)."""
    if kind == INLINE_AD:
        return re.compile(r"(?:" + pattern + r")\s*", re.IGNORECASE)
    return re.compile(r"(?:" + pattern + r")", re.IGNORECASE)


@lru_cache(maxsize=1)
def _related() -> dict:
    text = resources.files(__name__).joinpath("related.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


GENERIC = "und"


class UnknownLanguage(ValueError):
    """A language code that is neither shipped nor mapped to a shipped language."""


def data_code(code: str | None) -> str | None:
    """The shipped language whose data reads ``code``: the language itself, a close one from
    ``related.json`` (Catalan -> Spanish), or None when newsscan has no data for it."""
    code = (code or "").strip().lower()
    if code in available():
        return code
    mapped = _related().get(code)
    return mapped if mapped in available() else None


def known_codes() -> tuple:
    """Every code ``--language`` accepts: the shipped languages and those mapped to one."""
    return tuple(sorted(set(available()) | {c for c in _related() if data_code(c)}))


def validate(code: str) -> str:
    """Return ``code`` normalised (``DE`` -> ``de``) or raise :class:`UnknownLanguage` listing
    the known codes. Only names from this list ever reach the data loader, so a code is never
    read as a path."""
    normal = str(code).strip().lower()
    if normal in known_codes():
        return normal
    raise UnknownLanguage(f"unknown language code {code!r}; known codes: {', '.join(known_codes())}")


@lru_cache(maxsize=None)
def get(code: str | None) -> Language:
    """Return the data that reads language ``code`` (None: German). A language without a folder
    is read with the data of a close one (``related.json``: Catalan with Spanish); a language
    with neither gets the generic data (code ``und``): quotation marks only, no lexicons."""
    resolved = data_code(code or DEFAULT)
    return _load(resolved) if resolved else _load(None)


def _load(code: str | None) -> Language:
    """Read a shipped language folder, or build the generic data when ``code`` is None."""
    if code is None:
        return Language(
            code=GENERIC,
            quote_pairs=tuple(tuple(p) for p in GENERIC_QUOTES),
            constructions=_generic_constructions(),
            strategies=frozenset(GENERIC_STRATEGIES),
        )
    settings = _json(code, "settings.json")
    check_inflections(code, settings)
    check_participle_agreement(code, settings)
    forms, participles = _verbs(_lines(code, "speech_verbs.txt"), settings.get("plurals", ()), settings)
    roles, feminine, distinct = role_nouns(code, _lines(code, "roles.txt"))
    pronouns = {}
    for line in _lines(code, "pronouns.txt"):
        word, gender = line.split()[:2]
        pronouns[word.lower()] = gender
    honorifics = [line.lower().split() for line in _lines(code, "honorifics.txt")]
    boiler = [
        (kind, _boilerplate_pattern(kind, pattern))
        for kind, patterns in _json(code, "boilerplate.json").items()
        if kind != "shapes"  # words for shapes.py
        for pattern in patterns
    ]
    quotes = _json(code, "quotes.json").get("pairs", DEFAULT_QUOTES)
    words = _sections(_lines(code, "grammar.txt"))
    word_classes.check(code, words)
    attribution = _json(code, "attribution.json")
    for form in words.get("participial_cues", ()):
        # …, saying (that) …; …, affirmant que …: a report whose speaker is the sentence subject
        forms[form] = forms.get(form, ()) + (
            Verb(form, None, "participial+" + _participle_kind(form, forms)),
        )
    return Language(
        code=code,
        cue_forms=forms,
        participles=participles,
        speech_nouns=frozenset(w.lower() for w in _lines(code, "speech_nouns.txt")),
        cue_phrases=tuple(tuple(p.lower().split()) for p in _lines(code, "cue_phrases.txt")),
        konjunktiv=frozenset(w.split()[0].lower() for w in _lines(code, "konjunktiv.txt")),
        konjunktiv1=frozenset(
            w.split()[0].lower() for w in _lines(code, "konjunktiv.txt") if w.split()[1:] == ["I"]
        ),
        roles=roles,
        feminine_roles=feminine,
        offices=office_titles(
            code, _lines(code, "office_titles.txt"), roles, frozenset(words.get("title_abbreviations", ()))
        ),
        distinct_roles=distinct,
        organisations=tuple(
            sorted((w.lower() for w in _lines(code, "organisations.txt")), key=len, reverse=True)
        ),
        media=frozenset(w.lower() for w in _lines(code, "media.txt")),
        honorifics=frozenset(h[0].rstrip(".") for h in honorifics),
        honorific_genders={h[0].rstrip("."): h[1] for h in honorifics if len(h) > 1},
        pronouns=pronouns,
        words=words,
        boilerplate=tuple(boiler),
        quote_pairs=tuple(tuple(p) for p in quotes),
        attribution=attribution,
        settings=settings,
        constructions=_constructions(code, attribution, words),
        strategies=_strategies(code),
        rules=_rules(code),
    )


def _strategies(code: str) -> frozenset:
    """The grammar strategies ``<code>/strategies.txt`` lists, each checked against ``STRATEGIES``."""
    names = _lines(code, "strategies.txt")
    for name in names:
        if name not in STRATEGIES:
            known = ", ".join(STRATEGIES)
            raise ValueError(f"language {code}: unknown strategy {name!r} in strategies.txt; known: {known}")
    return frozenset(names)


def _rules(code: str) -> Rules:
    """The hooks of ``<code>/rules.py`` (its ``RULES``), or the defaults when it has none."""
    if not resources.files(__name__).joinpath(code, "rules.py").is_file():
        return DEFAULT_RULES
    rules = import_module(f"{__name__}.{code}.rules").RULES
    if not isinstance(rules, Rules):
        raise ValueError(f"language {code}: rules.py must define RULES, an instance of lang.rules.Rules")
    return rules


def _has(need: str, attribution: dict, words: dict) -> bool:
    """Does the language have the data ``need`` names (``attribution:nach``, ``words:…``)?"""
    kind, _, name = need.partition(":")
    return bool(attribution.get(name) if kind == "attribution" else words.get(name))


def _constructions(code: str, attribution: dict, words: dict) -> tuple:
    """The constructions ``<code>/constructions.txt`` lists, checked: the file must exist, each
    name must be a registered construction, and the language must have the data it needs."""
    from ..pipeline.constructions.registry import REGISTRY

    names = _lines(code, "constructions.txt")
    if not names:
        raise ValueError(f"language {code}: constructions.txt is missing or empty")
    for name in names:
        if name not in REGISTRY:
            raise ValueError(
                f"language {code}: unknown construction {name!r} in constructions.txt; "
                f"known: {', '.join(REGISTRY)}"
            )
        missing = [n for n in REGISTRY[name].needs if not _has(n, attribution, words)]
        if missing:
            raise ValueError(
                f"language {code}: construction {name!r} needs {', '.join(missing)}, which it lacks"
            )
    return tuple(names)


def _generic_constructions() -> tuple:
    """The generic data (no lexicons) uses every construction that needs no language data."""
    from ..pipeline.constructions.registry import REGISTRY

    return tuple(name for name, c in REGISTRY.items() if not c.needs)


@lru_cache(maxsize=1)
def available() -> tuple:
    """Codes of the languages that ship data."""
    root = resources.files(__name__)
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")))
