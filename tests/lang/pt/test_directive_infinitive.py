"""O infinitivo de um verbo @directive após o destinatário, aberto por uma palavra de
``[directive_markers]`` (grammar.txt; frases inventadas)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("O ministro Rui Costa pediu ao Governo para baixar os impostos.", "baixar os impostos", "Rui Costa"),
        ("A autarca Ana Lima pediu aos moradores para não saírem de casa.", "não saírem de casa", "Ana Lima"),
    ],
)
def test_a_directive_reports_its_infinitive(text, content, speaker):
    a = analyze_text(text, language="pt")
    assert (content, speaker) in [(q.statement.text, q.actor.name if q.actor else None) for q in a.quotes]


@pytest.mark.parametrize(
    "text",
    [
        "O ministro Rui Costa pediu a demissão de Paulo Reis.",
        "A autarca Ana Lima pediu ao Governo para a semana uma reunião.",
    ],
)
def test_no_report_without_an_infinitive(text):
    assert not analyze_text(text, language="pt").quotes
