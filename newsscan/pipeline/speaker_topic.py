"""The topic a statement with no speaker of its own continues: the subject of a narrated
sentence just before it (``Die Gewerkschaftschefin Y sieht darin keinen Fortschritt. Die Kosten
seien …``: Y), or, for a cue whose subject is not written, the subject of a sentence before it
(``Il sindaco X ha annunciato … «…», ha assicurato``)."""

from __future__ import annotations

from dataclasses import replace

from ..model import Mention, Statement
from .agreement import name_gender
from .apposition import apposed_name
from .context import CLAUSE_PUNCT, Context, SentenceView
from .mention import classify
from .np import Chunker
from .np.clause import sentence_subject
from .prefield import subject_after_verb


def narrated_topic(ctx: Context, np: Chunker, st: Statement, prev: Statement) -> Mention | None:
    """A report in the Konjunktiv with no frame (``REPORTED_CONTINUATIONS``) after a narrated
    sentence with a new subject continues that subject, not the speaker before (``X sagte, … .
    Die Gewerkschaftschefin Y sieht darin keinen Fortschritt. Die Kosten seien …``: Y): the
    phrase opening the sentence right before it, when that sentence follows the statement
    before, holds no frame of it, is narration (``_narration``) and opens with another person,
    role or organisation (``_narrated_subject``). A quotation never takes it; hearsay takes
    only an organisation (``_hearsay_source``)."""
    s = st.sentence - 1
    if s <= prev.sentence or ctx.sentences[s].paragraph < ctx.sentences[st.sentence].paragraph - 1:
        return None
    cue_start = prev.cue_start if prev.frame is None else prev.frame[1]
    if st.rule not in TOPIC_RULES or cue_start is not None and ctx.sentence_at(cue_start) == s:
        return None
    if not _narration(ctx, ctx.views[s]):
        return None
    mention = _narrated_subject(ctx, np, ctx.views[s])
    determiners = ctx.lang.word_class("determiners")
    if (
        mention is None
        or prev.mention is not None
        and _same_words(mention.text, prev.mention.text, determiners)
    ):
        return None
    if prev.mention is not None and _pronoun_of(ctx, st, (mention, prev.mention)):
        return None  # a report with a speaker before: the statement inherits it
    return mention if st.rule not in HEARSAY or _hearsay_source(ctx, ctx.views[s], mention) else None


def _pronoun_of(ctx: Context, st: Statement, mentions: tuple[Mention | None, ...]) -> bool:
    """The statement opens with a personal pronoun of the gender of the narrated subject or of
    the speaker before: it tells about that person (``Die Polizei teilte mit, … . Am Abend ist
    der Radfahrer X seinen Verletzungen erlegen. Er sei ohne Helm gefahren.``: what the police
    said about X) or goes on with the speaker before, so the narrated subject is not its
    speaker and the statement inherits the speaker before (``narrated_topic`` asks only after a
    report with a speaker: with none, ``Davon geht X aus. Er gehe davon aus, …`` is X's)."""
    view = ctx.views[st.sentence]
    i = view.index_at(st.start)
    if i is None or view.quoted[i]:
        return False
    gender = ctx.lang.pronouns.get(view.tokens[i].lower)
    if gender not in ("m", "f"):
        return False
    countries = tuple(ctx.lang.settings.get("forename_countries", ()))
    return any(m is not None and name_gender(m.name, m.gender, countries) == gender for m in mentions)


# hearsay with no frame (Der Mann soll … haben): it tells what is said about someone
HEARSAY = frozenset({"free_indirect.hearsay"})


