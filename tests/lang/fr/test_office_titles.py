"""Un titre fixe d'``office_titles.txt`` sans nom renvoie au titulaire de sa fonction nommé avant
(phrases inventées)."""

import pytest

from newsscan import to_dict
from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,mention,speaker",
    [
        (
            "Le président de la République, Marc Delorme, a déclaré que la réforme serait maintenue. « Nous tiendrons », a assuré le chef de l'État dimanche.",
            "le chef de l'État",
            "Marc Delorme",
        ),
        (
            "Le maire, Paul Girard, a déclaré que le pont serait rouvert. Le premier édile a ajouté que les travaux dureraient un mois.",
            "Le premier édile",
            "Paul Girard",
        ),
    ],
)
def test_a_title_refers_back_to_the_holder_of_its_office(text, mention, speaker):
    a = analyze_text(text, language="fr")
    found = [(q["speaker_mention"], q["speaker"]) for q in to_dict(a)["quotes"]]
    assert (mention, speaker) in found, found


def test_a_title_names_no_holder_of_another_office():
    a = analyze_text(
        "Le ministre de l'Intérieur, Luc Perrin, a déclaré que la police serait renforcée. « Nous tiendrons », a assuré le chef de l'État dimanche.",
        language="fr",
    )
    assert "Luc Perrin" not in [q.actor.name if q.actor else None for q in a.quotes[1:]]
