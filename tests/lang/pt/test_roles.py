"""Portuguese: a role noun refers back to the actor introduced with that role."""

from ..roles_check import actor_kinds, speakers


def test_o_ministro_is_the_minister_named_before_not_the_last_person():
    text = (
        "O ministro João Costa disse que o orçamento era suficiente. O treinador Rui Lopes "
        "afirmou que a equipa estava pronta. O ministro acrescentou que a votação seria na "
        "próxima semana."
    )
    assert speakers(text, "pt") == ["João Costa", "Rui Lopes", "João Costa"]


def test_o_ministro_with_no_minister_named_is_an_unnamed_actor():
    text = (
        "Rui Lopes afirmou que a equipa estava pronta. O ministro acrescentou que a votação seria "
        "na próxima semana."
    )
    assert speakers(text, "pt") == ["Rui Lopes", "ministro"]
    assert actor_kinds(text, "pt")["ministro"] == ("unnamed", "m")
