"""A quotation that is only part of a reported clause: the statement is the whole report,
not the quoted words alone (invented sentences)."""

import pytest

from ...conftest import analyse


def quotes(text):
    return [(q["rule"], q["text"], q["speaker"]) for q in analyse(text)["quotes"]]


def check(text, expected):
    """One statement, of this rule and content, whose speaker's name contains the expected one."""
    found = quotes(text)
    assert [(rule, content) for rule, content, _ in found] == [expected[:2]]
    assert expected[2] in (found[0][2] or "")


@pytest.mark.parametrize(
    "text,expected",
    [
        # a Konjunktiv I clause between the cue and the quotation
        (
            "Die Sprecherin Jana Roth hatte am Freitag erklärt, für den Verein sei entscheidend, "
            "„ob er die Halle bis zum Herbst findet“.",
            (
                "indirect.cue_then_report",
                "für den Verein sei entscheidend, „ob er die Halle bis zum Herbst findet“",
                "Jana Roth",
            ),
        ),
        # a Konjunktiv I form right after the quotation
        (
            "Der Kassenwart Udo Lenz sagte, der Leitsatz, „wir geben nur aus, was wir eingenommen haben“ "
            "gelte im Verein nicht mehr.",
            (
                "indirect.cue_then_report",
                "der Leitsatz, „wir geben nur aus, was wir eingenommen haben“ gelte im Verein nicht mehr",
                "Udo Lenz",
            ),
        ),
        # a complementiser between the cue and the quotation
        (
            "Der Förster Kai Brem sagte, dass, „wenn der Sommer wieder so trocken wird, der Wald leidet“.",
            (
                "indirect.cue_then_report",
                "dass, „wenn der Sommer wieder so trocken wird, der Wald leidet“",
                "Kai Brem",
            ),
        ),
        # a Konjunktiv I clause ending in a comma before the quotation, the frame after it
        (
            "Im Winter könne die Gemeinde kaum etwas tun, „weil die Straßen dann gesperrt sind“, "
            "erklärte Bürgermeisterin Ada Wolf.",
            (
                "mixed.quoted_report",
                "Im Winter könne die Gemeinde kaum etwas tun, „weil die Straßen dann gesperrt sind“",
                "Ada Wolf",
            ),
        ),
        # the report starts after a colon
        (
            "Die Richterin blieb hart: Eine Geldstrafe reiche nicht aus, „wenn jemand so oft rast“, "
            "so Richterin Ute Kalb.",
            (
                "mixed.quoted_report",
                "Eine Geldstrafe reiche nicht aus, „wenn jemand so oft rast“",
                "Ute Kalb",
            ),
        ),
    ],
)
def test_quotation_inside_report(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # no verb between the cue and the quotation: a quote of its own
        (
            "Die Trainerin Eva Hahn sagte am Abend, „wir haben heute alles gegeben“.",
            ("direct.pre_frame", "wir haben heute alles gegeben", "Eva Hahn"),
        ),
        # an indicative clause before a quotation framed after it: the quote stands alone
        (
            "Die Lage ist ernst, „wir müssen jetzt handeln“, sagte Bürgermeister Otto Brandt.",
            ("direct.post_frame", "wir müssen jetzt handeln", "Otto Brandt"),
        ),
    ],
)
def test_quotation_of_its_own(text, expected):
    check(text, expected)
