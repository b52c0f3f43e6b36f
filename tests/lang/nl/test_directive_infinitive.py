"""De infinitief van een @directive werkwoord na de aangesprokene, geopend door een woord van
``[directive_markers]`` en gesloten door ``te`` (grammar.txt; verzonnen zinnen)."""

from ..directive import directive_tests

REPORTS = [
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
]

NON_REPORTS = [
    "De advocaat Kees Jansen vroeg om een nieuwe zitting.",
    "Burgemeester Jan de Boer vroeg de bewoners om tien uur naar het stadhuis.",
]

test_a_directive_reports_its_infinitive, test_no_report_without_an_infinitive = directive_tests(
    "nl", REPORTS, NON_REPORTS
)
