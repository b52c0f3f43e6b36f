"""Shared check for the negation tests of each language (tests/lang/<code>/test_negation.py)."""

from newsscan import analyze_text


def statement(lang: str, text: str) -> dict:
    """The one statement newsscan finds in ``text`` (as its JSON form), asserting there is one."""
    from newsscan.schema import to_dict

    quotes = to_dict(analyze_text(text, language=lang))["quotes"]
    assert len(quotes) == 1, quotes
    return quotes[0]


def check_negated(lang: str, text: str, cue: str, speaker: str) -> None:
    q = statement(lang, text)
    assert (q["cue"], q["negated"], q["speaker"]) == (cue, True, speaker)


def check_affirmative(lang: str, text: str, cue: str) -> None:
    q = statement(lang, text)
    assert (q["cue"], q["negated"]) == (cue, False)


def check_none(lang: str, text: str) -> None:
    from newsscan.schema import to_dict

    assert to_dict(analyze_text(text, language=lang))["quotes"] == []
