"""The registry's construction examples and counter-examples written in this language."""

import pytest

from ..constructions import check_example, examples

CODE = "fr"


@pytest.mark.parametrize("rule,text,content,speaker", examples(CODE), ids=[e[0] for e in examples(CODE)])
def test_example_fires_its_construction(rule, text, content, speaker):
    check_example(CODE, rule, text, content, speaker)
