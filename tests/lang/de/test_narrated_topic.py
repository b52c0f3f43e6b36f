"""The topic a German Konjunktiv statement with no frame continues: the subject of the
narrated sentence before it, but not a person the statement tells about (invented sentences)."""

from ...conftest import speaker_of


def _speaker_of(text: str, quote_start: str) -> str | None:
    return speaker_of(text, quote_start, "de", at_start=True)


def test_a_pronoun_for_the_narrated_victim_keeps_the_reporter():
    text = (
        "Die Polizei teilte mit, es habe einen Unfall gegeben. Am Abend ist der Radfahrer Jonas Kern "
        "seinen Verletzungen erlegen. Er sei ohne Helm gefahren."
    )
    assert _speaker_of(text, "Er sei ohne Helm gefahren") == "Polizei"


def test_a_pronoun_for_the_narrated_suspect_keeps_the_reporter():
    text = (
        "Die Polizei teilte mit, der Mann sei festgenommen worden. Seit Montag hat der Unternehmer "
        "Paul Gerber Hausarrest. Er habe Geld veruntreut."
    )
    assert _speaker_of(text, "Er habe Geld veruntreut") == "Polizei"


def test_a_narrated_speaker_is_the_topic_of_a_statement_about_something_else():
    text = (
        "Der Minister sagte, die Reform komme. Die Gewerkschaftschefin Eva Brandt sieht darin keinen "
        "Fortschritt. Die Kosten seien zu hoch."
    )
    assert _speaker_of(text, "Die Kosten seien zu hoch") == "Eva Brandt"
