"""German quotation marks around a name (an organisation, a newspaper, a product, a law): no
quotation; quoted words said by someone stay quotes."""

import pytest

from newsscan import analyze_text
from newsscan.schema import to_dict


def quotes(text: str) -> list[tuple[str, str]]:
    return [(q["type"], q["text"]) for q in to_dict(analyze_text(text, language="de"))["quotes"]]


@pytest.mark.parametrize(
    "text,content",
    [
        (
            "Die Organisation „Helfer ohne Grenzen“ weist darauf hin, dass die Lage schwierig werde.",
            "dass die Lage schwierig werde",
        ),
        (
            "„Nord Kurier“ berichtet unter Berufung auf einen Wärter, dass die Häftlinge geflohen seien.",
            "dass die Häftlinge geflohen seien",
        ),
        (
            "In der „Neuen Rundschau am Sonntag“ schreibt die Ministerin, dass sie bleiben wolle.",
            "dass sie bleiben wolle",
        ),
    ],
)
def test_a_quoted_name_before_the_cue_is_the_subject_not_a_quote(text, content):
    assert quotes(text) == [("indirect", content)]


@pytest.mark.parametrize(
    "text",
    [
        "Als Beispiele nennt der Hersteller die Modelle „Tornado“ und „Zyklon“.",
        "Der Minister gab dem Sender „Radio Nord“ ein Interview.",
    ],
)
def test_a_quoted_name_after_an_article_or_a_noun_is_no_partial_quote(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text,content",
    [
        ("Der Minister nannte den Plan einen „Wortbruch“.", "Wortbruch"),
        ("Analysten sprachen in diesem Zusammenhang von „Panikverkäufen“.", "Panikverkäufen"),
        ("„Nein“, sagte der Minister am Montag.", "Nein"),
    ],
)
def test_words_quoted_as_said_stay_quotes(text, content):
    assert [c for _, c in quotes(text)] == [content]
