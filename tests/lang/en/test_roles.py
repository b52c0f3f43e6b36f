"""English: a role noun refers back to the actor introduced with that role."""

from ..roles_check import actor_kinds, speakers


def test_the_minister_is_the_minister_named_before_not_the_last_person():
    text = (
        "Finance Minister Ann Leger said the budget was balanced. Coach Tom Hollis said the team "
        "was ready. The minister said the vote would come next week."
    )
    assert speakers(text, "en") == ["Ann Leger", "Tom Hollis", "Ann Leger"]


def test_the_minister_with_no_minister_named_is_an_unnamed_actor():
    text = "Tom Hollis said the team was ready. The minister said the vote would come next week."
    assert speakers(text, "en") == ["Tom Hollis", "minister"]
    assert actor_kinds(text, "en")["minister"] == ("unnamed", None)


def test_the_minister_named_later_joins_the_minister():
    text = (
        "The minister said the vote would come next week. Tom Hollis said the team was ready. "
        '"We are ready," said Finance Minister Ann Leger.'
    )
    assert speakers(text, "en") == ["Ann Leger", "Tom Hollis", "Ann Leger"]


def test_a_group_is_never_one_named_person():
    text = (
        "Interior Minister Ann Leger said the border would stay open. US officials said the "
        "talks would continue."
    )
    assert speakers(text, "en")[1] != "Ann Leger"


def test_the_minister_is_not_the_deputy_minister():
    text = (
        'Minister Ann Leger said the budget was balanced. "The talks went well," said Deputy '
        "Minister Tom Hollis. The minister said the vote would come next week."
    )
    assert speakers(text, "en") == ["Ann Leger", "Tom Hollis", "Ann Leger"]
