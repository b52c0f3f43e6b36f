"""nl: a role noun with a place after it (``Een boer uit Friesland``) describes a person: the name
apposed to it is the speaker, and without one the place never speaks (invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Een boerin uit Drenthe, Grietje Mulder, vertelde dat de oogst mislukt is.", "Grietje Mulder"),
        ("Een inwoner uit Assen, Pieter Bos, vertelde dat de straat onder water stond.", "Pieter Bos"),
        ("Een boerin uit Drenthe vertelde dat de oogst mislukt is.", "boerin uit Drenthe"),
    ],
)
def test_a_person_described_by_place(text, speaker):
    assert [q.actor.name for q in analyze_text(text, language="nl").quotes] == [speaker]
