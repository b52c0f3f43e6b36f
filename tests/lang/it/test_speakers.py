"""Italian speaker phrases: a role with its domain after a preposition (l'assessora alla
Mobilità), an addressee before the inverted subject (invented sentences)."""

import pytest

from newsscan.api import analyze_text


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(actor name, actor role) of each statement found in ``text``."""
    a = analyze_text(text, language="it")
    return [(q.actor.name, q.actor.role) if q.actor else (None, None) for q in a.quotes]


SPEAKERS = [
    # the domain after an elided preposition (all')
    (
        "L'assessore all'Urbanistica, Marco Bianchi, ha detto che i cantieri partiranno.",
        ("Marco Bianchi", "assessore all'Urbanistica"),
    ),
    # a role, its domain after a preposition, then the name in commas
    (
        "L'assessore ai Trasporti, Marco Bianchi, ha detto che i treni torneranno.",
        ("Marco Bianchi", "assessore ai Trasporti"),
    ),
    (
        '"I treni torneranno", ha spiegato l\'assessora al Bilancio, Giulia Neri.',
        ("Giulia Neri", "assessora al Bilancio"),
    ),
    (
        '"I fondi ci sono", ha detto il commissario per la Ricostruzione, Guido Neri.',
        ("Guido Neri", "commissario per la Ricostruzione"),
    ),
    # an addressee between the verb and the subject
    (
        '"Non ci sono fondi", ha detto ai giornalisti il sindaco di Torino, Marco Rossi.',
        ("Marco Rossi", "sindaco di Torino"),
    ),
    # a medium after the role is the addressee, not the role's domain
    ('"I fondi ci sono", ha detto il ministro alla Rai.', ("ministro", "ministro")),
]


@pytest.mark.parametrize("text,expected", SPEAKERS)
def test_speaker(text, expected):
    assert _speakers(text)[0] == expected
