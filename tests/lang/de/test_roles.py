"""German: role nouns refer back to the actor introduced with that role; a writer's other
description of an office-holder (der Vizekanzler) and an age epithet (der 56-Jährige) refer
back too; a group (die Wissenschaftler, Kritiker) is never one named person."""

from ..roles_check import actor_kinds, speakers


def test_der_minister_is_the_minister_named_before_not_the_last_person():
    text = (
        "Finanzminister Jan Roth sagte, der Haushalt sei ausgeglichen. Trainerin Eva Brandt sagte, "
        "das Team sei bereit. Der Minister sagte, die Abstimmung komme nächste Woche."
    )
    assert speakers(text, "de") == ["Jan Roth", "Eva Brandt", "Jan Roth"]


def test_der_minister_with_no_minister_named_is_an_unnamed_actor():
    text = "Max Roth sagte, das Team sei bereit. Der Minister sagte, er warte auf die Entscheidung."
    assert speakers(text, "de") == ["Max Roth", "Minister"]
    assert actor_kinds(text, "de")["Minister"] == ("unnamed", "m")


def test_an_age_epithet_refers_to_the_person_named_before():
    text = "Max Roth sagte, das Team sei bereit. Der 56-Jährige betonte, man wolle gewinnen."
    assert speakers(text, "de") == ["Max Roth", "Max Roth"]


def test_another_description_of_an_office_holder_refers_back():
    text = (
        "Wirtschaftsminister Jan Roth verteidigte das Gesetz. „Wir können nicht warten“, sagte "
        "der Vizekanzler."
    )
    assert speakers(text, "de")[-1] == "Jan Roth"


def test_a_group_is_never_one_named_person():
    text = (
        "Wissenschaftler Jan Roth sagte, die Daten seien eindeutig. Kritiker sagten, die Studie "
        "sei zu klein. Die Wissenschaftler sagten, sie würden nachlegen."
    )
    out = speakers(text, "de")
    assert out[0] == "Jan Roth" and "Jan Roth" not in out[1:]


def test_der_praesident_is_not_the_vice_president():
    text = (
        "Präsident Jan Roth sagte, das Land sei bereit. Vizepräsident Tom Brandt sagte, die "
        "Gespräche liefen gut. Der Präsident betonte, man werde nicht nachgeben."
    )
    assert speakers(text, "de") == ["Jan Roth", "Tom Brandt", "Jan Roth"]
