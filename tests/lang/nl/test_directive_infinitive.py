"""De infinitief van een @directive werkwoord na de aangesprokene, geopend door een woord van
``[directive_markers]`` en gesloten door ``te`` (grammar.txt; verzonnen zinnen)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "Burgemeester Jan de Boer vroeg de bewoners om binnen te blijven.",
            "binnen te blijven",
            "Jan de Boer",
        ),
        (
            "Minister Anna Bakker riep de bedrijven op om de lonen te verhogen.",
            "de lonen te verhogen",
            "Anna Bakker",
        ),
    ],
)
def test_a_directive_reports_its_infinitive(text, content, speaker):
    a = analyze_text(text, language="nl")
    assert (content, speaker) in [(q.statement.text, q.actor.name if q.actor else None) for q in a.quotes]


@pytest.mark.parametrize(
    "text",
    [
        "De advocaat Kees Jansen vroeg om een nieuwe zitting.",
        "Burgemeester Jan de Boer vroeg de bewoners om tien uur naar het stadhuis.",
    ],
)
def test_no_report_without_an_infinitive(text):
    assert not analyze_text(text, language="nl").quotes
