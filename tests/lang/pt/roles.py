"""Portuguese: role nouns refer back to the actor introduced with that role (cases for
``tests/lang/test_roles.py``)."""

# (id, text, the speaker of each statement in order)
REFERS_BACK = [
    (
        "o_ministro_is_the_minister_named_before_not_the_last_person",
        (
            "O ministro João Costa disse que o orçamento era suficiente. O treinador Rui Lopes afirmou "
            "que a equipa estava pronta. O ministro acrescentou que a votação seria na próxima semana."
        ),
        ["João Costa", "Rui Lopes", "João Costa"],
    ),
]
# with no actor of that role named: (id, text, speakers, role, (kind, gender) of its actor)
UNNAMED = [
    (
        "o_ministro_with_no_minister_named_is_an_unnamed_actor",
        (
            "Rui Lopes afirmou que a equipa estava pronta. O ministro acrescentou que a votação seria "
            "na próxima semana."
        ),
        ["Rui Lopes", "ministro"],
        "ministro",
        ("unnamed", "m"),
    ),
]
