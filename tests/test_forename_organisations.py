"""A name whose last word is an acronym or a number is an organisation, not a person with the
gender of its first word (Hertha BSC, Hannover 96); a surname keeps the forename's gender."""

from newsscan import api
from newsscan.pipeline.agreement import forename_gender, surname_shape


def test_club_with_acronym_is_an_organisation_and_binds_no_pronoun():
    text = "Hertha BSC teilte mit, dass der Trainer bleibe. Er sagte, es sei gut."
    analysis = api.analyze_text(text, language="de")
    club = analysis.quotes[0].actor
    assert club.kind == "organisation" and club.gender is None
    assert analysis.quotes[1].actor is None or analysis.quotes[1].actor.name != "Hertha BSC"


def test_surname_shapes():
    assert not surname_shape("BSC") and not surname_shape("96") and not surname_shape("AG")
    assert surname_shape("Berg") and surname_shape("III") and surname_shape("MACRON")
    assert forename_gender("Anna Berg", ("germany",)) == "f"
    assert forename_gender("Hertha BSC", ("germany",)) is None


def test_lone_acronym_is_an_organisation():
    quote = api.analyze_text("Die WWF teilte mit, dass der Bär gefangen werden soll.", language="de").quotes[
        0
    ]
    assert quote.actor is not None and quote.actor.kind == "organisation"
