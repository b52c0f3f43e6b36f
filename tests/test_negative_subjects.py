"""A negative subject (no one, nobody, niemand, nadie, personne, …) names no speaker: its
statement is negated and has no speaker and no actor."""

import pytest

from newsscan import api

CASES = [
    ("en", "No one confirmed that the harbour would close in May."),
    ("en", "Nobody said that the harbour would close in May."),
    ("en", "None of the officials said that the harbour would close in May."),
    ("de", "Niemand bestätigte, dass der Hafen im Mai schließt."),
    ("de", "Keiner der Beamten sagte, dass der Hafen im Mai schließt."),
    ("es", "Nadie dijo que el puerto cerraría en mayo."),
    ("fr", "Personne n'a dit que le port fermerait en mai."),
]


@pytest.mark.parametrize("lang,text", CASES)
def test_negative_subject_is_no_speaker(lang, text):
    analysis = api.analyze_text(text, language=lang)
    assert len(analysis.quotes) == 1
    quote = analysis.quotes[0]
    assert quote.actor is None
    assert quote.statement.mention is None
    assert quote.statement.negated
    assert analysis.actors == ()


@pytest.mark.parametrize(
    "lang,text,speaker",
    [
        ("en", "Noah Berg said that the harbour would close in May.", "Noah Berg"),
        ("de", "Niemeyer bestätigte, dass der Hafen im Mai schließt.", "Niemeyer"),
    ],
)
def test_name_like_a_negative_subject_still_speaks(lang, text, speaker):
    quote = api.analyze_text(text, language=lang).quotes[0]
    assert quote.actor is not None and quote.actor.name == speaker
    assert not quote.statement.negated
