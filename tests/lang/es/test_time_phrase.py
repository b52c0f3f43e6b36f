"""A time phrase between an inverted cue and its subject is skipped: the phrase after it
speaks (invented sentence)."""

from newsscan.api import analyze_text


def test_time_phrase_between_cue_and_subject():
    quotes = analyze_text(
        """"El fuego está controlado", dijo este lunes el coronel Luis Vega.""", language="es"
    ).quotes
    assert [q.actor.name if q.actor else None for q in quotes] == ["Luis Vega"]
