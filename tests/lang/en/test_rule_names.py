"""English statements are named by the construction (rule) that found them."""

import pytest

from newsscan import analyze_text, to_dict
from newsscan.model import Options

EXAMPLES = [
    ('"We will win the game tomorrow," the coach said.', "direct.post_frame"),
    ("The minister said the situation was serious and that talks would go on.", "indirect.cue_then_report"),
    ("According to the police, nobody was hurt in the fire.", "according.preposition"),
]


@pytest.mark.parametrize("text,rule", EXAMPLES)
def test_a_construction_is_named_by_its_rule(text, rule):
    quotes = to_dict(analyze_text(text, Options(language="en")))["quotes"]
    assert rule in [q["rule"] for q in quotes], [(q["rule"], q["text"]) for q in quotes]
