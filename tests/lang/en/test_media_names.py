"""en: the gazetteer's alias CBS is the medium CBS News (nl keeps het CBS, its statistics
office: tests/lang/nl/test_media_names.py); invented sentence."""

from newsscan.api import analyze_text


def test_a_medium_alias_is_the_medium():
    a = analyze_text('According to "CBS", the council will vote on the budget in May.', language="en")
    assert [q.actor.name for q in a.quotes] == ["CBS News"]


def test_a_quoted_medium_before_the_cue_speaks():
    a = analyze_text('The harbour will close in the autumn, "The Guardian" reported.', language="en")
    assert [q.actor.name if q.actor else None for q in a.quotes] == ["The Guardian"]
