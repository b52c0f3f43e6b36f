"""The speaker strategies of stage 6: where the subject of a cue stands, as an ordered list of
small named functions (``STRATEGIES``; the order is the priority). Used only for a statement
whose construction handed on no speaker phrase (``Statement.speaker_span``).

Each strategy reads a :class:`Cue` and answers a token span (the speaker phrase), ``NOBODY``
(this cue has no speaker phrase: stop looking) or None (not this strategy: try the next). The
first five tell a cue by its kind (a colon frame, an impersonal, anaphoric or according-to
cue); the rest look for the subject of a cue verb."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Final, Literal

from ..lang import forenames
from .context import (
    CLAUSE_PUNCT,
    QUOTE_MARKS,
    SentenceView,
    SpeakerSpan,
    named_source_end,
)
from .medium_names import quoted_medium_at
from .np import Chunker
from .np.clause import sentence_subject as _sentence_subject
from .np.clause import with_subject as _with_subject
from .np.clause import without_dative_medium
from .passive import passive_agent
from .prefield import (
    adverbial_prefield,
    finite_verb,
    passive,
    subject_after_finite_verb,
    subject_after_prefield,
)
from .rejected import rejected_report_source
from .segment import tokenize
from .speaker_abstract import abstract_head, speech_noun_heads
from .speaker_after import past_medium, subject_after_cue
from .speaker_before import object_relative_subject, passive_relative, subject_before_clause_auxiliary
from .speaker_before import subject_before_auxiliary as _subject_before_auxiliary
from .speaker_before import subject_before_cue as subject_before_cue_span

NOBODY: Final = False  # a strategy's answer: the cue has no speaker phrase
Answer = SpeakerSpan | Literal[False] | None


@dataclass
class Cue:
    """The cue a strategy reads: the chunker, the sentence, the cue's token index and its
    lowercase form (None for a colon frame, which has no cue word)."""

    np: Chunker
    view: SentenceView
    i: int
    low: str | None

    @cached_property
    def after(self) -> tuple[int, int] | None:
        """The noun phrase after the cue that may be its subject (``subject_after_cue``)."""
        return subject_after_cue(self.np, self.view, self.i)

    def attribution(self, name: str) -> bool:
        """Is the cue one of the language's ``attribution.json`` words ``name``?"""
        if self.low is None:
            return False
        low, words = self.low.replace("’", "'"), self.np.ctx.lang.attribution.get(name, ())
        return low in words or low.rstrip("'") in words  # d'après; it secondo quanto riferito dall'


def colon_frame(c: Cue) -> Answer:
    """A colon frame with no cue word: the subject of the sentence speaks
    (``Der Minister: „Wir bleiben.“``), or the one a quoting verb quotes (``Die Zeitung
    zitiert einen Augenzeugen mit den Worten: „…“``)."""
    if c.low is not None:
        return None
    quoted = _quoted_object(c.np, c.view)  # zitiert den Bericht mit den Worten: the report's words
    if quoted:
        return quoted
    span = _sentence_subject(c.np, c.view)
    return NOBODY if span is None or speech_noun_heads(c.np, c.view, span) else span


def _quoted_object(np: Chunker, view: SentenceView) -> tuple[int, int] | None:
    """The object of a quoting verb before the first quotation, past a medium (``zitiert
    Reuters einen Zeugen``), when a preposition follows it (``… einen Augenzeugen mit den
    Worten: „…“``): the one quoted, a document too (``zitiert die Studie mit den Worten``).
    None for an abstract object (``zitiert die Kürzung …``)."""
    tokens, words = view.tokens, np.ctx.lang.word_class
    end = next((k for k, q in enumerate(view.quoted) if q), len(tokens))
    k = next((k for k in range(end) if tokens[k].lower in words("quoting_verbs")), None)
    if k is None:
        return None
    span = np.forward(view, k + 1)
    if span and np.is_medium(view, span):
        span = np.forward(view, span[1])
    if not span or span[1] >= end or tokens[span[1]].lower not in words("prepositions"):
        return None
    return None if abstract_head(np.ctx, view, span) else span


def document_source(c: Cue) -> Answer:
    """An impersonal cue: the document after a document preposition (``In einem Papier des
    Ministeriums heißt es, …``)."""
    if not c.attribution("impersonal"):
        return None
    return _document_source(c.np, c.view, c.i) or NOBODY


