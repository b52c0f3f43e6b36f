"""Un titolo fisso di ``office_titles.txt`` senza nome rimanda al titolare della sua carica nominato prima
(frasi inventate)."""

import pytest

from newsscan import to_dict
from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,mention,speaker",
    [
        (
            "Il sindaco, Luca Ferri, ha detto che i dati sono buoni. Il primo cittadino ha aggiunto che la strada è quella giusta.",
            "Il primo cittadino",
            "Luca Ferri",
        ),
        (
            "Il presidente della Repubblica, Sergio Valli, ha detto che la legge è giusta. Il capo dello Stato ha aggiunto che firmerà presto.",
            "Il capo dello Stato",
            "Sergio Valli",
        ),
    ],
)
def test_a_title_refers_back_to_the_holder_of_its_office(text, mention, speaker):
    a = analyze_text(text, language="it")
    found = [(q["speaker_mention"], q["speaker"]) for q in to_dict(a)["quotes"]]
    assert (mention, speaker) in found, found


def test_a_title_names_no_holder_of_another_office():
    a = analyze_text(
        "L'assessore Marco Bini ha detto che i dati sono buoni. Il primo cittadino ha aggiunto che la strada è quella giusta.",
        language="it",
    )
    assert "Marco Bini" not in [q.actor.name if q.actor else None for q in a.quotes[1:]]
