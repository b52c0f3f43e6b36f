"""The apposed-name rule: a role or a description, then a name in commas, is that person
(``Der Trainer des Vereins, Jonas Keller, sagte …``). One rule, used by the speaker stage and by
the people a text introduces."""

from __future__ import annotations

from ..lang import forenames
from ..model import Mention
from .context import Context, SentenceView
from .np.base import name_run, past_party_tag, past_title


def with_apposed_name(ctx: Context, view: SentenceView, mention: Mention, inner: tuple) -> Mention:
    """Der Direktor des Amtes, Vorname Name, …: the name comes from the apposition, without an
    abbreviated title or an office before it (the bill's sponsor, Rep. Ann Lee, …; der Anwalt,
    Rechtsanwalt Jonas Berger, …)."""
    first = past_role_words(ctx, view, past_title(ctx, view.tokens, inner[0]))
    tokens = view.tokens[first : inner[1]] if inner[1] - first >= 2 else view.tokens[inner[0] : inner[1]]
    cut = next((k for k, t in enumerate(tokens) if t.text == "("), len(tokens))
    name = " ".join(t.text for t in tokens[:cut])  # Maria Gill (SPD): the name without its tag
    complement = name_in_complement(ctx, view, mention)
    role = mention.role or (mention.name if mention.kind != "name" else None)
    if mention.kind == "name" and not complement:  # Name, Name2 — keep the first name as written
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


def apposed_name(ctx: Context, view: SentenceView, mention: Mention, b: int) -> tuple[Mention, int]:
    """The rule of the apposed name, for speakers and for the people a text introduces: a role or
    a description ending at token b, then a name in commas, is that person (the mention with the
    name, and the token after it); any other mention stays as it is.

    - ``Der Trainer des Vereins, Jonas Keller, sagte …`` -> Jonas Keller, Trainer des Vereins
    - ``…, afirmó el ministro de Sanidad, Salvador Illa.`` -> Salvador Illa, ministro de Sanidad
    - not: ``Der Trainer, Keller, …`` (one word), ``the spokesman, Deputy Minister Ann Lee, …``
      (a role inside the name), ``the minister, Berlin Paris Rome Madrid Oslo, …`` (five words)
    """
    complement = name_in_complement(ctx, view, mention)
    if mention.kind not in ("role", "description") and not complement:
        return mention, b
    inner = apposed_name_after(ctx, view, b)
    if inner:
        return with_apposed_name(ctx, view, mention, inner), inner[1]
    return (described(ctx, view, mention) if complement else mention), b


def apposed_name_after(ctx: Context, view: SentenceView, b: int) -> tuple[int, int] | None:
    """The token span of the name in ``apposed_name``: two to four capitalised words that are
    no role (with name particles between them: Marc-André ter Stegen), unquoted, after the
    comma at token b and an abbreviated title (``Rep. Ann Lee``), and before a comma, a full
    stop, a semicolon, a dash closing a dialogue frame (``—dijo el portavoz, Ana Gil—.``) or the
    end of the sentence. Role words before the name are no part of it
    (``Der Verteidiger, Rechtsanwalt Jonas Berger, …``)."""
    tokens = view.tokens
    if b + 2 >= len(tokens) or tokens[b].text != ",":
        return None
    first = past_role_words(ctx, view, past_title(ctx, tokens, b + 1))  # state Sen. Bill Tanner
    c, words = name_surname_spelling_role(ctx, view, first, *name_run(ctx, tokens, first, view.quoted))
    c = past_party_tag(tokens, c)
    if 2 <= words <= 4 and (c == len(tokens) or tokens[c].text in (",", ".", ";", "—", "–")):
        return first, c
    return None


def past_role_words(ctx: Context, view: SentenceView, k: int) -> int:
    """The token after up to two role words from token k, else k: the office before a name in an
    apposition (``Rechtsanwalt Jonas Berger``, ``Polizeisprecher Tim Ahrens``, ``Deputy
    Minister Ann Lee``, ``attorney Ann Lee``). The name after them must still be two words or more.

    >>> # …, Rechtsanwalt Jonas Berger, …  -> at Jonas
    >>> # …, Jonas Berger, …               -> k
    """
    tokens, end = view.tokens, k
    while end < min(len(tokens), k + 2) and ctx.is_role(tokens[end].text) and not view.quoted[end]:
        end += 1
    return end


def name_surname_spelling_role(
    ctx: Context, view: SentenceView, first: int, c: int, words: int
) -> tuple[int, int]:
    """The end and length of an apposed name whose surname spells a role: after one given name
    (a forename of the dictionary), a capitalised role word right before the comma or full stop
    that closes the apposition is the surname (``O presidente da câmara, Paulo Reis, disse``;
    ``The head of the union, Mary King, said``); else (c, words) as the name run read them.

    - not: ``…, Minister Reis, …`` (no given name before it), ``…, Paulo Reis Presidente …``
      (the apposition goes on)
    """
    tokens = view.tokens
    if words != 1 or c + 1 >= len(tokens) or view.quoted[c] or tokens[c + 1].text not in (",", ".", ";"):
        return c, words
    if ctx.is_cap(tokens[c]) and ctx.is_role(tokens[c].text) and forenames.known(tokens[first].text):
        return c + 1, 2
    return c, words


def name_in_complement(ctx: Context, view: SentenceView, mention: Mention) -> bool:
    """A mention read as a name whose name stands in a prepositional complement of a lowercase
    role noun after an article: the name is a place or a body, the person is described (nl ``Een
    boer uit Friesland, Klaas Visser, vertelde …``: Klaas Visser, not Friesland).

    - not: ``Jan de Vries, …`` (no article), ``De minister Karin Smit, …`` (the name is the head's)
    """
    if mention.kind != "name" or not mention.name:
        return False
    inside = [t for t in view.tokens if mention.start <= t.start < mention.end]
    if len(inside) < 4 or not ctx.is_det(inside[0]) or not inside[1].text[:1].islower():
        return False
    first = mention.name.split()[0]
    k = next((k for k, t in enumerate(inside) if t.text == first), None)
    prepositions = ctx.lang.word_class("prepositions") | ctx.lang.word_class("postmodifiers")
    return (
        k is not None
        and k >= 3
        and inside[k - 1].lower in prepositions
        and ctx.is_role(inside[k - 2].text)  # a person's noun: not a new report by E!
    )


def described(ctx: Context, view: SentenceView, mention: Mention) -> Mention:
    """A mention whose name stands in a complement (``name_in_complement``), with no name apposed:
    a description of someone unnamed, the words after its article (``Een boer uit Friesland
    vertelde …`` -> boer uit Friesland, never a speaker Friesland)."""
    inside = [t for t in view.tokens if mention.start <= t.start < mention.end]
    role = ctx.text[inside[1].start : inside[-1].end]
    return Mention(mention.text, mention.start, mention.end, "description", role=role, gender=mention.gender)
