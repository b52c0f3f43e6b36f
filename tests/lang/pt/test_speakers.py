"""Portuguese speaker phrases: a medium named with its noun, an addressee before the inverted
subject (invented sentences)."""

from newsscan.api import analyze_text


def _actors(text: str) -> list[tuple[str | None, str | None]]:
    """(actor name, actor kind) of each statement found in ``text``."""
    a = analyze_text(text, language="pt")
    return [(q.actor.name, q.actor.kind) if q.actor else (None, None) for q in a.quotes]


def test_medium_named_with_its_noun_is_the_medium():
    """Agência Brasil is a medium of the gazetteer as a whole: not a person called Brasil."""
    assert _actors("Segundo a Agência Brasil, a tarifa vai subir em março.")[0] == (
        "Agência Brasil",
        "organisation",
    )


def test_medium_noun_before_a_name_still_names_the_medium():
    assert _actors("De acordo com a agência Lusa, o governo vai recuar.")[0] == ("Lusa", "organisation")


def test_addressee_before_inverted_subject():
    found = _actors('"Não há verbas", disse ao jornal o prefeito de Recife, João Campos.')
    assert found[0] == ("João Campos", "person")


def test_apposed_name_with_a_surname_that_spells_a_role():
    """Reis (kings) after a forename and a surname is the third word of the name."""
    text = "A ministra da Saúde, Ana Blasco Reis, garantiu que todos os meios estão no terreno."
    assert _actors(text)[0] == ("Ana Blasco Reis", "person")
