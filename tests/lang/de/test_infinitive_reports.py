"""German zu-infinitive reports: where the infinitive ends, and the intention and demand
verbs and nouns that frame one."""

import pytest

from newsscan import analyze_text
from newsscan.schema import to_dict


def quotes(text: str) -> list[dict]:
    return to_dict(analyze_text(text, language="de"))["quotes"]


@pytest.mark.parametrize(
    "text,content",
    [
        ("Die Forderung, die Löhne zu erhöhen, wurde am Montag abgelehnt.", "die Löhne zu erhöhen"),
        ("Der Vorschlag, die Flaggen zu tauschen, erhält nun Zuspruch.", "die Flaggen zu tauschen"),
        ("Die Empfehlung, im Zug Masken zu tragen, gilt weiter.", "im Zug Masken zu tragen"),
    ],
)
def test_a_zu_infinitive_ends_where_the_main_clause_resumes(text, content):
    assert [q["text"] for q in quotes(text)] == [content]


def test_a_zu_infinitive_with_a_purpose_clause_after_it_keeps_it():
    text = "Die Partei verlangte, die Mieten zu senken, um die Familien zu entlasten."
    assert [q["text"] for q in quotes(text)] == ["die Mieten zu senken, um die Familien zu entlasten"]
