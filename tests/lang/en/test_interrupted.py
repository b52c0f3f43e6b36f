"""English quotation frames: a quotation interrupted by its frame sentence is one statement in
two parts; a quotation over several paragraphs is one statement per paragraph, the later ones
with no cue and the first one's speaker (the guidelines of the English corpus)."""

import pytest

from newsscan import analyze_text, to_dict
from newsscan.model import Options


def _quotes(text: str, language: str = "en") -> list[dict]:
    return to_dict(analyze_text(text, Options(language=language)))["quotes"]


def _parts(text: str, q: dict) -> list[str]:
    return [text[s:e] for s, e in q["spans"]]


def test_a_quote_its_frame_and_an_unframed_quote_are_one_statement():
    text = 'The mayor spoke on Monday.\n\n"We tried everything we could," Dana Pratt said at the hall. "It failed."'
    (q,) = _quotes(text)
    assert q["rule"] == "direct.interrupted"
    assert q["text"] == "We tried everything we could It failed"
    assert _parts(text, q) == ["We tried everything we could", "It failed"]
    assert (q["cue"], q["speaker"]) == ("said", "Dana Pratt")


@pytest.mark.parametrize(
    "text",
    [
        # the second quotation has a frame of its own
        '"We tried everything we could," Dana Pratt said. "It failed in the end," she added.',
        # a narrated sentence stands between the frame and the second quotation
        '"We tried everything we could," Dana Pratt said. She left the hall. "It failed in the end."',
        # the second quotation opens a new paragraph
        '"We tried everything we could," Dana Pratt said.\n\n"It failed in the end."',
    ],
)
def test_not_joined(text):
    quotes = _quotes(text)
    assert "direct.interrupted" not in [q["rule"] for q in quotes]
    assert len([q for q in quotes if q["type"] == "direct"]) == 2


def test_a_quotation_over_paragraphs_is_one_statement_per_paragraph():
    text = (
        'Dana Pratt said on Monday: "We tried everything we could.\n\n'
        '"It failed in the end.\n\n'
        '"We will try again next year."'
    )
    quotes = _quotes(text)
    assert [(q["text"], q["cue"], q["speaker"]) for q in quotes] == [
        ("We tried everything we could", "said", "Dana Pratt"),
        ("It failed in the end", None, "Dana Pratt"),
        ("We will try again next year", None, "Dana Pratt"),
    ]
    assert [q["rule"] for q in quotes[1:]] == ["direct.paragraph", "direct.paragraph"]


def test_the_parts_of_an_interrupted_quotation_stop_at_the_paragraph():
    text = '"We tried everything we could," Dana Pratt said. "It failed in the end.\n\n"We will try again next year."'
    first, second = _quotes(text)
    assert (first["rule"], first["text"]) == (
        "direct.interrupted",
        "We tried everything we could It failed in the end",
    )
    assert (second["rule"], second["text"], second["cue"]) == (
        "direct.paragraph",
        "We will try again next year",
        None,
    )
    assert second["speaker"] == "Dana Pratt"


def test_a_frame_after_the_last_paragraph_frames_that_paragraph():
    text = (
        '"We tried everything we could," she said. "It failed in the end.\n\n'
        '"We will try again next year," Dana Pratt said.'
    )
    quotes = _quotes(text)
    assert [(q["text"], q["rule"], q["cue"]) for q in quotes] == [
        ("We tried everything we could It failed in the end", "direct.interrupted", "said"),
        ("We will try again next year", "direct.post_frame", "said"),
    ]
    assert quotes[1]["speaker"] == "Dana Pratt"


def test_the_first_paragraph_keeps_a_frame_before_it():
    text = 'Dana Pratt, the coach, commented: "We tried everything we could.\n\n"It failed in the end," Pratt said.'
    quotes = _quotes(text)
    assert [(q["text"], q["rule"], q["cue"], q["speaker"]) for q in quotes] == [
        ("We tried everything we could", "direct.pre_frame", "commented", "Dana Pratt"),
        ("It failed in the end", "direct.post_frame", "said", "Dana Pratt"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"We tried everything we could,” Dana Pratt said.',  # straight opening, curly closing
        '“We tried everything we could," Dana Pratt said.',  # curly opening, straight closing
    ],
)
def test_a_straight_and_a_curly_mark_pair(text):
    (q,) = _quotes(text)
    assert (q["text"], q["rule"], q["speaker"]) == (
        "We tried everything we could",
        "direct.post_frame",
        "Dana Pratt",
    )


def test_a_shout_is_a_cue():
    (q,) = _quotes('"Open the door, we are coming in!" an officer shouts.')
    assert (q["text"], q["cue"], q["speaker"]) == ("Open the door, we are coming in", "shouts", "officer")