def _hearsay_source(ctx: Context, view: SentenceView, mention: Mention) -> bool:
    """Hearsay after a narrated sentence (``Der Mann soll … haben``) is said about someone, who
    is often that sentence's subject (``Der Rentner sitzt in Haft. Er soll …``), or about what
    the subject did (``Damals schlug die Armee die Proteste nieder. 3.000 Menschen sollen …``);
    its source is the subject only when that is an organisation that inquires (an unquoted
    word of ``[inquiry_verbs]``): an authority whose findings the hearsay reports.

    >>> # Gegen den Verein ermittelt die Staatsanwaltschaft. Der Kassierer soll …  -> the prosecutors
    >>> # Seit März sitzt der Rentner in Haft. Er soll …                           -> not the pensioner
    """
    inquiry = ctx.lang.word_class("inquiry_verbs")
    inquires = any(t.lower in inquiry and not view.quoted[k] for k, t in enumerate(view.tokens))
    return inquires and mention.kind == "organisation" and names_organisation(ctx, mention)


def names_organisation(ctx: Context, mention: Mention) -> bool:
    """A word of the mention is an organisation noun of the language (``organisations.txt``:
    die Staatsanwaltschaft, der Bauernverband), not just any phrase read as a collective
    (``die Frau``, ``die Lösung``)."""
    return any(ctx.is_organisation(w.strip('()„“"')) for w in mention.text.split())


def _narration(ctx: Context, view: SentenceView) -> bool:
    """The sentence narrates: no quotation, and its main clause (up to the first clause
    punctuation) is active (no passive auxiliary: ``Fünf Personen wurden verletzt``)."""
    passives = ctx.lang.word_class("passive_auxiliaries")
    main = next((k for k, t in enumerate(view.tokens) if t.text in CLAUSE_PUNCT), len(view.tokens))
    return not any(view.quoted) and not any(t.lower in passives for t in view.tokens[:main])


NARRATED_PREFIELD = 24  # words before the finite verb of a narrated sentence (an object with attributes)


def narrated_subject_span(np: Chunker, view: SentenceView) -> tuple[int, int] | None:
    """The subject of a narrated sentence: after its finite verb when an adverbial or an object
    stands before the verb (verb second), else the phrase opening the sentence.

    >>> # Davon geht die Ministerin Anna Roth aus.   -> die Ministerin Anna Roth
    >>> # Die Ministerin Anna Roth geht davon aus.   -> Die Ministerin Anna Roth
    """
    return (
        subject_after_verb(np, view, NARRATED_PREFIELD)
        or subject_after_shaped_verb(np, view)
        or sentence_subject(np, view)
    )


def subject_after_shaped_verb(np: Chunker, view: SentenceView) -> tuple[int, int] | None:
    """Verb second where no list holds the verb: in a sentence opened by a prepositional phrase,
    the first lowercase word outside quotation marks that can belong to no noun phrase (no
    determiner, adjective, preposition, number word or focus particle: ``_in_phrase``) is its
    finite verb, and the subject is the phrase after it, past prepositional phrases and focus
    particles and adverbs, when an article opens it; None when the verb is a passive auxiliary,
    clause punctuation intervenes or the subject is no such phrase.

    >>> # Gegen den Verein ermittelt seit Mai die Staatsanwaltschaft.   -> die Staatsanwaltschaft
    >>> # Am Rande der Sitzung nahm auch der Minister Stellung.           -> der Minister
    >>> # Gegen den neuen Plan wurde geklagt.                           -> None (passive)
    """
    ctx, tokens = np.ctx, view.tokens
    words = ctx.lang.word_class
    preps = words("prepositions") | words("date_prepositions") | words("article_prepositions")
    if not tokens or tokens[0].lower not in preps:
        return None
    v = next(
        (
            k
            for k in range(1, min(NARRATED_PREFIELD, len(tokens) - 1))
            if tokens[k].text in CLAUSE_PUNCT
            or not view.quoted[k]
            and tokens[k].text[:1].islower()
            and not _in_phrase(ctx, tokens[k], preps)
        ),
        None,
    )
    if (
        v is None
        or v < 2
        or tokens[v].text in CLAUSE_PUNCT
        or tokens[v].lower in words("passive_auxiliaries")
    ):
        return None
    k = v + 1
    while k < len(tokens) and (tokens[k].lower in preps or _adverb(np, tokens[k])):
        span = np.forward(view, k + 1) if tokens[k].lower in preps else (k, k + 1)  # seit Mai; jetzt auch
        k = span[1] if span else len(tokens)
    span = np.forward(view, k) if k < len(tokens) else None
    return span if span and ctx.is_det(tokens[span[0]]) else None


