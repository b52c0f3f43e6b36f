"""Frozen result types passed between pipeline stages.

All offsets are character offsets into the cleaned text (``Analysis.text``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Options:
    """Analysis options; immutable and passed explicitly."""

    language: str | None = None  # force a language instead of detecting it
    keep_boilerplate: bool = False
    max_bytes: int = 10_000_000
    timeout: float = 15.0  # seconds for a whole URL fetch (connect, headers and body)
    article_timeout: float | None = 30.0  # seconds for one article, load to result; None: no budget
    allow_private_addresses: bool = False  # fetch from loopback, private and link-local addresses


@dataclass(frozen=True)
class Document:
    """A loaded source, before cleaning."""

    raw: str
    path: str | None = None
    url: str | None = None
    format: str = "text"  # text | html
    encoding: str | None = None
    metadata: tuple = ()  # (key, value) pairs found while loading
    requested_url: str | None = None  # the URL asked for, when a redirect led to ``url``


@dataclass(frozen=True)
class Removal:
    text: str
    kind: str
    line: int  # 1-based line in the input text


@dataclass(frozen=True)
class Cleaned:
    text: str
    boilerplate: tuple = ()  # Removal
    metadata: tuple = ()  # (key, value)


@dataclass(frozen=True)
class Language:
    code: str
    probability: float | None
    supported: bool = True  # newsscan ships data of its own for this language
    data: str | None = None  # the shipped language whose data was used (None: none)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    lower: str = ""


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Mention:
    """A noun phrase naming a speaker, as written."""

    text: str
    start: int
    end: int
    kind: str  # name | role | description | pronoun | organisation | document
    name: str | None = None  # name tokens (without role or honorific)
    role: str | None = None  # role description in its base form
    gender: str | None = None  # m | f | None
    plural: bool = False  # known to name a group by its form (Consumer advocates)


@dataclass(frozen=True)
class Statement:
    type: str  # direct | indirect | mixed
    text: str
    start: int
    end: int
    sentence: int
    cue: str | None = None
    cue_start: int | None = None
    mention: Mention | None = None
    via: str | None = None
    spans: tuple = ()  # (start, end) parts of a quote split by its frame
    inherited: bool = False  # speaker taken from the statement before (no frame of its own)
    frame: tuple | None = None  # (cue, offset) of a narrated speech act in the sentence before
    rule: str | None = None  # the construction that found it (direct.post_frame, according.nach, …)
    speaker_span: tuple | None = None  # (start, end) of the speaker phrase the construction read, if any
    negated: bool = False  # the cue verb is negated (did not confirm, bestätigte nicht); the cue holds it
    speaker_rule: str | None = None  # how the speaker mention was found: frame, a strategy's name, inherited


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    role: str | None
    mentions: tuple
    kind: str = "person"  # person | organisation | unnamed | document
    gender: str | None = None


@dataclass(frozen=True)
class Quote:
    """A statement with its speaker resolved to an actor."""

    id: str
    statement: Statement
    actor: Actor | None


@dataclass(frozen=True)
class Agency:
    name: str
    mentions: int
    quotes: tuple = ()
    spans: tuple = ()


@dataclass(frozen=True)
class Analysis:
    input: dict
    metadata: dict
    language: Language
    text: str
    boilerplate: tuple
    sentences: tuple
    actors: tuple
    quotes: tuple
    agencies: tuple
