"""Mention classification: a noun-phrase span as a name, role, description, pronoun or organisation,
with its base-form role, gender and the name apposed to it."""

from __future__ import annotations

from dataclasses import replace

from ..lang import media_aliases
from ..model import Mention
from .context import Context, SentenceView
from .np.base import INVERSION, ROLE_LIKE_ENDINGS, _opens_name, _particle_chain


def _mention(ctx: Context, view: SentenceView, span: tuple[int, int]) -> Mention:
    lang = ctx.lang
    tokens = view.tokens[span[0] : span[1]]
    text = ctx.text[tokens[0].start : tokens[-1].end]
    inverted = INVERSION.search(tokens[0].lower) if len(tokens) == 1 else None
    if inverted:
        word = inverted.group(1) or inverted.group(2)
        gender = lang.pronouns.get(word)
        return Mention(
            text, tokens[0].start, tokens[-1].end, "pronoun", gender=gender if gender in ("m", "f") else None
        )
    if len(tokens) == 1 and tokens[0].lower in lang.pronouns:
        gender = lang.pronouns[tokens[0].lower]
        return Mention(
            text, tokens[0].start, tokens[-1].end, "pronoun", gender=gender if gender in "mf" else None
        )
    det = tokens[0].lower if ctx.is_det(tokens[0]) else None
    body = _outside_parentheses(tokens[1:] if det else tokens)  # Nancy Faeser (SPD): the party is no name
    source_nouns = set(lang.attribution.get("source_nouns", ()))
    postmod = lang.word_class("postmodifiers")
    genitive = len(body) > 1 and (
        ctx.is_det(body[1]) or body[1].lower in lang.word_class("source_prepositions")
    )
    if (
        len(body) > 2
        and body[0].lower in source_nouns
        and (genitive or lang.capitalised_nouns and ctx.is_adj(body[1]))
    ):
        # Angaben der Polizei, Berichten eines Sprechers, Angaben libanesischer Sicherheitskreise:
        # the source is the genitive phrase
        first = span[0] + (1 if det else 0)  # index of body[0] in the sentence
        skip = 1 if ctx.is_det(body[1]) or ctx.is_adj(body[1]) and body[1].lower not in postmod else 2
        inner = _mention(ctx, view, (first + skip, span[1]))
        return replace(inner, text=text, start=tokens[0].start)
    if len(body) > 1 and ctx.is_media_noun(body[0].text) and ctx.is_cap(body[1]):
        # die Nachrichtenagentur X, der Sender X: the medium's name
        body = body[1:]
    lowercase_head = not lang.capitalised_nouns and len(body) > 1 and body[-1].text[:1].islower()
    if (
        lowercase_head and ctx.is_organisation(body[-1].text) and not any(t.lower in postmod for t in body)
    ):  # not: president of the library union
        # the players' union, the Labour party: an organisation named by its last word
        return Mention(
            text, tokens[0].start, tokens[-1].end, "organisation", name=ctx.text[body[0].start : body[-1].end]
        )
    org_at = next(
        (
            k
            for k, t in enumerate(body)
            if not lang.capitalised_nouns and t.text[:1].islower() and ctx.is_organisation(t.text)
        ),
        None,
    )
    if (
        org_at is not None
        and 0 < org_at < len(body) - 1
        and body[org_at + 1].lower in postmod
        and not any(ctx.is_role(t.text) for t in body)
    ):
        # het Zuid-Koreaanse ministerie van Defensie: the organisation noun and what follows name it
        return Mention(
            text,
            tokens[0].start,
            tokens[-1].end,
            "organisation",
            name=ctx.text[body[org_at].start : body[-1].end],
        )
    joined = _name_particles(ctx, body)
    # split off a post-modifier (bei den Vereinten Nationen, der Polizei)
    head_end = len(body)
    org_role = lowercase_head and ctx.is_role(body[-1].text)
    for k, t in enumerate(body if not org_role else ()):  # a Bank of England spokesperson: no post-modifier
        if k and t.lower in postmod and k not in joined:
            head_end = k
            break
    head, post = body[:head_end], body[head_end:]
    run = 0
    while run < len(post) and ctx.is_cap(post[len(post) - 1 - run]):
        run += 1
    before_run = post[-run - 1].lower if 0 < run < len(post) else ""
    domain = (
        run
        and any(ctx.is_cap(t) for t in post[:-run])
        and before_run not in postmod
        and before_run not in lang.word_class("prepositions")
        and before_run not in lang.word_class("determiners")
    )
    named = run >= 3 or run == 2 and domain and not lang.capitalised_nouns
    if (
        named
        and any(ctx.is_role(t.text) for t in head)
        and not any(
            ctx.is_organisation(t.text)
            or ctx.is_role(t.text)
            or ctx.is_media_noun(t.text)
            or t.text.isupper()
            for t in post[-2:]
        )
    ):
        # Secretary of State Antony Blinken, Chef der Deutschen Bank Christian Sewing, il leader del
        # Partito democratico Elly Schlein: a role with its domain, then a full name (the last two
        # capitalised words)
        head, post = head + post[-2:], post[:-2]
    honorific = None
    role_last = -1
    for k, t in enumerate(head):
        if (
            t.lower.rstrip(".") in lang.honorifics
            and k + 1 < len(head)
            and ctx.is_cap(head[k + 1])
            and not ctx.is_role(head[k + 1].text)
        ):
            honorific = t.lower
        if ctx.is_role(t.text) and t.lower not in lang.honorifics:
            role_last = k
    caps = [k for k, t in enumerate(head) if ctx.is_cap(t)]
    if (
        role_last < 0
        and not honorific
        and len(caps) >= 3
        and caps[0] == 0
        and head[0].lower.endswith(ROLE_LIKE_ENDINGS)
    ):
        role_last = 0  # Kapitänin Jana Lorenz: an unknown role noun before a full name
    name_tokens = [
        t
        for k, t in enumerate(head)
        if k > role_last
        and (
            (ctx.is_cap(t) or k in joined)
            and t.lower.rstrip(".") not in lang.honorifics
            and t.text != "."
            or t.text == "."
            and k
            and len(head[k - 1].text) == 1
            and head[k - 1].text.isupper()
            and head[k - 1].lower not in lang.honorifics
        )
    ]  # Melissa C. Jackson, not M. Xi
    role_end = role_last + 1
    while 0 < role_end < len(head) and not ctx.is_cap(head[role_end]) and ctx.is_adj(head[role_end]):
        role_end += 1  # secrétaire nationale: an adjective after the role noun
    role_tokens = head[:role_end] if role_last >= 0 else []
    noun = head[role_last] if role_last >= 0 else None
    feminine = noun is not None and (
        noun.lower.endswith(tuple(lang.feminine_roles))
        or not ctx.is_role(noun.text)
        and noun.lower.endswith("in")
    )
    if honorific:
        feminine = honorific in lang.feminine_honorifics
        gender = "f" if feminine else "m"
    elif role_tokens:
        assert noun is not None  # role tokens end at the role noun
        feminine = feminine or det in lang.word_class("feminine_determiners")
        masculine = noun.lower.endswith(tuple(lang.word_class("masculine_roles")))
        gender = "f" if feminine else ("m" if masculine or lang.capitalised_nouns else None)
    else:
        gender = None
    role = None
    if role_tokens:
        words = []
        for t in role_tokens:
            w = ctx.role_base(t.text)
            if (
                det in lang.word_class("weak_inflection_determiners")
                and ctx.is_adj(t)
                and w.endswith("e")
                and not feminine
            ):  # der russische Außenminister -> russischer Außenminister
                w += "r"
            words.append(w)
        if post:
            words += [t.text for t in post]
        role = " ".join(words).replace("' ", "'").replace("’ ", "’")  # dell' Economia -> dell'Economia
    if name_tokens:
        # das Verteidigungsministerium, die Deutsche Bank: an organisation, not a person's name
        base = _organisation_base(ctx, name_tokens[-1].text)
        kind = "organisation" if base and not honorific else "name"
        name = " ".join(t.text for t in name_tokens).replace(" .", ".")
        if kind == "organisation" and name_tokens[-1] is head[-1]:
            # des Ministeriums für Planung und Investitionen: das Ministerium für Planung und Investitionen
            assert base is not None  # an organisation has its base form
            name = name[: len(name) - len(name_tokens[-1].text)] + base
            if post and (lang.capitalised_nouns or any(ctx.is_cap(t) for t in post)):
                name = f"{name} {ctx.text[post[0].start : post[-1].end]}"  # el Ministerio de Defensa
    elif role_tokens:
        generic_domain = (
            post
            and not lang.capitalised_nouns
            and det in lang.word_class("definite_determiners")
            and not any(ctx.is_cap(t) for t in post)
        )  # the head of government: an anaphoric role
        kind = (
            "description" if det in lang.word_class("indefinite") or post and not generic_domain else "role"
        )
        name = None
    else:
        kind = "organisation"
        name = ctx.text[body[0].start : body[-1].end] if body else ""
    if name in media_aliases():  # New York Times, des Bayerischen Rundfunks: a medium, by its name
        kind, name = "organisation", media_aliases()[name]
    return Mention(text, tokens[0].start, tokens[-1].end, kind, name=name, role=role, gender=gender)


