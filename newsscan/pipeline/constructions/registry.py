"""The registry of statement constructions: every rule name a statement can carry
(``quotes[].rule``), the family method that emits it, and its examples and counter-examples.

An example is ``(language, text, content, speaker)``: analysing ``text`` in ``language`` yields
a statement of this rule with this content and, unless ``speaker`` is None, a speaker whose
name contains ``speaker``.
A counter-example is ``(language, text)``: a near miss on which the rule must not fire.
``needs`` names the language data a construction cannot work without (``attribution:nach``,
``words:anaphoric_subjects``): a language that lists the construction in its
``constructions.txt`` but lacks that data is an error when the data loads.
``tests/test_constructions.py`` runs every example and counter-example of every construction.

The examples themselves are in ``examples_quotes.py`` (direct, dialogue, partial quotes) and
``examples_reports.py`` (indirect, according-to, free indirect), registered when this module is
imported.
"""

from __future__ import annotations

from dataclasses import dataclass

Example = tuple[str, str, str, str | None]
Counter = tuple[str, str]


@dataclass(frozen=True)
class Construction:
    """One named construction: its rule name, the family method that finds it, a one-line
    description, examples and counter-examples."""

    name: str
    finder: str
    description: str
    examples: tuple[Example, ...]
    counter: tuple[Counter, ...] = ()
    needs: tuple[str, ...] = ()


REGISTRY: dict[str, Construction] = {}


def construction(
    name: str,
    finder: str,
    description: str,
    examples: list[Example],
    counter: list[Counter] | None = None,
    needs: tuple[str, ...] = (),
) -> Construction:
    """Register a construction under its rule name; a name registered twice or a construction
    with no example is an error."""
    if name in REGISTRY:
        raise ValueError(f"construction {name!r} registered twice")
    if not examples:
        raise ValueError(f"construction {name!r} has no example")
    REGISTRY[name] = Construction(name, finder, description, tuple(examples), tuple(counter or ()), needs)
    return REGISTRY[name]


from . import examples_quotes, examples_reports  # noqa: E402, F401  (they register the constructions)
