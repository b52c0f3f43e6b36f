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


def test_a_quoted_newspaper_is_no_partial_quote():
    a = analyze_text(
        'Il ministro ha detto a "la Repubblica" che il porto chiuderà in autunno.', language="it"
    )
    assert [(q.statement.type, q.statement.text) for q in a.quotes] == [
        ("indirect", "che il porto chiuderà in autunno")
    ]
