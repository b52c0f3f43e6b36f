"""office_titles.txt is checked at load: each line a title of two words or more and offices that
are role nouns of the language."""

import pytest

from newsscan.lang.offices import office_titles


def test_titles_map_to_their_offices():
    assert office_titles("xx", ["head of state = president | king"], ("president", "king")) == {
        "head of state": ("president", "king")
    }


@pytest.mark.parametrize("line", ["head of state president", "boss = president", "head of state = plumber"])
def test_a_bad_line_is_a_load_error(line):
    with pytest.raises(ValueError):
        office_titles("xx", [line], ("president", "chief"))


def test_a_role_noun_of_one_word_may_stand_for_another_office():
    """``legale = avvocato``: a role noun the writer varies for one office (one word that is no
    role noun, ``boss = president`` above, stays an error)."""
    assert office_titles("xx", ["chief = president"], ("president", "chief")) == {"chief": ("president",)}
