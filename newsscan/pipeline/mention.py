"""Mention classification: a noun-phrase span as a name, role, description, pronoun or organisation,
with its base-form role, gender and the name apposed to it."""

from __future__ import annotations

from dataclasses import replace

from ..lang import forenames, media_aliases
from ..model import Mention
from .agreement import surname_shape
from .context import QUOTE_MARKS, Context, SentenceView
from .medium_names import medium_named
from .mention_kinds import (
    group_mention,
    institution_by_article,
    lowercase_organisation,
    office_title_mention,
    pronoun_mention,
    unlisted_plural_head,
)
from .mention_role import institution_role, role_gender, role_kind, role_text, title_office
from .np.base import (
    ROLE_LIKE_ENDINGS,
    extended_attribute_end,
    locative_tail,
    opens_name,
    particle_chain,
    past_title,
)
from .np.particles import particle_surname


def classify(ctx: Context, view: SentenceView, span: tuple[int, int]) -> Mention:
    """Classify the noun phrase ``span`` of a sentence, in order: a pronoun (``er``, ``dit-elle``),
    a source noun with its genitive (``Angaben der Polizei``), a document (``the statement``,
    or its author: ``a report by E! News``), an organisation named by a
    lowercase noun (``the players' union``), else honorific, role and name read off the phrase
    (``der russische Außenminister Jewgeni Sokolow``)."""
    tokens = view.tokens[span[0] : span[1]]
    text = ctx.text[tokens[0].start : tokens[-1].end]
    if place := locative_tail(ctx, tokens):  # die Regierung in Lomé: the institution, with its place
        return replace(classify(ctx, view, (span[0], span[1] - place)), text=text, end=tokens[-1].end)
    pronoun = pronoun_mention(ctx, tokens, text)
    if pronoun is not None:
        return pronoun
    group = group_mention(ctx, tokens, text)
    if group is not None:
        return group
    det = tokens[0].lower if ctx.is_det(tokens[0]) and not _capitalised_particle(ctx, view, span[0]) else None
    first = extended_attribute_end(ctx, view, span[0] + 1) - span[0] if det else 0  # der für … zuständige
    body = _outside_parentheses(tokens[max(first, 1) :] if det else tokens)  # Nancy Faeser (SPD): no name
    body = [t for t in body if t.text not in QUOTE_MARKS] or body  # der Sender „Channel 10“: its title
    while len(body) > 1 and body[-1].lower in ctx.lang.word_class("asides"):
        body = body[:-1]  # Die Ermittler hingegen sagen: the aside is no part of the role
    genitive = _genitive_source_mention(ctx, view, span, det, body, text)
    if genitive is not None:
        return genitive
    document = _document_mention(ctx, view, span, body, text)
    if document is not None:
        return document
    k = next(
        (k for k, t in enumerate(body[:-1]) if not _adjective_word(t.text)), 0
    )  # die britische Zeitung X
    if (
        len(body) > k + 1
        and ctx.is_media_noun(body[k].text)
        and ctx.is_cap(body[k + 1])
        and ctx.text[body[0].start : body[-1].end] not in media_aliases()  # a Agência Brasil
    ):  # die Nachrichtenagentur X, der Sender X: the medium's name
        body = body[k + 1 :]
    title = office_title_mention(ctx, tokens, body, det, text)
    if title is not None:
        return title  # il primo cittadino: the holder of an office
    organisation = lowercase_organisation(ctx, tokens, body, text)
    if organisation is not None:
        return organisation
    return _person_or_role(ctx, tokens, text, det, body)


def _adjective_word(word: str) -> bool:
    """A word before a noun that is written in lowercase, or a compound ending in lowercase
    (``britische``, ``US-amerikanische``)."""
    return word.rsplit("-", 1)[-1][:1].islower()


