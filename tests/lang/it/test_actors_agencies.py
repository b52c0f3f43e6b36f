"""Italian agencies: a news agency written in title case is the gazetteer agency."""

from tests.conftest import analyse


def test_an_agency_written_in_title_case_is_the_gazetteer_agency():
    out = analyse("Secondo l'Ansa, il progetto costerà 20 milioni di euro.", "it")
    assert [a["name"] for a in out["agencies"]] == ["ANSA"]
    assert [(a["name"], a["kind"]) for a in out["actors"]] == [("ANSA", "organisation")]
