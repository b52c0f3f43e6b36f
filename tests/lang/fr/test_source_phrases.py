"""Un groupe sans nom comme source ([group_sources], avec l'institution à laquelle il appartient) et
``Pour`` + une organisation et une virgule comme source d'une opinion (phrases inventées)."""

import pytest

from newsscan import to_dict
from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "Selon des sources proches du ministère, la réforme sera reportée.",
            "la réforme sera reportée",
            "des sources proches du ministère",
        ),
        (
            "Pour le syndicat, la réforme est un recul pour les salariés.",
            "la réforme est un recul pour les salariés",
            "syndicat",
        ),
    ],
)
def test_a_source_phrase_names_its_source(text, content, speaker):
    quotes = to_dict(analyze_text(text, language="fr"))["quotes"]
    assert (content, speaker) in [(q["text"], q["speaker"]) for q in quotes], quotes


@pytest.mark.parametrize(
    "text",
    [
        "Pour gagner le match, l'équipe doit marquer vite.",
        "Pour la saison prochaine, le club cherche un attaquant.",
    ],
)
def test_a_purpose_phrase_is_no_source(text):
    assert not analyze_text(text, language="fr").quotes
