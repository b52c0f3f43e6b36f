"""Italian statements and speakers on short invented sentences."""

import pytest

from ...conftest import analyse


@pytest.mark.parametrize(
    "code,text,expected",
    [
        # a role with its domain before the name
        (
            "it",
            "Il ministro dell'Interno Matteo Piantedosi ha detto che i controlli saranno rafforzati.",
            [("che i controlli saranno rafforzati", "Matteo Piantedosi")],
        ),
    ],
)
def test_constructions(code, text, expected):
    out = analyse(text, language=code)
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == expected


@pytest.mark.parametrize(
    "code,text,expected",
    [
        (
            "it",
            "I sindacati dichiararono che lo sciopero sarebbe continuato.",
            [("che lo sciopero sarebbe continuato", "sindacati")],
        ),
    ],
)
def test_romance_and_dutch_constructions(code, text, expected):
    out = analyse(text, language=code)
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == expected