def anaphoric_cue(c: Cue) -> Answer:
    """An anaphoric cue names no speaker of its own (``Demnach …``): the statement before
    lends its speaker."""
    return NOBODY if c.attribution("anaphoric") else None


def postposition_source(c: Cue) -> Answer:
    """An according-to postposition: the phrase before it (``Der Polizei zufolge …``)."""
    if not c.attribution("postpositions"):
        return None
    return c.np.backward(c.view, c.i, clause_start=False) or NOBODY


def preposition_source(c: Cue) -> Answer:
    """An according-to preposition, ``nach``, a frame word or an opinion preposition: the source
    after it (``laut bildblog.de``, ``according to the police``, ``so der Minister``, ``Pour le
    ministre, …``)."""
    if not any(c.attribution(k) for k in ("prepositions", "nach", "frame_words", "opinion_prepositions")):
        return None
    assert c.low is not None
    tokens = tokenize(c.low, elisions=c.np.ctx.lang.elisions)  # d'après: two tokens; dall': one
    words = sum(t.text not in "'’" for t in tokens)
    return _source_after_preposition(c.np, c.view, c.i + words) or NOBODY


def inverted_pronoun(c: Cue) -> Answer:
    """A pronoun inverted after the verb, before the cue or joined to it (French ``«…»,
    a-t-il déclaré``; ``«…», ajoute-t-il``)."""
    tokens, rules = c.view.tokens, c.np.ctx.lang.rules
    if c.i > 0 and rules.inverted_pronoun(tokens[c.i - 1].lower):
        return c.i - 1, c.i
    if rules.inverted_pronoun(tokens[c.i].lower):
        return c.i, c.i + 1  # the verb and its pronoun are one word
    return None


def passive_cue(c: Cue) -> Answer:
    """A participle cue after a passive auxiliary names no speaker before it (``X was told
    that …``, ``It was reported that …``): the agent after ``by`` speaks (``was called
    "reckless" by critics``), else no one; not ``X was quoted as saying …``."""
    tokens, lang, i = c.view.tokens, c.np.ctx.lang, c.i
    passive = (
        lang.uses("speaker.passive_agent")
        and i > 0
        and tokens[i - 1].lower in lang.word_class("passive_auxiliaries")
    )
    if not (passive and tokens[i].lower in lang.participles):
        return None
    end = next(
        (k for k in range(i + 1, min(i + 12, len(tokens))) if tokens[k].text in CLAUSE_PUNCT), len(tokens)
    )
    clause = range(i + 1, min(end, i + 12))
    if any(any("participial" in v.kind for v in lang.cue_forms.get(tokens[k].lower, ())) for k in clause):
        return None  # was quoted as saying …: the subject speaks
    agents = lang.word_class("source_prepositions") - lang.word_class("postmodifiers")  # by
    by = next((k for k in clause if tokens[k].lower in agents and not c.view.quoted[k]), None)
    if by is None or by + 1 >= len(tokens):
        return NOBODY
    head = (
        by + 2 if tokens[by + 1].lower in lang.word_class("quantifiers") and by + 2 < len(tokens) else by + 1
    )
    if c.np.bare_plural(tokens[head]):
        return by + 1, head + 1  # by (some) critics
    return c.np.forward(c.view, by + 1) or NOBODY


def participial_subject(c: Cue) -> Answer:
    """A participial cue: the subject of the clause it hangs on (``X defended the plan,
    saying …``)."""
    forms = c.np.ctx.lang.cue_forms.get(c.view.tokens[c.i].lower, ())
    if not any("participial" in v.kind for v in forms):
        return None
    return (
        _with_subject(c.np, c.view, c.i)
        or _sentence_subject(c.np, c.view, c.i)
        or _frame_subject(c.np, c.view, c.i)
        or NOBODY
    )


def coordinated_subject(c: Cue) -> Answer:
    """A cue after a coordinating conjunction shares the sentence subject (``X bestätigte nicht
    und nannte sie …``; ``X said …, but added …``)."""
    tokens, i = c.view.tokens, c.i
    if i > 1 and tokens[i - 1].lower in c.np.ctx.lang.word_class("coordinators") and not c.view.quoted[i - 1]:
        return _shared_subject(c.np, c.view, i)
    return None


