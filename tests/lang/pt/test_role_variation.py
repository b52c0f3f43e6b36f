"""A role noun the writer varies to refer back to a person named before with another role
(``roles.txt``: the coach becomes the technician, the lawyer the counsel, a man his age;
invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,speaker",
    [
        # the technician in sport is the coach named before (office_titles.txt) ...
        (
            "O treinador do clube, Rui Costa, falou ontem. O técnico revelou que o médio «sofreu uma lesão».",
            "Rui Costa",
        ),
        # ... but never someone named with another role
        (
            "O ministro Paulo Reis visitou a obra. O técnico explicou que as obras durariam dois meses.",
            "técnico",
        ),
        (
            "O advogado de defesa, Rui Macedo, falou ontem. O causídico pediu que o tribunal «decida depressa».",
            "Rui Macedo",
        ),
        (
            "A ministra do Trabalho, Rita Lopes, falou ontem. «É um sinal claro», afirmou a governante.",
            "Rita Lopes",
        ),
        # a variation of one office (office_titles.txt) never refers back to a holder of another
        (
            "O presidente Paulo Reis visitou a obra. O causídico explicou que as obras durariam dois meses.",
            "causídico",
        ),
    ],
)
def test_a_varied_role_noun_refers_back_to_the_named_person(text, speaker):
    a = analyze_text(text, language="pt")
    assert [q.actor.name if q.actor else None for q in a.quotes][-1] == speaker
