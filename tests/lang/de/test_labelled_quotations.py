"""German quotations that a word before them names as a title, a motto or a label (``unter dem
Motto „…“``, ``der Film „…“``, ``ein sogenannter „…“``): no partial quote (invented sentences)."""

import pytest

from newsscan import analyze_text


def partial_quotes(text: str) -> list[str]:
    a = analyze_text(text, language="de")
    return [q.statement.text for q in a.quotes if q.statement.rule == "mixed.partial_quote"]


@pytest.mark.parametrize(
    "text",
    [
        "Am Samstag informierten unter dem Motto „Wasser für alle Dörfer“ mehrere Vereine die Bürger.",
        "Die Sängerin schrieb zwei Lieder für den Film „Sommer am Fluss“ von Anna Reiter.",
        "Der Bürgermeister kritisierte den sogenannten „Parkplatz-Kompromiss“ der Nachbarstadt.",
        "Der Verein (Motto: „Wir bauen Brücken“) bestritt die Vorwürfe des Landrats.",
    ],
)
def test_a_labelled_quotation_is_no_partial_quote(text):
    assert partial_quotes(text) == []


def test_words_said_after_a_verdict_stay_a_partial_quote():
    text = "Der Landrat nannte den Plan der Nachbarstadt am Montag „völlig verfehlt“."
    assert partial_quotes(text) == ["völlig verfehlt"]


def test_a_title_after_a_label_and_a_colon_is_no_direct_quote():
    """ihr Erstlingswerk: „…“: a compound ending in a label noun names a title, no frame."""
    text = "Die Autorin stammt aus Passau. Das Buch ist ihr Erstlingswerk: „Wir gingen im Regen“."
    assert analyze_text(text, language="de").quotes == ()


@pytest.mark.parametrize(
    "text",
    [
        "„Die Spenden reichen nicht“, sagte Lena Berg von der „Aktion Kinder brauchen Brot“ am Montag.",
        "Die Leiterin der „Initiative Saubere Luft für Kinder e.V. (ISL)“ forderte mehr Messstellen.",
    ],
)
def test_a_capitalised_quotation_after_a_definite_article_is_a_name(text):
    assert partial_quotes(text) == []


def test_a_phrase_with_a_lowercase_adjective_after_a_definite_article_stays_a_partial_quote():
    """Names write their adjectives capitalised: a lowercase adjective after an article
    inside the quotation (vor den eigenen Bürgern) is prose, not a name."""
    text = "Die Autorin warnte vor der „Furcht Berlins vor den eigenen Nachbarn“."
    assert partial_quotes(text) == ["Furcht Berlins vor den eigenen Nachbarn"]


def test_words_said_after_an_indefinite_article_stay_a_partial_quote():
    text = "Der Landrat nannte die Entscheidung am Montag einen „Akt der Willkür“."
    assert partial_quotes(text) == ["Akt der Willkür"]


def _said(text: str) -> list[tuple[str, str | None, str]]:
    a = analyze_text(text, language="de")
    return [(q.statement.text, q.actor.name if q.actor else None, q.statement.rule) for q in a.quotes]


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "Der Autor schreibt in seinem Buch: „Die Stadt hat beim Bau der Brücke völlig versagt.“",
            "Die Stadt hat beim Bau der Brücke völlig versagt.",
            "Autor",
        ),
        (
            "Der Regisseur sagte über den Film: „Er hat meinen Blick auf die Welt verändert.“",
            "Er hat meinen Blick auf die Welt verändert.",
            "Regisseur",
        ),
        (
            "Die Pianistin über ihren Song: „Er erzählt von meinem Großvater.“",
            "Er erzählt von meinem Großvater.",
            "Pianistin",
        ),
        (
            "Die Leiterin des Stahlwerks: „Wir hatten die Lage zu jeder Zeit unter Kontrolle.“",
            "Wir hatten die Lage zu jeder Zeit unter Kontrolle.",
            "Leiterin des Stahlwerks",
        ),
    ],
)
def test_a_label_noun_in_a_phrase_or_after_a_cue_keeps_the_quote(text, content, speaker):
    """A label noun before a colon names a title only when it heads a lead without a verb
    or with a copula: not inside über/in + noun, not after a cue, not as a genitive."""
    said = _said(text)
    assert [(t.strip(".“„ "), s) for t, s, _ in said] == [(content.strip(".“„ "), speaker)]
