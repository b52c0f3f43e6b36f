"""German negated reports: the negation after the verb (``bestätigte nicht``) or before it
(``hat nicht bestätigt``) stays in the cue, and the statement is marked negated."""

import pytest

from ..negation_cases import check_affirmative, check_negated, check_none

NEGATED = [
    ("Frau Lena Brandt bestätigte nicht, dass das Werk im Mai schließe.", "bestätigte nicht", "Lena Brandt"),
    ("Die Stadtwerke teilten am Montag nicht mit, ob das Werk schließe.", "teilten nicht mit", "Stadtwerke"),
    ("Lena Brandt hat nicht bestätigt, dass das Werk schließe.", "hat nicht bestätigt", "Lena Brandt"),
    ("Ein Sprecher wollte nicht sagen, ob das Werk schließe.", "wollte nicht sagen", "Sprecher"),
]
AFFIRMATIVE = [
    ("Lena Brandt sagte nicht nur, dass das Werk schließe.", "sagte"),  # nicht nur: not only
    ("Lena Brandt sagte, das Werk werde nicht schließen.", "sagte"),  # the negation is in the report
]
NO_STATEMENT = [
    "Ein Sprecher der Firma wollte sich dazu nicht äußern.",
    "Ein Sprecher lehnte es ab, sich zu den Plänen zu äußern.",
]


@pytest.mark.parametrize("text,cue,speaker", NEGATED)
def test_negated_cue_keeps_its_negation(text, cue, speaker):
    check_negated("de", text, cue, speaker)


@pytest.mark.parametrize("text,cue", AFFIRMATIVE)
def test_a_negation_outside_the_cue_leaves_it_affirmative(text, cue):
    check_affirmative("de", text, cue)


@pytest.mark.parametrize("text", NO_STATEMENT)
def test_a_refusal_with_no_content_clause_is_no_statement(text):
    check_none("de", text)
