"""French-only rules (newsscan/lang/fr/rules.py) with their examples and counter-examples."""

import doctest

import pytest

from newsscan import lang
from newsscan.lang.fr import rules

from ...conftest import analyse

INVERTED = [
    ("a-t-il", "il"),
    ("a-t-elle", "elle"),
    ("dit-elle", "elle"),
    ("affirment-ils", "ils"),
    ("a-t-on", "on"),
    ("peut-être", None),  # a hyphenated word, not an inversion
    ("elle", None),
    ("dit", None),
]


@pytest.mark.parametrize("word,pronoun", INVERTED)
def test_inverted_pronoun(word, pronoun):
    assert rules.RULES.inverted_pronoun(word) == pronoun


def test_only_french_reads_inversions():
    assert lang.get("fr").rules is rules.RULES
    assert all(lang.get(code).rules.inverted_pronoun("dit-elle") is None for code in ("de", "en", "es", "it"))


def test_an_inverted_pronoun_is_the_speaker_of_the_quote_before_it():
    text = "La ministre Claire Petit était à Lyon. « Nous tiendrons parole », a-t-elle ajouté."
    quotes = analyse(text, language="fr")["quotes"]
    assert [(q["type"], q["speaker"]) for q in quotes] == [("direct", "Claire Petit")]


def test_docstring_examples():
    assert doctest.testmod(rules).failed == 0
