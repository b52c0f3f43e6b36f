"""fr : le nom d'une institution ne met de majuscule qu'au premier mot
(``name.institution_adjective``) : ``l'Assemblée nationale`` (phrases inventées)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Selon la Sécurité civile, la rivière regagnera son lit avant la nuit.", "Sécurité civile"),
        ("Le Conseil régional a estimé que le pont rouvrira en juin.", "Conseil régional"),
    ],
)
def test_an_institution_with_its_adjective(text, speaker):
    assert [q.actor.name for q in analyze_text(text, language="fr").quotes] == [speaker]
