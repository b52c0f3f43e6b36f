"""French: role nouns refer back to the actor introduced with that role (cases for
``tests/lang/test_roles.py``)."""

# (id, text, the speaker of each statement in order)
REFERS_BACK = [
    (
        "la_directrice_de_l_agence_is_the_director_named_before",
        (
            "La directrice de l'agence, Marie Lenoir, a déclaré que le projet avançait bien. "
            "L'entraîneur Paul Marchand a affirmé que l'équipe était prête. La directrice de l'agence a"
            " ajouté que le budget était suffisant."
        ),
        ["Marie Lenoir", "Paul Marchand", "Marie Lenoir"],
    ),
]
# with no actor of that role named: (id, text, speakers, role, (kind, gender) of its actor)
UNNAMED = [
    (
        "le_directeur_with_no_director_named_is_an_unnamed_actor",
        (
            "Paul Marchand a affirmé que l'équipe était prête. Le directeur de l'agence a ajouté que le"
            " budget était suffisant."
        ),
        ["Paul Marchand", "directeur de l'agence"],
        "directeur de l'agence",
        ("unnamed", "m"),
    ),
]
