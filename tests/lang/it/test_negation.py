"""Italian negated reports: the negation stays in the cue and the statement is marked negated."""

import pytest

from ..negation_cases import check_affirmative, check_negated

NEGATED = [
    (
        "La ministra Lena Brandt non ha confermato che la fabbrica chiuderà.",
        "non ha confermato",
        "Lena Brandt",
    ),
    ("Lena Brandt non ha mai detto che la fabbrica chiuderà.", "non ha mai detto", "Lena Brandt"),
]
AFFIRMATIVE = [
    ("Lena Brandt ha detto che la fabbrica non chiuderà.", "detto"),
]


@pytest.mark.parametrize("text,cue,speaker", NEGATED)
def test_negated_cue_keeps_its_negation(text, cue, speaker):
    check_negated("it", text, cue, speaker)


@pytest.mark.parametrize("text,cue", AFFIRMATIVE)
def test_a_negation_outside_the_cue_leaves_it_affirmative(text, cue):
    check_affirmative("it", text, cue)
