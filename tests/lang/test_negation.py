"""Negated reports in every language, from the case tables in ``tests/lang/<code>/negation.py``:
the negation stays in the cue and the statement is marked negated; a negation outside the cue
(in the report, in the subject, ``not only``) leaves it affirmative; a refusal with no content
clause is no statement."""

from importlib import import_module

import pytest

from newsscan import lang as langdata

from .negation_cases import check_affirmative, check_negated, check_none


def _cases(table: str) -> list:
    return [
        pytest.param(code, *(case if isinstance(case, tuple) else (case,)), id=f"{code}-{n}")
        for code in langdata.available()
        for n, case in enumerate(getattr(import_module(f"tests.lang.{code}.negation"), table))
    ]


def test_every_shipped_language_has_negation_cases():
    for code in langdata.available():
        assert import_module(f"tests.lang.{code}.negation").NEGATED, code


@pytest.mark.parametrize("code,text,cue,speaker", _cases("NEGATED"))
def test_negated_cue_keeps_its_negation(code, text, cue, speaker):
    check_negated(code, text, cue, speaker)


@pytest.mark.parametrize("code,text,cue", _cases("AFFIRMATIVE"))
def test_a_negation_outside_the_cue_leaves_it_affirmative(code, text, cue):
    check_affirmative(code, text, cue)


@pytest.mark.parametrize("code,text", _cases("NO_STATEMENT"))
def test_a_refusal_with_no_content_clause_is_no_statement(code, text):
    check_none(code, text)
