"""Un grupo sin nombre como fuente ([group_sources], con la institución a la que pertenece) y
``Para`` + una organización y una coma como fuente de una opinión (frases inventadas)."""

import pytest

from newsscan import to_dict
from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "Según fuentes del Ministerio de Sanidad, la campaña empezará en octubre.",
            "la campaña empezará en octubre",
            "fuentes del Ministerio de Sanidad",
        ),
        (
            "Según fuentes cercanas al alcalde, la obra terminará en mayo.",
            "la obra terminará en mayo",
            "fuentes cercanas al alcalde",
        ),
        (
            "Para el sindicato, la reforma es un paso atrás para los trabajadores.",
            "la reforma es un paso atrás para los trabajadores",
            "sindicato",
        ),
    ],
)
def test_a_source_phrase_names_its_source(text, content, speaker):
    quotes = to_dict(analyze_text(text, language="es"))["quotes"]
    assert (content, speaker) in [(q["text"], q["speaker"]) for q in quotes], quotes


@pytest.mark.parametrize(
    "text",
    [
        "Para ganar el partido, el equipo necesita marcar pronto.",
        "Para la próxima temporada, el club busca un delantero.",
    ],
)
def test_a_purpose_phrase_is_no_source(text):
    assert not analyze_text(text, language="es").quotes
