"""French statements and speakers on short invented sentences."""

import pytest

from ...conftest import analyse


@pytest.mark.parametrize(
    "code,text,expected",
    [
        (
            "fr",
            "Pour l'opposition, ces annonces restent insuffisantes, a déclaré Marine Tondelier, secrétaire nationale "
            "des Écologistes.",
            [("Pour l'opposition, ces annonces restent insuffisantes", "Marine Tondelier")],
        ),
        (
            "fr",
            "Les prix vont encore augmenter, estime l'économiste Jean Dupont.",
            [("Les prix vont encore augmenter", "Jean Dupont")],
        ),
        # an elided complementiser: a annoncé qu'un …
        (
            "fr",
            "Le Premier ministre Michel Barnier a annoncé qu'un nouveau plan serait présenté en janvier.",
            [("qu'un nouveau plan serait présenté en janvier", "Michel Barnier")],
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
            "fr",
            "Le ministre Paul Martin a défendu la réforme, estimant qu'elle était nécessaire pour le pays.",
            [("qu'elle était nécessaire pour le pays", "Paul Martin", "estimant")],
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
            "fr",
            "La police a fait savoir que deux suspects avaient été interpellés.",
            [("que deux suspects avaient été interpellés", "police")],
        ),
        ("fr", "Selon les enquêteurs le suspect a avoué.", [("le suspect a avoué", "enquêteurs")]),
    ],
)
def test_romance_and_dutch_constructions(code, text, expected):
    out = analyse(text, language=code)
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == expected


def test_french_honorific_initial_is_no_middle_initial():
    out = analyse(
        "Le président chinois Xi Jinping a déclaré que la Chine voulait la paix. M. Xi a souligné que Pékin "
        "s'opposait à la force.",
        language="fr",
    )
    assert [(q["speaker"], q["speaker_mention"]) for q in out["quotes"]] == [
        ("Xi Jinping", "Le président chinois Xi Jinping"),
        ("Xi Jinping", "M. Xi"),
    ]


@pytest.mark.parametrize(
    "code,text,speaker",
    [
        ("fr", "Selon un rapport de l'ONU, la situation s'aggrave.", "ONU"),
    ],
)
def test_source_nouns_name_their_source(code, text, speaker):
    assert [q["speaker"] for q in analyse(text, language=code)["quotes"]] == [speaker]
