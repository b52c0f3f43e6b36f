"""German: role nouns refer back to the actor introduced with that role; a writer's other
description of an office-holder (der Vizekanzler) and an age epithet (der 56-Jährige) refer
back too; a group (die Wissenschaftler, Kritiker) is never one named person.

The cases every language shares are in ``roles.py``."""

from ..roles_check import speakers


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