def pronoun_after_cue(c: Cue) -> Answer:
    """A pronoun right after the cue (``sagte er``, ``said she``)."""
    fwd = c.after
    return fwd if fwd and c.np.is_pronoun(c.view.tokens[fwd[0]]) else None


def speech_noun_subject(c: Cue) -> Answer:
    """A speech-noun cue: the subject of the sentence (``X vertritt die Ansicht, dass …``), or
    after a fronted phrase the subject after its finite verb (``Am Montag hat X den Vorschlag
    unterbreitet, …``)."""
    if c.low not in c.np.ctx.lang.speech_nouns:
        return None
    span = _sentence_subject(c.np, c.view, cue=c.i)
    return span or subject_after_finite_verb(c.np, c.view, c.i) or NOBODY


def passive_agent_source(c: Cue) -> Answer:
    """A passive frame: the phrase after the agent preposition (``Die Pläne wurden von dem
    Minister als unrealistisch bezeichnet``)."""
    return passive_agent(c.np, c.view, c.i)


def subject_after_fronted_phrase(c: Cue) -> Answer:
    """In a verb-second clause opened by an adverbial or an object, the phrase after the finite
    verb (``Ende Januar verkündete der Verband``; ``Im Vorfeld hatte der Verband betont``)."""
    if not c.np.ctx.lang.uses("clause.verb_second"):
        return None
    v = finite_verb(c.np, c.view, c.i)
    if v is None or not adverbial_prefield(c.np, c.view, v) or passive(c.np, c.view, v, c.i):
        return None
    span = c.after if v == c.i else subject_after_cue(c.np, c.view, v)
    if not span or (v < c.i and span[1] > c.i):
        return None
    if c.view.tokens[span[0]].lower in c.np.ctx.lang.word_class("oblique_determiners"):
        return None  # Am Montag sagte dem Sender …: an object, not the subject
    return past_medium(c.np, c.view, span, c.low) if v == c.i and c.low else span


def subject_before_cue(c: Cue) -> Answer:
    """A subject before the cue: a relative pronoun's antecedent, the phrase after ``wie``, or
    the phrase opening the cue's clause (``Der Beamte sagte``; ``X, der … betonte``). A phrase
    after the cue counts against a medium before it only when it may speak: ``Der Zeitung
    sagte der Minister`` (the minister), but ``Der Sender begründete die Einblendungen damit,
    …`` (the broadcaster: the abstract object says nothing)."""
    if passive_relative(c.np, c.view, c.i):
        return NOBODY  # Der Plan, der 1994 beschlossen wurde: no speaker in the clause
    relative = object_relative_subject(c.np, c.view, c.i)
    if relative is not None:
        return relative or NOBODY  # …, denen X vorwirft, …: X, never the main clause's subject
    fwd = c.after
    if fwd and abstract_head(c.np.ctx, c.view, fwd[:2]):
        fwd = None
    return subject_before_cue_span(c.np, c.view, c.i, fwd)


def phrase_after_cue(c: Cue) -> Answer:
    """The noun phrase after the cue, past a medium after a report verb (``sagte
    Pentagonsprecherin X``; ``zitierte Reuters Frau X``), without a medium it was told to
    (``sagte der Sprecher der Zeitung``); not a phrase opened by an oblique article, which is
    an object (``schlug dem Bundestag vor``, ``nannte den Plan``); a known medium's quoted title
    (``…, meldt "NRC".``), unless the verb quotes (``zitiert „BBC News“ aus ihrer Erklärung``:
    the medium quotes another)."""
    assert c.low is not None
    if not c.after:
        quoting = c.low in c.np.ctx.lang.word_class("quoting_verbs")
        return None if quoting else quoted_medium_at(c.np.ctx, c.view, c.i + 1)
    if c.view.tokens[c.after[0]].lower in c.np.ctx.lang.word_class("oblique_determiners"):
        return None
    return without_dative_medium(c.np, c.view, past_medium(c.np, c.view, c.after, c.low))


def subject_before_auxiliary(c: Cue) -> Answer:
    """A subject at an auxiliary (``hatte ein Vertreter … abgelehnt``; ``X, Y, hat bereits
    angekündigt``); also for a participle written in two words (``X hat in einer
    Stellungnahme bekannt gegeben``)."""
    low = c.low or ""
    if " " in low and low.replace(" ", "") in c.np.ctx.lang.participles:
        back = subject_before_clause_auxiliary(c.np, c.view, c.i)
        if back:
            return back
    return _subject_before_auxiliary(c.np, c.view, c.i)