def _genitive_source_mention(
    ctx: Context, view: SentenceView, span: tuple[int, int], det: str | None, body: list, text: str
) -> Mention | None:
    """Angaben der Polizei, Berichten eines Sprechers, Angaben libanesischer Sicherheitskreise:
    the source is the genitive phrase after the source noun."""
    lang = ctx.lang
    postmod = lang.word_class("postmodifiers")
    at = next((k for k in range(min(3, len(body))) if ctx.is_source_noun(body[k].text)), None)
    if at is None or not all(ctx.is_adj(t) for t in body[:at]):
        return None
    body, before = body[at:], at  # dem vorläufigen Endergebnis der Wahlbehörde: the noun after adjectives
    genitive = len(body) > 1 and (
        ctx.is_det(body[1]) or body[1].lower in lang.word_class("source_prepositions")
    )
    if not (len(body) > 2 and (genitive or lang.uses("np.genitive_source") and ctx.is_adj(body[1]))):
        return None
    if all(t.lower in lang.time_words or ctx.is_adj(t) or ctx.is_det(t) for t in body[2:]):
        return None  # Informationen vom späten Abend: a date, no source
    first = span[0] + (1 if det else 0) + before  # index of body[0] in the sentence
    skip = 1 if ctx.is_det(body[1]) or ctx.is_adj(body[1]) and body[1].lower not in postmod else 2
    inner = classify(ctx, view, (first + skip, span[1]))
    return replace(inner, text=text, start=view.tokens[span[0]].start)


def _document_mention(
    ctx: Context, view: SentenceView, span: tuple[int, int], body: list, text: str
) -> Mention | None:
    """A document as the source: ``the statement``, ``court records``, ``die Mitteilung``.
    With a named author after the noun (``a new report by E! News``, ``le communiqué du
    ministère``) the author speaks; with none the document itself is the source, an actor of
    kind ``document`` and never a person."""
    at = next((k for k, t in enumerate(body) if ctx.is_source_noun(t.text, documents_only=True)), None)
    if at is None or any(ctx.is_cap(t) and not ctx.is_adj(t) for t in body[:at]):
        return None  # Tottenham statement, NASA's report: a name before the noun is the author
    after = body[at + 1 :]
    links = ctx.lang.word_class("source_prepositions") | ctx.lang.word_class("postmodifiers")
    named = any(ctx.is_cap(t) and t.lower not in ctx.lang.time_words for t in after)  # not: vom Montag
    if after and after[0].lower in links and named:
        first = view.index_at(after[0].start)
        if first is not None and first + 1 < span[1]:
            skip = 2 if first + 2 < span[1] and ctx.is_det(view.tokens[first + 1]) else 1
            inner = classify(ctx, view, (first + skip, span[1]))
            return replace(inner, text=text, start=view.tokens[span[0]].start)
    if named:
        return None
    if at == 0 and len(body) == 1 and body[0].text[:1].isupper() and len(body) == span[1] - span[0]:
        return None  # Papier schreibt: a lone capitalised word may be a surname
    first = (
        next((k for k in range(at) if ctx.is_cap(body[k])), at)
        if ctx.lang.uses("mention.document_noun_only")
        else 0
    )
    # eigenen Angaben -> Angaben; federal prison records as written
    name = ctx.text[body[first].start : body[at].end]
    return Mention(text, view.tokens[span[0]].start, view.tokens[span[1] - 1].end, "document", name=name)


def _capitalised_particle(ctx: Context, view: SentenceView, k: int) -> bool:
    """The article-like word at token k, capitalised inside a sentence before a capitalised word,
    and the last word of the phrase, is a name particle, part of a surname (``zei De Wit``, ``a dit
    Le Pen``, ``said De Niro``)."""
    tokens = view.tokens
    return (
        0 < k < len(tokens) - 1
        and ctx.lang.uses("nominal.lowercase_noun")  # German capitalises every noun after its article
        and tokens[k].text[:1].isupper()
        and tokens[k].lower in ctx.lang.word_class("name_particles")
        and ctx.is_cap(tokens[k + 1])
        and not (k + 2 < len(tokens) and ctx.is_cap(tokens[k + 2]))  # dijo La Casa Blanca: an article
        and not view.quoted[k]
    )


