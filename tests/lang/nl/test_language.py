"""Dutch statements and speakers on short invented sentences."""

import pytest

from ...conftest import analyse


@pytest.mark.parametrize(
    "code,text,expected",
    [
        # name particles after an article where nouns are lowercase; multi-word cues
        (
            "nl",
            '"We gaan hier niet mee akkoord", zei minister Hugo de Jonge tegen de NOS.',
            [("We gaan hier niet mee akkoord", "Hugo de Jonge")],
        ),
        (
            "nl",
            "De burgemeester liet weten dat de maatregelen worden verlengd.",
            [("dat de maatregelen worden verlengd", "burgemeester")],
        ),
        # the source phrase of an according-to, head noun included
        (
            "nl",
            "Volgens de politie is de verdachte dinsdag aangehouden.",
            [("is de verdachte dinsdag aangehouden", "politie")],
        ),
    ],
)
def test_romance_and_dutch_constructions(code, text, expected):
    out = analyse(text, language=code)
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == expected


@pytest.mark.parametrize(
    "code,text,expected",
    [
        (
            "nl",
            "Het Zuid-Koreaanse ministerie van Defensie meldde dat er raketten waren afgevuurd. Het ministerie noemde "
            'de lanceringen een "duidelijke provocatie".',
            [
                ("dat er raketten waren afgevuurd", "ministerie van Defensie"),
                ("duidelijke provocatie", "ministerie van Defensie"),
            ],
        ),
        (
            "nl",
            "Het Witte Huis veroordeelde de lanceringen, meldt persbureau ANP.",
            [("Het Witte Huis veroordeelde de lanceringen", "ANP")],
        ),
    ],
)
def test_institutions_media_frames_and_pronoun_sources(code, text, expected):
    out = analyse(text, language=code)
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == expected