def sentence_subject(c: Cue) -> Answer:
    """Last: the subject of the sentence (``X äußerte sich …, erklärte jedoch …``); a phrase
    with an oblique article opening it is an object or a source, no subject (``Den Vorschlag
    lehnte X ab und sagte …``, ``Dem Bericht zufolge warnte X …``)."""
    span = _sentence_subject(c.np, c.view, cue=c.i)
    if span and c.view.tokens[span[0]].lower in c.np.ctx.lang.word_class("oblique_determiners"):
        return None
    return span


STRATEGIES: tuple[Callable[[Cue], Answer], ...] = (
    colon_frame,
    document_source,
    anaphoric_cue,
    postposition_source,
    preposition_source,
    rejected_report_source,
    inverted_pronoun,
    passive_cue,
    participial_subject,
    coordinated_subject,
    pronoun_after_cue,
    passive_agent_source,
    speech_noun_subject,
    subject_after_fronted_phrase,
    subject_before_cue,
    phrase_after_cue,
    subject_before_auxiliary,
    sentence_subject,
)
"""The speaker strategies in the order they are tried; the first answer that is not None wins."""
# the strategies that read the subject of a speech verb, which an abstract noun never is (an
# according-to source may be one: laut dem Ergebnis, nach einer Hochrechnung)
SUBJECT_STRATEGIES = frozenset(STRATEGIES[STRATEGIES.index(participial_subject) :]) - {pronoun_after_cue}


def speaker_strategy(
    np: Chunker, view: SentenceView, i: int, cue: str | None
) -> tuple[str, SpeakerSpan | None]:
    """The name of the strategy that decided and the speaker's token span for the cue at token
    i (``("none", None)`` when no strategy found one)."""
    c = Cue(np, view, i, cue.lower() if cue is not None else None)
    for strategy in STRATEGIES:
        found = strategy(c)
        if (
            found
            and strategy in SUBJECT_STRATEGIES
            and (abstract_head(np.ctx, view, found[:2]) or lone_predicative(np, view, found[:2]))
        ):
            continue  # die Kürzung, seine Position, Besorgt: no one who speaks; the next strategy looks on
        if found is not None:
            return strategy.__name__, found or None
    return "none", None


def lone_predicative(np: Chunker, view: SentenceView, span: tuple[int, int]) -> bool:
    """The phrase is one word opening the sentence that has the shape of an adjective or a
    participle (``Rules.predicative_opener``): an adverbial before the verb, never its subject
    (``Abschließend sagte er``; ``Besorgt zeigte sich, wer …``)."""
    return span[0] == 0 and span[1] == 1 and np.ctx.lang.rules.predicative_opener(view.tokens[0].text)


def _document_source(np: Chunker, view: SentenceView, i: int) -> tuple[int, int] | None:
    """The noun phrase after a document preposition, in the cue's own clause at token i: after
    the cue (``…, heißt es in ihrem Bericht``; ``So heißt es in dem Schreiben: …``), else before
    it (``In einem Papier des Ministeriums heißt es, …``). Where a comma stands before the cue,
    the words before it may be the report: a phrase there counts only with a source noun in it
    (``In der Kurzfassung des Berichts, die …, heißt es, …``; not ``In mehreren Provinzen seien
    …, heißt es``)."""
    tokens, ctx = view.tokens, np.ctx
    end = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ","), len(tokens))
    report_before = i > 1 and tokens[i - 1].text == ","
    for j in (*range(i + 1, end), *range(0, i)):
        if tokens[j].lower not in ctx.lang.word_class("document_prepositions") or view.quoted[j]:
            continue
        span = np.forward(view, j + 1)
        if not span or np.is_pronoun(tokens[span[0]]) or _person_named(np, view, span):
            continue  # Im Umfeld von Hans Weber heißt es: a person is no document
        if j > i or not report_before or any(ctx.is_source_noun(t.text) for t in tokens[span[0] : span[1]]):
            return span
    return None


