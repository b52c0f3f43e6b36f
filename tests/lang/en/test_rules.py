"""English behaviour that its data decides: the addressee of ``tell`` (a verb marked
``@addressee`` in speech_verbs.txt) stands between the cue and the report."""

import pytest

from newsscan import lang

from ...conftest import analyse


def test_tell_is_marked_as_a_verb_with_an_addressee():
    kinds = {v.kind for v in lang.get("en").cue_forms["told"]}
    assert any("addressee" in k for k in kinds)
    assert not any("addressee" in v.kind for v in lang.get("en").cue_forms["said"])


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Mayor Ann Hill told reporters the bridge would reopen in May.", "the bridge would reopen in May"),
        (
            "Mayor Ann Hill told the Daily Courier the bridge would reopen in May.",
            "the bridge would reopen in May",
        ),
        ("Mayor Ann Hill told him the bridge would reopen in May.", "the bridge would reopen in May"),
    ],
)
def test_the_addressee_of_tell_is_no_part_of_the_report(text, expected):
    quotes = analyse(text, language="en")["quotes"]
    assert [(q["text"], q["speaker"]) for q in quotes] == [(expected, "Ann Hill")]
