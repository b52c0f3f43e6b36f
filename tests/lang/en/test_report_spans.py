"""Where an English report begins and ends: ``that`` is left out, a directive's content starts at
``to``, an accusation's at its gerund, and the writer's own clause after the report is no part
of it."""

import pytest

from ...conftest import analyse


def _reports(text: str) -> list[str]:
    return [q["text"] for q in analyse(text, language="en")["quotes"] if q["type"] != "direct"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The minister said that the bridge would reopen in May.", "the bridge would reopen in May"),
        (
            "The mayor asked the council to approve the budget before June.",
            "to approve the budget before June",
        ),
        ("Police warned drivers not to use the coastal road tonight.", "not to use the coastal road tonight"),
        (
            "The union accused the company of hiding the losses from its workers.",
            "hiding the losses from its workers",
        ),
        ("The union accused the firm of quietly moving jobs abroad.", "quietly moving jobs abroad"),
        (
            "The minister said the money would arrive next year, but he gave no date for it.",
            "the money would arrive next year",
        ),
        (
            "She told the court the plan was legal, while the defence lawyers disputed the figures.",
            "the plan was legal",
        ),
        ("The mayor says the plan has worked — and in some ways she is right.", "the plan has worked"),
        (
            "The board stressed the vote would not change the fact that the site was closed.",
            "the vote would not change the fact that the site was closed",
        ),
        (
            "Officials said the mayor, a Democrat, would resign in March.",
            "the mayor, a Democrat, would resign in March",
        ),
        (
            "The director said strong demand and a software glitch led to long delays on Friday.",
            "strong demand and a software glitch led to long delays on Friday",
        ),
        (
            "The nurses said they don’t expect any change before spring.",
            "they don’t expect any change before spring",
        ),
    ],
)
def test_report_span(text, expected):
    assert _reports(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The union accused the company of fraud in its annual accounts.",
        "The inspector revealed one of those meetings to the committee.",
        "The X-ray revealed severe damage in the patient's knee.",
        "Her doctor ordered a blood test, which was found to be normal.",
        "The singer, who denies the claim, has left the country for two years.",
        "The index added 20.72 points, or 0.24%, to 8,570.66.",
        "Reporters asked about a newly revealed phone call with the governor.",
    ],
)
def test_no_report_without_a_clause(text):
    assert _reports(text) == []


def test_a_second_clause_with_its_own_report_is_kept():
    # "but" with no subject of its own continues the report
    assert _reports("The coach said the team played well but lost the game in the last minute.") == [
        "the team played well but lost the game in the last minute"
    ]


def test_a_relative_that_opens_no_report():
    assert "exceeded two hours" not in _reports("Some customers reported wait times that exceeded two hours.")


def test_a_quoted_phrase_in_the_subject_leaves_the_report_a_clause():
    text = (
        "The economist said the minister's \"habit of changing course without warning and ignoring his own "
        'advisers" had made the talks harder.'
    )
    quotes = analyse(text, language="en")["quotes"]
    assert [(q["type"], q["text"]) for q in quotes] == [
        (
            "mixed",
            'the minister\'s "habit of changing course without warning and ignoring his own advisers" had made '
            "the talks harder",
        )
    ]


def test_a_second_quotation_in_a_mixed_report_is_no_statement_of_its_own():
    quotes = analyse(
        'The envoy warned that the army "will not stand by" if the protests "turn violent".', language="en"
    )["quotes"]
    assert [(q["type"], q["text"]) for q in quotes] == [
        ("mixed", 'the army "will not stand by" if the protests "turn violent"')
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hopes of a trade deal drove the main index to a record high on Monday.",
        "Editor's note: This story was updated at noon to include new details.",
        "He made no mention of cutting any taxes before the election.",
        "Benchmark 10-year notes last rose 7/32 in price to yield 1.78%.",
        "The region's state fire agency placed crews in position in some counties.",
    ],
)
def test_a_cue_word_where_only_a_noun_can_stand_frames_nothing(text):
    assert _reports(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Executives across the region say they have no choice but to wait.",
            "they have no choice but to wait",
        ),
        ("The 56-year-old said the club had a great history.", "the club had a great history"),
        ("Police say the driver had fled before they arrived.", "the driver had fled before they arrived"),
        ("He's said the plant would close within a year.", "the plant would close within a year"),
    ],
)
def test_a_cue_verb_after_its_subject_frames_a_report(text, expected):
    assert _reports(text) == [expected]
