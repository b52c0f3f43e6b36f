"""Dutch frames: ``aldus`` before a role noun and a name, the speech verbs betogen and vinden,
and ``volgens haar`` (invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,speaker,cue",
    [
        ('"Eindelijk kiest de stad voor veiligheid", aldus woordvoerder Anouk Smit.', "Anouk Smit", "aldus"),
        ("Eindelijk kiest de stad voor veiligheid, aldus woordvoerder Anouk Smit.", "Anouk Smit", "aldus"),
        ('"Dat is gewoon dom", vond aanvoerder Steven Bakker.', "Steven Bakker", "vond"),
        ('Advocaat Pieter Hoek pleitte lang. "Er is geen bewijs", betoogde hij.', "Pieter Hoek", "betoogde"),
        (
            "Minister Sanne de Wit sprak vrijdag. Volgens haar moeten gemeenten meer macht krijgen.",
            "Sanne de Wit",
            "Volgens",
        ),
    ],
)
def test_a_dutch_frame_names_its_speaker(text, speaker, cue):
    a = analyze_text(text, language="nl")
    assert [(q.actor.name if q.actor else None, q.statement.cue) for q in a.quotes] == [(speaker, cue)]


def test_found_is_no_speech_verb_without_a_report():
    assert not analyze_text("De politie vond een wapen in de auto.", language="nl").quotes
