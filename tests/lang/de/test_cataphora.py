"""A German Konjunktiv statement with no speaker takes the frame at the end of the next
sentence (cataphora) only when it goes on with no report before it and the framed report does
not answer it (invented sentences)."""

from ...conftest import speaker_of


def _speaker_of(text: str, quote_start: str) -> str | None:
    return speaker_of(text, quote_start, "de", at_start=True)


def test_a_claim_is_not_given_to_the_one_who_rebuts_it():
    text = (
        "Es wurde behauptet, die Reform sei gescheitert. Die Kosten seien explodiert. "
        "Das sei falsch, entgegnete Ministerin Anna Roth."
    )
    assert _speaker_of(text, "Die Kosten seien explodiert") is None


def test_a_continuation_of_a_report_takes_no_later_frame():
    text = (
        "Es wurde behauptet, die Reform sei gescheitert. Die Kosten seien explodiert. "
        "Die Renten seien aber gestiegen, berichtete Ministerin Anna Roth."
    )
    assert _speaker_of(text, "Die Kosten seien explodiert") is None


def test_a_framed_report_opening_with_das_answers_the_sentence_before():
    text = (
        "Die Kanzlerin lehnte den Vorschlag des Ministers Max Huber ab, die Aufsicht zu bündeln. "
        "Die geteilte Aufsicht habe sich bewährt. Das sei falsch, entgegnete Sprecherin Eva Brandt."
    )
    assert _speaker_of(text, "Die geteilte Aufsicht habe sich bewährt") is None


def test_a_framed_report_whose_cue_answers_does_not_cover_the_sentence_before():
    text = (
        "Die Kanzlerin lehnte den Vorschlag des Ministers Max Huber ab, die Aufsicht zu bündeln. "
        "Die geteilte Aufsicht habe sich bewährt. Sie sei zu teuer, entgegnete Sprecherin Eva Brandt."
    )
    assert _speaker_of(text, "Die geteilte Aufsicht habe sich bewährt") is None


def test_a_framed_report_covers_the_unframed_sentence_before():
    text = (
        "Die Kanzlerin lehnte den Vorschlag des Ministers Max Huber ab, die Aufsicht zu bündeln. "
        "Die geteilte Aufsicht habe sich bewährt. Sie sei auch gelobt worden, sagte Sprecherin Eva Brandt."
    )
    assert _speaker_of(text, "Die geteilte Aufsicht habe sich bewährt") == "Eva Brandt"
