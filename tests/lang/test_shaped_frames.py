"""A frame verb no list holds, known by the frame's shape (a quotation, a comma, a past form
of the language, a name, the sentence end), in every language with such forms (invented
sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "code,text,speaker,cue",
    [
        ("en", '"This is madness," quipped the coach.', "coach", "quipped"),
        ("pt", "«É uma vergonha», reagiu João Silva.", "João Silva", "reagiu"),
        ("es", "«Es una vergüenza», protestó Pedro Gómez.", "Pedro Gómez", "protestó"),
        ("it", "«È una vergogna», protestò Mario Rossi.", "Mario Rossi", "protestò"),
    ],
)
def test_an_unlisted_past_form_in_a_clear_frame_is_a_cue(code, text, speaker, cue):
    a = analyze_text(text, language=code)
    assert [(q.actor.name if q.actor else None, q.statement.cue) for q in a.quotes] == [(speaker, cue)]
