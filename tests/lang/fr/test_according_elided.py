"""According-to prepositions with an elided word (fr d'après, it dall'): the tokenizer splits
the elision, and the preposition still matches and names its source (invented sentences)."""

import pytest

from newsscan.api import analyze_text

CASES = [
    ("fr", "D'après un rapport publié en janvier, plus de 4000 logements sont indignes.", "rapport"),
    ("fr", "D’après la préfecture, aucune toxicité n'a été relevée dans l'air.", "préfecture"),
    ("it", "Secondo quanto riferito dall'ANSA, il voto è previsto per lunedì.", "ANSA"),
]


@pytest.mark.parametrize("code,text,source", CASES)
def test_elided_according_preposition_names_its_source(code, text, source):
    quotes = analyze_text(text, language=code).quotes
    assert [q.statement.rule for q in quotes] == ["according.preposition"]
    assert quotes[0].actor is not None and source in quotes[0].actor.name
