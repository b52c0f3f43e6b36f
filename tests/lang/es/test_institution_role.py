"""es: ``la policía`` (a role noun that is also an organisation's head, after a definite article)
is the police, never the woman named before it; a policewoman is written with an indefinite
article or her name (invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,speaker,kind",
    [
        (
            "La concejala Lucía Prieto visitó el barrio. La policía informó de que no hubo detenidos.",
            "policía",
            "organisation",
        ),
        (
            "La concejala Lucía Prieto visitó el barrio. La policía Ana Gil dijo que no hubo detenidos.",
            "Ana Gil",
            "person",
        ),
    ],
)
def test_the_police_is_no_person_named_before(text, speaker, kind):
    a = analyze_text(text, language="es")
    assert [(q.actor.name, q.actor.kind) for q in a.quotes][-1] == (speaker, kind)
