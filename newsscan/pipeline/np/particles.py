"""Name particles that are prepositions too (nl ``in``): a particle only with the one it goes with."""

from __future__ import annotations

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
