"""French: a role noun refers back to the actor introduced with that role."""

from ..roles_check import actor_kinds, speakers


def test_la_directrice_de_l_agence_is_the_director_named_before():
    text = (
        "La directrice de l'agence, Marie Lenoir, a déclaré que le projet avançait bien. "
        "L'entraîneur Paul Marchand a affirmé que l'équipe était prête. "
        "La directrice de l'agence a ajouté que le budget était suffisant."
    )
    assert speakers(text, "fr") == ["Marie Lenoir", "Paul Marchand", "Marie Lenoir"]


def test_le_directeur_with_no_director_named_is_an_unnamed_actor():
    text = (
        "Paul Marchand a affirmé que l'équipe était prête. "
        "Le directeur de l'agence a ajouté que le budget était suffisant."
    )
    assert speakers(text, "fr") == ["Paul Marchand", "directeur de l'agence"]
    assert actor_kinds(text, "fr")["directeur de l'agence"][0] == "unnamed"


def test_la_ministre_takes_its_gender_from_the_determiner():
    text = "La ministre a déclaré que la réforme serait votée en mai."
    assert actor_kinds(text, "fr")["ministre"] == ("unnamed", "f")


def test_role_domain_after_an_adjective_and_an_apposed_name():
    """Le ministre délégué aux Transports, X, a jugé …: the subject before the auxiliary speaks,
    not the object after the cue."""
    from newsscan.api import analyze_text

    a = analyze_text(
        "Le ministre délégué aux Sports, Marc Aubert, a jugé la décision « regrettable ».", language="fr"
    )
    assert [(q.actor.name, q.actor.role) for q in a.quotes] == [
        ("Marc Aubert", "ministre délégué aux Sports")
    ]
