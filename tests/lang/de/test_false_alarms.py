"""German false alarms: clauses after or before a cue that are the writer's, not what was said."""

import pytest

from newsscan import analyze_text
from newsscan.schema import to_dict


def quotes(text: str, lang: str = "de") -> list[dict]:
    return to_dict(analyze_text(text, language=lang))["quotes"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Zahl der Besucher wird auf 4000 geschätzt, die meisten kommen aus Bayern.",
        "Die Wahl muss noch vom Parlament bestätigt werden, im Mai tritt er sein Amt an.",
        "Als Spitze werden 300 Stundenkilometer angegeben, das Ziel ist eine schnellere Bahn.",
        "Der Pilot meldete dem Tower einen Schaden, so dass der Flughafen gesperrt wurde.",
        "Das Vermögen wurde auf drei Milliarden geschätzt, womit er zu den Reichsten zählte.",
        "Die Firma wollte eigentlich mehr verlangen, doch hat das Amt dem nicht zugestimmt.",
    ],
)
def test_an_indicative_clause_after_a_passive_cue_or_a_link_is_no_report(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text,content",
    [
        ("Es wurde bestätigt, dass die Brücke gesperrt bleibt.", "dass die Brücke gesperrt bleibt"),
        ("Der Minister sagte, die Lage ist ernst.", "die Lage ist ernst"),
        (
            "Der Bürgermeister hatte das gesagt, doch „so einfach ist das nicht“.",
            "doch „so einfach ist das nicht“",
        ),
    ],
)
def test_a_dass_clause_a_plain_clause_or_a_quotation_after_a_link_stays_a_report(text, content):
    assert [q["text"] for q in quotes(text)] == [content]
