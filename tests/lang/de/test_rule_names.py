"""German statements are named by the construction (rule) that found them."""

import pytest

from newsscan import analyze_text, to_dict
from newsscan.model import Options

EXAMPLES = [
    (
        "Die Mannschaft spielte gut. „Wir werden das Spiel morgen gewinnen“, sagte die Trainerin.",
        "direct.post_frame",
    ),
    ("Die Trainerin sagte: „Wir werden das Spiel morgen gewinnen.“", "direct.pre_frame"),
    ("„Wir gewinnen“, sagte sie, „und zwar morgen.“", "direct.split_quote"),
    ("Der Minister sagte, die Lage sei ernst und man prüfe alle Möglichkeiten.", "indirect.cue_then_report"),
    ("Die Lage sei ernst und man prüfe alle Möglichkeiten, sagte der Minister.", "indirect.report_then_cue"),
    ("Die Lage sei ernst, so der Minister.", "indirect.so_frame"),
    ("Laut der Polizei wurde niemand verletzt.", "according.preposition"),
    ("Der Polizei zufolge wurde niemand verletzt.", "according.postposition"),
    ("Nach Angaben der Polizei wurde niemand verletzt.", "according.nach"),
    (
        "Der Minister sagte, die Lage sei ernst. Die Regierung habe alles versucht.",
        "free_indirect.continuation",
    ),
    (
        "Der Minister sagte am Montag, die Lage sei ernst. Das Wetter war schön. Die Regierung habe alles versucht.",
        "free_indirect.konjunktiv",
    ),
]


@pytest.mark.parametrize("text,rule", EXAMPLES)
def test_a_construction_is_named_by_its_rule(text, rule):
    quotes = to_dict(analyze_text(text, Options(language="de")))["quotes"]
    assert rule in [q["rule"] for q in quotes], [(q["rule"], q["text"]) for q in quotes]
