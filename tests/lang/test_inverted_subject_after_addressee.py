"""The subject inverted after a frame's verb, past an agency it was said to (fr à l'AFP Sophie X,
it all'Ansa il sindaco X) or a writer's aside (fr de son côté, es por su parte) (invented
sentences)."""

import pytest

from newsscan.api import analyze_text

CASES = [
    (
        "fr",
        "« C'est historique », a indiqué à l'AFP Sophie Marchal, secrétaire du syndicat.",
        "Sophie Marchal",
    ),
    ("fr", "« Il y a penalty », a estimé de son côté le directeur sportif Hugo Lenoir.", "Hugo Lenoir"),
    ("fr", "« Rien n'est perdu », a assuré pour sa part la ministre Claire Vidal.", "Claire Vidal"),
    ("es", '"Es histórico", dijo por su parte el alcalde, Pedro Gil.', "Pedro Gil"),
    ("it", '"È storico", ha detto all\'Ansa il sindaco Marco Neri.', "Marco Neri"),
    ("it", '"È storico", ha detto all\'Ansa Marco Neri.', "Marco Neri"),
    ("pt", '"É histórico", disse à Lusa Rui Neves.', "Rui Neves"),
]


@pytest.mark.parametrize("code,text,speaker", CASES)
def test_inverted_subject(code, text, speaker):
    (q,) = analyze_text(text, language=code).quotes
    assert q.actor is not None and q.actor.name == speaker


def test_determiner_after_agency_still_opens_the_subject():
    (q,) = analyze_text("« C'est historique », a indiqué à l'AFP le syndicat.", language="fr").quotes
    assert q.actor is not None and q.actor.name == "syndicat"
