"""Dutch negated reports: the negation stays in the cue and the statement is marked negated."""

import pytest

from ..negation_cases import check_affirmative, check_negated

NEGATED = [
    (
        "Minister Lena Brandt bevestigde niet dat de fabriek in mei zou sluiten.",
        "bevestigde niet",
        "Lena Brandt",
    ),
    ("Lena Brandt heeft niet bevestigd dat de fabriek sluit.", "heeft niet bevestigd", "Lena Brandt"),
]
AFFIRMATIVE = [
    ("Lena Brandt zei dat de fabriek niet zou sluiten.", "zei"),
]


@pytest.mark.parametrize("text,cue,speaker", NEGATED)
def test_negated_cue_keeps_its_negation(text, cue, speaker):
    check_negated("nl", text, cue, speaker)


@pytest.mark.parametrize("text,cue", AFFIRMATIVE)
def test_a_negation_outside_the_cue_leaves_it_affirmative(text, cue):
    check_affirmative("nl", text, cue)