def _person_named(np: Chunker, view: SentenceView, span: tuple[int, int]) -> bool:
    """The phrase opens with a capitalised given name and a second capitalised word: a person
    (``Hans Weber``), not a document or an organisation."""
    tokens = view.tokens
    return (
        span[1] - span[0] >= 2
        and np.ctx.is_cap(tokens[span[0]])
        and np.ctx.is_cap(tokens[span[0] + 1])
        and forenames.known(tokens[span[0]].text)
    )


def _source_after_preposition(np: Chunker, view: SentenceView, j: int) -> tuple[int, int] | None:
    """The source after ``laut``/``according to`` at token j: a named source (``laut
    bildblog.de``, ``laut „Reuters“`` without the quotation marks) or a noun phrase."""
    end = named_source_end(view, j)
    if end is not None:  # laut bildblog.de, laut „Reuters“
        quoted = view.tokens[j].text in QUOTE_MARKS
        return (j + 1, end - 1) if quoted else (j, end)
    return np.group(view, j) or np.forward(view, j)  # according to two people familiar with …


def _frame_subject(np: Chunker, view: SentenceView, i: int) -> tuple[int, int] | None:
    """The subject of the finite cue before a participial cue at token i, when no subject opens
    the sentence (``"…," he told reporters, adding …``; ``"…," said X, adding …``): the phrase
    before that cue, else the phrase after it; within fifteen words and no quotation."""
    tokens = view.tokens
    for j in range(i - 2, max(i - 16, 0), -1):
        if view.quoted[j]:
            return None
        forms = np.ctx.lang.cue_forms.get(tokens[j].lower, ())
        if forms and not any("participial" in v.kind for v in forms):
            return np.backward(view, j) or subject_after_cue(np, view, j)
    return None


def _shared_subject(np: Chunker, view: SentenceView, i: int) -> SpeakerSpan | None:
    """The subject a cue after a coordinating conjunction at token i - 1 shares: the sentence
    subject (X bestätigte nicht und nannte sie …; X said …, but added …)."""
    span = _sentence_subject(np, view, i)
    if span and view.tokens[span[0]].lower in np.ctx.lang.word_class("oblique_determiners"):
        span = None  # Den Vorschlag lehnte X ab und sagte: the object opens the sentence
    if span and span[1] < i - 1:
        return span
    return _first_frame_subject(np, view, i) or subject_after_prefield(np, view, i - 1)  # Am Abend zogen X


def _first_frame_subject(np: Chunker, view: SentenceView, i: int) -> SpeakerSpan | None:
    """Where no subject opens the sentence, the speaker of the cue before, which a cue after a
    coordinator at token i - 1 shares (``Auch der Außenminister sprach sich dagegen aus und
    sagte, …``; ``Als Beispiel führte er X an und führte aus, …``): the nearest cue verb before
    it, within twenty tokens and no quotation between, read by the subject strategies (not a
    source: ``Dem Bericht zufolge warnte die Polizei …``; never a phrase with an oblique
    article). A phrase after that cue ends before a preposition after its name (``sprach der
    Außenminister Ivan Petrow von einem Fehler``: before ``von``)."""
    tokens = view.tokens
    for j in range(i - 2, max(i - 22, -1), -1):
        if view.quoted[j] or tokens[j].text in (".", ";", ":"):
            return None
        if np.ctx.lang.cue_forms.get(tokens[j].lower):
            name, span = speaker_strategy(np, view, j, tokens[j].text)
            if not span or span[1] > i - 1 or name not in _SUBJECT_NAMES:
                return None  # Dem Bericht zufolge warnte X …: a source of the first cue, not its subject
            if view.tokens[span[0]].lower in np.ctx.lang.word_class("oblique_determiners"):
                return None
            return (span[0], _before_object_phrase(np, view, span)) if span[0] > j else span
    return None


_SUBJECT_NAMES = frozenset(s.__name__ for s in SUBJECT_STRATEGIES | {pronoun_after_cue})


def _before_object_phrase(np: Chunker, view: SentenceView, span: SpeakerSpan) -> int:
    """The end of a subject phrase before a preposition after its name, which opens the cue's
    object (``sprach der Außenminister Ivan Petrow von einem Fehler``: before ``von``)."""
    tokens, prepositions = view.tokens, np.ctx.lang.word_class("prepositions")
    for k in range(span[0] + 1, span[1]):
        if tokens[k].lower in prepositions and np.ctx.is_cap(tokens[k - 1]):
            return k
    return span[1]
