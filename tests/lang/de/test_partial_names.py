"""A quotation that is the name a naming verb gives is no partial quote; a verdict is."""

import pytest

from newsscan import analyze_text
from newsscan.schema import to_dict


def partial(text: str) -> list[str]:
    return [
        q["text"]
        for q in to_dict(analyze_text(text, language="de"))["quotes"]
        if q["rule"] == "mixed.partial_quote"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Im Sommer findet die Messe wieder statt, dann nennt sie sich „neue Messe der Stadt“.",
        "Die Firma teilt ihre Aktien. Dies nennt man einen „geteilten Wert“ an der Börse.",
        "Von seinen Freunden stets „der Lange“ genannt, galt er als mächtigster Trainer im Land.",
    ],
)
def test_a_name_given_with_sich_man_or_a_bare_participle_is_no_partial_quote(text):
    assert partial(text) == []


@pytest.mark.parametrize(
    "text,content",
    [
        ("Die Ministerin nannte den Plan am Montag „völlig verfehlt“.", "völlig verfehlt"),
        ("Die Ministerin hat sich informiert und sprach von einer „schweren Krise“.", "schweren Krise"),
        ("Als „großen Erfolg“ bezeichnet die Forscherin den Fund in der Höhle.", "großen Erfolg"),
    ],
)
def test_a_verdict_with_its_speaker_stays_a_partial_quote(text, content):
    assert partial(text) == [content]
