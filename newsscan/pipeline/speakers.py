"""Stage 6: the speaker mention of each statement — the subject tied to its cue.

A statement whose construction read its speaker phrase (``Statement.speaker_span``) keeps it;
for any other the speaker strategies of ``speaker_strategies.STRATEGIES`` are tried in order (a
colon frame, a document, an according-to source, an inverted pronoun, a pronoun after the cue,
the phrase opening the cue's clause, the phrase after the cue, a subject at an auxiliary, the
subject of the sentence). Statements with no cue inherit the speaker of the statement before
them.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Mention, Statement
from .agreement import name_gender
from .apposition import apposed_name, with_apposed_name
from .company_reference import named_company
from .context import QUOTE_MARKS, Context, SentenceView, verb_like
from .medium_names import quoted_medium_at
from .mention import classify
from .mention_role import abbreviated_office
from .np import Chunker
from .np.clause import adverbial_opener, sentence_subject
from .prefield import subject_after_verb
from .speaker_strategies import speaker_strategy
from .speaker_topic import (
    NOUN_SOURCED,
    dropped_subject_topic,
    framed_after,
    narrated_topic,
)


def people(ctx: Context) -> tuple[Mention, ...]:
    """Named people introduced anywhere in the text with a role, an honorific or an abbreviated
    title that holds an office (``Klinikdirektor Dr. X``, ``Der neue Trainer des FC Y, X,``,
    ``Gov. X``): antecedents for
    surnames, role nouns and pronouns that speak later."""
    np = Chunker(ctx)
    out: list[Mention] = []
    for view in ctx.views:
        tokens = view.tokens
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if (
                view.quoted[i]
                or not t.text[:1].isalpha()
                or not (
                    t.lower in ctx.lang.honorifics
                    or ctx.is_role(t.text)
                    and ctx.is_nominal(t)
                    or abbreviated_office(ctx, t)  # Gov. Ron Hale
                )
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
                    or ctx.lang.uses("speaker.modifier_names")
                    and ctx.is_cap(tokens[a - 1])
                )
                and not view.quoted[a - 1]
                and not (a < i and ctx.is_det(tokens[a]))  # a determiner opens the phrase (El País la …)
            ):
                a -= 1  # der neue Trainer; Transport Secretary
            span = np.forward(view, a)
            if a < i and (
                not span or apposed_name(ctx, view, classify(ctx, view, span), span[1])[0].kind == "role"
            ):
                span = np.forward(view, i) or span  # Dat maakte wethouder X bekend: from the role
            if not span:
                i += 1
                continue
            mention = classify(ctx, view, span)
            b = span[1]
            mention, b = apposed_name(ctx, view, mention, b)  # Der Trainer des Vereins, Vorname Name,
            if mention.kind == "name" and (mention.role or len((mention.name or "").split()) >= 2):
                out.append(mention)
            elif (
                mention.kind == "description"
                and span[0] == 0
                and b < len(tokens)
                and tokens[0].lower in ctx.lang.word_class("indefinite")
                and (
                    verb_like(ctx, tokens[b])
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
    out += _named_subjects(ctx, np)
    out += ctx.lang.rules.antecedent_organisations(ctx, np)
    return tuple(sorted(out, key=lambda m: m.start))


def _named_subjects(ctx: Context, np: Chunker) -> list[Mention]:
    """A person named with a full name whose given name shows a gender, as the subject of a
    sentence (or of its opening adverbial clause), when a pronoun of that gender follows in the
    same sentence or in the next one of the same paragraph: its antecedent, though the person
    spoke nowhere before (``When Ann Lee arrived, she said …``; ``Der Physiker Max Weber prüfte
    die Werte. Er sagte …``). Not an object nor a name inside a sentence (``Tom met Ann Lee``)."""
    countries = tuple(ctx.lang.settings.get("forename_countries", ()))
    views = ctx.views
    pronouns = ctx.lang.pronouns
    gendered = [  # does the sentence hold an unquoted he or she at all? (read once)
        any(pronouns.get(t.lower) in ("m", "f") and not v.quoted[j] for j, t in enumerate(v.tokens))
        for v in views
    ]
    out = []
    for k, view in enumerate(views):
        if not view.tokens or not view.tokens[0].text[:1].isupper():
            continue  # a sentence opens with a capital (and a long run of lowercase is no name)
        same_paragraph = k + 1 < len(views) and views[k + 1].sentence.paragraph == view.sentence.paragraph
        if not (gendered[k] or same_paragraph and gendered[k + 1]):
            continue  # no pronoun to refer back to it
        span = _clause_subject(np, view)
        mention = classify(ctx, view, span) if span else None
        if mention is None or mention.kind != "name" or len((mention.name or "").split()) < 2:
            continue
        gender = name_gender(mention.name, mention.gender, countries)
        after = [(view, span[1] if span else 0)]
        if k + 1 < len(views) and views[k + 1].sentence.paragraph == view.sentence.paragraph:
            after.append((views[k + 1], 0))
        if gender in ("m", "f") and any(
            ctx.lang.pronouns.get(t.lower) == gender and not v.quoted[j]
            for v, a in after
            for j, t in enumerate(v.tokens[a:], a)
        ):
            out.append(replace(mention, gender=gender))
    return out


def _clause_subject(np: Chunker, view: SentenceView) -> tuple[int, int] | None:
    """The subject of the sentence (after its finite verb when an adverbial opens it: ``Nun hat
    auch Ann Lee …``), or of its opening adverbial clause when a verb follows it (``When Ann Lee
    arrived, …``: Ann Lee; ``As Tom Ray reported, …``: Tom Ray)."""
    if not adverbial_opener(np, view):
        return sentence_subject(np, view) or subject_after_verb(np, view)
    span = np.forward(view, 1)
    after = view.tokens[span[1]].text if span and span[1] < len(view.tokens) else ""
    verb = (
        after[:1].isalpha()
        and after[:1].islower()
        and after.lower() not in np.ctx.lang.word_class("determiners")
    )
    return span if verb else None  # a lowercase word that is no article follows the subject


def _named_with_apposed_role(ctx: Context, np: Chunker) -> list[Mention]:
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
            role = classify(ctx, view, span)
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


def _seen_span(view: SentenceView, st: Statement) -> tuple[int, int] | None:
    """The token span of the speaker phrase the statement's construction read (``"…," the
    minister said``), when it read one in the cue's sentence; the strategies of
    ``speaker_strategies.speaker_span`` are used only where it read none."""
    if st.speaker_span is None or st.frame is not None:
        return None
    first, last = view.index_at(st.speaker_span[0]), view.index_at(st.speaker_span[1] - 1)
    return (first, last + 1) if first is not None and last is not None else None


def attribute(ctx: Context, statements: tuple[Statement, ...]) -> tuple[Statement, ...]:
    """Each statement with its speaker mention and ``speaker_rule``, which says how the mention
    was found: ``frame`` (the construction read it), the name of the speaker strategy that
    answered, ``topic`` (a cue with no written subject continues the narrated subject before it,
    ``dropped_subject_topic``) or ``inherited`` (from the statement before)."""
    np = Chunker(ctx)
    out: list[Statement] = []
    for st in statements:
        mention, rule = _mention_at_cue(ctx, np, st)
        inherited = False
        if mention is None and _dropped(ctx, st):
            mention = dropped_subject_topic(ctx, np, st, out[-1].sentence if out else -1)
            rule = "topic"
        if mention is None and out and st.cue_start is None:
            mention = narrated_topic(ctx, np, st, out[-1])
            rule = "topic" if mention is not None else rule
        if mention is None and out and _inherits(ctx, st):
            # no frame of its own, or a verb whose subject is not written (añadió): the speaker before
            prev = out[-1]
            close = ctx.sentences[prev.sentence].paragraph >= ctx.sentences[st.sentence].paragraph - 1
            if close and prev.mention is not None and prev.rule not in NOUN_SOURCED:
                mention, inherited, rule = _anaphor(ctx, st, prev.mention), True, "inherited"
        if mention is None and _anaphoric(ctx, st):
            # Demnach … after a narrated sentence: its subject is the source (Die Behörde gab das
            # Ergebnis bekannt. Demnach …)
            topic = dropped_subject_topic(ctx, np, st, out[-1].sentence if out else -1, reach=1)
            mention, rule = (_anaphor(ctx, st, topic), "topic") if topic is not None else (None, rule)
        out.append(replace(st, mention=mention, inherited=inherited, speaker_rule=rule if mention else None))
    return tuple(framed_after(ctx, out))


def _mention_at_cue(ctx: Context, np: Chunker, st: Statement) -> tuple[Mention | None, str | None]:
    """The speaker mention read at the statement's cue (or its narrated frame's cue) and the
    rule that found it: ``frame`` for the phrase its construction read, else the strategy's name."""
    cue, cue_start = (st.cue, st.cue_start) if st.frame is None else st.frame
    if cue_start is None:
        return None, None
    view = ctx.views[ctx.sentence_at(cue_start)]
    i = view.index_at(cue_start)
    if i is None:
        return None, None
    seen = _seen_span(view, st)
    rule, span = ("frame", seen) if seen is not None else speaker_strategy(np, view, i, cue)
    if not span:
        return None, None
    mention = classify(ctx, view, span[:2])
    if len(span) > 2:  # the phrase the speaker was found in had the name apposed
        mention = with_apposed_name(ctx, view, mention, span[2])
    else:
        mention = apposed_name(ctx, view, mention, span[1])[0]
    mention = named_company(ctx, np, view, mention, (st.start, st.end))  # Wie das Unternehmen mitteilte
    if mention.text[:1] in QUOTE_MARKS and quoted_medium_at(ctx, view, span[0]) is None:
        return None, None  # „große Tragödie“: a quoted phrase is what was said, not who said it
    if (
        rule == "sentence_subject"
        and st.rule == "indirect.report_then_cue"
        and st.start <= mention.start < st.end
    ):
        return None, None  # Su partido llevará …, añadió: the report's subject is not its speaker
    return mention, rule


