"""German er and sie for an organisation by its noun's grammatical gender (strategy
``pronoun.grammatical_gender``): the organisation a pronoun opening the next sentence may refer
to, though it spoke nowhere before (``Der Verband kritisierte die Pläne. Er fordert …``).
Called through ``Rules.antecedent_organisations``."""

from __future__ import annotations

from dataclasses import replace

from ...model import Mention
from ...pipeline.agreement import forename_gender
from ...pipeline.context import Context, SentenceView
from ...pipeline.mention import classify
from ...pipeline.mention_kinds import determiner_gender
from ...pipeline.np import Chunker
from ...pipeline.speaker_topic import names_organisation, narrated_subject_span


def organisation_subjects(ctx: Context, np: Chunker) -> list[Mention]:
    """An organisation that is the subject of a sentence, before or after its finite verb, with
    a definite determiner that shows its noun's gender, when the next sentence of the paragraph
    opens with the pronoun of that gender (strategy ``pronoun.grammatical_gender``): its
    antecedent, though it spoke nowhere before. Not when the sentence also names a person of
    that gender, who may be meant (``_names_person_of``), or holds another noun phrase of that
    gender (``_rival_of_gender``), nor for a singular organisation when the pronoun's verb is
    plural (``_plural_for_singular``).

    >>> # Den Plan hat die Gewerkschaft abgelehnt. Sie nennt ihn …   -> die Gewerkschaft (f)
    >>> # Der Verband kritisierte die Pläne. Er fordert …             -> Der Verband (m)
    >>> # Die Regierung beschloss die Reform. Sie sieht vor …          -> none: die Reform may be meant
    >>> # Die Gewerkschaft traf die Arbeitgeber. Sie erklärten …       -> none: a plural verb
    >>> # Die Partei wählte Anna Roth zur Chefin. Sie sagte …          -> none: Anna Roth may be meant
    """
    if not ctx.lang.uses("pronoun.grammatical_gender"):
        return []
    views = ctx.views
    out = []
    for view, after in zip(views, views[1:]):
        if after.sentence.paragraph != view.sentence.paragraph or not after.tokens or after.quoted[0]:
            continue
        wanted = ctx.lang.pronouns.get(after.tokens[0].lower) or ""
        mention = _gendered_organisation(ctx, np, view) if wanted in ("m", "f") else None
        if (
            mention is not None
            and mention.gender == wanted
            and not _names_person_of(ctx, view, wanted)
            and not _rival_of_gender(ctx, view, mention, wanted)
            and not _plural_for_singular(ctx, after, mention)
        ):
            out.append(mention)
    return out


def _rival_of_gender(ctx: Context, view: SentenceView, mention: Mention, gender: str) -> bool:
    """The sentence holds another noun phrase whose determiner shows the pronoun's gender, the
    object included (``Die Regierung beschloss die Reform. Sie sieht vor …``: sie may be the
    reform): a determiner of that gender (``der``, ``den``, ``dem``, ``ein``, ``einem`` for er;
    ``die``, ``eine`` for sie) outside the organisation, before a capitalised word or an
    adjective (not the relative pronoun of ``Die Regierung, die …``)."""
    words = ctx.lang.word_class
    dets = (
        words("feminine_determiners")
        if gender == "f"
        else words("masculine_determiners") | words("oblique_determiners")
    )
    tokens = view.tokens
    for k, t in enumerate(tokens[:-1]):
        if t.lower not in dets or view.quoted[k] or mention.start <= t.start < mention.end:
            continue
        if ctx.is_cap(tokens[k + 1]) or ctx.is_adj(tokens[k + 1]):
            return True
    return False


def _plural_for_singular(ctx: Context, after: SentenceView, mention: Mention) -> bool:
    """The pronoun opening the next sentence has a plural verb (``Sie erklärten …``:
    ``plural_finite``) while the organisation is singular: a noun in no plural ending after a
    plural determiner (``die Gewerkschaft``; ``die Grünen`` may be meant)."""
    if len(after.tokens) < 2 or not ctx.lang.rules.plural_finite(after.tokens[1].lower):
        return False
    words = mention.text.lower().split()
    plural = (
        len(words) > 1
        and words[0] in ctx.lang.word_class("plural_determiners")
        and words[-1].endswith(tuple(ctx.lang.word_class("plural_endings")))
    )
    return not plural


def _gendered_organisation(ctx: Context, np: Chunker, view: SentenceView) -> Mention | None:
    """The sentence's subject (``narrated_subject_span``) when it is an organisation after a
    definite determiner of one gender (``der Verband``: m; ``die Gewerkschaft``: f, also the
    plural ``die Grünen``, for which the same pronoun stands), with that gender."""
    span = narrated_subject_span(np, view)
    if span is None:
        return None
    det = view.tokens[span[0]].lower
    gender = determiner_gender(ctx, det)
    if gender is None or det not in ctx.lang.word_class("definite_determiners"):
        return None
    mention = classify(ctx, view, span)
    organisation = mention.kind == "organisation" and names_organisation(ctx, mention)
    return replace(mention, gender=gender) if organisation else None


def _names_person_of(ctx: Context, view: SentenceView, gender: str) -> bool:
    """The sentence names a person of this gender: a role noun of that gender (feminine ones
    are listed; any other is masculine) or a full name whose given name shows it."""
    countries = tuple(ctx.lang.settings.get("forename_countries", ()))
    tokens = view.tokens
    for k, t in enumerate(tokens):
        if not t.text[:1].isupper():
            continue
        if ctx.is_role(t.text) and ctx.is_nominal(t):
            if ("f" if t.lower.endswith(tuple(ctx.lang.feminine_roles)) else "m") == gender:
                return True
        elif k + 1 < len(tokens) and forename_gender(f"{t.text} {tokens[k + 1].text}", countries) == gender:
            return True
    return False
