"""Organisations a mention names: a firm after its company noun (``der Energiekonzern Nordwerk``),
an organisation named by the people it unites (``Verband Deutscher Ingenieure``), and an
organisation noun's base form (``des Ministeriums`` -> Ministerium)."""

from __future__ import annotations

from ..lang import forenames
from .context import Context


def organisation_of_people(
    ctx: Context, head: list, post: list, role_last: int, honorific: str | None
) -> str | None:
    """Where every noun is capitalised, the name of an organisation named by the people it
    unites: an organisation noun, then capitalised attributes (no preposition, no given name)
    and the people, a role noun or an unlisted noun (``des Verbandes Deutscher Ingenieure`` ->
    Verband Deutscher Ingenieure), or its name (``die Gewerkschaft Verdi``), with a capitalised
    post-modifier (``Hilfsorganisation Ärzte ohne Grenzen``); None for any other phrase
    (``Commerzbank-Analyst Carl Fritz``: a name follows the role) and in languages with
    lowercase nouns, where capitalised words are a title (``The Army Chief Medical Officer``)."""
    if honorific or ctx.lang.uses("nominal.lowercase_noun") or len(head) < 2 or not ctx.is_cap(head[0]):
        return None
    if (
        role_last >= 0
        and not 1 < role_last == len(head) - 1
        or len(head) > 2
        and forenames.known(head[1].text)
    ):
        return None  # Gewerkschaft Verdi, Verband Deutscher Ingenieure; not Verbandschef Max Roth
    words = ctx.lang.word_class
    links = words("prepositions") | words("name_links") | words("postmodifiers")
    if any(t.lower in links or ctx.is_det(t) or not ctx.is_cap(t) for t in head[1:]):
        return None
    base = organisation_base(ctx, head[0].text)
    last = post[-1] if post and any(ctx.is_cap(t) for t in post) else head[-1]
    return f"{base} {ctx.text[head[1].start : last.end]}" if base else None


def company_named(ctx: Context, head: list) -> str | None:
    """The name after a company noun, a firm (``der Energiekonzern Nordwerk Energie``, ``the
    carmaker Aerolux``, ``la empresa Solaris``); None when the phrase is no such pair or
    names a person (``company CEO Ann Lee``)."""
    if len(head) < 2 or not ctx.is_company_noun(head[0].text) or forenames.known(head[1].text):
        return None  # company CEO Ann Lee: a person
    if not all(ctx.is_cap(t) and not ctx.is_role(t.text) for t in head[1:]):
        return None
    return ctx.text[head[1].start : head[-1].end]


def organisation_base(ctx: Context, word: str) -> str | None:
    """The word without a genitive ending when it names an organisation (Ministeriums,
    Bundesamtes -> Ministerium, Bundesamt); None when it names none."""
    for cut in (0, 1, 2):
        if cut and not word.lower().endswith("es"[2 - cut :]):
            continue
        base = word[: len(word) - cut]
        if len(base) > 2 and ctx.is_organisation(base):
            return base
    return None
