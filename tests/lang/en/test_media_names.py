"""en: the gazetteer's alias CBS is the medium CBS News (nl keeps het CBS, its statistics
office: tests/lang/nl/test_media_names.py); invented sentence."""

from newsscan.api import analyze_text


def test_a_medium_alias_is_the_medium():
    a = analyze_text('According to "CBS", the council will vote on the budget in May.', language="en")
    assert [q.actor.name for q in a.quotes] == ["CBS News"]
