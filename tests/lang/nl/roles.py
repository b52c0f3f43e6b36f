"""Dutch: role nouns refer back to the actor introduced with that role (cases for
``tests/lang/test_roles.py``)."""

# (id, text, the speaker of each statement in order)
REFERS_BACK = [
    (
        "de_minister_is_the_minister_named_before_not_the_last_person",
        (
            "Minister Jan de Vries zei dat de begroting sluitend was. Trainer Piet Bakker zei dat het "
            "team klaar was. De minister zei dat de stemming volgende week komt."
        ),
        ["Jan de Vries", "Piet Bakker", "Jan de Vries"],
    ),
]
# with no actor of that role named: (id, text, speakers, role, (kind, gender) of its actor)
UNNAMED = [
    (
        "de_minister_with_no_minister_named_is_an_unnamed_actor",
        "Piet Bakker zei dat het team klaar was. De minister zei dat de stemming volgende week komt.",
        ["Piet Bakker", "minister"],
        "minister",
        ("unnamed", None),
    ),
]
