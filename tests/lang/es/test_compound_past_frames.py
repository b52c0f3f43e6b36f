"""A frame in the compound past after a quotation, its verb in no list: the perfect auxiliary,
then a participle with one of the language's participle endings, then the speaker
(``grammar.txt`` [perfect_auxiliaries], [participle_endings]; invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,speaker,cue",
    [
        (
            '"Es una vergüenza", ha apostillado el portavoz del partido.',
            "portavoz del partido",
            "apostillado",
        ),
        ('"No vamos a ceder", ha remachado Marta Gil.', "Marta Gil", "remachado"),
    ],
)
def test_a_compound_past_frame_after_a_quote(text, speaker, cue):
    a = analyze_text(text, language="es")
    assert [(q.actor.name if q.actor else None, q.statement.cue) for q in a.quotes] == [(speaker, cue)]


@pytest.mark.parametrize("text", ['"Basta", ha firmado un acuerdo.', '"Basta", ha sido la respuesta.'])
def test_no_frame_without_a_speaker_after_the_participle(text):
    assert not analyze_text(text, language="es").quotes
