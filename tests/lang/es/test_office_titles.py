"""Un título fijo de ``office_titles.txt`` sin nombre remite al titular de su cargo nombrado antes
(frases inventadas)."""

import pytest

from newsscan import to_dict
from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,mention,speaker",
    [
        (
            "El alcalde, Pedro Ruiz, dijo que la obra terminará en mayo. El primer edil añadió que el coste no subirá.",
            "El primer edil",
            "Pedro Ruiz",
        ),
    ],
)
def test_a_title_refers_back_to_the_holder_of_its_office(text, mention, speaker):
    a = analyze_text(text, language="es")
    found = [(q["speaker_mention"], q["speaker"]) for q in to_dict(a)["quotes"]]
    assert (mention, speaker) in found, found


def test_a_title_names_no_holder_of_another_office():
    a = analyze_text(
        "La concejala Marta Gil dijo que la obra terminará en mayo. El primer edil añadió que el coste no subirá.",
        language="es",
    )
    assert "Marta Gil" not in [q.actor.name if q.actor else None for q in a.quotes[1:]]
