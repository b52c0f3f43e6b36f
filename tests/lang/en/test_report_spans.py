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
        # a cue's -s form after a verb after "to" or an auxiliary is that verb's object
        "The utility will settle claims that it overcharged rural customers.",
        "The board voted to dismiss reports that the plant had leaked.",
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


@pytest.mark.parametrize(
    "text,expected",
    [
        # a report framed inside a fronted adverbial clause ends with that clause
        (
            "While the spokeswoman said the trip was routine, he had never done it before.",
            ["the trip was routine"],
        ),
        (
            "Before the examiner concluded that the man drowned, his death was the subject of rumours.",
            ["the man drowned"],
        ),
        # a fronted adverbial clause alone before the frame is no report; the report follows the cue
        (
            "While the new unit still lags behind its rivals, the chief said he's proud of the team.",
            ["he's proud of the team"],
        ),
        ("As the charges were read out in court, the director testified before the committee.", []),
        ("The coach said they're ready for the final.", ["they're ready for the final"]),
    ],
)
def test_reports_and_fronted_adverbial_clauses(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The chef joked that he is no baker.", ["he is no baker"]),
        ("The director hinted that the sequel was already written.", ["the sequel was already written"]),
        ("The unions are alleging that the vote was rigged.", ["the vote was rigged"]),
        ("Parents are urging the board to reopen the school.", ["to reopen the school"]),
        (
            "He scolded the board, accusing its members of hiding the report from the public.",
            ["hiding the report from the public"],
        ),
        (
            "He rejected the offer, publicly mocking the bidders and suggesting he might sell elsewhere.",
            ["he might sell elsewhere"],
        ),
    ],
)
def test_participles_and_progressives_frame_reports(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Police reported at least 500 people entered the hall, but the agency didn’t estimate the crowd outside.",
            ["at least 500 people entered the hall"],
        ),
        (
            "The governor has since said the signing would take place in “farm country,” but the union has been reluctant.",
            ["the signing would take place in “farm country"],
        ),
    ],
)
def test_the_writers_clause_after_a_comma_ends_the_report(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Many of the old bridges, the engineer said, are rusting and need repairs.",
            ["Many of the old bridges are rusting and need repairs"],
        ),
        (
            "The key to the team's success, says the coach, is its young defence.",
            ["The key to the team's success is its young defence"],
        ),
        (
            "The engineers found the fault, the director said, and “patched” the software within a day.",
            ["The engineers found the fault and “patched” the software within a day"],
        ),
    ],
)
def test_a_frame_set_into_a_report(text, expected):
    assert _reports(text) == expected


def test_a_report_runs_on_to_the_end_of_a_quotation_opened_in_it():
    text = (
        'The doctor told the station that Pratt "wrote that whole letter. I did not write it. '
        'I just signed it." The record is thin.'
    )
    assert _reports(text) == ['Pratt "wrote that whole letter. I did not write it. I just signed it']


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The company announced on Sept. 30 that it was closing its plant.", ["it was closing its plant"]),
        ("The hunter told doctors he ate the meat on a trip in May.", ["he ate the meat on a trip in May"]),
        ("He later asked the firm to undo the deal and returned the money.", ["to undo the deal"]),
        (
            "She asked the board to review the deal and report back by May.",
            ["to review the deal and report back by May"],
        ),
    ],
)
def test_report_clause_edges(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The band played “Rolling Down the Long Highway” as the singer told the crowd that the night was special.",
        "The office called on the “interim” government to withdraw its troops.",
    ],
)
def test_titles_and_scare_quotes_are_no_partial_quotes(text):
    assert [q for q in analyse(text, language="en")["quotes"] if q["rule"] == "mixed.partial_quote"] == []


def test_a_concern_voiced_with_a_clause_is_a_report():
    assert _reports("The union expressed concern that the plant would close in June.") == [
        "the plant would close in June"
    ]
    assert _reports("The union expressed concern about the plan on Monday.") == []


def test_the_speaker_phrase_after_an_inverted_cue_is_no_report():
    text = "The envoy was known for his long calls with the president, said another witness in the inquiry, a former adviser."
    assert _reports(text) == ["The envoy was known for his long calls with the president"]


def test_a_three_word_clause_before_the_frame_is_a_report():
    """Three words with a finite verb are a whole clause before ``, X said``."""
    assert _reports("The talks collapsed, union leader Rosa Diaz said.") == ["The talks collapsed"]


def test_a_noun_after_an_infinitive_leaves_the_closing_frame_its_report():
    out = analyse(
        "The utility moved to settle claims that it overcharged rural customers, the regulator announced.",
        language="en",
    )["quotes"]
    assert [(q["cue"], q["speaker"]) for q in out] == [("announced", "regulator")]


@pytest.mark.parametrize(
    "text,report",
    [
        ("People close to him say the minister will resign next week.", "the minister will resign next week"),
        ("Officials who are involved say the plan will fail.", "the plan will fail"),
        ("The man who was arrested says he is innocent.", "he is innocent"),
    ],
)
def test_a_cue_after_a_participle_or_object_pronoun_still_reports(text, report):
    """Only a cue's -s form right after a verb that follows to or an auxiliary is a noun."""
    assert _reports(text) == [report]
