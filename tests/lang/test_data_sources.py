"""Figures and data as the source of a report, with no article and with the body that
published them (invented sentences): the publisher speaks, in every language."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "code,text,speaker",
    [
        ("en", "According to data from the Census Bureau, incomes fell last year.", "Census Bureau"),
        ("es", "Según datos del INE, el paro bajó en marzo.", "INE"),
        ("it", "Secondo dati dell'Istat, la disoccupazione è scesa a marzo.", "Istat"),
        ("pt", "Segundo dados do INE, o desemprego caiu em março.", "INE"),
        ("nl", "Volgens cijfers van het Planbureau is de werkloosheid gedaald.", "Planbureau"),
    ],
)
def test_the_publisher_of_figures_speaks(code, text, speaker):
    a = analyze_text(text, language=code)
    assert [q.actor.name if q.actor else None for q in a.quotes] == [speaker]
