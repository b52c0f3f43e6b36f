"""A short paragraph that opens with the language's according-to preposition is a report, never
a photo caption, even when its verb is in no list (invented articles)."""

from newsscan.api import analyze_text

ARTICLE = """Haven sluit kade na storm

De havenmeester zei dat de kade minstens een maand dicht blijft.

Volgens de gemeente kost het herstel ruim drie miljoen euro.

De vissers zeiden dat ze nu in een andere haven moeten aanleggen.
"""


def test_a_source_paragraph_is_no_caption():
    a = analyze_text(ARTICLE, language="nl")
    assert not a.boilerplate
    assert ("gemeente", "kost het herstel ruim drie miljoen euro") in [
        (q.actor.name if q.actor else None, q.statement.text) for q in a.quotes
    ]
