"""German actors and agencies: one actor for a person's mentions, cited media linked to
the statements they carry."""

import pytest

from tests.conftest import analyse


def test_surname_typo_honorific_role_and_pronoun_resolve_to_one_actor():
    text = (
        "Außenministerin Helene Marquardt sagte, das Abkommen sei unterschriftsreif. "
        "Frau Marquardt betonte, dass noch Details offen seien. "
        "„Wir sind sehr nah dran“, sagte Marqardt. "
        "Die Ministerin erklärte, sie rechne mit einer Einigung. "
        "Sie fügte hinzu, der Termin stehe noch nicht fest."
    )
    out = analyse(text)
    assert [a["name"] for a in out["actors"]] == ["Helene Marquardt"]
    actor = out["actors"][0]
    assert actor["role"] == "Außenministerin"
    assert actor["mentions"] == [
        "Außenministerin Helene Marquardt",
        "Frau Marquardt",
        "Marqardt",
        "Die Ministerin",
        "Sie",
    ]
    assert {q["speaker"] for q in out["quotes"]} == {"Helene Marquardt"}


def test_pronoun_gender_picks_the_right_actor():
    text = (
        "Bundestrainer Uwe Kranz sagte, das Team sei bereit. Kapitänin Jana Lorenz erklärte, "
        "man wolle den Titel. Er betonte, dass niemand verletzt sei."
    )
    speakers = [q["speaker"] for q in analyse(text)["quotes"]]
    assert speakers == ["Uwe Kranz", "Jana Lorenz", "Uwe Kranz"]


def test_unnamed_speaker_is_an_actor():
    text = "Ein Sprecher des Innenministeriums sagte, die Lage sei unter Kontrolle."
    out = analyse(text)
    assert out["quotes"][0]["speaker"] == "Sprecher des Innenministeriums"
    assert out["actors"][0]["kind"] == "unnamed"


@pytest.mark.parametrize(
    "text,agency,via",
    [
        ("Laut Reuters sagte Präsident Omar Diallo, die Wahl werde verschoben.", "Reuters", "Reuters"),
        ("Der Regierung zufolge habe es keine Verletzten gegeben, berichtete AFP.", "AFP", "AFP"),
        ("Wie die Nachrichtenagentur Kyodo meldete, sei der Vulkan ausgebrochen.", "Kyodo", "Kyodo"),
        ("Der Minister sagte der Zeitung „Nordkurier“, er trete nicht zurück.", "Nordkurier", "Nordkurier"),
    ],
)
def test_cited_agencies_are_found_and_linked(text, agency, via):
    out = analyse(text)
    assert [a["name"] for a in out["agencies"]] == [agency]
    assert out["quotes"] and all(q["via"] == via for q in out["quotes"])
    assert out["agencies"][0]["quotes"] == [q["id"] for q in out["quotes"]]


def test_medium_named_without_attribution_is_not_cited():
    out = analyse("Der Reporter arbeitet seit zehn Jahren für CNN und lebt in Atlanta.")
    assert out["agencies"] == []


def test_quoted_title_of_a_medium_is_its_name_not_a_statement():
    out = analyse("„Wir können uns keinen Aufschub leisten“, sagte der Vizekanzler der „Bild am Sonntag“.")
    assert [q["type"] for q in out["quotes"]] == ["direct"]
    assert [a["name"] for a in out["agencies"]] == ["Bild am Sonntag"]
    assert out["quotes"][0]["via"] == "Bild am Sonntag"


def test_inflected_media_names_and_media_actors_use_the_gazetteer_name():
    out = analyse(
        "Meteorologe Adrian Leyser sagte der Deutschen Presse-Agentur, eine Entspannung sei nicht in Sicht. "
        "Nach Informationen des Bayerischen Rundfunks will der Minister am Montag anreisen."
    )
    assert [(a["name"], a["quotes"]) for a in out["agencies"]] == [
        ("dpa", ["q1"]),
        ("Bayerischer Rundfunk", ["q2"]),
    ]
    assert [(q["speaker"], q["via"]) for q in out["quotes"]] == [
        ("Adrian Leyser", "dpa"),
        ("Bayerischer Rundfunk", "Bayerischer Rundfunk"),
    ]
    assert out["actors"][0]["role"] == "Meteorologe"


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Darin heißt es, die Lage sei ernst.", None),
        ("Dagegen erklärte die Polizei am Abend, die Lage sei ruhig.", "Polizei"),
    ],
)
def test_adverbs_opening_a_sentence_are_no_speakers(text, speaker):
    assert [q["speaker"] for q in analyse(text)["quotes"]] == [speaker]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Nach Angaben libanesischer Sicherheitskreise wurden drei Soldaten getötet.", "Sicherheitskreise"),
        ("Berichten britischer Zeitungen zufolge soll der Minister zurücktreten.", "Zeitungen"),
    ],
)
def test_source_noun_with_a_genitive_and_no_article(text, speaker):
    assert [q["speaker"] for q in analyse(text)["quotes"]] == [speaker]


