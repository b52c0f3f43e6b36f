"""A sentence whose main clause is in Konjunktiv I continues the report before it as a whole,
also when a cue in it has a report clause of its own (invented sentences)."""

from ...conftest import analyse


def statements(text):
    return [(q["rule"], q["text"], q["speaker"]) for q in analyse(text)["quotes"]]


def test_konjunktiv_main_clause_with_a_dass_clause_continues_the_report():
    found = statements(
        "Der Anwalt Jan Roth sagte, sein Mandant sei unschuldig. "
        "Zuerst habe dieser nicht damit gerechnet, dass die Polizei ihn sucht."
    )
    assert found[1][:2] == (
        "free_indirect.continuation",
        "Zuerst habe dieser nicht damit gerechnet, dass die Polizei ihn sucht",
    )
    assert "Jan Roth" in (found[1][2] or "")


def test_konjunktiv_main_clause_with_a_speech_noun_continues_the_report():
    found = statements(
        "Die Ärztin Eva Hahn sagte, die Lage sei ernst. Zudem gebe es Anzeichen, dass mehr Kinder erkranken."
    )
    assert found[1][:2] == (
        "free_indirect.continuation",
        "Zudem gebe es Anzeichen, dass mehr Kinder erkranken",
    )


def test_indicative_main_clause_keeps_its_own_report():
    """Sie hat … gerechnet: the writer narrates, the dass clause is the report."""
    found = statements(
        "Der Anwalt Jan Roth sagte, sein Mandant sei unschuldig. "
        "Die Richterin hat nicht damit gerechnet, dass die Polizei ihn sucht."
    )
    assert ("indirect.cue_then_report", "dass die Polizei ihn sucht") in [f[:2] for f in found]


def test_konjunktiv_in_a_noun_complement_is_no_main_clause():
    """Wegen der Berichte, sie seien …, wächst die Sorge, …: the Konjunktiv reports the Berichte."""
    found = statements(
        "Der Sprecher Jan Roth sagte, die Lage sei ernst. "
        "Wegen der Berichte, sie seien bedroht, wächst die Sorge, die Lage könne eskalieren."
    )
    assert [f[:2] for f in found if f[1].startswith("Wegen")] == []