def _inherits(ctx: Context, st: Statement) -> bool:
    """A statement that takes the speaker before when its cue names none: one with no frame
    of its own, an anaphoric cue (``Demnach …``), or a verb whose subject the language leaves
    unwritten (``añadió``)."""
    return st.cue_start is None or _anaphoric(ctx, st) or _dropped(ctx, st)


def _anaphoric(ctx: Context, st: Statement) -> bool:
    """The statement's cue is an anaphoric word (``Demnach …``)."""
    return st.cue_start is not None and (st.cue or "").lower() in ctx.lang.attribution.get("anaphoric", ())


def _dropped(ctx: Context, st: Statement) -> bool:
    """The statement's cue (or its narrated frame's) is a verb whose subject the language may
    leave unwritten (strategy ``speaker.pro_drop``: ``añadió``, ``ha assicurato``)."""
    cue, cue_start = (st.cue, st.cue_start) if st.frame is None else st.frame
    return (
        ctx.lang.uses("speaker.pro_drop")
        and cue_start is not None
        and (cue or "").lower() in ctx.lang.cue_forms
    )


def _anaphor(ctx: Context, st: Statement, antecedent: Mention) -> Mention:
    """The inherited speaker as written at an anaphoric cue (``Demnach hätten …``): the mention
    is the anaphor itself, naming the speaker before; any other statement keeps the mention
    it inherits."""
    cue = st.cue or ""
    if st.cue_start is None or cue.lower() not in ctx.lang.attribution.get("anaphoric", ()):
        return antecedent
    return replace(antecedent, text=cue, start=st.cue_start, end=st.cue_start + len(cue))
