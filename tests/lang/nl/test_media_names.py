"""nl: an alias of the media gazetteer that names a Dutch institution (``[local_institutions]``:
het CBS, the statistics office) is not that medium (CBS News) and no cited medium; other media
keep their gazetteer name (invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,speaker",
    [
        ('Volgens "CBS" is het aantal melkveebedrijven in tien jaar gedaald.', "CBS"),
        ("Het aantal melkveebedrijven is flink gedaald, meldt het CBS.", "CBS"),
        ("Volgens de Volkskrant is het aantal melkveebedrijven gedaald.", "de Volkskrant"),
    ],
)
def test_a_local_institution_keeps_its_name(text, speaker):
    a = analyze_text(text, language="nl")
    assert [q.actor.name for q in a.quotes] == [speaker]


def test_a_local_institution_is_no_cited_medium():
    a = analyze_text("Het aantal melkveebedrijven is flink gedaald, meldt het CBS.", language="nl")
    assert [ag.name for ag in a.agencies] == []


def test_a_quoted_medium_after_the_cue_speaks():
    a = analyze_text('De haven gaat in het najaar dicht, schrijft "de Volkskrant".', language="nl")
    assert [(q.statement.type, q.actor.name if q.actor else None) for q in a.quotes] == [
        ("indirect", "de Volkskrant")
    ]
