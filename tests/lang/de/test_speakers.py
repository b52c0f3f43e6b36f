"""German speaker phrases (invented sentences)."""

from newsscan.api import analyze_text


def test_relative_clause_does_not_reach_back_past_a_comma():
    """German: X, die …, teilte Y mit — no second apposition is looked for after a relative clause."""
    text = (
        "Als Kämpfer die Stadt einnahmen, töteten sie viele Zivilisten, die sich auf der Flucht "
        "befanden, teilten die Vereinten Nationen mit."
    )
    a = analyze_text(text, language="de")
    assert a.quotes and a.quotes[0].actor is not None and a.quotes[0].actor.name == "Vereinten Nationen"