def _adverb(np: Chunker, t) -> bool:
    """A lowercase adverb or focus particle between a finite verb and its subject (``jetzt``,
    ``auch``)."""
    return t.text[:1].islower() and (np.is_adverb(t) or t.lower in np.ctx.lang.word_class("focus_particles"))


def _in_phrase(ctx: Context, t, preps: frozenset) -> bool:
    """A lowercase word that can stand inside a prepositional phrase before the finite verb: a
    determiner, an adjective, a preposition, a number word or a focus particle."""
    words = ctx.lang.word_class
    return (
        ctx.is_det(t)
        or ctx.is_adj(t)
        or t.lower in preps
        or t.lower in words("number_words")
        or t.lower in words("focus_particles")
    )


def _narrated_subject(ctx: Context, np: Chunker, view: SentenceView) -> Mention | None:
    """The subject of the sentence (``narrated_subject_span``) when it is a person, role or
    organisation (a name with a role, or of two words after no article: not ``Diese
    Nachbeben``), not a counted group, a preposition or a time (``Fünf Personen``, ``Beim
    Treffen``, ``Wenige Tage zuvor``)."""
    words = ctx.lang.word_class
    span = narrated_subject_span(np, view)
    barred = (
        words("number_words") | words("quantifiers") | words("prepositions") | words("article_prepositions")
    )
    if span is None or view.tokens[span[0]].lower in barred or view.tokens[span[0]].text[:1].isdigit():
        return None
    mention = apposed_name(ctx, view, classify(ctx, view, span), span[1])[0]
    articles = words("determiners") | words("definite_determiners")
    named = len((mention.name or "").split()) >= 2 and view.tokens[span[0]].lower not in articles
    return _as_topic(mention, named)


# the statements in reported speech with no frame that may continue a narrated subject
REPORTED_CONTINUATIONS = frozenset({"free_indirect.konjunktiv", "free_indirect.continuation"})
TOPIC_RULES = REPORTED_CONTINUATIONS | HEARSAY  # the statements narrated_topic reads


def _same_words(a: str, b: str, determiners: frozenset = frozenset()) -> bool:
    """Two mentions share a capitalised word that is no determiner (``Der Minister X`` and
    ``X``; not the ``Die`` of ``Die Ministerin A`` and ``Die Gewerkschaftschefin B``)."""

    def words(text: str) -> set:
        return {w for w in text.split() if w[:1].isupper() and w.lower() not in determiners}

    return bool(words(a) & words(b))


TOPIC_SENTENCES = 2  # sentences before a cue with no written subject read for the topic it continues
TOPIC_KINDS = ("name", "role", "organisation")


def dropped_subject_topic(
    ctx: Context, np: Chunker, st: Statement, since: int, reach: int = TOPIC_SENTENCES
) -> Mention | None:
    """The subject a cue with no written subject continues when a sentence after the statement
    before (sentence ``since``) has a subject of its own: the subject of the nearest of the
    two sentences before, in its paragraph or the one before (``Il sindaco X ha annunciato
    un'inchiesta. «…», ha assicurato.``: the mayor, not whoever spoke before). Only a role, an
    organisation or a name with a role or of two words (a lone capitalised word opening a
    sentence may be no name: Esto); None when no such sentence is there.

    >>> # «El capitán, X, reconoció la derrota. "…", admitió.»  -> El capitán, X
    """
    paragraph = ctx.sentences[st.sentence].paragraph
    for s in range(st.sentence - 1, max(since, st.sentence - 1 - reach), -1):
        if ctx.sentences[s].paragraph < paragraph - 1:
            return None
        view = ctx.views[s]
        if not view.tokens or any(view.quoted):
            continue  # a sentence with a quotation is not narration about its subject
        span = subject_after_verb(np, view) or sentence_subject(np, view)
        if span is None:
            continue
        mention = apposed_name(ctx, view, classify(ctx, view, span), span[1])[0]
        return _as_topic(mention, len((mention.name or "").split()) >= 2)
    return None


