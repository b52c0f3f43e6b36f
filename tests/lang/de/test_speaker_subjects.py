"""German speakers: the subject of the cue's clause (invented sentences)."""

from newsscan.api import analyze_text


def _mention(text: str) -> str | None:
    a = analyze_text(text, language="de")
    assert a.quotes, text
    m = a.quotes[0].statement.mention
    return m.text if m is not None else None


def test_medium_subject_with_an_abstract_object_speaks():
    """Der Sender …, begründete die Einblendungen damit, dass …: the abstract object after the
    cue says nothing, so the medium before it is the subject."""
    text = (
        "Der Sender, der für die Übertragung verantwortlich ist, begründete die Einblendungen "
        "damit, dass geschützte Grafiken genutzt würden."
    )
    assert _mention(text) == "Der Sender"


def test_medium_before_the_cue_is_no_subject_when_a_person_follows():
    """Der Zeitung sagte der Minister, …: the phrase after the cue speaks."""
    assert _mention("Der Zeitung sagte der Minister, die Reform komme im Herbst.") == "der Minister"
