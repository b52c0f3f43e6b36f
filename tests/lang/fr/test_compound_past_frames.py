"""A frame in the compound past after a quotation, its verb in no list: the perfect auxiliary,
then a participle with one of the language's participle endings, then the speaker
(``grammar.txt`` [perfect_auxiliaries], [participle_endings]; invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,speaker,cue",
    [
        ("« Il est temps de tourner la page », a soupiré un conseiller.", "conseiller", "soupiré"),
        (
            "« C'est un monologue », a raillé Mathilde Roussel, présidente du groupe.",
            "Mathilde Roussel",
            "raillé",
        ),
    ],
)
def test_a_compound_past_frame_after_a_quote(text, speaker, cue):
    a = analyze_text(text, language="fr")
    assert [(q.actor.name if q.actor else None, q.statement.cue) for q in a.quotes] == [(speaker, cue)]


@pytest.mark.parametrize(
    "text", ["« Nous avons gagné », a signé un accord.", "« Pas de recul », a été le mot d'ordre du cortège."]
)
def test_no_frame_without_a_speaker_after_the_participle(text):
    assert not analyze_text(text, language="fr").quotes
