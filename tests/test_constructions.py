"""One registry test: every construction's examples yield a statement of its rule with the
expected content and speaker, and its counter-examples do not fire it."""

import importlib

import pytest

from newsscan import analyze_text, to_dict
from newsscan.model import Options
from newsscan.pipeline.constructions.registry import REGISTRY, construction
from newsscan.schema import RULES

EXAMPLES = [(c.name, *e) for c in REGISTRY.values() for e in c.examples]
COUNTERS = [(c.name, *e) for c in REGISTRY.values() for e in c.counter]


def _quotes(language: str, text: str) -> list[dict]:
    return to_dict(analyze_text(text, Options(language=language)))["quotes"]


@pytest.mark.parametrize(
    "rule,language,text,content,speaker", EXAMPLES, ids=[f"{e[0]}:{e[1]}:{n}" for n, e in enumerate(EXAMPLES)]
)
def test_example_fires_its_construction(rule, language, text, content, speaker):
    found = [(q["text"], q["speaker"]) for q in _quotes(language, text) if q["rule"] == rule]
    assert found, [(q["rule"], q["text"]) for q in _quotes(language, text)]
    texts = [t for t, _ in found]
    assert content in texts, texts
    if speaker is not None:
        got = dict(found)[content]
        assert got is not None and speaker in got, got


@pytest.mark.parametrize(
    "rule,language,text", COUNTERS, ids=[f"{c[0]}:{c[1]}:{n}" for n, c in enumerate(COUNTERS)]
)
def test_counter_example_does_not_fire_it(rule, language, text):
    assert rule not in [q["rule"] for q in _quotes(language, text)]


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
