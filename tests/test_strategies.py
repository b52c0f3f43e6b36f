"""Grammar strategies (newsscan/lang/strategies.py) and language hooks (newsscan/lang/rules.py):
language data says which steps of the shared stages apply; shared code never asks which
language it reads."""

import pathlib
import re

import pytest

from newsscan import lang as langdata
from newsscan.lang.rules import RULES as DEFAULT_RULES
from newsscan.lang.strategies import GENERIC, STRATEGIES

ENGINE = pathlib.Path(langdata.__file__).resolve().parents[1]
_USES = re.compile(r"""\.uses\(\s*["']([\w.]+)["']""")


def _engine_sources():
    for folder in ("pipeline", "lang"):
        yield from sorted((ENGINE / folder).rglob("*.py"))


def test_every_strategy_the_code_asks_for_is_registered_and_listed_by_some_language():
    asked = {name for path in _engine_sources() for name in _USES.findall(path.read_text(encoding="utf-8"))}
    assert asked, "no strategy found: the pattern no longer matches the code"
    assert asked <= set(STRATEGIES), asked - set(STRATEGIES)
    listed = set().union(*(langdata.get(code).strategies for code in langdata.available()))
    assert set(STRATEGIES) == asked and set(STRATEGIES) <= listed


def test_shared_code_has_no_language_flags_or_codes():
    for path in _engine_sources():
        text = path.read_text(encoding="utf-8")
        assert "capitalised_nouns" not in text and "comma_before_report" not in text, path
        assert not re.search(r"lang\.code\s*==|\.code in \(", text), path


def test_the_generic_data_uses_the_lowercase_noun_strategies_only():
    generic = langdata.get("xx")
    assert generic.strategies == frozenset(GENERIC) and generic.rules is DEFAULT_RULES
    assert not generic.uses("report.no_comma") and not generic.uses("np.genitive_source")


@pytest.mark.parametrize("code", ["en", "es", "fr", "it", "nl", "pt"])
def test_languages_with_lowercase_nouns_and_the_subject_before_the_cue(code):
    data = langdata.get(code)
    assert (
        data.uses("np.common_noun") and data.uses("frame.subject_before_cue") and data.uses("report.no_comma")
    )
    assert not data.uses("np.genitive_source")


def test_german_capitalises_nouns_and_sets_a_comma_before_the_report():
    data = langdata.get("de")
    assert data.uses("np.genitive_source") and data.uses("report.perfect_frame")
    assert not data.uses("np.common_noun") and not data.uses("report.no_comma")


def test_an_unknown_strategy_is_an_error_when_the_data_loads(monkeypatch):
    original = langdata._lines
    monkeypatch.setattr(
        langdata,
        "_lines",
        lambda c, f: (
            ["np.common_noun", "np.lowercase"] if (c, f) == ("en", "strategies.txt") else original(c, f)
        ),
    )
    with pytest.raises(ValueError, match="unknown strategy 'np.lowercase'"):
        langdata._load("en")


def test_a_strategy_a_language_leaves_out_does_not_apply(monkeypatch):
    """``report.no_comma``: English reads a report right after its cue; without the strategy
    it would wait for a comma, as German does."""
    from .conftest import analyse

    text = "The minister said the plan had failed after three years."
    assert [q["type"] for q in analyse(text, language="en")["quotes"]] == ["indirect"]
    original = langdata._lines
    shipped = original("en", "strategies.txt")
    monkeypatch.setattr(
        langdata,
        "_lines",
        lambda c, f: (
            [n for n in shipped if n != "report.no_comma"]
            if (c, f) == ("en", "strategies.txt")
            else original(c, f)
        ),
    )
    langdata.get.cache_clear()
    try:
        assert analyse(text, language="en")["quotes"] == []
    finally:
        monkeypatch.undo()
        langdata.get.cache_clear()


def test_default_hooks():
    assert DEFAULT_RULES.inverted_pronoun("a-t-il") is None
    assert DEFAULT_RULES.infinitive_clause("den Vertrag zu kündigen") is False
    assert langdata.get("de").rules.infinitive_clause("den Vertrag zu kündigen") is True
