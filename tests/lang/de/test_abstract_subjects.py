"""German: a determiner and an abstract noun (die Kürzung, seine Position) is never the speaker;
the speaker strategies look on, and find the subject or no one."""

import pytest

from ...conftest import analyse


def speakers(text: str) -> list:
    return [q["speaker"] for q in analyse(text, "de")["quotes"]]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the object after the cue is no inverted subject: the sentence subject speaks
        (
            "Jan Roth hatte seine Position damit begründet, Schaden von der Partei fernhalten zu wollen.",
            ["Jan Roth"],
        ),
        # the abstract object after the cue is no subject: the medium before the cue speaks
        (
            "Der Sender, der für den Vertrag verantwortlich ist, begründete die Einblendungen damit, "
            "dass geschützte Grafiken genutzt würden.",
            ["Sender"],
        ),
        # no subject left to find: no speaker rather than a wrong one
        ("Begründet wurden die Einblendungen damit, dass geschützte Grafiken genutzt würden.", [None]),
    ],
)
def test_an_abstract_noun_is_no_speaker(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Die Kommission erklärte, das Gesetz sei gültig.", ["Kommission"]),  # an organisation
        ("Die Regierungen erklärten, das Gesetz sei gültig.", ["Regierungen"]),  # its plural
        ("Die Mitteilung erklärte, das Gesetz sei gültig.", ["Mitteilung"]),  # a document
        ("Die Verteidigung erklärte, der Angeklagte sei unschuldig.", ["Verteidigung"]),
        ("Die Mehrheit der Abgeordneten erklärte, das Gesetz sei gültig.", ["Mehrheit"]),
        ("Jung erklärte, das Gesetz sei gültig.", ["Jung"]),  # a name has no determiner
    ],
)
def test_organisations_documents_groups_and_names_still_speak(text, expected):
    assert speakers(text) == expected
