"""An institution named with a definite article (the White House, le Kremlin) is an
organisation where news writes no article before a person's name; where it does (Italian la
Meloni, Portuguese o Lula), the name stays a person (invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "code,text,actor",
    [
        (
            "en",
            "The White House said in a statement that the bill would be signed.",
            ("White House", "organisation"),
        ),
        ("fr", "« Les discussions continuent », a affirmé le Kremlin lundi.", ("Kremlin", "organisation")),
        ("es", "La Casa Blanca dijo que el presidente firmaría la ley.", ("Casa Blanca", "organisation")),
        ("nl", "Het Witte Huis zei dat de president de wet zou tekenen.", ("Witte Huis", "organisation")),
        # an article that is also a name particle, capitalised: part of a surname
        ("fr", "Le Pen a affirmé que son parti voterait contre le texte.", ("Pen", "person")),
        ("fr", "« Nous voterons contre », a affirmé Le Pen lundi.", ("Le Pen", "person")),
        ("nl", '"Het zwembad gaat open", zei De Wit.', ("De Wit", "person")),
        ("es", '"Es un buen día", dijo La Casa Blanca.', ("Casa Blanca", "organisation")),
        # a role or an adjective before the name: a person
        ("en", "The late John Smith said the plan would fail.", ("John Smith", "person")),
        ("en", "The senator, Ann Lee, said the plan would fail.", ("Ann Lee", "person")),
        # languages whose news writes an article before a surname
        ("it", "La Meloni ha detto che il governo andrà avanti.", ("Meloni", "person")),
        ("pt", "O Lula disse que o governo vai continuar.", ("Lula", "person")),
    ],
)
def test_article_before_a_name(code, text, actor):
    a = analyze_text(text, language=code)
    assert a.quotes and a.quotes[0].actor is not None
    name, kind = actor
    assert a.quotes[0].actor.kind == kind and a.quotes[0].actor.name.endswith(name)
