"""A Konjunktiv report ends where the frame's subject acts again in the indicative after a comma
(invented sentences)."""

import pytest

from ...conftest import analyse


@pytest.mark.parametrize(
    "text,content",
    [
        # a past form after the comma: the writer narrates again
        (
            "Der Angeklagte Jan Roth erklärte, er sei unschuldig, verweigerte dann aber jede weitere Aussage.",
            "er sei unschuldig",
        ),
        # a Konjunktiv after the comma: the report goes on
        (
            "Der Angeklagte Jan Roth erklärte, er sei unschuldig, habe aber Fehler gemacht.",
            "er sei unschuldig, habe aber Fehler gemacht",
        ),
    ],
)
def test_report_end_at_a_second_predicate(text, content):
    assert [q["text"] for q in analyse(text)["quotes"]] == [content]


@pytest.mark.parametrize(
    "text,content",
    [
        # a coordinator and an indicative predicate after the quotation: the subject acts again
        (
            "Die Kapitänin meinte, die Mannschaft habe alles gegeben, „doch der Gegner war besser“, "
            "und ging dann in die Kabine.",
            "die Mannschaft habe alles gegeben, „doch der Gegner war besser“",
        ),
        (
            "Die Kapitänin meinte, die Mannschaft habe alles gegeben, „doch der Gegner war besser“, "
            "und lachte.",
            "die Mannschaft habe alles gegeben, „doch der Gegner war besser“",
        ),
        # a Konjunktiv after the coordinator: the report goes on
        (
            "Die Kapitänin meinte, die Mannschaft habe alles gegeben, „doch der Gegner war besser“, "
            "und man habe daraus gelernt.",
            "die Mannschaft habe alles gegeben, „doch der Gegner war besser“, und man habe daraus gelernt",
        ),
    ],
)
def test_report_ends_at_a_quotation_before_an_indicative_predicate(text, content):
    assert [q["text"] for q in analyse(text)["quotes"]] == [content]
