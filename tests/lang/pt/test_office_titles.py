"""Um título fixo de ``office_titles.txt`` sem nome remete para o titular do cargo nomeado antes
(frases inventadas)."""

import pytest

from newsscan import to_dict
from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,mention,speaker",
    [
        (
            "O Presidente da República, Jorge Matos, disse que a lei é justa. O chefe de Estado acrescentou que vai promulgar o diploma.",
            "O chefe de Estado",
            "Jorge Matos",
        ),
    ],
)
def test_a_title_refers_back_to_the_holder_of_its_office(text, mention, speaker):
    a = analyze_text(text, language="pt")
    found = [(q["speaker_mention"], q["speaker"]) for q in to_dict(a)["quotes"]]
    assert (mention, speaker) in found, found


def test_a_title_names_no_holder_of_another_office():
    a = analyze_text(
        "O ministro Rui Lopes disse que a lei é justa. O chefe de Estado acrescentou que vai promulgar o diploma.",
        language="pt",
    )
    assert "Rui Lopes" not in [q.actor.name if q.actor else None for q in a.quotes[1:]]
