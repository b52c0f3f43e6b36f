"""Name particles that are prepositions too (nl ``in``): a particle only with the one it goes with;
surnames after a particle; the lowercase adjective of an institution's name."""

from __future__ import annotations

from ...lang import forenames
from ..context import Context


def unbound_particle(ctx: Context, tokens: list, k: int) -> bool:
    """Token k is a name particle of ``[bound_particles]`` (a preposition too) without the particle
    it goes with after it: the preposition, which ends a name (nl ``zei Smit in de Tweede Kamer``:
    Smit; but ``Sophie in 't Veld``: one name).

    >>> # nl: "Smit in de Tweede Kamer" at "in" -> True; "Sophie in 't Veld" at "in" -> False
    """
    pairs = ctx.lang.word_class("bound_particles")
    if not pairs:
        return False
    low = tokens[k].lower
    bound = [p.split()[1] for p in pairs if p.split()[0] == low]
    return bool(bound) and _next_word(tokens, k) not in bound


def _next_word(tokens: list, k: int) -> str:
    """The word after token k, its pieces joined where the tokenizer split it with no space
    between them (``'t`` is two tokens, ``'`` and ``t``)."""
    word, m = "", k + 1
    while m < len(tokens) and m - k <= 3 and (m == k + 1 or tokens[m - 1].end == tokens[m].start):
        word += tokens[m].lower
        m += 1
    return word


def particle_surname(ctx: Context, head: list, k: int) -> bool:
    """Token k of a phrase, a capitalised word after a name particle that follows a capitalised
    word, is a surname even where it spells a role, in a language whose roles are not written as
    titles after a name (``name.surname_spelling_role``): nl ``Jan de Boer``, ``minister De
    Koning``; not a role noun then.

    >>> # nl: "Burgemeester Jan de Boer" at "Boer" -> True
    """
    return (
        k > 1
        and ctx.lang.uses("name.surname_spelling_role")
        and ctx.is_cap(head[k])
        and head[k - 1].lower in ctx.lang.word_class("name_particles")
        and ctx.is_cap(head[k - 2])
    )


def institution_adjective(ctx: Context, view, j: int, caps: int) -> int:
    """The end of a phrase whose one capitalised word (after an article, ending at token j) is an
    institution's name with its lowercase adjective, where the language writes them so
    (``name.institution_adjective``): past the adjective when the phrase ends after it (a comma,
    a full stop, an auxiliary or a cue): it ``la Protezione civile``, fr ``l'Assemblée
    nationale``; else j. Not after a known given name (``la Anna contenta``).

    >>> # it: "Secondo la Protezione civile, …" -> the phrase ends after civile
    """
    tokens = view.tokens
    if not ctx.lang.uses("name.institution_adjective") or caps != 1 or j + 1 >= len(tokens):
        return j
    adjective, after = tokens[j], tokens[j + 1]
    if view.quoted[j] or not adjective.text.isalpha() or not adjective.text.islower():
        return j
    if not ctx.is_adj(adjective) or forenames.known(tokens[j - 1].text):
        return j
    ends = after.text in (",", ".", ";", ":") or after.lower in ctx.lang.word_class("auxiliaries")
    return j + 1 if ends or after.lower in ctx.lang.cue_forms else j


def institution_name(ctx: Context, head: list, name_tokens: list) -> str | None:
    """The name of an institution whose phrase ends in its lowercase adjective right after its one
    capitalised word (``institution_adjective``): ``Protezione civile``; None for any other phrase."""
    if not ctx.lang.uses("name.institution_adjective") or len(name_tokens) != 1 or len(head) < 2:
        return None
    last = head[-1]
    if head[-2] is not name_tokens[0] or not last.text.isalpha() or not last.text.islower():
        return None
    return f"{name_tokens[0].text} {last.text}" if ctx.is_adj(last) else None
