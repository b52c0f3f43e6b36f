"""A quotation that ends in ! or ? is what was said, never part of its speaker's name; a month
abbreviation does not end a sentence."""

import pytest

from tests.conftest import analyse


@pytest.mark.parametrize(
    "text,speaker",
    [
        ('"Go home!" said the coach.', "coach"),
        ('The game ended. "Why now?" asked Dana Pratt.', "Dana Pratt"),
        ('"Get out of here!" the mayor shouted.', "mayor"),
    ],
)
def test_the_speaker_after_an_exclamation_or_a_question(text, speaker):
    [quote] = analyse(text, "en")["quotes"]
    assert quote["speaker"] == speaker


def test_a_month_abbreviation_does_not_end_the_sentence():
    out = analyse(
        '"We will rebuild," Mayor Ann Lee said on Nov. 8 in the town hall. "It will take years."', "en"
    )
    assert [q["rule"] for q in out["quotes"]] == ["direct.interrupted"]
    assert out["quotes"][0]["speaker"] == "Ann Lee"
