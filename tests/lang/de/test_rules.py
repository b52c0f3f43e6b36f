"""German-only rules (newsscan/lang/de/rules.py) with their examples and counter-examples."""

import doctest

import pytest

from newsscan.lang.de import rules

ZU_CLAUSES = [
    ("Er drohte, den Vertrag zu kündigen.", True),
    ("Sie kündigte an, die Stadt anzugreifen", True),
    ("Er sagte, er komme morgen", False),
    ("Sie versuchte, die Tür aufzuschließen", True),  # a word with zu inside, ending in -en
    ("Das Spiel wurde zugunsten der Gäste entschieden", False),  # zu inside, but not the last word
    ("zu", False),
    ("", False),
]


@pytest.mark.parametrize("text,expected", ZU_CLAUSES)
def test_zu_clause(text, expected):
    assert rules.zu_clause(text) is expected


def test_docstring_examples():
    assert doctest.testmod(rules).failed == 0
