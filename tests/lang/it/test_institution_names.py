"""it: an institution's name capitalises its first word only (``name.institution_adjective``):
``la Protezione civile`` is one organisation, not a person Protezione (invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Secondo la Protezione civile, il fiume tornerà nei suoi argini entro sera.", "Protezione civile"),
        ("Il Consiglio comunale ha detto che il ponte riaprirà a giugno.", "Consiglio comunale"),
        ("La Rossi ha detto che il ponte riaprirà a giugno.", "Rossi"),  # a surname, no adjective
    ],
)
def test_an_institution_with_its_adjective(text, speaker):
    assert [q.actor.name for q in analyze_text(text, language="it").quotes] == [speaker]
