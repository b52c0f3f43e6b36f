"""The test of a language's ``[subjectless_auxiliaries]`` (``tests/lang/<code>/test_opening_auxiliary.py``
names it): an auxiliary opening a sentence whose subject is not written is never a speaker's
name; the speaker is the subject the sentence continues, or the phrase after the participle."""

import pytest

from newsscan.api import analyze_text


def opening_auxiliary_test(code: str, cases: list):
    """A test over ``cases`` (text, the auxiliary, the expected speaker or None) in ``code``."""

    @pytest.mark.parametrize("text,auxiliary,speaker", cases)
    def test_an_opening_auxiliary_is_no_name(text, auxiliary, speaker):
        a = analyze_text(text, language=code)
        names = [q.actor.name if q.actor else None for q in a.quotes]
        assert names and auxiliary not in names
        assert names[-1] == speaker

    return test_an_opening_auxiliary_is_no_name
