"""German statements and speakers on short invented sentences."""

import pytest

from ...conftest import analyse


@pytest.mark.parametrize(
    "code,text,expected",
    [
        (
            "de",
            "Die EU-Kommissionspräsidentin Ursula von der Leyen erklärte, sie begrüße die Initiative. Von der Leyen "
            "sagte, der Plan sei gut. Der Bürgermeister Kai Wegner von der CDU sagte, die Stadt sei bereit.",
            [
                ("sie begrüße die Initiative", "Ursula von der Leyen"),
                ("der Plan sei gut", "Ursula von der Leyen"),
                ("die Stadt sei bereit", "Kai Wegner"),
            ],
        ),
        # a focus particle before the subject; a lowercase agency name
        (
            "de",
            "Auch die Grünen-Vorsitzende Ricarda Lang äußerte Zweifel: Man müsse abwarten, was umgesetzt werde.",
            [("Man müsse abwarten, was umgesetzt werde", "Ricarda Lang")],
        ),
        (
            "de",
            "Nach Angaben der Nachrichtenagentur dpa wollen beide Regierungen noch im Dezember ein Papier vorlegen.",
            [("wollen beide Regierungen noch im Dezember ein Papier vorlegen", "dpa")],
        ),
    ],
)
def test_constructions(code, text, expected):
    out = analyse(text, language=code)
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Laut einem Sprecher von Siemens wurde der Vertrag am Montag gekündigt.",
            [("wurde der Vertrag am Montag gekündigt", "Sprecher von Siemens")],
        ),
        (
            "Laut einer Expertin bei der Weltbank wird die Inflation im Herbst weiter steigen.",
            [("wird die Inflation im Herbst weiter steigen", "Expertin bei der Weltbank")],
        ),
    ],
)
def test_a_source_phrase_goes_on_over_its_source_links(text, expected):
    """[source_links] in grammar.txt: von, bei, aus … carry the source on after laut."""
    out = analyse(text, language="de")
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == expected
