"""French: a role noun refers back to the actor introduced with that role.

The cases every language shares are in ``roles.py``."""

from ..roles_check import actor_kinds


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
