"""Spanish: a cue with no written subject after a narrated sentence continues that sentence's
subject; names with particles of other languages in commas (invented sentences)."""

from newsscan.api import analyze_text


def _speakers(text: str) -> list[str | None]:
    a = analyze_text(text, language="es")
    return [q.actor.name if q.actor else None for q in a.quotes]


def test_apposed_name_with_foreign_particle_continues():
    text = (
        '"Fue un partido perfecto", dijo el entrenador, Carlos Ruiz. '
        "El capitán visitante, Pieter van Dalen, saludó a la afición. "
        '"No estuvimos a la altura", admitió.'
    )
    assert _speakers(text) == ["Carlos Ruiz", "Pieter van Dalen"]


def test_noun_in_commas_then_narration():
    text = (
        '"Ganamos con justicia", dijo el entrenador, Carlos Ruiz. '
        "Tomás Prado, autor de dos goles, dedicó la victoria a su familia. "
        '"Esto es para ellos", aseguró.'
    )
    assert _speakers(text) == ["Carlos Ruiz", "Tomás Prado"]


def test_narration_without_a_person_keeps_the_speaker():
    """A narrated sentence whose subject is no name, role or organisation lends nothing."""
    text = (
        '"Ganamos con justicia", dijo el entrenador, Carlos Ruiz. '
        "Esto cambia mucho las cosas. "
        '"Seguiremos así", añadió.'
    )
    assert _speakers(text) == ["Carlos Ruiz", "Carlos Ruiz"]


def test_subject_with_particle_name_is_no_report():
    """``van`` reads as a verb, yet a role and a name in commas before the cue are its subject,
    not a report before it."""
    a = analyze_text("El capitán visitante, Pieter van Dalen, reconoció la derrota.", language="es")
    assert [q.text for q in a.quotes] == []
