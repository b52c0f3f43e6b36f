"""Spanish: role nouns refer back to the actor introduced with that role (cases for
``tests/lang/test_roles.py``)."""

# (id, text, the speaker of each statement in order)
REFERS_BACK = [
    (
        "el_entrenador_is_the_coach_named_before_not_the_last_person",
        (
            "El entrenador Carlos Ruiz dijo que el equipo estaba listo. La ministra Ana Gómez afirmó "
            "que el presupuesto era suficiente. El entrenador explicó que nadie estaba lesionado."
        ),
        ["Carlos Ruiz", "Ana Gómez", "Carlos Ruiz"],
    ),
    (
        "ella_skips_the_man_and_the_coach",
        (
            "Carlos Ruiz dijo que el equipo estaba listo. La portavoz dijo que el club estaba "
            "tranquilo. Ella añadió que no habría cambios."
        ),
        ["Carlos Ruiz", "portavoz", "portavoz"],
    ),
]
# with no actor of that role named: (id, text, speakers, role, (kind, gender) of its actor)
UNNAMED = [
    (
        "el_entrenador_with_no_coach_named_is_an_unnamed_actor",
        "Carlos Ruiz dijo que el equipo estaba listo. El entrenador explicó que nadie estaba lesionado.",
        ["Carlos Ruiz", "entrenador"],
        "entrenador",
        ("unnamed", "m"),
    ),
]
