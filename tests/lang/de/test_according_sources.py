"""German ``nach`` attributions: the source nouns that make ``nach`` an according-to phrase
(nach Angaben, nach einem Dokument der EU) rather than a preposition of time or place."""

import pytest

from newsscan import analyze_text
from newsscan.schema import to_dict


def according(text: str) -> list[dict]:
    return [q for q in to_dict(analyze_text(text, language="de"))["quotes"] if q["rule"] == "according.nach"]


@pytest.mark.parametrize(
    "text,content",
    [
        (
            "Nach einem internen Dokument der Behörde fehlen in den Schulen über tausend Lehrer.",
            "fehlen in den Schulen über tausend Lehrer",
        ),
        (
            "Nach dem Gesetzentwurf der Regierung sollen die Gebühren im Herbst steigen.",
            "sollen die Gebühren im Herbst steigen",
        ),
        (
            "Nach jetzigem Ermittlungsstand hat der Fahrer die Ampel übersehen.",
            "hat der Fahrer die Ampel übersehen",
        ),
        (
            "Nach der Vorhersage der Zentralbank wird die Inflation im Herbst weiter steigen.",
            "wird die Inflation im Herbst weiter steigen",
        ),
    ],
)
def test_nach_with_a_document_or_forecast_is_an_attribution(text, content):
    assert [q["text"] for q in according(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Nach dem Spiel fuhren die Fans mit dem Zug nach Hause.",
        "Nach der Veröffentlichung des Berichts trat der Minister am Montag zurück.",
    ],
)
def test_nach_of_time_is_no_attribution(text):
    assert according(text) == []


@pytest.mark.parametrize(
    "text,content,source",
    [
        (  # an indefinite article after the source's noun opens the statement's object
            "Die Stadt schickt nach Angaben des Ministeriums ein Team des Hilfswerks in das Gebiet.",
            "Die Stadt schickt ein Team des Hilfswerks in das Gebiet",
            "Angaben des Ministeriums",
        ),
        (  # a genitive indefinite article still belongs to the source
            "Nach Angaben eines Sprechers wurde niemand verletzt.",
            "wurde niemand verletzt",
            "Angaben eines Sprechers",
        ),
    ],
)
def test_the_source_phrase_ends_before_the_next_phrase(text, content, source):
    (q,) = according(text)
    assert (q["text"], q["speaker_mention"]) == (content, source)


def prepositions(text: str) -> list[dict]:
    quotes = to_dict(analyze_text(text, language="de"))["quotes"]
    return [q for q in quotes if q["rule"] == "according.preposition"]


@pytest.mark.parametrize(
    "text",
    [
        "Gemäß der neuen Regelung dürfen Radfahrer künftig die Busspur benutzen.",
        "Die Schule richtet den Unterricht gemäß dem Lehrplan aus, der für alle Klassen gilt.",
        "Der Vertrag sieht Fristen vor, die gemäß dem Beschluss des Rates zulässig sind.",
        # a bare capitalised word must be a name, a role, an organisation, a medium or a source
        "Gemäß Artikel 12 dürfen alle Vereine ihre Mitglieder frei wählen.",
        "Gemäß Paragraf 40 muss der Mieter die Heizung selbst warten.",
        "Gemäß EU-Recht müssen die Händler jede Lieferung melden.",
        "Gemäß Vertrag zahlt die Gemeinde die Hälfte der Kosten.",
    ],
)
def test_gemaess_a_norm_is_no_attribution(text):
    assert prepositions(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Gemäß einem Sprecher der Feuerwehr wurde niemand verletzt.", "Sprecher"),
        ("Gemäß der Tageszeitung wurde das Werk geschlossen.", "Tageszeitung"),
        ("Gemäß Reuters wurde das Werk geschlossen.", "Reuters"),
        ("Gemäß Jonas Albrecht wurde das Werk geschlossen.", "Jonas Albrecht"),
        ("Gemäß Polizeisprecher Hahn wurde niemand verletzt.", "Hahn"),
    ],
)
def test_gemaess_someone_who_speaks_is_an_attribution(text, speaker):
    found = prepositions(text)
    assert found and speaker in found[0]["speaker"]
