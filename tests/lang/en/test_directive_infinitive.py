"""A cue phrase of ``[directive_phrases]`` takes an infinitive as a @directive verb does (grammar.txt;
invented sentences)."""

import pytest

from newsscan.api import analyze_text

from ..directive import directive_tests

REPORTS = [
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
    (
        "The governor called on the public to keep away from the burning forest.",
        "to keep away from the burning forest",
        "governor",
    ),
    (  # a role and an apposed name before the verb: the phrase after it is addressed, no speaker
        "The head of the school board, Mark Olsen, urged residents to keep their children at home.",
        "to keep their children at home",
        "Mark Olsen",
    ),
]

NON_REPORTS = [
    "The senator Ann Cole called the plan a disgrace for the whole region.",
    "Tom Baker called on his neighbours on Friday evening.",
]

test_a_directive_reports_its_infinitive, test_no_report_without_an_infinitive = directive_tests(
    "en", REPORTS, NON_REPORTS
)


@pytest.mark.parametrize(
    "text",
    [
        "Police called on the house to check on the residents.",
        "Two officers called on the old farm to look for the missing dog.",
    ],
)
def test_a_visit_to_a_thing_is_no_directive(text):
    assert not analyze_text(text, language="en").quotes


TEXT_CLOSING_FRAME = "The coach, Ben Hardy, urged the fans to travel by train, the club said."
CLOSING_SPEAKER = "club"


def test_a_closing_frame_after_a_directive_speaks_for_the_whole_sentence():
    """A directive after an apposed subject inside a report before a closing frame reports
    nothing of its own: the closing frame's speaker says the whole."""
    from newsscan.api import analyze_text as _analyze

    a = _analyze(TEXT_CLOSING_FRAME, language="en")
    assert [(q.actor.name if q.actor else None) for q in a.quotes] == [CLOSING_SPEAKER]
