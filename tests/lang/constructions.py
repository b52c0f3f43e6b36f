"""The registry's construction examples and counter-examples of one language, which
``tests/lang/<code>/test_constructions.py`` runs (the examples stay next to their construction
in ``newsscan/pipeline/constructions/registry.py``); ``language_tests`` makes that folder's two tests."""

from __future__ import annotations

import pytest

from newsscan import analyze_text, to_dict
from newsscan.model import Options
from newsscan.pipeline.constructions.registry import REGISTRY


def examples(code: str) -> list[tuple]:
    """(rule, text, content, speaker) of every example written in ``code``."""
    return [(c.name, *e[1:]) for c in REGISTRY.values() for e in c.examples if e[0] == code]


def counters(code: str) -> list[tuple]:
    """(rule, text) of every counter-example written in ``code``."""
    return [(c.name, e[1]) for c in REGISTRY.values() for e in c.counter if e[0] == code]


def quotes(code: str, text: str) -> list[dict]:
    return to_dict(analyze_text(text, Options(language=code)))["quotes"]


def check_example(code: str, rule: str, text: str, content: str, speaker: str | None) -> None:
    """The example yields a statement of ``rule`` with ``content`` and, unless None, ``speaker``."""
    found = [(q["text"], q["speaker"]) for q in quotes(code, text) if q["rule"] == rule]
    assert found, [(q["rule"], q["text"]) for q in quotes(code, text)]
    texts = [t for t, _ in found]
    assert content in texts, texts
    if speaker is not None:
        got = dict(found)[content]
        assert got is not None and speaker in got, got


def check_counter(code: str, rule: str, text: str) -> None:
    """The counter-example does not fire ``rule``."""
    assert rule not in [q["rule"] for q in quotes(code, text)]


def language_tests(code: str) -> tuple:
    """The two tests of a language's folder: every example of ``code`` fires its construction,
    every counter-example does not (``tests/lang/<code>/test_constructions.py`` names them)."""
    found, counter = examples(code), counters(code)

    @pytest.mark.parametrize("rule,text,content,speaker", found, ids=[e[0] for e in found])
    def test_example_fires_its_construction(rule, text, content, speaker):
        check_example(code, rule, text, content, speaker)

    @pytest.mark.parametrize("rule,text", counter, ids=[e[0] for e in counter])
    def test_counter_example_does_not_fire_it(rule, text):
        check_counter(code, rule, text)

    return test_example_fires_its_construction, test_counter_example_does_not_fire_it
