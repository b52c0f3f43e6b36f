"""Dutch ``of`` is both a complementiser and ``or``: after an inserted ``aldus`` frame it ends
the frame only when a clause with a verb follows it."""

from newsscan import analyze_text
from newsscan.schema import to_dict


def test_of_between_two_noun_phrases_of_the_source_is_no_part_of_the_report():
    text = "De wachttijd is te lang, aldus een medewerker van het ziekenhuis of de kliniek."
    quotes = to_dict(analyze_text(text, language="nl"))["quotes"]
    assert [(q["rule"], q["text"]) for q in quotes] == [("indirect.so_frame", "De wachttijd is te lang")]


def test_dat_after_the_source_still_opens_the_report():
    text = "Het bezwaar is, aldus de wethouder dat de bussen te laat rijden."
    quotes = to_dict(analyze_text(text, language="nl"))["quotes"]
    assert [q["text"] for q in quotes] == ["dat de bussen te laat rijden"]