def test_a_quoted_phrase_is_not_its_own_speaker():
    out = analyse("Als „große Tragödie“ bezeichnete den Unfall die Ministerpräsidentin.")
    assert [q["text"] for q in out["quotes"]] == ["große Tragödie"]
    assert "Tragödie" not in (out["quotes"][0]["speaker"] or "")


def test_organisation_anaphor_and_unnamed_antecedent():
    out = analyse(
        "Das Verteidigungsministerium erklärte, die Lage sei ruhig. Das Ministerium bezeichnete den Start "
        "als „klare Provokation“. Ein Sprecher des Außenamts verurteilte die Starts. Man stehe an der Seite "
        "der Verbündeten, sagte der Beamte."
    )
    assert [q["speaker"] for q in out["quotes"]] == [
        "Verteidigungsministerium",
        "Verteidigungsministerium",
        "Sprecher des Außenamts",
    ]
    assert out["actors"][0]["kind"] == "organisation"


def test_medium_then_the_person_it_quotes():
    out = analyse(
        "Unterdessen zitierte die Nachrichtenagentur KCNA Kim Yo Jong, die Schwester des Machthabers, mit "
        "den Worten, das Land werde seine Verteidigung weiter stärken."
    )
    assert [(q["speaker"], q["via"], q["text"]) for q in out["quotes"]] == [
        ("Kim Yo Jong", "KCNA", "das Land werde seine Verteidigung weiter stärken")
    ]
    assert [a["name"] for a in out["agencies"]] == ["KCNA"]
    assert out["actors"][0]["role"] == "Schwester des Machthabers"


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Nach Angaben des Bundesamtes für Migration und Flüchtlinge wurden 20.000 Anträge gestellt.",
            "Bundesamt für Migration und Flüchtlinge",
        ),
        (
            "Nach Angaben des Ministeriums für Planung und Investitionen wurden 180 Billionen ausgezahlt.",
            "Ministerium für Planung und Investitionen",
        ),
    ],
)
def test_institution_names_with_their_post_modifier_in_the_nominative(text, speaker):
    assert [q["speaker"] for q in analyse(text)["quotes"]] == [speaker]


def test_definite_description_with_the_role_of_a_named_actor_is_that_actor():
    out = analyse(
        "Max Weber, Sprecher des Innenministeriums, sagte, die Lage sei ruhig. Der Sprecher des "
        "Innenministeriums fügte hinzu, man beobachte alles."
    )
    assert [q["speaker"] for q in out["quotes"]] == ["Max Weber", "Max Weber"]
    assert len(out["actors"]) == 1


def test_family_name_first_and_a_country_genitive_before_the_role():
    out = analyse(
        "Der chinesische Staatschef Xi Jinping sagte, China wolle Frieden. Herr Xi betonte, man lehne Gewalt "
        "ab. Nordkoreas Machthaber Kim Jong-un erklärte, das Land sei bereit. Kim sagte, man werde sich "
        "verteidigen."
    )
    assert [q["speaker"] for q in out["quotes"]] == ["Xi Jinping", "Xi Jinping", "Kim Jong-un", "Kim Jong-un"]
    assert [a["role"] for a in out["actors"]] == ["chinesischer Staatschef", "Nordkoreas Machthaber"]


def test_weak_noun_ending_is_no_part_of_the_role():
    out = analyse(
        "Die Zeitung zitierte einen Experten mit den Worten, die Verzögerungen seien bürokratisch bedingt."
    )
    assert [(a["name"], a["role"], a["kind"]) for a in out["actors"]] == [("Experte", "Experte", "unnamed")]
