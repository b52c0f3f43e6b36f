"""A cue phrase of ``[directive_phrases]`` takes an infinitive as a @directive verb does (grammar.txt;
invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "Union leader Ann Cole called on the government to raise wages before the winter.",
            "to raise wages before the winter",
            "Ann Cole",
        ),
        (
            "The mayor, Tom Baker, called on residents to stay away from the flooded river.",
            "to stay away from the flooded river",
            "Tom Baker",
        ),
    ],
)
def test_a_directive_reports_its_infinitive(text, content, speaker):
    a = analyze_text(text, language="en")
    assert (content, speaker) in [(q.statement.text, q.actor.name if q.actor else None) for q in a.quotes]


@pytest.mark.parametrize(
    "text",
    [
        "The senator Ann Cole called the plan a disgrace for the whole region.",
        "Tom Baker called on his neighbours on Friday evening.",
    ],
)
def test_no_report_without_an_infinitive(text):
    assert not analyze_text(text, language="en").quotes
