"""German pronoun speakers: er stands for one person, never for the organisation named inside a
role, nor for a group (invented sentences)."""

from ...conftest import speaker_of


def _speaker_of(text: str, quote_start: str) -> str | None:
    return speaker_of(text, quote_start, "de")


def test_er_is_not_the_club_of_a_role():
    text = (
        "Der Verein hat einen neuen Trainer. Er war früher Trainer beim FC Nordstadt Waldheim. "
        "Er sagte, die Mannschaft sei stark."
    )
    assert _speaker_of(text, "die Mannschaft sei stark") != "Nordstadt Waldheim"


def test_er_after_a_named_person_with_a_role():
    text = (
        "„Wer jetzt Stellen streicht, handelt falsch“, so der zuständige Landesvorstand Karl Himmelreich. "
        "Er fürchtet, dass die Pläne weitere Stellen kosten."
    )
    speaker = _speaker_of(text, "dass die Pläne weitere Stellen kosten")
    assert speaker is not None and speaker.endswith("Karl Himmelreich")


def test_er_after_a_surname_opening_the_sentence():
    text = (
        "Gewerkschaftschef Karl Brunner traf sich mit Minister Hans Vogt.\n\n"
        "Brunner forderte mehr Geld für die Beschäftigten. Er sagte, die Löhne seien zu niedrig."
    )
    assert _speaker_of(text, "die Löhne seien zu niedrig") == "Karl Brunner"


def test_er_after_a_full_name_opening_the_sentence_before():
    text = (
        "Der Bürgerverein hat die Messwerte prüfen lassen. Markus Sternfeld las die Tabellen.\n\n"
        "Er sagte, die Werte seien deutlich erhöht."
    )
    assert _speaker_of(text, "die Werte seien deutlich erhöht") is None  # another paragraph
    text = "Markus Sternfeld las die Tabellen. Er sagte, die Werte seien deutlich erhöht."
    assert _speaker_of(text, "die Werte seien deutlich erhöht") == "Markus Sternfeld"


def test_sie_is_not_a_man_opening_the_sentence_before():
    text = "Markus Sternfeld las die Tabellen der Behörde. Sie sagte, die Werte seien deutlich erhöht."
    assert _speaker_of(text, "die Werte seien deutlich erhöht") != "Markus Sternfeld"


def test_sie_after_a_subject_inverted_behind_a_particle():
    """Nun hat auch Anna Berger …: the subject after the finite verb and a focus particle is the
    antecedent of the pronoun that speaks next (prefield.subject_after_verb)."""
    text = (
        "Nun hat auch Anna Berger ihren Rückzug erklärt. Sie sagte: „Ich will dem Wechsel nicht "
        "im Wege stehen.“"
    )
    assert _speaker_of(text, "Ich will dem Wechsel") == "Anna Berger"


def test_sie_after_an_organisation_subject_behind_the_auxiliary():
    """Den Plan hat die Gewerkschaft abgelehnt. Sie …: sie stands for the union (feminine noun),
    the subject after the auxiliary, though the union spoke nowhere before."""
    text = (
        "Den vom Senat geplanten Umbau der Bahnhöfe hat die Gewerkschaft der Schaffner abgelehnt. "
        "Sie nennt die Pläne einen teuren Irrweg. Die Arbeit in den Zügen werde dadurch nicht leichter."
    )
    assert _speaker_of(text, "Die Arbeit in den Zügen") == "Gewerkschaft der Schaffner"


def test_er_after_an_organisation_with_a_masculine_noun():
    """Der Verband … . Er …: er stands for an organisation whose noun is masculine."""
    text = (
        "Der Verband der Gärtner kritisierte am Freitag die neue Wasserordnung. "
        "Er sagte, die Gebühren seien weit überzogen."
    )
    assert _speaker_of(text, "die Gebühren seien") == "Verband der Gärtner"


def test_er_never_stands_for_an_organisation_with_a_feminine_noun():
    """Die Stadtverwaltung … . Er sagte, …: er is no feminine organisation."""
    text = "Die Stadtverwaltung sperrte am Morgen die Brücke. Er sagte, die Pfeiler seien marode."
    assert _speaker_of(text, "die Pfeiler seien marode") is None


def test_sie_is_not_the_organisation_when_the_sentence_names_a_woman():
    """Die Partei wählte Anna Roth … . Sie sagte, …: Anna Roth may be meant, so the party is no
    antecedent of sie."""
    text = "Die Partei wählte am Sonntag Anna Roth zur Kandidatin. Sie sagte, der Wahlkampf werde hart."
    assert _speaker_of(text, "der Wahlkampf werde hart") is None


def test_a_known_given_name_outweighs_the_grammatical_gender_of_a_role_noun():
    """Personalvorstand is a masculine noun, Helga a woman's name: sie refers to her."""
    from newsscan import analyze_text
    from newsscan.schema import to_dict

    out = to_dict(
        analyze_text(
            "Finanzvorstand Helga Rieder nannte die Zahlen „enttäuschend“. Sie kündigte an, "
            "die Kosten zu senken.",
            language="de",
        )
    )
    assert [q["speaker"] for q in out["quotes"]] == ["Helga Rieder", "Helga Rieder"]
    assert [(a["name"], a["gender"]) for a in out["actors"]] == [("Helga Rieder", "f")]
