"""The role of a mention (``der russische Außenminister``, ``la portavoz``, ``the head of
government``): its gender from an honorific, the role noun and its determiner; its base form;
and whether it is a role that refers back or a description of someone new."""

from __future__ import annotations

from .context import Context


def role_gender(
    ctx: Context, det: str | None, honorific: str | None, role_tokens: list, noun
) -> tuple[str | None, bool]:
    """The gender from a gendered honorific (``Frau``, ``Mr.``; ``Dr.`` has none), else from the
    role noun and determiner; and whether the role noun is feminine (for its base form). A
    name's forename is read later, for the actor (:mod:`newsscan.lang.forenames`)."""
    lang = ctx.lang
    feminine = noun is not None and (
        noun.lower.endswith(tuple(lang.feminine_roles))
        or not ctx.is_role(noun.text)
        and noun.lower.endswith("in")
    )
    titled = lang.honorific_genders.get((honorific or "").rstrip("."))
    if titled:
        return titled, titled == "f"
    if role_tokens:
        assert noun is not None  # role tokens end at the role noun
        if det in lang.word_class("feminine_determiners") and not feminine:
            common = noun.lower.endswith(tuple(lang.word_class("common_gender_roles")))
            if det in lang.word_class("plural_determiners") and not common:
                return None, False  # die Wissenschaftler: a plural, no gender
            feminine = True  # die Vorsitzende, la portavoz
        masculine = noun.lower.endswith(tuple(lang.word_class("masculine_roles")))
        masculine = masculine or det in lang.word_class("masculine_determiners")  # el entrenador
        masculine = masculine or lang.uses("gender.masculine_roles")
        return ("f" if feminine else ("m" if masculine else None)), feminine
    return None, feminine


def source_spaced(tokens: list) -> str:
    """The tokens' words with a space only where the text has one between them (or left words
    out): ``der Stadt- und Kreisverwaltung``, not ``der Stadt - und Kreisverwaltung``."""
    out = tokens[0].text
    for prev, t in zip(tokens, tokens[1:]):
        out += t.text if prev.end == t.start else " " + t.text
    return out


def role_text(ctx: Context, det: str | None, role_tokens: list, post: list, feminine: bool) -> str:
    """The role in its base form with its post-modifier: der russische Außenminister ->
    russischer Außenminister; dell' Economia -> dell'Economia."""
    words: list[str] = []
    prev = None
    for t in role_tokens:
        w = ctx.role_base(t.text)
        if (
            det in ctx.lang.word_class("weak_inflection_determiners")
            and ctx.is_adj(t)
            and w.endswith("e")
            and not feminine
        ):  # der russische Außenminister -> russischer Außenminister
            w += "r"
        if words and prev is not None and prev.end == t.start and (t.text == "." or prev.text == "."):
            words[-1] += w  # U.S. District Judge: an abbreviation's full stops join its letters
        else:
            words.append(w)
        prev = t
    if post:
        words.append(source_spaced(post))  # der Stadt- und Kreisverwaltung
    return " ".join(words).replace("' ", "'").replace("’ ", "’")  # dell' Economia -> dell'Economia


def role_kind(ctx: Context, det: str | None, post: list) -> str:
    """A role with no name: a description after an indefinite determiner or with a specific
    domain, else a role (the head of government: an anaphoric role)."""
    lang = ctx.lang
    generic_domain = (
        post
        and lang.uses("mention.generic_domain")
        and det in lang.word_class("definite_determiners")
        and not any(ctx.is_cap(t) for t in post)
    )  # the head of government: an anaphoric role
    return "description" if det in lang.word_class("indefinite") or post and not generic_domain else "role"


def institution_role(ctx: Context, det: str | None, role_tokens: list, post: list) -> bool:
    """A role noun that is also an organisation's head, alone after a definite article, names the
    organisation, not a person who refers back to someone (es ``La policía informó …``: the
    police, not the mayor named before; en ``the regulator said``). Not with an indefinite
    article or a name (``una policía``, ``la policía Ana Gil``: a person), nor a compound that
    only ends in an organisation's noun (``der Landrat`` is a person, not a ``Rat``).

    >>> # es: "La policía" -> True; "Una policía" -> False
    """
    if len(role_tokens) != 1 or post or det not in ctx.lang.word_class("definite_determiners"):
        return False
    if det in ctx.lang.word_class("plural_determiners"):
        return False
    word = role_tokens[0].text
    return ctx.is_role(word) and word.lower() in ctx.lang.organisations  # not: der Landrat (…rat)


def abbreviated_office(ctx: Context, t) -> str | None:
    """The office of token t when it is an abbreviated title (``[title_abbreviations]``) with an
    entry in ``office_titles.txt``: ``Gov.`` -> governor, ``L'avv.`` -> avvocato; else None
    (``Dr.``, ``Lt.``: titles that hold no office)."""
    word = t.lower.rstrip(".").replace("’", "'").rpartition("'")[2]
    offices = ctx.lang.offices.get(word) if word in ctx.lang.word_class("title_abbreviations") else None
    return offices[0] if offices else None


def title_office(ctx: Context, head: list, name_tokens: list) -> str | None:
    """The office of an abbreviated title before a name (``abbreviated_office``): ``Gov. Ron
    Hale`` is a governor, ``Sen. Ann Lee`` a senator, ``l'avv. Carlo Neri`` an avvocato, so
    ``the governor`` refers back to that person. A rank before the title makes another
    office, which none of the title's holds: ``Lt. Gov. Mary Ford``, ``Deputy Gov. X`` (a word
    of ``[rank_prefixes]``) -> None."""
    for t in head:
        if name_tokens and t is name_tokens[0]:
            break
        office = abbreviated_office(ctx, t)
        if office:
            return None if _word_before(ctx.text, t.start) in ctx.lang.word_class("rank_prefixes") else office
    return None


def _word_before(text: str, at: int) -> str:
    """The lowercase word before offset ``at``, past spaces and one period, within 16
    characters: ``Lt. Gov.`` -> ``lt`` before ``Gov``."""
    window = text[max(0, at - 16) : at].rstrip()
    window = window[:-1] if window.endswith(".") else window
    n = len(window)
    while n > 0 and window[n - 1].isalpha():
        n -= 1
    return window[n:].lower()
