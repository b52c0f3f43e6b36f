"""The speaker phrase a construction read is handed to the speaker stage, which uses its own
strategies only where the construction read none."""

from dataclasses import replace

from newsscan import lang
from newsscan.pipeline import segment, speakers, statements
from newsscan.pipeline.context import Context

TEXT = '"We will win the game tomorrow," the coach said. The club agreed.'


def _ctx(text: str = TEXT, code: str = "en") -> Context:
    data = lang.get(code)
    return Context(text, segment.sentences(text, data), data)


def test_a_post_frame_hands_on_the_subject_it_read_before_the_cue():
    ctx = _ctx()
    (st,) = statements.find(ctx)
    assert st.rule == "direct.post_frame" and TEXT[slice(*st.speaker_span)] == "the coach"
    (attributed,) = speakers.attribute(ctx, (st,))
    assert attributed.mention.text == "the coach"


def test_the_speaker_stage_reads_the_handed_phrase_not_its_own():
    text = '"We will win the game tomorrow," the coach told the players.'
    ctx = _ctx(text)
    (st,) = statements.find(ctx)
    players = text.index("the players")
    handed = replace(st, speaker_span=(players, players + len("the players")))
    assert speakers.attribute(ctx, (handed,))[0].mention.text == "the players"
    assert speakers.attribute(ctx, (st,))[0].mention.text == "the coach"


def test_without_a_handed_phrase_the_strategies_find_the_speaker():
    ctx = _ctx("Der Trainer sagte, man werde morgen gewinnen.", "de")
    (st,) = statements.find(ctx)
    assert st.speaker_span is None
    (attributed,) = speakers.attribute(ctx, (st,))
    assert attributed.mention.text == "Der Trainer"


def test_a_report_before_its_cue_hands_on_the_subject_between_comma_and_cue():
    text = "The bridge will reopen in May after the repairs, the city's transport chief said."
    ctx = _ctx(text)
    (st,) = statements.find(ctx)
    assert st.rule == "indirect.report_then_cue"
    assert text[slice(*st.speaker_span)] == "the city's transport chief"
    assert speakers.attribute(ctx, (st,))[0].mention.text == "the city's transport chief"
