"""en: an apposed name whose surname spells a role (King) is the speaker's name, after a given
name (invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("The chair of the residents' group, Paul King, said that the park would stay open.", "Paul King"),
        ("The head of the choir, Ruth Minister, said that rehearsals would resume in May.", "Ruth Minister"),
    ],
)
def test_an_apposed_surname_spelling_a_role(text, speaker):
    assert [q.actor.name for q in analyze_text(text, language="en").quotes] == [speaker]
