"""A quotation over paragraphs framed after its last paragraph belongs to the frame's speaker;
an interrupted quotation keeps the report of its frame sentence."""

from newsscan import api


def _quotes(text):
    return [
        (q.statement.text, q.actor.name if q.actor else None)
        for q in api.analyze_text(text, language="en").quotes
    ]


def test_earlier_paragraphs_take_the_frame_after_the_last():
    text = (
        "Ann Hale, the mayor, said the harbour would reopen.\n\n"
        '"We will keep the boats in the water whatever comes.\n\n'
        '"We rebuilt every pier after the storm.\n\n'
        '"And we will do it again," said Tom Reed, the harbour master.'
    )
    found = dict(_quotes(text))
    assert found["We will keep the boats in the water whatever comes"] == "Tom Reed"
    assert found["We rebuilt every pier after the storm"] == "Tom Reed"
    assert found["the harbour would reopen"] == "Ann Hale"


def test_a_quotation_in_the_paragraph_before_keeps_the_continuation():
    text = (
        '"The harbour will reopen," Ann Hale said.\n\n'
        '"We will keep the boats in the water whatever comes.\n\n'
        '"And we will do it again," said Tom Reed, the harbour master.'
    )
    found = dict(_quotes(text))
    assert found["We will keep the boats in the water whatever comes"] != "Tom Reed"


def test_interrupted_quote_keeps_the_report_of_its_frame():
    text = (
        '"We tried everything we could," Dana Pratt told reporters, adding that the talks had collapsed. '
        '"It failed in the end."'
    )
    texts = [t for t, _ in _quotes(text)]
    assert "the talks had collapsed" in texts
    assert "We tried everything we could It failed in the end" in texts
