"""Spanish agencies: a news agency written in title case is the gazetteer agency."""

from tests.conftest import analyse


def test_an_agency_written_in_title_case_is_the_gazetteer_agency():
    out = analyse("Según la agencia Efe, las reservas de agua están al 35 por ciento.", "es")
    assert [a["name"] for a in out["agencies"]] == ["EFE"]
    assert [(a["name"], a["kind"]) for a in out["actors"]] == [("EFE", "organisation")]
