"""Spanish negated reports: the negation stays in the cue and the statement is marked negated."""

import pytest

from ..negation_cases import check_affirmative, check_negated

NEGATED = [
    ("La ministra Lena Brandt no confirmó que la fábrica cerraría en mayo.", "no confirmó", "Lena Brandt"),
    ("Lena Brandt nunca dijo que la fábrica cerraría.", "nunca dijo", "Lena Brandt"),
]
AFFIRMATIVE = [
    ("Lena Brandt dijo que la fábrica no cerraría.", "dijo"),
]


@pytest.mark.parametrize("text,cue,speaker", NEGATED)
def test_negated_cue_keeps_its_negation(text, cue, speaker):
    check_negated("es", text, cue, speaker)


@pytest.mark.parametrize("text,cue", AFFIRMATIVE)
def test_a_negation_outside_the_cue_leaves_it_affirmative(text, cue):
    check_affirmative("es", text, cue)
