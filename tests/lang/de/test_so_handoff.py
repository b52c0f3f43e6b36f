"""A German ``so`` frame hands on its speaker phrase when the frame is one noun phrase up to
the sentence end; a longer frame leaves the phrase to the speaker strategies."""

import pytest

from newsscan import lang
from newsscan.pipeline import segment, speakers, statements
from newsscan.pipeline.context import Context


@pytest.mark.parametrize(
    "text,handed,speaker",
    [
        ("Die Lage sei ernst, so der Minister.", "der Minister", "der Minister"),
        (
            "Die Lage sei ernst, so ein Sprecher des Ministeriums.",
            "ein Sprecher des Ministeriums",
            "ein Sprecher des Ministeriums",
        ),
        ("Die Lage sei ernst, so der Minister am Montag in Berlin.", None, "der Minister"),
    ],
)
def test_a_so_frame_hands_on_its_speaker_phrase(text, handed, speaker):
    data = lang.get("de")
    ctx = Context(text, segment.sentences(text, data), data)
    (st,) = statements.find(ctx)
    assert st.rule == "indirect.so_frame"
    assert (text[slice(*st.speaker_span)] if st.speaker_span else None) == handed
    assert speakers.attribute(ctx, (st,))[0].mention.text == speaker
