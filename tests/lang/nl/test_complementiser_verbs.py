"""A verb that reports only a dat-clause or frames a quotation (@complementiser in
``speech_verbs.txt``: vinden): a clause with no complementiser after it is its object and a
predicate, no report (invented sentences)."""

import pytest

from newsscan.api import analyze_text


def _found(text: str) -> list:
    return [
        (q.actor.name if q.actor else None, q.statement.text)
        for q in analyze_text(text, language="nl").quotes
    ]


@pytest.mark.parametrize(
    "text",
    [
        "De rechter vond het bewijs onvoldoende en sprak de man vrij.",
        "De wethouder vond de begroting te krap en stemde tegen het voorstel.",
    ],
)
def test_an_object_and_its_predicate_are_no_report(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text,found",
    [
        (
            "De burgemeester vindt dat de straat veilig moet blijven.",
            [("burgemeester", "dat de straat veilig moet blijven")],
        ),
        ('"Dit kan zo niet langer", vindt de burgemeester.', [("burgemeester", "Dit kan zo niet langer")]),
    ],
)
def test_a_dat_clause_and_a_quotation_are_reports(text, found):
    assert _found(text) == found
