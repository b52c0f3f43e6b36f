"""Mention kinds told by a phrase's words, beside its reading as honorific, role and name: a
pronoun, an unnamed group, an organisation named by a lowercase noun, a group named by a
lowercase plural, an institution named with an article (steps of
:func:`newsscan.pipeline.mention.classify`)."""

from __future__ import annotations

from ..lang import forenames
from ..model import Mention
from .context import Context
from .np.base import plural_common_noun


def pronoun_mention(ctx: Context, tokens: list, text: str) -> Mention | None:
    """A lone pronoun, also inverted after a French verb (``dit-elle``, ``a-t-il``), with its gender."""
    lang = ctx.lang
    word = lang.rules.inverted_pronoun(tokens[0].lower) if len(tokens) == 1 else None
    if word:
        gender = lang.pronouns.get(word)
        return Mention(
            text, tokens[0].start, tokens[-1].end, "pronoun", gender=gender if gender in ("m", "f") else None
        )
    if len(tokens) == 1 and tokens[0].lower in lang.pronouns:
        gender = lang.pronouns[tokens[0].lower]
        return Mention(
            text, tokens[0].start, tokens[-1].end, "pronoun", gender=gender if gender in "mf" else None
        )
    return None


def group_mention(ctx: Context, tokens: list, text: str) -> Mention | None:
    """An unnamed group with a number or what restricts it (``two people familiar with the
    plans``, ``sources close to the minister``, ``People familiar with …`` opening a sentence,
    ``economists polled by X``) or a group pronoun (``Those who voted``, ``Many``): a
    description, named by the whole phrase, that refers back to no one."""
    lang = ctx.lang
    counted = tokens[0].lower in lang.word_class("quantifiers") or tokens[0].text.isdigit()
    head = tokens[1] if counted and len(tokens) > 1 else tokens[0]
    restricted = len(tokens) > 2 and f"{tokens[1].lower} {tokens[2].lower}" in lang.word_class(
        "group_restrictors"
    )
    if (
        (head.text.islower() or restricted)
        and head.lower in lang.word_class("group_sources")
        and len(tokens) > 1
    ):
        return Mention(
            text, tokens[0].start, tokens[-1].end, "description", role=text
        )  # People familiar with
    k = tokens.index(head)
    if (
        k + 2 < len(tokens)
        and ctx.is_role(head.text)
        and head.lower.endswith(tuple(lang.word_class("plural_endings")))
        and tokens[k + 1].lower.endswith(tuple(lang.word_class("past_endings")))
        and tokens[k + 2].lower in lang.word_class("source_prepositions")
    ):
        return Mention(
            text, tokens[0].start, tokens[-1].end, "description", role=text
        )  # economists polled by X
    if tokens[0].lower in lang.word_class("group_pronouns") and (
        len(tokens) == 1 or tokens[1].lower in lang.word_class("relative_pronouns")
    ):
        return Mention(text, tokens[0].start, tokens[-1].end, "description", role=text)  # Those who voted
    return None


def lowercase_organisation(ctx: Context, tokens: list, body: list, text: str) -> Mention | None:
    """Where nouns are not capitalised, an organisation named by its noun: ``the players'
    union``, ``the Labour party`` (last word), ``het Zuid-Koreaanse ministerie van Defensie``
    (the organisation noun and what follows)."""
    lang = ctx.lang
    postmod = lang.word_class("postmodifiers")
    lowercase_head = lang.uses("mention.lowercase_head") and len(body) > 1 and body[-1].text[:1].islower()
    if (
        lowercase_head and ctx.is_organisation(body[-1].text) and not any(t.lower in postmod for t in body)
    ):  # not: president of the library union
        return Mention(
            text, tokens[0].start, tokens[-1].end, "organisation", name=ctx.text[body[0].start : body[-1].end]
        )
    org_at = next(
        (
            k
            for k, t in enumerate(body)
            if lang.uses("mention.lowercase_head") and t.text[:1].islower() and ctx.is_organisation(t.text)
        ),
        None,
    )
    if (
        org_at is not None
        and 0 < org_at < len(body) - 1
        and body[org_at + 1].lower in postmod
        and not any(ctx.is_role(t.text) for t in body)
    ):
        return Mention(
            text,
            tokens[0].start,
            tokens[-1].end,
            "organisation",
            name=ctx.text[body[org_at].start : body[-1].end],
        )
    return None


def institution_by_article(
    ctx: Context, article, head: list, name_tokens: list, role_tokens: list, honorific: str | None
) -> bool:
    """Where news writes no article before a person's name, a definite article right before a
    name with no role or honorific names an institution (``the White House``, ``le Kremlin``,
    ``la Casa Blanca``, ``het Witte Huis``), not a person (``mention.article_organisation``).
    An article that is also a name particle is one only when written lowercase, or before two
    words (``La Casa Blanca``; not ``Le Pen``, ``zei De Wit``)."""
    if not (
        ctx.lang.uses("mention.article_organisation")
        and article is not None
        and article.lower in ctx.lang.word_class("definite_determiners")
        and not role_tokens
        and honorific is None
        and bool(head)
        and name_tokens[0] is head[0]
        and not any(forenames.known(t.text) for t in name_tokens[:-1])  # the Republican Bob Smith
    ):
        return False
    particle = article.lower in ctx.lang.word_class("name_particles")
    return not particle or article.text.islower() or len(name_tokens) >= 2


def unlisted_plural_head(ctx: Context, head: list) -> bool:
    """Where nouns are not capitalised, capitalised words before a lowercase plural noun are
    that noun's modifiers, and the phrase names a group, not a person: ``Consumer advocates``,
    ``Civil rights groups``, ``Supreme Court justices`` (not ``Consumer``, ``Civil``). A
    pronoun or focus word after a name is no head (``Smith himself``, ``Smith also``). The
    group is a description: a new unnamed actor, never an earlier one."""
    return (
        len(head) > 1
        and ctx.lang.uses("mention.lowercase_head")
        and any(ctx.is_cap(t) for t in head[:-1])
        and not any(t.lower in ctx.lang.pronouns for t in head)  # They themselves
        and not any(forenames.known(t.text) for t in head[:-1] if ctx.is_cap(t))  # Ann Lee always
        and plural_common_noun(ctx, head[-1])
    )


def office_title_mention(
    ctx: Context, tokens: list, body: list, det: str | None, text: str
) -> Mention | None:
    """A fixed title of ``office_titles.txt`` after a determiner (``il primo cittadino``, ``le
    chef de l'État``): a role mention whose role is the title, so that it refers back to the
    holder of its office (``Il sindaco, Luca Martelli, …``); None for any other phrase."""
    if det is None or not body or not ctx.lang.offices:
        return None
    role = ctx.text[body[0].start : body[-1].end]
    if " ".join(role.lower().replace("’", "'").split()) not in ctx.lang.offices:
        return None
    gender = determiner_gender(ctx, det)
    return Mention(text, tokens[0].start, tokens[-1].end, "role", role=role, gender=gender)


def determiner_gender(ctx: Context, det: str) -> str | None:
    """The gender a determiner marks (``[masculine_determiners]``: m, ``[feminine_determiners]``:
    f; ``der Verband`` -> m, ``la portavoz`` -> f), None for one that marks neither."""
    words = ctx.lang.word_class
    if det in words("masculine_determiners"):
        return "m"
    return "f" if det in words("feminine_determiners") else None
