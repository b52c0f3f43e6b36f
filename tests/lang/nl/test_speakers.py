"""Dutch speaker phrases: names with particles before a role's domain, the pronoun after the
verb in a frame after a quotation (invented sentences)."""

import pytest

from newsscan.api import analyze_text


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(actor name, actor role) of each statement found in ``text``."""
    a = analyze_text(text, language="nl")
    return [(q.actor.name, q.actor.role) if q.actor else (None, None) for q in a.quotes]


SPEAKERS = [
    # a name has one run of particles; the second van opens the role's domain
    (
        "Minister Pieter van den Broek van Onderwijs en Cultuur zei woensdag dat de scholen openblijven.",
        ("Pieter van den Broek", "Minister van Onderwijs en Cultuur"),
    ),
    (
        "Wethouder Anne de Vries van Wonen zei dat er meer huizen komen.",
        ("Anne de Vries", "Wethouder van Wonen"),
    ),
]


@pytest.mark.parametrize("text,expected", SPEAKERS)
def test_speaker(text, expected):
    assert _speakers(text)[0] == expected


def test_pronoun_after_the_verb_after_a_quotation():
    """ "…", zei ze in de Kamer: ze is the speaker, not the subject of a report after the verb."""
    found = _speakers(
        "Wethouder Anne de Vries van Wonen zei dat er meer huizen komen. "
        '"Het duurt te lang", zei ze in de gemeenteraad.'
    )
    assert found[1] == ("Anne de Vries", "Wethouder van Wonen")


def test_person_introduced_after_a_verb_is_the_antecedent_of_the_surname():
    """Dat maakte wethouder X van Y donderdag bekend: the role and name after the verb introduce X
    (the weekday is no part of the role); the surname later is that person."""
    found = _speakers(
        'Dat maakte wethouder Sanne de Wit van Sport donderdag bekend. "Het zwembad gaat open", zei De Wit.'
    )
    assert found[0] == ("Sanne de Wit", "wethouder van Sport")


def test_subject_after_a_fronted_time_phrase():
    """Verb second: after a time phrase in first place the subject follows the verb."""
    a = analyze_text("Maandag zei de minister dat de situatie ernstig is.", language="nl")
    assert a.quotes and a.quotes[0].statement.mention is not None
    assert a.quotes[0].statement.mention.text == "de minister"
