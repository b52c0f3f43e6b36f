"""Dutch reports after a fixed cue phrase (invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,content",
    [
        (
            "Zijn advocaat laat weten dat zijn cliënt in hoger beroep gaat.",
            "dat zijn cliënt in hoger beroep gaat",
        ),
        ("De gemeente liet weten dat de brug maandag dicht is.", "dat de brug maandag dicht is"),
        ("De club maakte bekend dat de trainer vertrekt.", "dat de trainer vertrekt"),
        # a time word inside the phrase (liet dinsdag weten): still one cue, the report after it
        ("De gemeente liet dinsdag weten dat de brug dicht is.", "dat de brug dicht is"),
        (
            "De wethouder liet gisteren weten de subsidie te willen verhogen.",
            "de subsidie te willen verhogen",
        ),
        ("De club maakte woensdag bekend dat de trainer vertrekt.", "dat de trainer vertrekt"),
    ],
)
def test_report_after_cue_phrase(text, content):
    """The second word of the phrase is part of the cue, not of the report."""
    quotes = analyze_text(text, language="nl").quotes
    assert [(q.statement.text, len(q.statement.cue.split())) for q in quotes] == [(content, 2)]


@pytest.mark.parametrize(
    "text,source,content",
    [
        # zijn after the source is the verb of the inverted clause, not a possessive
        (
            "Volgens het ANP zijn boeren woedend over de plannen.",
            "ANP",
            "zijn boeren woedend over de plannen",
        ),
        ("Volgens minister Jansen zijn de plannen klaar.", "Jansen", "zijn de plannen klaar"),
        # a possessive right after volgens stays in the source
        ("Volgens zijn advocaat is de zaak rond.", None, "is de zaak rond"),
    ],
)
def test_verb_after_according_source(text, source, content):
    (q,) = analyze_text(text, language="nl").quotes
    assert q.statement.text == content
    if source:
        assert q.actor is not None and q.actor.name == source


@pytest.mark.parametrize(
    "text,name,role",
    [
        # a capitalised particle after the role opens the surname; van after it opens the domain
        (
            "Minister De Boer van Volksgezondheid zei dat de maatregelen blijven.",
            "De Boer",
            "Minister van Volksgezondheid",
        ),
        (
            '"Dit klopt niet", zei minister Van der Berg van Landbouw.',
            "Van der Berg",
            "minister van Landbouw",
        ),
        ('"Dit klopt niet", zei minister Karin van der Berg.', "Karin van der Berg", "minister"),
    ],
)
def test_role_particle_name_then_domain(text, name, role):
    (q,) = analyze_text(text, language="nl").quotes
    assert q.actor is not None and (q.actor.name, q.actor.role) == (name, role)
