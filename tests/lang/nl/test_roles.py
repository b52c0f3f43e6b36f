"""Dutch: a role noun refers back to the actor introduced with that role."""

from ..roles_check import actor_kinds, speakers


def test_de_minister_is_the_minister_named_before_not_the_last_person():
    text = (
        "Minister Jan de Vries zei dat de begroting sluitend was. Trainer Piet Bakker zei dat het "
        "team klaar was. De minister zei dat de stemming volgende week komt."
    )
    assert speakers(text, "nl") == ["Jan de Vries", "Piet Bakker", "Jan de Vries"]


def test_de_minister_with_no_minister_named_is_an_unnamed_actor():
    text = "Piet Bakker zei dat het team klaar was. De minister zei dat de stemming volgende week komt."
    assert speakers(text, "nl") == ["Piet Bakker", "minister"]
    assert actor_kinds(text, "nl")["minister"][0] == "unnamed"
