"""office_titles.txt is checked at load: each line a title of two words or more and offices that
are role nouns of the language."""

import pytest

from newsscan.lang.offices import office_titles


def test_titles_map_to_their_offices():
    assert office_titles("xx", ["head of state = president | king"], ("president", "king")) == {
        "head of state": ("president", "king")
    }


@pytest.mark.parametrize("line", ["head of state president", "chief = president", "head of state = plumber"])
def test_a_bad_line_is_a_load_error(line):
    with pytest.raises(ValueError):
        office_titles("xx", [line], ("president", "chief"))
