"""Portuguese reports after a cue and its addressee (invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,content",
    [
        # the addressee is not part of the report, even where ``que`` is followed by an auxiliary
        ("O advogado disse aos jornalistas que vai recorrer da decisão.", "que vai recorrer da decisão"),
        ("O treinador afirmou à Lusa que vai continuar no clube.", "que vai continuar no clube"),
        ("A ministra disse ao Público que o plano será aprovado.", "que o plano será aprovado"),
    ],
)
def test_report_after_addressee(text, content):
    assert [q.statement.text for q in analyze_text(text, language="pt").quotes] == [content]
