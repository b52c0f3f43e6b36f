"""Portuguese negated reports: the negation stays in the cue and the statement is marked negated."""

import pytest

from ..negation_cases import check_affirmative, check_negated

NEGATED = [
    ("A ministra Lena Brandt não confirmou que a fábrica fecharia em maio.", "não confirmou", "Lena Brandt"),
    ("Lena Brandt nunca disse que a fábrica fecharia.", "nunca disse", "Lena Brandt"),
]
AFFIRMATIVE = [
    ("Lena Brandt disse que a fábrica não fecharia.", "disse"),
]


@pytest.mark.parametrize("text,cue,speaker", NEGATED)
def test_negated_cue_keeps_its_negation(text, cue, speaker):
    check_negated("pt", text, cue, speaker)


@pytest.mark.parametrize("text,cue", AFFIRMATIVE)
def test_a_negation_outside_the_cue_leaves_it_affirmative(text, cue):
    check_affirmative("pt", text, cue)
