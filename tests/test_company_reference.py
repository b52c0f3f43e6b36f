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
            "Der Energiekonzern Nordwerk Energie erhöht im Dezember die Preise. Wie das Unternehmen "
            "am Mittwoch mitteilte, bleiben die Tarife für Bestandskunden gleich.",
            "Nordwerk Energie",
        ),
        (
            "en",
            "The carmaker Aerolux reported a loss on Monday. The company said it would cut 3,000 jobs.",
            "Aerolux",
        ),
        (
            "fr",
            "Le constructeur Renault a publié ses résultats lundi. L'entreprise a indiqué qu'elle "
            "supprimerait 2 000 postes.",
            "Renault",
        ),
        (
            "es",
            "La compañía Solaris Energía presentó sus cuentas el lunes. La empresa informó que "
            "subirá los precios en enero.",
            "Solaris Energía",
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
        # the nearest organisation decides: a union is no firm, and the search ends there
        (
            "de",
            "Der Autozulieferer Nordwerk Energie will Stellen streichen. Die IG Metall warnt vor "
            "Entlassungen. Das Unternehmen teilte mit, man plane keine Kündigungen.",
        ),
        # the subject of what was said is not who said it
        ("de", "Die Gewerkschaft Verdi habe zum Streik aufgerufen, teilte das Unternehmen mit."),
        # a plural names no single firm
        (
            "de",
            "Der Konzern Nordwerk Energie erhöht die Preise. Die Unternehmen erklärten, die Kosten seien gestiegen.",
        ),
    ],
)
def test_a_company_noun_names_no_authority_and_no_person(code, text):
    assert _speakers(text, code)[-1] in ("Unternehmen", "company")


def test_a_company_noun_before_a_person_leaves_the_person():
    assert _speakers("Company CEO Ann Lee said the plan would go ahead.", "en") == ["Ann Lee"]


def test_a_dateline_is_no_subject():
    text = (
        "SEATTLE (Reuters) - The planemaker Aerolux will cut 17,000 jobs over the coming months. "
        "The company said the cuts would include managers."
    )
    assert _speakers(text, "en") == ["Aerolux"]


def test_the_sentence_before_an_anaphoric_frame_may_name_the_firm():
    text = (
        "Der Energiekonzern Nordwerk Energie will im Herbst 3000 Stellen streichen. "
        "Das teilte das Unternehmen am Donnerstag mit."
    )
    assert _speakers(text, "de") == ["Nordwerk Energie"]
