"""French statements are named by the construction (rule) that found them."""

import pytest

from newsscan import analyze_text, to_dict
from newsscan.model import Options

EXAMPLES = [
    ("« Nous allons gagner demain », a déclaré l'entraîneur.", "direct.post_frame"),
]


@pytest.mark.parametrize("text,rule", EXAMPLES)
def test_a_construction_is_named_by_its_rule(text, rule):
    quotes = to_dict(analyze_text(text, Options(language="fr")))["quotes"]
    assert rule in [q["rule"] for q in quotes], [(q["rule"], q["text"]) for q in quotes]
