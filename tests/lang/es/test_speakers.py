"""Spanish speaker phrases: an addressee between the verb and the inverted subject, a role's
domain after para (invented sentences)."""

import pytest

from newsscan.api import analyze_text


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(actor name, actor role) of each statement found in ``text``."""
    a = analyze_text(text, language="es")
    return [(q.actor.name, q.actor.role) if q.actor else (None, None) for q in a.quotes]


SPEAKERS = [
    # the addressee (a …, al …) is skipped; the inverted subject after it speaks
    (
        '"Es un error", dijo a la radio pública el alcalde de Sevilla, Antonio Ruiz.',
        ("Antonio Ruiz", "alcalde de Sevilla"),
    ),
    (
        '"No hay dinero", explicó al diario El País la consejera de Sanidad, Marta López.',
        ("Marta López", "consejera de Sanidad"),
    ),
    ('"Basta", dijo a Efe el lunes el portavoz.', ("portavoz", "portavoz")),
    # a role's domain after para
    (
        "La delegada para la Igualdad, Rosa Gil, afirmó que el plan llega tarde.",
        ("Rosa Gil", "delegada para la Igualdad"),
    ),
]


@pytest.mark.parametrize("text,expected", SPEAKERS)
def test_speaker(text, expected):
    assert _speakers(text)[0] == expected


def test_addressee_without_subject_is_no_speaker():
    """dijo a los periodistas que …: the subject is before the verb, the addressee never speaks."""
    assert _speakers("El consejero dijo a los periodistas que no habrá cambios.")[0][0] == "consejero"
