"""German speech nouns with their source and the clause that completes them
(``indirect.noun_complement``): die Forderung der SPD, die Steuern zu senken."""

import pytest

from newsscan import analyze_text
from newsscan.schema import to_dict


def quotes(text: str) -> list[dict]:
    return to_dict(analyze_text(text, language="de"))["quotes"]


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "Der Verein unterstützt die Forderungen von Ärzten der Klinik, den Neubau zu stoppen, nicht.",
            "den Neubau zu stoppen",
            "Ärzten",
        ),
        (
            "Trotz der Warnung des Wetterdienstes, die Küste zu meiden, fuhren viele Urlauber ans Meer.",
            "die Küste zu meiden",
            "Wetterdienstes",
        ),
        (  # a name set off in commas after the attribute belongs to the source
            "Nach der Ankündigung ihres Anwalts, Peter Kranz, in Berufung zu gehen, schwieg die Firma.",
            "in Berufung zu gehen",
            "Peter Kranz",
        ),
        (  # a dass clause ends with its verb, before the main clause resumes
            "Der Vorschlag der Stadträtin Eva Lind, dass die Bäder im Winter schließen, fand keine Mehrheit.",
            "dass die Bäder im Winter schließen",
            "Eva Lind",
        ),
    ],
)
def test_a_speech_noun_with_its_source_frames_the_clause_that_completes_it(text, content, speaker):
    found = [q for q in quotes(text) if q["rule"] == "indirect.noun_complement"]
    assert [q["text"] for q in found] == [content]
    assert speaker in found[0]["speaker_mention"]


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause after the comma
        "Die Forderung der Gewerkschaft, die am Montag bekannt wurde, stieß bei den Arbeitgebern auf Kritik.",
        # a time phrase after the noun is no source
        "Nach der Warnung am Montag, die Straße zu meiden, blieb es im Viertel ruhig.",
        # a verb inside what follows the noun: no attribute
        "Die Forderung kam vom Verband, der Vorstand solle zurücktreten.",
    ],
)
def test_no_noun_complement_without_source_or_completing_clause(text):
    assert [q for q in quotes(text) if q["rule"] == "indirect.noun_complement"] == []
