"""A Spanish dialogue turn hands on the speaker phrase of its frame when the frame is only the
cue and one noun phrase up to the closing dash."""

import pytest

from newsscan import lang
from newsscan.pipeline import segment, speakers, statements
from newsscan.pipeline.context import Context


def _find(text):
    data = lang.get("es")
    ctx = Context(text, segment.sentences(text, data), data)
    return ctx, statements.find(ctx)


@pytest.mark.parametrize(
    "text,handed",
    [
        ("—No cederemos —dijo el ministro—. Lo repetiremos mañana.", "el ministro"),
        ("—Vamos —dijo la ministra Ana García—.", "la ministra Ana García"),
        ("—No cederemos —dijo ayer el ministro de Economía—.", None),  # more than a noun phrase
        ("—Ya veremos —añadió—.", None),  # no phrase after the cue
    ],
)
def test_a_dash_frame_hands_on_its_speaker_phrase(text, handed):
    ctx, (st,) = _find(text)
    assert st.rule == "direct.dialogue_dash"
    assert (text[slice(*st.speaker_span)] if st.speaker_span else None) == handed
    (attributed,) = speakers.attribute(ctx, (st,))
    if handed:
        assert attributed.mention.text == handed
