"""English negated reports: the cue keeps its negation (``did not confirm``) and the statement
is marked negated; a refusal with no content clause is no statement."""

import pytest

from ..negation_cases import check_affirmative, check_negated, check_none

NEGATED = [
    ("Ms. Dana Pratt did not confirm that the plant would close in May.", "did not confirm", "Dana Pratt"),
    ("Ms. Dana Pratt didn’t say that the plant would close in May.", "didn’t say", "Dana Pratt"),
    ("Dana Pratt would not say whether the plant would close.", "would not say", "Dana Pratt"),
    (
        "Dana Pratt did not immediately confirm that the plant would close.",
        "did not immediately confirm",
        "Dana Pratt",
    ),
    ("Dana Pratt has never said that the plant would close.", "has never said", "Dana Pratt"),
]
AFFIRMATIVE = [
    ("Those who did not vote said that the plant would close.", "said"),  # the negation is in the subject
    ("Dana Pratt said the plant was not profitable any more.", "said"),  # the negation is in the report
    ("Dana Pratt said she did not expect the plant to close.", "said"),
]
NO_STATEMENT = [
    "Dana Pratt declined to say when the plant would close.",
    "A spokesman for the firm had no comment.",
    "A spokesman for the firm declined to comment on the plans.",
]


@pytest.mark.parametrize("text,cue,speaker", NEGATED)
def test_negated_cue_keeps_its_negation(text, cue, speaker):
    check_negated("en", text, cue, speaker)


@pytest.mark.parametrize("text,cue", AFFIRMATIVE)
def test_a_negation_outside_the_cue_leaves_it_affirmative(text, cue):
    check_affirmative("en", text, cue)


@pytest.mark.parametrize("text", NO_STATEMENT)
def test_a_refusal_with_no_content_clause_is_no_statement(text):
    check_none("en", text)


@pytest.mark.parametrize(
    "text,mention",
    [
        ("Smith didn't say that the harbour would close in May.", "Smith"),
        ("Smith didn’t say that the harbour would close in May.", "Smith"),
        ("Anna Berg never said that the harbour would close in May.", "Anna Berg"),
        ('"The harbour will close," Anna Berg never said.', "Anna Berg"),
    ],
)
def test_mention_stops_before_the_negation(text, mention):
    """The speaker mention ends before the negation and the auxiliary of its cue."""
    from newsscan import api

    quote = api.analyze_text(text, language="en").quotes[0]
    assert quote.statement.mention.text == mention
    assert quote.actor.mentions == (mention,)
    assert quote.statement.negated
