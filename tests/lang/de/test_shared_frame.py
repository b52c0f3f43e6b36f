"""German annotates the quotation after a framed one as a message of its own that shares the
frame (``„A“, sagte X. „B“``), and a quotation over paragraphs as one message."""

from ...conftest import analyse


def test_the_second_quotation_shares_the_frame():
    text = "„Wir haben alles versucht“, sagte die Trainerin Anna Berger. „Es hat am Ende nicht gereicht.“"
    quotes = analyse(text, language="de")["quotes"]
    assert [(q["text"], q["rule"], q["cue"], q["speaker"]) for q in quotes] == [
        ("Wir haben alles versucht", "direct.post_frame", "sagte", "Anna Berger"),
        ("Es hat am Ende nicht gereicht", "direct.shared_frame", "sagte", "Anna Berger"),
    ]


def test_no_shared_frame_across_a_narrated_sentence():
    text = "„Wir haben alles versucht“, sagte die Trainerin. Dann ging sie. „Es hat am Ende nicht gereicht.“"
    assert "direct.shared_frame" not in [q["rule"] for q in analyse(text, language="de")["quotes"]]


def test_a_quotation_over_paragraphs_stays_one_statement():
    text = "Die Trainerin sagte: „Wir haben alles versucht.\n\n„Es hat am Ende nicht gereicht.“"
    (q,) = analyse(text, language="de")["quotes"]
    assert len(q["spans"]) == 2
