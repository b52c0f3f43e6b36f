"""Actors across languages: the edit distance that joins a surname and its typo. The actor and
agency behaviour of each language is tested in tests/lang/<code>/test_actors_agencies.py."""

import pytest

from newsscan.pipeline.actors import edit_distance_at_most_one


@pytest.mark.parametrize(
    "a,b,ok",
    [
        ("lawrow", "lawow", True),
        ("meier", "meyer", True),
        ("schmidt", "schmid", True),
        ("müller", "möller", True),
        ("schulz", "scholz", True),
        ("weber", "becker", False),
        ("abc", "abcde", False),
    ],
)
def test_edit_distance(a, b, ok):
    assert edit_distance_at_most_one(a, b) is ok
