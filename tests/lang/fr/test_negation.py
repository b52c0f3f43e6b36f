"""French negated reports: the negation stays in the cue and the statement is marked negated."""

import pytest

from ..negation_cases import check_affirmative, check_negated

NEGATED = [
    ("Mme Lena Brandt n'a pas confirmé que l'usine fermerait en mai.", "n'a pas confirmé", "Lena Brandt"),
    ("Mme Lena Brandt ne confirme pas que l'usine fermera.", "ne confirme pas", "Lena Brandt"),
    ("Lena Brandt ne l'a jamais dit : l'usine fermera.", "ne l'a jamais dit", "Lena Brandt"),
]
AFFIRMATIVE = [
    ("Lena Brandt a affirmé que l'usine ne fermerait pas.", "affirmé"),
]


@pytest.mark.parametrize("text,cue,speaker", NEGATED)
def test_negated_cue_keeps_its_negation(text, cue, speaker):
    check_negated("fr", text, cue, speaker)


@pytest.mark.parametrize("text,cue", AFFIRMATIVE)
def test_a_negation_outside_the_cue_leaves_it_affirmative(text, cue):
    check_affirmative("fr", text, cue)
