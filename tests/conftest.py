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
