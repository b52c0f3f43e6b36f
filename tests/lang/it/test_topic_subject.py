"""Italian speakers a cue with no written subject takes from the narration before it, and
subjects with a noun in commas or a number inside a name (invented sentences)."""

import pytest

from newsscan.api import analyze_text


def _speakers(text: str) -> list[str | None]:
    a = analyze_text(text, language="it")
    return [q.actor.name if q.actor else None for q in a.quotes]


CASES = [
    # the subject of the narrated sentence before a cue with no subject speaks, not the speaker before
    (
        '"È un giorno nero", ha detto il vicesindaco Carlo Ferri. '
        "Il sindaco Paolo Verdi ha annunciato un'inchiesta. "
        '"Faremo piena luce", ha assicurato.',
        ["Carlo Ferri", "Paolo Verdi"],
    ),
    # a noun with no article in commas after the name
    (
        "Marco Lenti, autore di una doppietta, ha spiegato che la squadra vuole vincere.",
        ["Marco Lenti"],
    ),
    # a number inside the name of the role's domain
    (
        "Il leader del Movimento 5 Stelle, Giulio Sarti, ha detto che il partito voterà contro.",
        ["Giulio Sarti"],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_speakers(text, expected):
    assert _speakers(text) == expected


def test_narration_after_the_statement_only():
    """A narrated sentence before the statement that spoke last lends no subject: the cue
    continues the last speaker."""
    text = (
        "Il sindaco Paolo Verdi ha annunciato un'inchiesta. "
        '"Non ci sono fondi", ha detto l\'assessore Carlo Ferri. '
        '"Li troveremo", ha aggiunto.'
    )
    assert _speakers(text) == ["Carlo Ferri", "Carlo Ferri"]


@pytest.mark.parametrize(
    "text,cue,content",
    [
        (
            "Secondo quanto riferisce l'Ansa, il voto finale è previsto per venerdì.",
            "Secondo quanto riferisce",
            "il voto finale è previsto per venerdì",
        ),
        (
            "Il governo cadrà entro l'estate, secondo quanto riportato dal Sole 24 Ore.",
            "secondo quanto riportato dal",
            "Il governo cadrà entro l'estate",
        ),
    ],
)
def test_according_to_what_a_medium_reports(text, cue, content):
    """``secondo quanto riferisce X``: the longest according-to phrase is the cue, and a
    number inside the medium's name stays in the source."""
    (q,) = analyze_text(text, language="it").quotes
    assert (q.statement.cue, q.statement.text) == (cue, content)
