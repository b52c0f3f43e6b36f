"""Dutch reports after a fixed cue phrase (invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,content",
    [
        (
            "Zijn advocaat laat weten dat zijn cliënt in hoger beroep gaat.",
            "dat zijn cliënt in hoger beroep gaat",
        ),
        ("De gemeente liet weten dat de brug maandag dicht is.", "dat de brug maandag dicht is"),
        ("De club maakte bekend dat de trainer vertrekt.", "dat de trainer vertrekt"),
    ],
)
def test_report_after_cue_phrase(text, content):
    """The second word of the phrase is part of the cue, not of the report."""
    quotes = analyze_text(text, language="nl").quotes
    assert [(q.statement.text, len(q.statement.cue.split())) for q in quotes] == [(content, 2)]
