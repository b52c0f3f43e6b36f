import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_fb418dfe53a9ab0a.txt"


@pytest.fixture
def shared():
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def de():
    from newsscan import lang

    return lang.get("de")


def analyse(text: str, language: str | None = "de"):
    from newsscan import analyze_text, to_dict
    from newsscan.model import Options

    return to_dict(analyze_text(text, Options(language=language)))


def speaker_of(text: str, fragment: str, language: str, at_start: bool = False) -> str | None:
    """The actor name of the first statement holding ``fragment`` (opening with it when
    ``at_start``); an AssertionError listing the statements when there is none."""
    from newsscan.api import analyze_text

    a = analyze_text(text, language=language)
    for q in a.quotes:
        said = q.statement.text
        if said.startswith(fragment) if at_start else fragment in said:
            return q.actor.name if q.actor else None
    raise AssertionError(f"no statement with {fragment!r}: {[q.statement.text for q in a.quotes]}")
