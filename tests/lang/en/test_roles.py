"""English: a role noun refers back to the actor introduced with that role.

The cases every language shares are in ``roles.py``."""

from ..roles_check import speakers


def test_a_group_is_never_one_named_person():
    text = (
        "Interior Minister Ann Leger said the border would stay open. US officials said the "
        "talks would continue."
    )
    assert speakers(text, "en")[1] != "Ann Leger"
