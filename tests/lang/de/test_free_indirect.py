"""German free indirect speech: which sentences after a report continue it and which do not."""

import pytest

from newsscan import analyze_text
from newsscan.schema import to_dict


def rules(text: str) -> list[tuple[str, str]]:
    return [(q["rule"], q["text"]) for q in to_dict(analyze_text(text, language="de"))["quotes"]]


REPORT = "Der Minister sagte am Montag, die Lage sei ernst. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Er reagierte damit auf einen Plan, mit dem die Steuer erhöht werden soll.",
        "Die Opposition reichte eine Klage ein, nach der die Wahl wiederholt werden soll.",
        "Später kehrte die Familie zu der alten Version zurück, wonach ein Kabel schuld sein soll.",
        "Die Feuerwehr rückte aus, falls das Wasser weiter steigen sollte.",
    ],
)
def test_a_verb_form_in_a_relative_or_adverbial_clause_does_not_continue_a_report(sentence):
    assert [r for r, _ in rules(REPORT + sentence) if r.startswith("free_indirect")] == []


def test_a_konjunktiv_main_clause_after_a_relative_clause_still_continues():
    found = rules(REPORT + "Die Regel, mit der das Amt arbeite, sei veraltet.")
    assert ("free_indirect.continuation", "Die Regel, mit der das Amt arbeite, sei veraltet") in found


NARRATED = "Die Feuerwehr spricht von einem Großbrand. In vielen Autos wurde Feuer gelegt. "


def test_a_konjunktiv_sentence_continues_a_narrated_act_a_sentence_further_back():
    found = to_dict(
        analyze_text(NARRATED + "In einem Depot seien zwölf Busse zerstört worden.", language="de")
    )
    quotes = [q for q in found["quotes"] if q["rule"] == "free_indirect.konjunktiv"]
    assert [q["text"] for q in quotes] == ["In einem Depot seien zwölf Busse zerstört worden"]
    assert "Feuerwehr" in quotes[0]["speaker"]


@pytest.mark.parametrize(
    "sentence",
    [
        # only a shape-told form (an adverb in -e after a pronoun), no listed Konjunktiv I
        "Nun sollen sie sukzessive wieder zurückgeholt werden.",
        # the Konjunktiv stands in a subordinate clause
        "Die Feuerwehr rückte aus, weil ein Haus brenne.",
        # a capitalised noun with the letters of a Konjunktiv I form (suche)
        "Die Suche wird von einem Programm organisiert.",
    ],
)
def test_no_continuation_of_a_narrated_act_without_a_listed_konjunktiv_in_a_main_clause(sentence):
    assert [r for r, _ in rules(NARRATED + sentence) if r == "free_indirect.konjunktiv"] == []
