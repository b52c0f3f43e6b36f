"""es: a role held in a place (``… de UGT en Valencia``) and then a name in commas: the name is the
speaker (invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "El secretario general de CCOO en Murcia, Tomás Rubio, advirtió de que habrá huelga.",
            "Tomás Rubio",
        ),
        (
            "La delegada del Gobierno en Aragón, Sara Molina, afirmó que el puente abrirá en mayo.",
            "Sara Molina",
        ),
    ],
)
def test_an_apposed_name_after_the_place_of_a_role(text, speaker):
    assert [q.actor.name for q in analyze_text(text, language="es").quotes] == [speaker]
