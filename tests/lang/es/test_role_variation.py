"""A role noun the writer varies to refer back to a person named before with another role
(``roles.txt``: the coach becomes the technician, the lawyer the counsel, a man his age;
invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,speaker",
    [
        # the technician in sport is the coach named before (office_titles.txt) ...
        (
            "El entrenador del club, Manuel Ortega, habló ayer. El técnico reconoció que el partido «fue malo».",
            "Manuel Ortega",
        ),
        # ... but never someone named with another role
        (
            "El alcalde Pablo Ruiz visitó la obra. El técnico explicó que las obras durarían dos meses.",
            "técnico",
        ),
        ("El abogado de la familia, Luis Gil, habló ayer. «No hay pruebas», afirmó el letrado.", "Luis Gil"),
        # a variation of one office (office_titles.txt) never refers back to a holder of another
        (
            "El alcalde Pablo Ruiz visitó la obra. El letrado explicó que las obras durarían dos meses.",
            "letrado",
        ),
    ],
)
def test_a_varied_role_noun_refers_back_to_the_named_person(text, speaker):
    a = analyze_text(text, language="es")
    assert [q.actor.name if q.actor else None for q in a.quotes][-1] == speaker
