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
            "L'entraîneur du club, Paul Martin, a parlé lundi. « Nous avons souffert », a reconnu le technicien.",
            "Paul Martin",
        ),
        # ... but never someone named with another role
        (
            "Le maire Paul Martin a visité le chantier. Le technicien a expliqué que les travaux dureraient deux mois.",
            "technicien",
        ),
        # a party of its own never refers back to someone named with another role ([distinct_roles])
        (
            "L'avocat, Marc Petit, a plaidé la relaxe. Le prévenu a affirmé qu'il « regrettait » le drame.",
            "prévenu",
        ),
    ],
)
def test_a_varied_role_noun_refers_back_to_the_named_person(text, speaker):
    a = analyze_text(text, language="fr")
    assert [q.actor.name if q.actor else None for q in a.quotes][-1] == speaker
