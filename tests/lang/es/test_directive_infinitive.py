"""El infinitivo de un verbo @directive tras su destinatario, abierto por una palabra de
``[directive_markers]`` (grammar.txt; frases inventadas)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("La ministra Ana Gil instó al Gobierno a actuar con rapidez.", "actuar con rapidez", "Ana Gil"),
        ("El alcalde Juan Pérez exhortó a los vecinos a no salir de casa.", "no salir de casa", "Juan Pérez"),
    ],
)
def test_a_directive_reports_its_infinitive(text, content, speaker):
    a = analyze_text(text, language="es")
    assert (content, speaker) in [(q.statement.text, q.actor.name if q.actor else None) for q in a.quotes]


@pytest.mark.parametrize(
    "text",
    [
        "El alcalde Juan Pérez pidió a Marta Gil un informe.",
        "La ministra Ana Gil instó al Gobierno a la calma.",
    ],
)
def test_no_report_without_an_infinitive(text):
    assert not analyze_text(text, language="es").quotes
