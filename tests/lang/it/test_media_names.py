"""it: a newspaper written with its article (la Repubblica) is that medium, not a name
Repubblica (invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text",
    [
        'Secondo "la Repubblica", il governo presenterà la manovra a ottobre.',
        "Secondo la Repubblica, il governo presenterà la manovra a ottobre.",
    ],
)
def test_a_newspaper_with_its_article(text):
    a = analyze_text(text, language="it")
    assert [(q.actor.name, q.actor.kind) for q in a.quotes] == [("La Repubblica", "organisation")]
