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
            "L'allenatore della squadra, Mario Rossi, ha parlato ieri. Il tecnico ha ammesso che la partita «è stata dura».",
            "Mario Rossi",
        ),
        # ... but never someone named with another role
        (
            "Il sindaco Paolo Neri ha visitato il cantiere. Il tecnico ha spiegato che i lavori dureranno due mesi.",
            "tecnico",
        ),
        (
            "L'avvocato della famiglia, Luca Bianchi, ha parlato ieri. «Non ci sono prove», ha detto il legale.",
            "Luca Bianchi",
        ),
        # a variation of one office (office_titles.txt) never refers back to a holder of another
        (
            "Il sindaco Paolo Neri ha visitato il cantiere. Il legale ha spiegato che i lavori dureranno due mesi.",
            "legale",
        ),
    ],
)
def test_a_varied_role_noun_refers_back_to_the_named_person(text, speaker):
    a = analyze_text(text, language="it")
    assert [q.actor.name if q.actor else None for q in a.quotes][-1] == speaker
