"""pt: an apposed name whose surname spells a role (Reis, kings) is the speaker's name, after a
given name; a role with no given name before it stays a role (invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("A diretora da escola, Ana Reis, disse que as aulas recomeçam na segunda-feira.", "Ana Reis"),
        ("O presidente do clube, Tiago Reis, afirmou que o estádio vai ser renovado.", "Tiago Reis"),
        (
            "A diretora da escola, Doutora Reis, disse que as aulas recomeçam na segunda-feira.",
            "diretora da escola",
        ),
    ],
)
def test_an_apposed_surname_spelling_a_role(text, speaker):
    assert [q.actor.name for q in analyze_text(text, language="pt").quotes] == [speaker]