def _person_or_role(ctx: Context, tokens: list, text: str, det: str | None, body: list) -> Mention:
    """The phrase as head and post-modifier, read as honorific, role (in its base form) and
    name, with a gender; a known medium's name becomes that medium."""
    joined = _name_particles(ctx, body)
    head, post = _head_and_postmodifier(ctx, body, joined)
    honorific, role_last = _honorific_and_role(ctx, head)
    united = company_named(ctx, head) or _organisation_of_people(ctx, head, post, role_last, honorific)
    if united:
        return Mention(text, tokens[0].start, tokens[-1].end, "organisation", name=united)
    group = role_last < 0 and unlisted_plural_head(ctx, head)
    role_last = len(head) - 1 if group else role_last
    name_tokens = _name_tokens(ctx, head, role_last, joined)
    role_end = role_last + 1
    while 0 < role_end < len(head) and not ctx.is_cap(head[role_end]) and ctx.is_adj(head[role_end]):
        role_end += 1  # secrétaire nationale: an adjective after the role noun
    role_tokens = head[:role_end] if role_last >= 0 else []
    noun = head[role_last] if role_last >= 0 else None
    gender, feminine = role_gender(ctx, det, honorific, role_tokens, noun)
    role = role_text(ctx, det, role_tokens, post, feminine) if role_tokens else None
    role = role or title_office(ctx, head, name_tokens)  # Gov. Ron Hale: a governor
    if name_tokens:
        kind, name = _named(ctx, head, post, name_tokens, honorific)
        article = tokens[0] if det else None
        if kind == "name" and institution_by_article(ctx, article, head, name_tokens, role_tokens, honorific):
            kind = "organisation"
        if (
            kind == "organisation"
            and role_tokens
            and name_tokens[0] is head[role_end]
            and name_tokens[0].start - head[role_end - 1].end <= 1  # not: Präsident des … Verbands
        ):
            # Russia's Foreign Ministry, the British Foreign Office: the role word names the organisation
            name, role, gender = f"{ctx.text[head[0].start : head[role_end - 1].end]} {name}", None, None
    elif role_tokens and not group and institution_role(ctx, det, role_tokens, post):
        kind, name, role, gender = (
            "organisation",
            ctx.text[role_tokens[0].start : role_tokens[0].end],
            None,
            None,
        )
    elif role_tokens:
        kind, name = ("description" if group else role_kind(ctx, det, post)), None
    else:
        kind = "organisation"
        name = ctx.text[body[0].start : body[-1].end] if body else ""
    medium = medium_named(ctx, text, name)  # New York Times, „Die Zeit“, des Bayerischen Rundfunks
    if medium is not None:
        kind, name = "organisation", medium
    return Mention(
        text, tokens[0].start, tokens[-1].end, kind, name=name, role=role, gender=gender, plural=group
    )


