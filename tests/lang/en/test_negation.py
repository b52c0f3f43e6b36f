"""English negation beyond the shared cases (``negation.py``): the speaker mention."""

import pytest


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