def _as_topic(mention: Mention, named: bool) -> Mention | None:
    """The mention when it can be the topic a later cue continues: a role, an organisation, or
    a name with a role or written in full (``named``); else None."""
    person = mention.kind != "name" or mention.role or named
    return mention if mention.kind in TOPIC_KINDS and person else None


# statements whose speaker is the source attribute of a speech noun that is another clause's
# object (lehnte den Vorschlag des Ministers ab, …): a report after one goes on with that
# clause's subject, never with the attribute, so it inherits nothing from it
NOUN_SOURCED = frozenset({"indirect.noun_complement"})


def _continues(ctx: Context, before: Statement, st: Statement) -> bool:
    """The statement goes on with a report ending in the sentence right before it (``Es wurde
    behauptet, … . Die Kosten seien …``), with or without a speaker: it is that report's, not a
    later frame's. A report whose source is a speech noun's attribute goes on with no one
    (``NOUN_SOURCED``)."""
    end = ctx.sentence_at(max(before.start, before.end - 1))
    return before.rule not in NOUN_SOURCED and st.sentence - 1 <= end <= st.sentence


def _answers(ctx: Context, nxt: Statement) -> bool:
    """The framed report answers what came before rather than going on with it: it opens with
    an anaphoric subject (``Das sei falsch, entgegnete X``: ``[anaphoric_subjects]``) or its cue
    rejects or answers (``@rejecting``, ``@answering``: entgegnete, widersprach)."""
    view = ctx.views[ctx.sentence_at(nxt.start)]
    i = view.index_at(nxt.start)
    if i is not None and view.tokens[i].lower in ctx.lang.word_class("anaphoric_subjects"):
        return True
    verbs = ctx.lang.cue_forms.get((nxt.cue or "").lower(), ())
    return any({"rejecting", "answering"} & set(v.kind.split("+")) for v in verbs)


# a report framed at its end (…, berichtete X.): its frame may cover the sentence before it too
END_FRAMED = frozenset({"indirect.report_then_cue"})


def framed_after(ctx: Context, statements: list[Statement]) -> list[Statement]:
    """An unframed report in the Konjunktiv (``REPORTED_CONTINUATIONS``) with no speaker, right
    before a report framed at its end (``END_FRAMED``) that opens the next sentence of the same
    paragraph, is that frame's speaker's too: the frame after the second sentence covers both
    (speaker rule ``cataphora``).

    >>> # Das System habe sich bewährt. Es sei auch gelobt worden, berichtete Sprecher Tom Weber.
    >>> #   -> both Tom Weber's
    """
    out = list(statements)
    for k in range(len(out) - 2, -1, -1):
        st, nxt = out[k], out[k + 1]
        if st.mention is not None or st.rule not in REPORTED_CONTINUATIONS or st.cue_start is not None:
            continue
        if nxt.rule not in END_FRAMED or nxt.mention is None or nxt.inherited:
            continue
        if k > 0 and _continues(ctx, out[k - 1], st) or _answers(ctx, nxt):
            continue
        s = ctx.sentence_at(nxt.start)
        last = ctx.sentence_at(max(st.start, st.end - 1))
        opens = (
            nxt.start == ctx.sentences[s].start or not ctx.text[ctx.sentences[s].start : nxt.start].strip()
        )
        if s == last + 1 and opens and ctx.sentences[s].paragraph == ctx.sentences[last].paragraph:
            out[k] = replace(st, mention=nxt.mention, speaker_rule="cataphora")
    return out
