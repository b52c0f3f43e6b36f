"""An organisation and its acronym are one actor (invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "code,text,name",
    [
        (
            "en",
            "The World Health Organization said the risk was low. Later the WHO said it would send experts.",
            "World Health Organization",
        ),
        (
            "en",
            "The Chinese Center for Disease Control and Prevention said the risk was low. "
            "The Chinese CDC said it would send experts.",
            "Chinese Center for Disease Control and Prevention",
        ),
        (  # an acronym defined in parentheses, for a name whose initials do not spell it
            "de",
            "Die Weltgesundheitsorganisation (WHO) teilte mit, das Risiko sei gering. "
            "Laut WHO schickt sie nun Experten.",
            "Weltgesundheitsorganisation",
        ),
    ],
)
def test_an_acronym_names_the_organisation_named_before(code, text, name):
    a = analyze_text(text, language=code)
    assert [q.actor.name for q in a.quotes if q.actor] == [name, name]
    assert [x.name for x in a.actors if x.kind == "organisation"] == [name]


def test_an_acronym_needs_the_other_words_of_its_mention():
    text = (
        "The Chinese Center for Disease Control said the risk was low. "
        "The Korean CDC said it would send experts."
    )
    a = analyze_text(text, language="en")
    assert len([x for x in a.actors if x.kind == "organisation"]) == 2


def test_two_letters_name_only_a_two_word_organisation():
    text = '"Rates rise," the European Central Bank said. "We agree," the EC said.'
    a = analyze_text(text, language="en")
    assert [x.name for x in a.actors if x.kind == "organisation"] == ["European Central Bank", "EC"]
