"""Un gruppo senza nome come fonte ([group_sources], con l'istituzione a cui appartiene) e ``Per``
+ un'organizzazione e una virgola come fonte di un'opinione (frasi inventate)."""

import pytest

from newsscan import to_dict
from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "Secondo fonti della Procura di Torino, le indagini sono quasi chiuse.",
            "le indagini sono quasi chiuse",
            "fonti della Procura di Torino",
        ),
        (
            "Per il sindacato, la riforma è un passo indietro per i lavoratori.",
            "la riforma è un passo indietro per i lavoratori",
            "sindacato",
        ),
    ],
)
def test_a_source_phrase_names_its_source(text, content, speaker):
    quotes = to_dict(analyze_text(text, language="it"))["quotes"]
    assert (content, speaker) in [(q["text"], q["speaker"]) for q in quotes], quotes


@pytest.mark.parametrize(
    "text",
    [
        "Per vincere la partita, la squadra deve segnare presto.",
        "Per la prossima stagione, il club cerca un attaccante.",
    ],
)
def test_a_purpose_phrase_is_no_source(text):
    assert not analyze_text(text, language="it").quotes
