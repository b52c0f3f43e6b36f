"""The two tests of a language's directive infinitives (``tests/lang/<code>/test_directive_infinitive.py``
names them): a @directive verb or a ``[directive_phrases]`` cue reports its infinitive with
its speaker, and a sentence with no infinitive after the cue reports nothing."""

import pytest

from newsscan.api import analyze_text


def directive_tests(code: str, reports: list, non_reports: list) -> tuple:
    """Tests over ``reports`` (text, content, speaker) and ``non_reports`` (text) in ``code``."""

    @pytest.mark.parametrize("text,content,speaker", reports)
    def test_a_directive_reports_its_infinitive(text, content, speaker):
        a = analyze_text(text, language=code)
        assert (content, speaker) in [(q.statement.text, q.actor.name if q.actor else None) for q in a.quotes]

    @pytest.mark.parametrize("text", non_reports)
    def test_no_report_without_an_infinitive(text):
        assert not analyze_text(text, language=code).quotes

    return test_a_directive_reports_its_infinitive, test_no_report_without_an_infinitive
