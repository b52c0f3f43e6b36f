"""How a language inflects its role and media nouns: ``role_inflections`` in its
``settings.json``, a list of ``[ending, replacement]`` pairs. A word is a role when it is one
as written or with one ending replaced (des Sprechers -> Sprecher: ``["s", ""]``; einen
Experten -> Experte, Dutch deskundigen -> deskundige: ``["en", "e"]``).

And how a speech verb's participle agrees with its subject after ``être``/``essere``:
``participle_agreement``, pairs of the same shape (French s'est indignée, se sont félicités:
``["", "e"]``, ``["", "s"]``; Italian si è detta: ``["o", "a"]``).

And the role nouns themselves as ``roles.txt`` lists them: one word a line, with its flags."""

from __future__ import annotations

GENERIC_INFLECTIONS: tuple[tuple[str, str], ...] = (("s", ""), ("en", "e"))
"""What a language that sets no ``role_inflections`` reads: a plural or genitive -s, a weak or
plural -en after -e."""


def role_inflections(settings: dict) -> tuple[tuple[str, str], ...]:
    """The language's pairs, or ``GENERIC_INFLECTIONS`` when it sets none.

    >>> role_inflections({"role_inflections": [["s", ""]]}), role_inflections({})[1]
    ((('s', ''),), ('en', 'e'))
    """
    return tuple((end, base) for end, base in settings.get("role_inflections", GENERIC_INFLECTIONS))


def check_inflections(code: str, settings: dict) -> None:
    """``role_inflections`` is a list of ``[ending, replacement]`` pairs, the ending not empty;
    raises ValueError naming the language otherwise."""
    for pair in settings.get("role_inflections", ()):
        pair_of_strings = isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)
        if not (pair_of_strings and pair[0]):
            raise ValueError(f"language {code}: role_inflections holds {pair!r}; write [ending, replacement]")


def agreed_participles(settings: dict, participle: str) -> list[str]:
    """The forms of ``participle`` by the language's ``participle_agreement`` pairs: the
    ending replaced where the participle has it (an empty ending: appended).

    >>> agreed_participles({"participle_agreement": [["", "e"], ["", "s"]]}, "indigné")
    ['indignée', 'indignés']
    >>> agreed_participles({"participle_agreement": [["o", "a"]]}, "detto"), agreed_participles({}, "said")
    (['detta'], [])
    """
    return [
        participle[: len(participle) - len(end)] + new
        for end, new in settings.get("participle_agreement", ())
        if participle.endswith(end)
    ]


def check_participle_agreement(code: str, settings: dict) -> None:
    """``participle_agreement`` is a list of ``[ending, replacement]`` pairs with a replacement;
    raises ValueError naming the language otherwise."""
    for pair in settings.get("participle_agreement", ()):
        if not (
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair) and pair[1]
        ):
            raise ValueError(
                f"language {code}: participle_agreement holds {pair!r}; write [ending, replacement]"
            )


ROLE_FLAGS = frozenset({"f", "+in", "distinct"})  # roles.txt: feminine; adds -in; held by many at once


def role_nouns(code: str, lines: list[str]) -> tuple[tuple, frozenset, frozenset]:
    """Role nouns, one a line with its flags; a flag not in ``ROLE_FLAGS`` is an error (a role
    of two words, ``prime minister``, would read its second word as a flag). Returns the roles
    (longest first), the feminine ones and the ``distinct`` ones (with their feminine forms):
    roles many people hold at once, which refer back only to someone introduced with them
    (``der Belgier``), as the words of ``[distinct_roles]`` in grammar.txt do."""
    roles, feminine, distinct = [], set(), set()
    for line in lines:
        base, *flags = line.lower().split()
        unknown = [f for f in flags if f not in ROLE_FLAGS]
        if unknown:
            raise ValueError(
                f"language {code}: roles.txt: {line!r} has unknown flags {', '.join(unknown)}; "
                "a role is one word"
            )
        forms = [base, base + "in"] if "+in" in flags else [base]
        roles += forms
        if "f" in flags:
            feminine.add(base)
        if "+in" in flags:
            feminine.add(base + "in")
        if "distinct" in flags:
            distinct.update(forms)
    return tuple(sorted(set(roles), key=len, reverse=True)), frozenset(feminine), frozenset(distinct)
