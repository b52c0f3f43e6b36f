"""L'infinitif d'un verbe @directive après son destinataire, ouvert par un mot de ``[directive_markers]``
(grammar.txt ; phrases inventées)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "La maire Anne Durand a demandé aux habitants de rester chez eux vendredi.",
            "rester chez eux vendredi",
            "Anne Durand",
        ),
        (
            "Le syndicaliste Paul Morel a appelé les salariés à faire grève jeudi.",
            "faire grève jeudi",
            "Paul Morel",
        ),
        ("La ministre Claire Vidal a demandé aux élus de ne pas céder.", "ne pas céder", "Claire Vidal"),
    ],
)
def test_a_directive_reports_its_infinitive(text, content, speaker):
    a = analyze_text(text, language="fr")
    assert (content, speaker) in [(q.statement.text, q.actor.name if q.actor else None) for q in a.quotes]


@pytest.mark.parametrize(
    "text",
    [
        "Le député Jean Roux a demandé la démission de Paul Martin.",
        "La maire Anne Durand a demandé un rapport de trois pages.",
        "Le procureur Jean Roux a demandé une peine de quatre ans de prison.",  # a thing asked for, not an addressee
        "Le syndicat a demandé une hausse des salaires à partir de janvier.",  # a thing asked for, not an addressee
    ],
)
def test_no_report_without_an_infinitive(text):
    assert not analyze_text(text, language="fr").quotes
