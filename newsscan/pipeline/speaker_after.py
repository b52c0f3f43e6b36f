"""The speaker phrase after a cue (``erklärte gestern ein Sprecher``, ``said the minister``,
``dijo a la radio el alcalde``): the noun phrase after the cue verb, past object pronouns, an
adverb, a time phrase, an aside and an addressee, unless it is the report, the object a
quotation names or an infinitive's object (``speaker_strategies.phrase_after_cue``)."""

from __future__ import annotations

from .context import QUOTE_MARKS, SentenceView, named_source_end, verb_like
from .np import Chunker
from .np.clause import past_addressee, past_aside, past_time_before_subject
from .speaker_abstract import named_by_quotation

INFINITIVE_WINDOW = 30  # tokens read after a cue for a zu-infinitive that holds the phrase there


def subject_after_cue(np: Chunker, view: SentenceView, i: int) -> tuple[int, int] | None:
    """The noun phrase after the cue at token i (past object pronouns and an adverb before a
    determiner: so charakterisierte ihn der …; erklärte gestern ein Sprecher), unless it opens
    the report (warned that cuts …; said he had lost …), follows a preposition (said in the
    statement), is the addressee of the cue (told The Hill, told the audience) or the object a
    quotation right after it names (``named_by_quotation``)."""
    ctx, tokens = np.ctx, view.tokens
    if tokens[i].lower in ctx.lang.word_class("addressee_verbs"):
        return None  # X told Reuters: the phrase after the cue is the addressee
    cue_end = i + 1
    while cue_end < len(tokens) and (
        tokens[cue_end].lower in ctx.lang.word_class("object_pronouns")
        or tokens[cue_end].text[:1].islower()
        and np.is_adverb(tokens[cue_end])
        and tokens[cue_end].lower not in ctx.lang.word_class("prepositions")  # said in the statement
        and tokens[cue_end].lower not in ctx.lang.word_class("clause_openers_not_content")  # said after his
        and cue_end + 1 < len(tokens)
        and (ctx.is_det(tokens[cue_end + 1]) or _particle_before_name(np, view, cue_end))
    ):
        cue_end += 1  # so charakterisierte ihn der …; erklärte gestern ein Sprecher; plädierte auch X
    cue_end = past_time_before_subject(np, view, cue_end)
    # dijo a la radio el alcalde; a estimé de son côté le directeur
    fwd = np.forward(view, past_addressee(np, view, past_aside(np, view, cue_end)))
    if fwd is None and _after_quotation(view, i):
        fwd = quoted_title(np, view, cue_end)  # „…“, schrieb „Die Zeit“; schreibt die „Woche“
    if fwd and tokens[fwd[0]].lower in ctx.lang.word_class("subordinators"):
        return None  # warned that cuts …: the report, not its speaker
    if fwd and _opens_infinitive(np, view, fwd[0]):
        return None  # aufgerufen die Kontrollen zu verstärken: the infinitive's object, not its speaker
    if fwd and named_by_quotation(np, view, fwd):
        return None  # called the ruling "activism", nannte es „eine Schande“: the object a quotation names
    if (
        fwd
        and ctx.lang.uses("report.no_comma")
        and fwd[1] < len(tokens)
        and (
            np.is_pronoun(tokens[fwd[0]])
            and tokens[fwd[1]].text[:1].isalnum()
            and not _after_quotation(view, i)  # "…", zei ze in de Kamer: the report is before
            or verb_like(ctx, tokens[fwd[1]])
        )
    ):
        return None  # said he had lost …, said the patrols were …: the report's subject
    return fwd


def quoted_title(np: Chunker, view: SentenceView, k: int) -> tuple[int, int] | None:
    """A title in quotation marks at token k, after an article or alone (``die „Woche“``,
    ``„Die Zeit“``): a newspaper or an organisation named after a quotation's cue, not what was
    said. One to five words opening with a letter or digit, with no clause or sentence
    punctuation, not joined to a word after it (``„Die Linke“-Chefin``); the span without the
    marks when no article stands before them."""
    tokens = view.tokens
    j = k + 1 if k + 1 < len(tokens) and np.ctx.is_det(tokens[k]) and not view.quoted[k] else k
    end = named_source_end(view, j) if j < len(tokens) and tokens[j].text in QUOTE_MARKS else None
    if end is None:
        return None
    inner = tokens[j + 1 : end - 1]
    if len(inner) > 5 or not inner[0].text[:1].isalnum() or any(t.text in ",.;:!?" for t in inner):
        return None
    close = tokens[end - 1].end
    if np.ctx.text[close : close + 1].isalnum() or np.ctx.text[close : close + 1] in "-‐–":
        return None  # „Die Linke“-Chefin X: the title opens a compound, the person speaks
    return (k, end) if j > k else (j + 1, end - 1)


def _opens_infinitive(np: Chunker, view: SentenceView, j: int) -> bool:
    """The words from token j to the next comma, colon or the sentence end (within a few dozen
    tokens) are a zu-infinitive (``die Kontrollen zu verstärken``)."""
    tokens = view.tokens
    end = min(len(tokens), j + INFINITIVE_WINDOW)
    stop = next((n for n in range(j, end) if tokens[n].text in (",", ":", ";")), None)
    if stop is None and end < len(tokens):
        return False
    last = tokens[(stop if stop is not None else end) - 1]
    return np.ctx.lang.rules.infinitive_clause(np.ctx.text[tokens[j].start : last.end])


def _particle_before_name(np: Chunker, view: SentenceView, k: int) -> bool:
    """Token k is a focus particle before a capitalised word that is no determiner
    (``plädierte auch Peter Müller dafür``): the particle is no part of the subject."""
    tokens = view.tokens
    return (
        tokens[k].lower in np.ctx.lang.word_class("focus_particles")
        and k + 1 < len(tokens)
        and np.ctx.is_cap(tokens[k + 1])
        and not view.quoted[k + 1]
    )


def past_medium(np: Chunker, view: SentenceView, fwd: tuple[int, int], low: str) -> tuple[int, int]:
    """After a report verb, a medium or a title in quotation marks is not the speaker but the
    phrase after it is (zitierte Reuters Frau X; zitiert die „Woche“ Frau X)."""
    tokens = view.tokens
    titled = (
        tokens[fwd[1] - 1].text in QUOTE_MARKS or fwd[1] < len(tokens) and tokens[fwd[1]].text in QUOTE_MARKS
    )
    if (np.is_medium(view, fwd) or titled) and low.split()[0] in np.ctx.lang.attribution.get(
        "report_verbs", ()
    ):
        end = fwd[1] + 1 if fwd[1] < len(tokens) and tokens[fwd[1]].text in QUOTE_MARKS else fwd[1]
        nxt = np.forward(view, end)
        if nxt:
            return nxt
    return fwd


def _after_quotation(view: SentenceView, i: int) -> bool:
    """The cue at token i follows a quotation (``"…", zei ze``; ``"…" zei hij``)."""
    k = i - 1 if i > 0 and view.tokens[i - 1].text == "," else i
    return k > 0 and (view.quoted[k - 1] or view.tokens[k - 1].text in QUOTE_MARKS)
