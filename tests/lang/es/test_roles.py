"""Spanish: a role noun refers back to the actor introduced with that role."""

from ..roles_check import actor_kinds, speakers


def test_el_entrenador_is_the_coach_named_before_not_the_last_person():
    text = (
        "El entrenador Carlos Ruiz dijo que el equipo estaba listo. La ministra Ana Gómez afirmó "
        "que el presupuesto era suficiente. El entrenador explicó que nadie estaba lesionado."
    )
    assert speakers(text, "es") == ["Carlos Ruiz", "Ana Gómez", "Carlos Ruiz"]


def test_el_entrenador_with_no_coach_named_is_an_unnamed_actor():
    text = "Carlos Ruiz dijo que el equipo estaba listo. El entrenador explicó que nadie estaba lesionado."
    assert speakers(text, "es") == ["Carlos Ruiz", "entrenador"]
    assert actor_kinds(text, "es")["entrenador"] == ("unnamed", "m")


def test_ella_skips_the_man_and_the_coach():
    text = (
        "Carlos Ruiz dijo que el equipo estaba listo. La portavoz dijo que el club estaba "
        "tranquilo. Ella añadió que no habría cambios."
    )
    assert speakers(text, "es") == ["Carlos Ruiz", "portavoz", "portavoz"]
