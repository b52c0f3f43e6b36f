"""Spanish statements and speakers on short invented sentences."""

import pytest

from ...conftest import analyse


@pytest.mark.parametrize(
    "code,text,expected",
    [
        # a name apposed to the role that speaks after the report
        (
            "es",
            "La situación es muy grave, afirmó el ministro de Sanidad, Salvador Illa.",
            [("La situación es muy grave", "Salvador Illa")],
        ),
    ],
)
def test_constructions(code, text, expected):
    out = analyse(text, language=code)
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == expected


@pytest.mark.parametrize(
    "code,text,expected",
    [
        (
            "es",
            "El ministro Luis Gómez defendió la reforma, asegurando que era necesaria para el país.",
            [("que era necesaria para el país", "Luis Gómez", "asegurando")],
        ),
    ],
)
def test_participle_after_a_comma_frames_a_report_of_the_subject(code, text, expected):
    out = analyse(text, language=code)
    assert [(q["text"], q["speaker"], q["cue"]) for q in out["quotes"]] == expected


@pytest.mark.parametrize(
    "code,text,expected",
    [
        (
            "es",
            'La alcaldesa Ana Ruiz aseguró que la ciudad está preparada. "Tenemos todo bajo control", añadió.',
            [("que la ciudad está preparada", "Ana Ruiz"), ("Tenemos todo bajo control", "Ana Ruiz")],
        ),
        # plural cues from the language's plural rules
        (
            "es",
            "Fuentes policiales explicaron a EFE que el detenido tenía antecedentes.",
            [("que el detenido tenía antecedentes", "Fuentes policiales")],
        ),
    ],
)
def test_romance_and_dutch_constructions(code, text, expected):
    out = analyse(text, language=code)
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == expected
