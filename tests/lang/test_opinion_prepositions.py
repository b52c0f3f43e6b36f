"""A person's view opening the sentence with fr pour, it per, es/pt para (Pour le ministre, …)
is attributed to that person; the same preposition before no person attributes nothing
(invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "code,text,speaker,content",
    [
        (
            "fr",
            "Pour le président du groupe centriste, Paul Morel, le gouvernement « joue avec le feu ».",
            "Paul Morel",
            "le gouvernement « joue avec le feu »",
        ),
        (
            "fr",
            "Pour Jean Dupré, analyste chez Invest, ces résultats sont rassurants.",
            "Jean Dupré",
            "ces résultats sont rassurants",
        ),
        (
            "fr",
            "Pour l'économiste Marc Petit, la croissance va ralentir.",
            "Marc Petit",
            "la croissance va ralentir",
        ),
        (
            "it",
            "Per il sindaco Paolo Verdi, la riforma è sbagliata.",
            "Paolo Verdi",
            "la riforma è sbagliata",
        ),
        ("es", "Para el alcalde, Pedro Gil, la obra es prioritaria.", "Pedro Gil", "la obra es prioritaria"),
        ("pt", "Para o ministro Rui Costa, o plano é urgente.", "Rui Costa", "o plano é urgente"),
    ],
)
def test_opinion_of_a_person(code, text, speaker, content):
    (q,) = analyze_text(text, language=code).quotes
    assert (q.actor and q.actor.name, q.statement.text) == (speaker, content)


@pytest.mark.parametrize(
    "code,text",
    [
        ("fr", "Pour la première fois, le gouvernement a reculé."),
        ("fr", "Pour Noël, la ville installe un marché."),
        ("it", "Per questo motivo, la seduta è sospesa."),
        ("es", "Para 2025, el Gobierno prevé un déficit menor."),
    ],
)
def test_no_person_no_attribution(code, text):
    assert analyze_text(text, language=code).quotes == ()
