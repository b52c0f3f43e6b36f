"""A narrated speech act frames the quotation after it, but not when it is the frame of the
quotation before it (a question and its reply are two speakers)."""

from tests.conftest import analyse


def test_the_reply_to_a_question_is_not_pinned_on_the_one_who_asked():
    out = analyse(
        '"Will the bridge open in May?" Dana Pratt asked the engineer. "Not before June, I am afraid."',
        "en",
    )
    reply = [q for q in out["quotes"] if q["text"].startswith("Not before June")]
    assert reply and reply[0]["speaker"] != "Dana Pratt"