def _organisation_base(ctx: Context, word: str) -> str | None:
    """The word without a genitive ending when it names an organisation (Ministeriums,
    Bundesamtes -> Ministerium, Bundesamt); None when it names none."""
    for cut in (0, 1, 2):
        if cut and not word.lower().endswith("es"[2 - cut :]):
            continue
        base = word[: len(word) - cut]
        if len(base) > 2 and ctx.is_organisation(base):
            return base
    return None


def _outside_parentheses(tokens: list) -> list:
    out, depth = [], 0
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif not depth:
            out.append(t)
    return out


def _name_particles(ctx: Context, body: list) -> set:
    """Indices of the lowercase particles inside a name (Ursula von der Leyen, Frau von der
    Leyen, Von der Leyen): after a given name or an honorific, before a surname that ends
    the phrase. Where every noun is capitalised, a given name counts only after a role or
    an honorific (``Statistiken von Amnesty`` is no name); ``Kai Wegner von der CDU`` keeps
    its post-modifier: the surname must not be an acronym or an organisation."""
    lang = ctx.lang
    if _opens_name(ctx, body, 0, len(body)):
        return set(range(_particle_chain(ctx, body, 0)))
    joined: set[int] = set()
    for k in range(1, len(body)):
        m = _particle_chain(ctx, body, k)
        if m == k or m >= len(body):
            continue
        surname, before = body[m], body[k - 1]
        ends = m + 1 == len(body) or body[m + 1].lower in lang.word_class("postmodifiers")
        p = k - 1  # back over the given names: Luiz Inácio Lula da Silva
        while (
            p >= 0
            and ctx.is_cap(body[p])
            and not ctx.is_role(body[p].text)
            and body[p].lower.rstrip(".") not in lang.honorifics
        ):
            p -= 1
        introduced = p >= 0 and (body[p].lower.rstrip(".") in lang.honorifics or ctx.is_role(body[p].text))
        given = p < k - 1 and (introduced or not lang.capitalised_nouns)
        honorific = before.lower.rstrip(".") in lang.honorifics
        if (
            ends
            and (given or honorific)
            and ctx.is_cap(surname)
            and not surname.text.isupper()
            and not ctx.is_organisation(surname.text)
            and not ctx.is_role(surname.text)
        ):
            joined.update(range(k, m))
    return joined


