"""The registry's construction examples and counter-examples written in this language."""

import pytest

from ..constructions import check_counter, check_example, counters, examples

CODE = "pt"


@pytest.mark.parametrize("rule,text,content,speaker", examples(CODE), ids=[e[0] for e in examples(CODE)])
def test_example_fires_its_construction(rule, text, content, speaker):
    check_example(CODE, rule, text, content, speaker)


@pytest.mark.parametrize("rule,text", counters(CODE), ids=[e[0] for e in counters(CODE)])
def test_counter_example_does_not_fire_it(rule, text):
    check_counter(CODE, rule, text)
