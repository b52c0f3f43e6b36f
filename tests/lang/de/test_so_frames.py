"""So-frames set into or after a report (invented sentences): ``…, so der Minister, …`` and
``…, so vermutet die Zeitung``."""

import pytest

from ...conftest import analyse


def statements(text):
    return [(q["rule"], q["text"], q["speaker"]) for q in analyse(text)["quotes"]]


@pytest.mark.parametrize(
    "text,rule,content,speaker",
    [
        # a so-frame with a cue verb after the report
        (
            "Die Brücke sei für Lastwagen zu schwach, so bestätigt das Bauamt.",
            "indirect.report_then_cue",
            "Die Brücke sei für Lastwagen zu schwach",
            "Bauamt",
        ),
        # a so-frame with a cue verb set into the report
        (
            "Der Grund für den Wechsel, so vermutet die Zeitung, dürfte das Gehalt gewesen sein.",
            "indirect.report_then_cue",
            "Der Grund für den Wechsel dürfte das Gehalt gewesen sein",
            "Zeitung",
        ),
        # an inserted so-frame before the report's dass: both parts are the report
        (
            "Die Sorge sei eher, so die Ärztin Eva Hahn, dass die Praxen schließen.",
            "indirect.so_frame",
            "Die Sorge sei eher dass die Praxen schließen",
            "Eva Hahn",
        ),
        # … also when the writer set no comma before dass
        (
            "Die Sorge sei eher, so die Ärztin Eva Hahn dass die Praxen schließen.",
            "indirect.so_frame",
            "Die Sorge sei eher dass die Praxen schließen",
            "Eva Hahn",
        ),
        # a relative clause on the source, then the report goes on
        (
            "Im letzten Sommer, so die Förster, die den Wald seit Jahren beobachten, seien viele Bäume gestorben.",
            "indirect.so_frame",
            "Im letzten Sommer seien viele Bäume gestorben",
            "Förster",
        ),
    ],
)
def test_so_frame(text, rule, content, speaker):
    found = statements(text)
    assert [(r, c) for r, c, _ in found] == [(rule, content)]
    assert speaker in (found[0][2] or "")


def test_relative_clause_after_the_source_has_its_own_report():
    """``…, so X, die auch sagte, dass …``: the report after the relative clause is its own."""
    found = statements(
        "Der Vermieter habe oft vor der Tür gewartet, so Eva Hahn, die auch sagte, dass sie Angst habe."
    )
    assert ("indirect.so_frame", "Der Vermieter habe oft vor der Tür gewartet") in [
        (r, c) for r, c, _ in found
    ]


def test_reflexive_verb_after_so_frames_nothing():
    """``…, so erklärt sich das Defizit``: so means thus; the verb frames nothing."""
    assert statements("Die Kosten stiegen im Winter stark an, so erklärt sich das Defizit der Stadt.") == []