def _with_apposed_name(ctx: Context, view: SentenceView, mention: Mention, inner: tuple) -> Mention:
    """Der Direktor des Amtes, Vorname Name, …: the name comes from the apposition."""
    tokens = view.tokens[inner[0] : inner[1]]
    name = " ".join(t.text for t in tokens)
    role = mention.role or (mention.name if mention.kind != "name" else None)
    if mention.kind == "name":  # Name, Name2 — keep the first name as written
        return mention
    return Mention(
        ctx.text[mention.start : tokens[-1].end],
        mention.start,
        tokens[-1].end,
        "name",
        name=name,
        role=role,
        gender=mention.gender,
    )


def _apposed_name_after(ctx: Context, view: SentenceView, b: int) -> tuple[int, int] | None:
    """``…, afirmó el ministro de Sanidad, Salvador Illa.``: a name of two to four
    capitalised words in commas right after a role phrase ending at token b."""
    tokens = view.tokens
    if b + 2 >= len(tokens) or tokens[b].text != ",":
        return None
    c = b + 1
    while (
        c < len(tokens) and ctx.is_cap(tokens[c]) and not ctx.is_role(tokens[c].text) and not view.quoted[c]
    ):
        c += 1
    if 2 <= c - (b + 1) <= 4 and (c == len(tokens) or tokens[c].text in (",", ".", ";")):
        return b + 1, c
    return None
