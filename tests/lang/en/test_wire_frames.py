"""English wire-service frames (invented sentences): the subject a second or participial cue
shares, and participle clauses that open a sentence, which never speak."""

import pytest

from newsscan.api import analyze_text


def _speakers(text: str) -> list[tuple[str | None, str]]:
    """(actor name, content) of each statement found in ``text``."""
    a = analyze_text(text, language="en")
    return [(q.actor.name if q.actor else None, q.statement.text) for q in a.quotes]


SHARED_SUBJECTS = [
    # a participle clause opening the sentence is not the subject a coordinated cue shares
    (
        "Speaking to reporters at the port, Ann Vale insisted the ban was working and claimed "
        "that exporters were adapting.",
        ["Ann Vale", "Ann Vale"],
    ),
    (
        "Asked about the delay, Tom Reyes replied that the trains were safe and added that "
        "repairs would end soon.",
        ["Tom Reyes", "Tom Reyes"],
    ),
    # the subject of "declined … but said" past a description or an age in commas
    (
        "Gov. Lena Ortiz, a Nevada Democrat, declined to comment on the ruling but said the state "
        "would appeal.",
        ["Lena Ortiz"],
    ),
    ("Paul Grant, 61, declined to name a price but said the sale was close.", ["Paul Grant"]),
]


@pytest.mark.parametrize("text,expected", SHARED_SUBJECTS)
def test_shared_subject(text, expected):
    assert [name for name, _ in _speakers(text)] == expected


def test_a_name_with_gerund_shape_opens_the_sentence():
    """``Manning also said``: a capitalised -ing word before an adverb or verb is a name."""
    assert [n for n, _ in _speakers("The board met. Manning also said the plan failed.")] == ["Manning"]


BARE_PLURALS = [
    ("The plan passed easily, but critics warned it would raise rents.", "critics"),
    (
        "Owners said the rule would cost jobs, while supporters argued it would protect tenants.",
        "supporters",
    ),
]


@pytest.mark.parametrize("text,speaker", BARE_PLURALS)
def test_bare_plural_after_a_link_speaks(text, speaker):
    """A plural noun with no article after a comma and a link is the subject of its cue."""
    a = analyze_text(text, language="en")
    assert a.quotes[-1].statement.mention.text == speaker
