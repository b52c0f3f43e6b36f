"""German er/sie bound to an organisation by its noun's grammatical gender: not when another
noun phrase of that gender may be meant, nor for a singular organisation when the pronoun's verb
is plural (invented sentences)."""

from ...conftest import speaker_of


def _speaker_of(text: str, quote_start: str) -> str | None:
    return speaker_of(text, quote_start, "de")


def test_sie_is_bound_to_the_organisation_subject():
    text = "Die Gewerkschaft lehnte den Vorschlag ab. Sie erklärte, eine Einigung sei nah."
    assert _speaker_of(text, "eine Einigung sei nah") == "Gewerkschaft"


def test_sie_is_not_bound_past_a_nearer_feminine_object():
    text = "Die Regierung beschloss am Mittwoch die Reform. Sie sieht vor, dass die Renten steigen."
    assert _speaker_of(text, "dass die Renten steigen") is None


def test_er_is_not_bound_past_a_nearer_masculine_object():
    text = "Der Verband prüfte den Entwurf. Er sieht vor, dass die Beiträge sinken."
    assert _speaker_of(text, "dass die Beiträge sinken") is None


def test_sie_with_a_plural_verb_is_no_singular_organisation():
    text = "Die Gewerkschaft traf sich mit den Arbeitgebern. Sie erklärten, eine Einigung sei nah."
    assert _speaker_of(text, "eine Einigung sei nah") is None
