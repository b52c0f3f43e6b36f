"""German speakers with a short tag in parentheses after their name (a party, an acronym):
the tag belongs to the noun phrase and what follows it still does (invented sentences)."""

import pytest

from newsscan.api import analyze_text


def _speaker(text: str) -> tuple[str | None, str | None]:
    a = analyze_text(text, language="de")
    assert a.quotes, text
    st = a.quotes[0].statement
    return (st.mention.text if st.mention else None), a.quotes[0].actor and a.quotes[0].actor.name


@pytest.mark.parametrize(
    "text, mention, speaker",
    [
        (  # the inverted subject after the auxiliary (np.forward._past_tag, prefield._same_clause)
            "Gestern hat Staatssekretärin Lea Sommer (Grüne) gefordert, die Tankstellen "
            "stärker zu kontrollieren.",
            "Staatssekretärin Lea Sommer (Grüne)",
            "Lea Sommer",
        ),
        (  # a genitive after the tag
            "Im Vorfeld hatte das Organisationskomitee (OK) der Meisterschaft betont, dass die "
            "Karten personalisiert seien.",
            "das Organisationskomitee (OK) der Meisterschaft",
            "Organisationskomitee der Meisterschaft",
        ),
        (  # the place of an institution after the tag (np.base.locative_tail)
            "Die Gesundheitsbehörde (GB) in Genf hält es für unwahrscheinlich, dass man sich "
            "beim Essen ansteckt.",
            "Die Gesundheitsbehörde (GB) in Genf",
            "Gesundheitsbehörde",
        ),
        (  # the sentence subject before a speech noun
            "Die Vereinigung für Anlegerschutz (VfA) ist der Ansicht, dass das Gesetz den Aktionären schade.",
            "Die Vereinigung für Anlegerschutz (VfA)",
            "Vereinigung für Anlegerschutz",
        ),
        (  # an apposed name with its tag (np.appositions._apposition_kind)
            "Die Ministerin wies das zurück, die Sprecherin der Fraktion, Sandra Kolb (SPD), "
            "erklärte: „Diese Debatte schadet allen.“",
            "die Sprecherin der Fraktion, Sandra Kolb (SPD)",
            "Sandra Kolb",
        ),
    ],
)
def test_a_tag_in_parentheses_stays_in_the_speaker_phrase(text, mention, speaker):
    assert _speaker(text) == (mention, speaker)


def test_a_tag_after_a_place_keeps_the_institution_as_the_name():
    """Das Gericht in Manhattan (New York): the place and its tag are no part of the name."""
    text = "Ein zuständiges Gericht in Lyon (Frankreich) entschied, dass sie in Gewahrsam bleibe."
    assert _speaker(text)[1] == "Gericht"


def test_a_clause_in_parentheses_is_no_tag():
    """(die seit Mai im Amt ist): lowercase words make a clause, which no phrase runs past."""
    text = (
        "Gestern hat Staatssekretärin Lea Sommer (die seit Mai im Amt ist) gefordert, die "
        "Tankstellen stärker zu kontrollieren."
    )
    assert _speaker(text)[1] != "Lea Sommer"
