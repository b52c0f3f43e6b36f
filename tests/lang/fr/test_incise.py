"""French incises: the frame written inside the guillemets cuts the quotation in two, and the
two parts are one statement of the speaker the frame names (invented sentences)."""

import pytest

from newsscan.api import analyze_text

CASES = [
    (
        "Texte.\n\n« Nous avons tendu la main, a déclaré Paul Mercier. Elle a été refusée. »",
        "Nous avons tendu la main Elle a été refusée",
        "Paul Mercier",
    ),
    (
        "Texte.\n\n« Nous avons tendu la main, a déclaré Paul Mercier, secrétaire général du syndicat. "
        "Elle a été refusée. »",
        "Nous avons tendu la main Elle a été refusée",
        "Paul Mercier",
    ),
    (
        "Le capitaine Hugo Lenoir savourait. « Ce groupe a du caractère, a-t-il lancé. On ne lâche rien. »",
        "Ce groupe a du caractère On ne lâche rien",
        "Hugo Lenoir",
    ),
    (
        "Texte.\n\n« Nous avons tout essayé, ajoute Claire Roux, mais rien n'a suffi. »",
        "Nous avons tout essayé mais rien n'a suffi",
        "Claire Roux",
    ),
]


@pytest.mark.parametrize("text,content,speaker", CASES)
def test_incise_is_one_statement_of_its_speaker(text, content, speaker):
    found = [
        (q.statement.text, q.actor.name if q.actor else None)
        for q in analyze_text(text, language="fr").quotes
    ]
    assert (content, speaker) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Texte.\n\n« Il a dit, je crois, que tout était fini depuis longtemps. »",  # no cue opens the aside
        "Texte.\n\n« Nous avons tendu la main, a déclaré Paul Mercier »",  # nothing after the frame
    ],
)
def test_no_incise_keeps_the_quotation_whole(text):
    texts = [q.statement.text for q in analyze_text(text, language="fr").quotes]
    assert len(texts) <= 1 and all("," in t for t in texts), texts
