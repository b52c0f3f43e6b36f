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


ADJECTIVES = [
    ("neue", True),
    ("vorläufigem", True),
    ("45-jährige", True),  # a number compound
    ("sagte", False),  # no adjective ending
    ("sei", False),
    ("Neue", False),  # capitalised: a noun
    ("der", False),
]


@pytest.mark.parametrize("word,expected", ADJECTIVES)
def test_is_adjective(de, word, expected):
    from newsscan.model import Token
    from newsscan.pipeline.context import Context

    ctx = Context(word, (), de)
    assert rules.RULES.is_adjective(ctx, Token(word, 0, len(word), word.lower())) is expected
