"""Italian: a role noun refers back to the actor introduced with that role."""

from ..roles_check import actor_kinds, speakers


def test_il_sindaco_is_the_mayor_named_before_not_the_last_person():
    text = (
        "Il sindaco Marco Bianchi ha detto che la città era pronta. L'allenatore Luca Verdi ha "
        "spiegato che la squadra era in forma. Il sindaco ha aggiunto che i lavori inizieranno a maggio."
    )
    assert speakers(text, "it") == ["Marco Bianchi", "Luca Verdi", "Marco Bianchi"]


def test_il_sindaco_with_no_mayor_named_is_an_unnamed_actor():
    text = (
        "Luca Verdi ha spiegato che la squadra era in forma. Il sindaco ha aggiunto che i lavori "
        "inizieranno a maggio."
    )
    assert speakers(text, "it") == ["Luca Verdi", "sindaco"]
    assert actor_kinds(text, "it")["sindaco"] == ("unnamed", "m")
