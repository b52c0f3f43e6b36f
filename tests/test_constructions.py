"""The registry of constructions: names, finders, the per-language lists; every construction's
examples and counter-examples run from tests/lang/<code>/test_constructions.py."""

import importlib
import pathlib

import pytest

from newsscan import analyze_text, to_dict
from newsscan import lang as langdata
from newsscan.model import Options
from newsscan.pipeline.constructions.registry import REGISTRY, construction
from newsscan.schema import RULES


def _quotes(language: str, text: str) -> list[dict]:
    return to_dict(analyze_text(text, Options(language=language)))["quotes"]


def test_every_example_is_run_by_its_languages_folder():
    """tests/lang/<code>/test_constructions.py runs the examples and counter-examples of <code>."""
    tests = pathlib.Path(__file__).parent / "lang"
    for c in REGISTRY.values():
        for code in {e[0] for e in c.examples} | {e[0] for e in c.counter}:
            module = (tests / code / "test_constructions.py").read_text(encoding="utf-8")
            assert "test_example_fires" in module, (c.name, code)
            if any(e[0] == code for e in c.counter):
                assert "test_counter_example" in module, (c.name, code)


def test_registry_names_exactly_the_rules_of_the_schema():
    assert set(REGISTRY) == set(RULES)


def test_every_finder_exists():
    for c in REGISTRY.values():
        module, cls, method = c.finder.split(".")
        owner = getattr(importlib.import_module(f"newsscan.pipeline.constructions.{module}"), cls)
        assert callable(getattr(owner, method)), c.finder


def test_a_construction_needs_an_example_and_a_unique_name():
    with pytest.raises(ValueError, match="no example"):
        construction("direct.nothing", "direct.Direct.direct", "none", [])
    with pytest.raises(ValueError, match="twice"):
        construction("direct.post_frame", "direct.Direct.direct", "again", [("de", "x", "x", None)])


def test_every_language_lists_registered_constructions_in_registry_order():
    order = list(REGISTRY)
    for code in langdata.available():
        listed = langdata.get(code).constructions
        assert listed and set(listed) <= set(REGISTRY), code
        assert [order.index(n) for n in listed] == sorted(order.index(n) for n in listed), code
    assert "according.nach" in langdata.get("de").constructions
    assert "according.nach" not in langdata.get("en").constructions  # English has no nach words


def _with_list(monkeypatch, code, names):
    """Read ``names`` as ``<code>/constructions.txt``; every other file as shipped."""
    original = langdata._lines
    monkeypatch.setattr(
        langdata,
        "_lines",
        lambda c, f: list(names) if (c, f) == (code, "constructions.txt") else original(c, f),
    )


def test_an_unknown_construction_is_an_error_when_the_data_loads(monkeypatch):
    _with_list(monkeypatch, "de", ["direct.post_frame", "direct.exclaimed"])
    with pytest.raises(ValueError, match="unknown construction 'direct.exclaimed'"):
        langdata._load("de")


def test_a_construction_whose_data_the_language_lacks_is_an_error(monkeypatch):
    _with_list(monkeypatch, "en", ["direct.post_frame", "according.nach"])
    with pytest.raises(ValueError, match="'according.nach' needs attribution:nach"):
        langdata._load("en")


def test_a_missing_list_is_an_error(monkeypatch):
    _with_list(monkeypatch, "fr", [])
    with pytest.raises(ValueError, match="constructions.txt is missing"):
        langdata._load("fr")


def test_a_construction_the_language_leaves_out_never_fires(monkeypatch):
    text = "Die Lage sei ernst und man prüfe alle Möglichkeiten, so der Minister."
    assert "indirect.so_frame" in [q["rule"] for q in _quotes("de", text)]
    shipped = langdata._lines("de", "constructions.txt")
    _with_list(monkeypatch, "de", [n for n in shipped if n != "indirect.so_frame"])
    langdata.get.cache_clear()
    try:
        assert "indirect.so_frame" not in [q["rule"] for q in _quotes("de", text)]
    finally:
        monkeypatch.undo()
        langdata.get.cache_clear()
    assert "indirect.so_frame" in [q["rule"] for q in _quotes("de", text)]
