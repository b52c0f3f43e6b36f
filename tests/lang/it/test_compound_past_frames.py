"""A frame in the compound past after a quotation, its verb in no list: the perfect auxiliary,
then a participle with one of the language's participle endings, then the speaker
(``grammar.txt`` [perfect_auxiliaries], [participle_endings]; invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,speaker,cue",
    [
        (
            '"Siamo di fronte a una manovra", ha esclamato la leader, Chiara Rinaldi, durante un incontro.',
            "Chiara Rinaldi",
            "esclamato",
        ),
        ('"I tempi sono aumentati", ha protestato Elisa Fabbri.', "Elisa Fabbri", "protestato"),
        # the essere auxiliary, with a reflexive pronoun too, and a participle that agrees
        ("«Basta così», è sbottato il sindaco.", "sindaco", "sbottato"),
        ("«Non ci sto», si è sfogato il sindaco Paolo Neri.", "Paolo Neri", "sfogato"),
        ("«È finita», era sbottata la ministra Anna Riva.", "Anna Riva", "sbottata"),
    ],
)
def test_a_compound_past_frame_after_a_quote(text, speaker, cue):
    a = analyze_text(text, language="it")
    assert [(q.actor.name if q.actor else None, q.statement.cue) for q in a.quotes] == [(speaker, cue)]


@pytest.mark.parametrize("text", ['"Basta", ha firmato un accordo.', '"Basta", hanno gridato in coro.'])
def test_no_frame_without_a_speaker_after_the_participle(text):
    assert not analyze_text(text, language="it").quotes


@pytest.mark.parametrize(
    "text",
    [
        "«Basta così», è arrivato il sindaco.",
        "«Basta così», è stato il commento del sindaco.",
        "«Basta», sono arrivati i sindacati.",
        "«Basta», è diventata la parola d'ordine della protesta.",
    ],
)
def test_a_participle_of_motion_or_state_after_essere_frames_nothing(text):
    assert not analyze_text(text, language="it").quotes


def test_a_passive_after_essere_names_no_speaker():
    assert [q.actor for q in analyze_text("«Basta così», è stato detto.", language="it").quotes] == [None]
