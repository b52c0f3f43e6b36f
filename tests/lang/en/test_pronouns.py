"""English pronoun speakers: he and she stand for one person named as a person, they for a
group or an organisation (invented sentences)."""

import pytest

from ...conftest import speaker_of


def _speaker_of(text: str, quote_start: str) -> str | None:
    return speaker_of(text, quote_start, "en")


CASES = [
    # the organisation of an apposed role is no antecedent for he
    (
        "Nora Quill, the head of the American Beekeepers Bureau, said hives were failing. "
        "He urged the minister to act.",
        "to act",
        None,
    ),
    (
        "In a letter, Tom Verrick, the president of the Western Orchard Bureau, said growers faced losses. "
        "He urged Congress to act quickly.",
        "to act quickly",
        "Tom Verrick",
    ),
    (
        "Paul Denner, a teacher at Lakeside High School, said the tests were unfair.\n\n"
        "“They never ask us,” he said.",
        "They never ask us",
        "Paul Denner",
    ),
    # a name after a definite article or of capitals only is no person
    (
        "Professor Ian Morrow studied the data for years. The map shows the U.S. states that changed the law.\n\n"
        "However, he said it is hard to draw firm conclusions.",
        "it is hard to draw firm conclusions",
        "Ian Morrow",
    ),
    # he or she never stand for a group
    (
        "Federal prosecutors said the case was closed. He has always denied the claims, saying the deal was fair.",
        "the deal was fair",
        None,
    ),
    # a person named in full as the subject of the clause or sentence before, who spoke nowhere
    (
        "When Ann Lorrey arrived at the court, she said the ruling was unfair.",
        "the ruling was unfair",
        "Ann Lorrey",
    ),
    (
        "Ann Lorrey arrived at the court on Monday. She said the ruling was unfair.",
        "the ruling was unfair",
        "Ann Lorrey",
    ),
    # not an object, nor a person of the other gender
    ("Tom Verrick met Ann Lorrey on Monday. She said the ruling was unfair.", "the ruling was unfair", None),
    (
        "Tom Verrick arrived at the court on Monday. She said the ruling was unfair.",
        "the ruling was unfair",
        None,
    ),
]


@pytest.mark.parametrize("text,quote,speaker", CASES)
def test_pronoun_antecedent(text, quote, speaker):
    assert _speaker_of(text, quote) == speaker


def test_they_is_no_single_person():
    text = (
        "Mayor Ann Roe met North Island’s leader, Kim Sato, last week. "
        "They said that the talks would resume in May."
    )
    assert _speaker_of(text, "the talks would resume") != "Kim Sato"


def test_he_still_binds_to_the_person_named_before():
    text = "Finance Minister Carl Brant visited the port. He said the budget was balanced."
    assert _speaker_of(text, "the budget was balanced") == "Carl Brant"


def test_a_surname_opening_a_sentence_is_the_antecedent():
    text = (
        "Ambassador Tom Lee faces questions about a call with President Mark Ray.\n\n"
        "Lee has already changed his account once. “I now recall,” he said."
    )
    assert _speaker_of(text, "I now recall") == "Tom Lee"


def test_a_surname_inside_a_sentence_is_no_new_antecedent():
    text = (
        "Ambassador Tom Lee arrived on Monday. President Mark Ray then spoke about the call with Lee. "
        "“I now recall,” he said."
    )
    assert _speaker_of(text, "I now recall") == "Mark Ray"
