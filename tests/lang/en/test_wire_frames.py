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
    # a club or a chamber before a role noun and a name (sports and parliament titles)
    (
        "Rovers boss Alan Hughes was left furious by the referee, claiming his side deserved a penalty.",
        ["Alan Hughes"],
    ),
    ("House Speaker Dana Ruiz said the chamber would vote on Friday.", ["Dana Ruiz"]),
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


GROUPS = [
    # a group's actor keeps the plural its mention wrote
    ("Economists warned that the duties could push up prices.", "Economists"),
    ("Lawyers for the tenants argued that the rule had forced families out.", "Lawyers for the tenants"),
    # post-posed groups restricted by a participle and its agent speak as a whole
    (
        "Growth will slow sharply next year, economists polled by the bank said.",
        "economists polled by the bank",
    ),
]


@pytest.mark.parametrize("text,name", GROUPS)
def test_group_speaker_name(text, name):
    assert [n for n, _ in _speakers(text)] == [name]


UNNAMED_GROUPS = [
    # a capitalised group noun opening the sentence speaks with what restricts it
    (
        "People familiar with the plan said the company would sell the unit.",
        ("People familiar with the plan", "unnamed"),
    ),
    # a group pronoun speaks with its relative clause, never as a person's name
    ("Those who did not vote said the count was unfair.", ("Those who did not vote", "unnamed")),
    ("Many said the count was unfair.", ("Many", "unnamed")),
]


@pytest.mark.parametrize("text,expected", UNNAMED_GROUPS)
def test_unnamed_group(text, expected):
    quote = analyze_text(text, language="en").quotes[0]
    assert (quote.actor.name, quote.actor.kind) == expected


def test_a_magazine_named_people_is_no_group():
    """``People magazine``: a capitalised group noun with nothing restricting it is a name."""
    quote = analyze_text("People magazine said the couple had split.", language="en").quotes[0]
    assert quote.statement.mention.text == "People magazine"


PARTICIPIAL_AFTER_FRAME = [
    ('"We will win," Ann Lee told the rally, adding that the polls were wrong.', "Ann Lee"),
    ('"We will win," said Ann Lee, adding that the polls were wrong.', "Ann Lee"),
]


@pytest.mark.parametrize("text,speaker", PARTICIPIAL_AFTER_FRAME)
def test_participial_cue_after_a_quote_frame(text, speaker):
    """``"…," X told Y, adding that …``: the participle's subject is the frame's subject."""
    assert [n for n, _ in _speakers(text)] == [speaker, speaker]


def test_a_question_put_to_the_speaker_is_no_statement():
    """``Asked whether …, X said …``: the participle clause is the reporter's question."""
    found = _speakers("Asked whether he was worried, Tom Reyes said he was not.")
    assert found == [("Tom Reyes", "he was not")]
