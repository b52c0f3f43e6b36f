"""Every shipped language loads, and a short article in each is read; the behaviour of one
language is tested in tests/lang/<code>/."""

import pytest

from newsscan import lang

from .conftest import analyse

SHIPPED = ["de", "en", "es", "fr", "it", "nl", "pt"]


def test_every_language_loads_its_data(capsys):
    assert list(lang.available()) == SHIPPED
    for code in SHIPPED:
        data = lang.get(code)
        assert data.cue_forms and data.roles and data.boilerplate and data.quote_pairs, code
        assert data.word_class("determiners") and data.word_class("auxiliaries"), code
    assert capsys.readouterr() == ("", "")


def test_unknown_language_gets_generic_data_not_german():
    data = lang.get("xx")
    assert data.code == lang.GENERIC and not data.cue_forms and data.quote_pairs


@pytest.mark.parametrize(
    "code,text,expected",
    [
        (
            "en",
            'The minister said on Monday that taxes would not rise. "We keep our word," said Finance Minister '
            "Paul Grant.",
            [("indirect", "Paul Grant"), ("direct", "Paul Grant")],
        ),
        (
            "fr",
            "Le ministre des Finances a déclaré lundi que les impôts n'augmenteraient pas. « Nous tenons parole », "
            "a-t-il ajouté.",
            [("indirect", "ministre des Finances"), ("direct", "ministre des Finances")],
        ),
        (
            "es",
            "El ministro de Hacienda dijo el lunes que los impuestos no subirán. «Cumplimos nuestra palabra», "
            "aseguró el ministro.",
            [("indirect", "ministro de Hacienda"), ("direct", "ministro de Hacienda")],
        ),
        (
            "it",
            "Il ministro delle Finanze ha detto che le tasse non aumenteranno. «Manteniamo la parola», ha aggiunto "
            "il ministro.",
            [("indirect", "ministro delle Finanze"), ("direct", "ministro delle Finanze")],
        ),
        (
            "pt",
            "O ministro das Finanças disse na segunda-feira que os impostos não vão subir. “Cumprimos a palavra”, "
            "afirmou o ministro.",
            [("indirect", "ministro das Finanças"), ("direct", "ministro das Finanças")],
        ),
        (
            "nl",
            "De minister van Financiën zei maandag dat de belastingen niet omhoog gaan. “We houden woord”, aldus "
            "de minister.",
            [("indirect", "minister van Financiën"), ("direct", "minister van Financiën")],
        ),
    ],
)
def test_statements_and_speakers_per_language(code, text, expected):
    out = analyse(text, language=None)
    assert out["language"]["code"] == code
    assert [(q["type"], q["speaker"]) for q in out["quotes"]] == expected


@pytest.mark.parametrize(
    "text,agency",
    [
        ("According to AP, the storm killed at least five people, officials said.", "AP"),
        ("Selon l'AFP, le président a déclaré que la réforme serait retirée.", "AFP"),
        ("Según EFE, el presidente dijo que la reforma será retirada.", "EFE"),
    ],
)
def test_according_to_in_other_languages(text, agency):
    out = analyse(text, language=None)
    assert [a["name"] for a in out["agencies"]] == [agency]
    assert out["quotes"] and out["quotes"][0]["via"] == agency


def test_a_related_language_is_read_with_close_data():
    assert lang.get("ca").code == "es" and lang.get("af").code == "nl"
