"""Role nouns in every language, from the case tables in ``tests/lang/<code>/roles.py``: a role
noun with no name refers back to the actor introduced with that role (not to the last person
named, not to another rank of the office), else it is a new unnamed actor."""

from importlib import import_module

import pytest

from newsscan import lang as langdata

from .roles_check import actor_kinds, speakers


def _cases(table: str) -> list:
    return [
        pytest.param(code, *case[1:], id=f"{code}-{case[0]}")
        for code in langdata.available()
        for case in getattr(import_module(f"tests.lang.{code}.roles"), table)
    ]


def test_every_shipped_language_has_role_cases():
    for code in langdata.available():
        tables = import_module(f"tests.lang.{code}.roles")
        assert tables.REFERS_BACK and tables.UNNAMED, code


@pytest.mark.parametrize("code,text,expected", _cases("REFERS_BACK"))
def test_a_role_noun_refers_back_to_the_actor_with_that_role(code, text, expected):
    assert speakers(text, code) == expected


@pytest.mark.parametrize("code,text,expected,role,kind_gender", _cases("UNNAMED"))
def test_a_role_noun_with_no_such_actor_is_a_new_unnamed_actor(code, text, expected, role, kind_gender):
    assert speakers(text, code) == expected
    assert actor_kinds(text, code)[role] == kind_gender
