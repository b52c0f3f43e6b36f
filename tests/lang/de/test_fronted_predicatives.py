"""German speakers after a fronted adjective or participle: ``Abschließend sagte der Minister``
holds the subject after the verb, and the opener is never the speaker (invented sentences)."""

import pytest

from newsscan.api import analyze_text


def _mention(text: str) -> str | None:
    a = analyze_text(text, language="de")
    assert a.quotes, text
    m = a.quotes[0].statement.mention
    return m.text if m is not None else None


@pytest.mark.parametrize(
    "text, mention",
    [
        ("Abschließend sagte der Minister, die Reform komme im Herbst.", "der Minister"),
        ("Ergänzend erklärte die Polizei, der Mann sei geflohen.", "die Polizei"),
        ("Relativierend fügte Weber hinzu: „Das gilt nicht für alle Fälle.“", "Weber"),
        ("Enttäuscht äußerte sich die Trainerin, die Mannschaft habe zu wenig gewagt.", "die Trainerin"),
    ],
)
def test_the_subject_after_the_verb_speaks(text, mention):
    assert _mention(text) == mention


def test_a_fronted_participle_is_never_the_speaker():
    """Ergänzend wurde erklärt: a passive with no agent, so no speaker rather than the participle."""
    assert _mention("Ergänzend wurde erklärt, die Reform komme im Herbst.") is None


def test_a_name_opening_the_sentence_still_speaks():
    """Bernhardt erklärte …: a name of another shape is the subject before the verb."""
    assert _mention("Bernhardt erklärte, die Reform komme im Herbst.") == "Bernhardt"
