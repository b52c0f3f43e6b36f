"""Word classes of grammar.txt are a closed, documented set, checked when a language loads."""

import re

import pytest

from newsscan import lang as langdata
from newsscan.lang import word_classes


def _complete(**extra):
    words = {name: frozenset() for name in word_classes.REQUIRED}
    words["negations"] = frozenset({"not"})
    words.update(extra)
    return words


def test_a_complete_grammar_passes():
    word_classes.check("xx", _complete(months=frozenset({"may"})))


@pytest.mark.parametrize(
    "words,message",
    [
        ({}, "lacks the word classes document_nouns"),
        (_complete(negations=frozenset()), "lacks the word classes negations"),
        (_complete(negations=frozenset({"n'"})), "[negations] in grammar.txt holds n'"),
        (_complete(negation_gaps=frozenset({"not yet"})), "[negation_gaps] in grammar.txt holds not yet"),
        (_complete(month=frozenset({"may"})), "unknown word classes month"),
    ],
)
def test_a_faulty_grammar_is_a_load_error(words, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        word_classes.check("xx", words)


def test_asking_for_an_unknown_word_class_is_an_error():
    with pytest.raises(KeyError, match="finite_verb"):
        langdata.get("en").word_class("finite_verb")


def test_an_optional_class_a_language_lacks_is_empty():
    assert "perfect_infinitive" not in langdata.get("en").words
    assert langdata.get("en").word_class("perfect_infinitive") == frozenset()


@pytest.mark.parametrize("code", langdata.available())
def test_every_shipped_language_declares_the_required_classes(code):
    data = langdata.get(code)
    assert set(word_classes.REQUIRED) <= set(data.words)
    assert data.word_class("negations")
    assert data.finite_words >= data.word_class("auxiliaries")


def test_a_role_of_two_words_is_a_load_error():
    from newsscan.lang.inflections import role_nouns as _roles

    assert _roles("xx", ["minister", "ministerin f"]) == (
        ("ministerin", "minister"),
        frozenset({"ministerin"}),
        frozenset(),
    )
    with pytest.raises(
        ValueError, match="language xx: roles.txt: 'prime minister' has unknown flags minister"
    ):
        _roles("xx", ["prime minister"])
