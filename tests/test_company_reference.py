"""A firm named again by a company noun (``company_reference.named_company``): ``das
Unternehmen``, ``the company``, ``l'entreprise`` name the firm that is the subject of a sentence
just before; a company noun before a name makes that name a firm (``der Autozulieferer X``)."""

import pytest

from newsscan import analyze_text
from newsscan.schema import to_dict


def _speakers(text: str, code: str) -> list:
    return [q["speaker"] for q in to_dict(analyze_text(text, language=code))["quotes"]]


@pytest.mark.parametrize(
    "code,text,speaker",
    [
        (
            "de",
            "Die Deutsche Bahn erhöht im Dezember die Preise. Wie das Unternehmen am Mittwoch "
            "mitteilte, bleiben die Sparpreise unverändert.",
            "Deutsche Bahn",
        ),
        (
            "en",
            "The carmaker Stellantis reported a loss on Monday. The company said it would cut 3,000 jobs.",
            "Stellantis",
        ),
        (
            "fr",
            "Le constructeur Renault a publié ses résultats lundi. L'entreprise a indiqué qu'elle "
            "supprimerait 2 000 postes.",
            "Renault",
        ),
        (
            "es",
            "La eléctrica Iberdrola Renovables presentó sus cuentas el lunes. La empresa informó "
            "que subirá los precios en enero.",
            "Iberdrola Renovables",
        ),
    ],
)
def test_a_company_noun_names_the_firm_before(code, text, speaker):
    assert _speakers(text, code)[-1] == speaker


@pytest.mark.parametrize(
    "code,text",
    [
        # an authority is no firm
        (
            "de",
            "Die Polizei ermittelt seit Montag. Das Unternehmen teilte mit, man kooperiere mit den Behörden.",
        ),
        # a person named before is no firm
        ("en", "Elon Musk spoke on Monday. The company said it would cut 3,000 jobs."),
    ],
)
def test_a_company_noun_names_no_authority_and_no_person(code, text):
    assert _speakers(text, code)[-1] in ("Unternehmen", "company")


def test_a_company_noun_before_a_person_leaves_the_person():
    assert _speakers("Company CEO Andy Vesey said the plan would go ahead.", "en") == ["Andy Vesey"]


def test_a_dateline_is_no_subject():
    text = "SEATTLE (Reuters) - Boeing will cut 17,000 jobs over the coming months, the planemaker said on Friday."
    assert _speakers(text, "en") == ["Boeing"]