def _organisation_of_people(
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
    base = _organisation_base(ctx, head[0].text)
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


def _head_and_postmodifier(ctx: Context, body: list, joined: set) -> tuple[list, list]:
    """Split off a post-modifier (bei den Vereinten Nationen, der Polizei); a full name after a
    role with its domain goes back to the head (Secretary of State Antony Blinken)."""
    lang = ctx.lang
    postmod = lang.word_class("postmodifiers")
    lowercase_head = lang.uses("mention.lowercase_head") and len(body) > 1 and body[-1].text[:1].islower()
    head_end = len(body)
    org_role = lowercase_head and ctx.is_role(body[-1].text)
    domain = lang.word_class("role_prepositions")  # l'assessora alla Mobilità
    for k, t in enumerate(body if not org_role else ()):  # a Bank of England spokesperson: no post-modifier
        role_before = ctx.is_role(body[k - 1].text) or k > 1 and ctx.is_role(body[k - 2].text)
        opens = t.lower in postmod or t.lower in domain and role_before  # ministre délégué aux …
        if k and opens and k not in joined:
            head_end = k
            break
    head, post = body[:head_end], body[head_end:]
    if _full_name_after_domain(ctx, head, post):
        # Secretary of State Antony Blinken, Chef der Deutschen Bank Christian Sewing, il leader del
        # Partito democratico Elly Schlein: a role with its domain, then a full name (the last two
        # capitalised words)
        head, post = head + post[-2:], post[:-2]
    return head, post


def _full_name_after_domain(ctx: Context, head: list, post: list) -> bool:
    """The post-modifier ends in a full name after the role's domain: three capitalised words,
    or two after a capitalised domain where nouns are not capitalised."""
    lang = ctx.lang
    postmod = lang.word_class("postmodifiers")
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
    named = run >= 3 or run == 2 and domain and lang.uses("mention.two_word_name")
    return bool(
        named
        and any(ctx.is_role(t.text) for t in head)
        and not any(
            ctx.is_organisation(t.text)
            or ctx.is_role(t.text)
            or ctx.is_media_noun(t.text)
            or t.text.isupper()
            for t in post[-2:]
        )
    )


def _honorific_and_role(ctx: Context, head: list) -> tuple[str | None, int]:
    """The honorific before a name (``Frau``, ``Mr.``) and the index of the last role noun
    (-1: none); an unknown word with a role ending before a full name counts as a role noun
    (Kapitänin Jana Lorenz)."""
    lang = ctx.lang
    honorific = None
    role_last = -1
    for k, t in enumerate(head):
        after = k + 2 if head[k + 1 : k + 2] and head[k + 1].text == "." else k + 1  # Mr. Hill
        if (
            t.lower.rstrip(".") in lang.honorifics
            and after < len(head)
            and ctx.is_cap(head[after])
            and not ctx.is_role(head[after].text)
        ):
            honorific = t.lower
        before = head[k - 1] if k > 0 else None  # Michael Ludwig-Bauer: a surname, no role
        surname = (
            before is not None and not ctx.is_det(before) and ctx.is_cap(t) and forenames.known(before.text)
        ) or particle_surname(ctx, head, k)  # Jan de Boer
        if ctx.is_role(t.text) and t.lower not in lang.honorifics and not surname:
            role_last = k
    caps = [k for k, t in enumerate(head) if ctx.is_cap(t)]
    if (
        role_last < 0
        and len(caps) >= 3
        and caps[0] == 0
        and head[0].lower.rstrip(".") not in lang.honorifics  # Privatdozent Dr. Jan Roth: a role
        and head[0].lower.endswith(ROLE_LIKE_ENDINGS)
    ):
        role_last = 0  # Kapitänin Jana Lorenz: an unknown role noun before a full name
    return honorific, role_last


def _name_tokens(ctx: Context, head: list, role_last: int, joined: set) -> list:
    """The name's tokens after the role and after an abbreviated title with what precedes it
    (Gov. Ron Hale, Lt. Col. X, Lt Col X, State Sen. X): capitalised words and joined particles,
    no honorific, and the full stop of an initial (Melissa C. Jackson, not M. Xi)."""
    honorifics = ctx.lang.honorifics | ctx.lang.word_class("title_abbreviations")  # Gov. Ron Hale
    titled = past_title(ctx, head, role_last + 1) - 1  # State Sen. Bill Tanner: not State
    first = max(role_last, titled if titled > role_last else -1)
    return [
        t
        for k, t in enumerate(head)
        if k > first
        and (
            (ctx.is_cap(t) or k in joined)
            and not (
                t.lower.rstrip(".") in honorifics
                and k + 1 < len(head)
                and (head[k + 1].text == "." or ctx.is_cap(head[k + 1]))
            )
            and t.lower.rstrip(".") not in ctx.lang.honorifics
            and t.text != "."
            or t.text == "."
            and k
            and len(head[k - 1].text) == 1
            and head[k - 1].text.isupper()
            and head[k - 1].lower not in honorifics
        )
    ]


def _named(ctx: Context, head: list, post: list, name_tokens: list, honorific: str | None) -> tuple[str, str]:
    """A name, or an organisation's name in its base form (das Verteidigungsministerium, die
    Deutsche Bank; des Ministeriums für Planung -> das Ministerium für Planung)."""
    base = _organisation_base(ctx, name_tokens[-1].text)
    club = not surname_shape(name_tokens[-1].text)  # Hertha BSC, WWF
    kind = "organisation" if (base or club) and not honorific else "name"
    name = " ".join(t.text for t in name_tokens).replace(" .", ".")
    span = ctx.text[name_tokens[0].start : name_tokens[-1].end]
    if kind == "organisation" and ctx.lang.word_class("name_links").intersection(span.lower().split()):
        name = span  # Food and Drug Administration: the link word stays in the name
    if base and kind == "organisation" and name_tokens[-1] is head[-1]:
        name = name[: len(name) - len(name_tokens[-1].text)] + base
        if post and (ctx.lang.uses("mention.organisation_postmodifier") or any(ctx.is_cap(t) for t in post)):
            name = f"{name} {ctx.text[post[0].start : post[-1].end]}"  # el Ministerio de Defensa
    return kind, name


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
    if opens_name(ctx, body, 0, len(body)):
        return set(range(particle_chain(ctx, body, 0)))
    joined: set[int] = set()
    for k in range(1, len(body)):
        m = particle_chain(ctx, body, k)
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
        given = p < k - 1 and (introduced or lang.uses("mention.given_names"))
        given = given or introduced and p == k - 1 and body[k].text[:1].isupper()  # minister Van der Wal
        honorific = before.lower.rstrip(".") in lang.honorifics
        if (
            ends
            and not joined  # one run of particles: van der Wal | van Natuur
            and (given or honorific)
            and ctx.is_cap(surname)
            and not surname.text.isupper()
            and not ctx.is_organisation(surname.text)
            and (not ctx.is_role(surname.text) or particle_surname(ctx, body, m))
        ):
            joined.update(range(k, m))
    return joined
