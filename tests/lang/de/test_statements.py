"""Statements and speakers on short German constructions."""

import pytest

from ...conftest import analyse


def quotes(text):
    return [(q["type"], q["text"], q["speaker"], q["cue"]) for q in analyse(text)["quotes"]]


@pytest.mark.parametrize(
    "text,expected",
    [
        # speaker after the quote
        (
            "„Wir werden nicht nachgeben“, sagte Gewerkschaftschef Jan Weber.",
            [("direct", "Wir werden nicht nachgeben", "Jan Weber", "sagte")],
        ),
        # colon quote
        (
            "Ministerin Eva Roth sagte am Abend: „Das ist ein großer Erfolg für uns alle.“",
            [("direct", "Das ist ein großer Erfolg für uns alle", "Eva Roth", "sagte")],
        ),
        # indirect with dass
        (
            "Der Sprecher Paul Kern bestätigte, dass die Verhandlungen abgebrochen wurden.",
            [("indirect", "dass die Verhandlungen abgebrochen wurden", "Paul Kern", "bestätigte")],
        ),
        # Konjunktiv I after the cue, subject after the verb
        (
            "Am Montag erklärte Bürgermeister Tim Acker, die Straße werde im Mai gesperrt.",
            [("indirect", "die Straße werde im Mai gesperrt", "Tim Acker", "erklärte")],
        ),
        # report before its frame
        (
            "Die Preise würden weiter steigen, warnte Ökonomin Lisa Brandt.",
            [("indirect", "Die Preise würden weiter steigen", "Lisa Brandt", "warnte")],
        ),
        # separable verb
        (
            "Der Konzern teilte am Dienstag mit, dass 300 Stellen wegfallen.",
            [("indirect", "dass 300 Stellen wegfallen", "Konzern", "teilte mit")],
        ),
        # wie X mitteilte, …
        (
            "Wie die Feuerwehr mitteilte, wurde niemand verletzt.",
            [("indirect", "wurde niemand verletzt", "Feuerwehr", "mitteilte")],
        ),
    ],
)
def test_constructions(text, expected):
    assert quotes(text) == expected


def test_scare_quotes_and_titles_are_not_statements():
    text = (
        "Die sogenannte „Reform“ wurde im Film „Das Boot“ parodiert. "
        "Die Gruppe „Al-Qaida“ bekannte sich nicht."
    )
    assert analyse(text)["quotes"] == []


def test_quote_split_by_its_frame_is_one_statement():
    text = "„Wir sind bereit“, sagte Kanzlerin Maria Holm, „aber nicht um jeden Preis.“"
    out = analyse(text)["quotes"]
    assert len(out) == 1
    assert out[0]["text"] == "Wir sind bereit aber nicht um jeden Preis"
    assert out[0]["speaker"] == "Maria Holm" and len(out[0]["spans"]) == 2


def test_quote_over_two_paragraphs():
    text = (
        "Trainer Ralf Busch erklärte die Niederlage.\n\n"
        "„Wir haben in der ersten Halbzeit schlecht gespielt.\n\n"
        "„Nach der Pause wurde es besser“, sagte Busch."
    )
    out = analyse(text)["quotes"]
    assert len(out) == 1
    assert out[0]["text"].startswith("Wir haben") and out[0]["text"].endswith("wurde es besser")
    assert out[0]["speaker"] == "Ralf Busch"


def test_partial_quote_makes_a_mixed_statement():
    text = "Der Minister Karl Stein sagte, die Vorwürfe seien „völlig haltlos“ und frei erfunden."
    out = analyse(text)["quotes"]
    assert [(q["type"], q["speaker"]) for q in out] == [("mixed", "Karl Stein")]


def test_free_indirect_continuation_inherits_speaker():
    text = (
        "Polizeisprecherin Anna Vogt sagte, der Täter sei geflohen. "
        "Er habe eine dunkle Jacke getragen. Die Fahndung läuft."
    )
    out = analyse(text)["quotes"]
    assert [(q["text"], q["speaker"], q["speaker_mention"]) for q in out] == [
        ("der Täter sei geflohen", "Anna Vogt", "Polizeisprecherin Anna Vogt"),
        ("Er habe eine dunkle Jacke getragen", "Anna Vogt", "Polizeisprecherin Anna Vogt"),
    ]


def test_statement_offsets_index_the_cleaned_text():
    out = analyse("Vorweg ein Satz. „Das ist wahr“, sagte Max Graf. Dann sagte er, es sei spät.")
    for q in out["quotes"]:
        assert out["text"][q["start"] : q["end"]].replace("„", "").replace("“", "") == q["text"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a regular verb's Konjunktiv I, known from its shape, continues a report with no frame
        (
            "Der Sprecher sagte, der Zug sei verspätet. Die Bahn prüfe den Vorfall.",
            ["der Zug sei verspätet", "Die Bahn prüfe den Vorfall"],
        ),
        (
            "Die Ministerin sagte, die Steuern blieben stabil. Man plane keine Erhöhung.",
            ["die Steuern blieben stabil", "Man plane keine Erhöhung"],
        ),
    ],
)
def test_konjunktiv_one_by_shape(text, expected):
    assert [q["text"] for q in analyse(text)["quotes"]] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei bedankte sich bei der Bevölkerung für die Unterstützung.",  # past tense in -te
        "Der Verein meldete eine neue Rekordzahl an Mitgliedern.",  # adjective before a noun
    ],
)
def test_no_konjunktiv_in_past_tense_or_adjectives(text):
    assert analyse(text)["quotes"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Sender kommentierte den Bericht auf „news.bbc.co.uk“ nicht weiter.",  # an address
        "Als Schauspieler wurde er insbesondere durch seine Rollen in Krimis bekannt.",  # an adverb in -e
        "Der Minister hatte die Reform bereits „angekündigt“.",  # the cue is quoted
    ],
)
def test_no_statement_in_addresses_adverbs_or_a_quoted_cue(text):
    assert analyse(text)["quotes"] == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # a headline: the speaker's name, a colon, the quote
        ("Merz: „Wir werden die Wahl gewinnen“", [("direct", "Wir werden die Wahl gewinnen", "Merz", None)]),
        # an age adjective inside the speaker phrase
        (
            "„Das ist ein guter Tag“, sagt die 45-jährige Ministerin Anna Berg.",
            [("direct", "Das ist ein guter Tag", "Anna Berg", "sagt")],
        ),
        # „Das sagte X“: the report is the sentence before, not the apposition after the comma
        (
            "Die Preise steigen weiter. Das sagte der Chef der Bundesbank, Joachim Nagel, "
            "der „Süddeutschen Zeitung“.",
            [("indirect", "Die Preise steigen weiter", "Joachim Nagel", "sagte")],
        ),
    ],
)
def test_headline_colon_age_adjective_and_anaphoric_frame(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Die Wahlkommission hatte den Standpunkt vertreten, das Gericht sei nicht zuständig.",
            [("indirect", "das Gericht sei nicht zuständig", "Wahlkommission", "Standpunkt")],
        ),
        (
            "Es drohe ein Wettrüsten, hatte Obama bei seinem Treffen mit dem russischen Präsidenten gesagt.",
            [("indirect", "Es drohe ein Wettrüsten", "Obama", "gesagt")],
        ),
        ("Nachdem die Abgeordnete für Aufsehen gesorgt hatte, wurde sie um Ruhe gebeten.", []),
    ],
)
def test_perfect_tense_frames(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Nach dem vorläufigen Endergebnis erreichte die SPD 45,6 Prozent der Stimmen.",
            [("indirect", "erreichte die SPD 45,6 Prozent der Stimmen", "Endergebnis", "Nach")],
        ),
        (
            "Nach einer Stellungnahme der US-Armee befand sich der Hubschrauber auf dem Flug.",
            [("indirect", "befand sich der Hubschrauber auf dem Flug", "US-Armee", "Nach")],
        ),
        (
            "Nach Angaben von Amnesty International wurden 20 Menschen festgenommen.",
            [("indirect", "wurden 20 Menschen festgenommen", "Amnesty International", "Nach")],
        ),
        ("Nach dem Spiel gingen die Fans nach Hause.", []),
    ],
)
def test_nach_with_a_source_noun(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Laut bildblog.de veröffentlichte das Ministerium kürzlich einen Bericht.",
            [("indirect", "veröffentlichte das Ministerium kürzlich einen Bericht", "bildblog.de", "Laut")],
        ),
        (
            "Laut „Reuters“ zeichnet Russland ein anderes Bild.",
            [("indirect", "zeichnet Russland ein anderes Bild", "Reuters", "Laut")],
        ),
        ("„Wir gewinnen“, sagte sie.", [("direct", "Wir gewinnen", None, "sagte")]),
    ],
)
def test_addresses_and_quoted_titles_as_sources_and_short_framed_quotes(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Sprecherin Anna Müller vom Innenministerium sagte, man prüfe den Fall.",
            [("indirect", "man prüfe den Fall", "Anna Müller", "sagte")],
        ),
        (
            "Man sei überrascht, teilte das Unternehmen auf Anfrage mit.",
            [("indirect", "Man sei überrascht", "Unternehmen", "teilte mit")],
        ),
        (
            "Bundesinnenministerin Nancy Faeser (SPD) betonte, die Sicherheit habe Vorrang.",
            [("indirect", "die Sicherheit habe Vorrang", "Nancy Faeser", "betonte")],
        ),
    ],
)
def test_generic_subjects_short_reports_and_party_in_parentheses(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Der Minister sagte: „Wir werden das Problem lösen.“ Er fügte hinzu: „Es braucht Zeit.“",
            [
                ("direct", "Wir werden das Problem lösen", "Minister", "sagte"),
                ("direct", "Es braucht Zeit", "Minister", "fügte hinzu"),
            ],
        ),
        ("Die Kanzlerin sagte nur: „Nein.“", [("direct", "Nein", "Kanzlerin", "sagte")]),
    ],
)
def test_short_quotes_after_a_colon_frame_are_direct(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "„Die Lage ist ernst“, wird der Minister in der Zeitung zitiert.",
            [("direct", "Die Lage ist ernst", "Minister", "zitiert")],
        ),
        (
            "„Wir haben alles versucht“, hatte der Trainer nach dem Spiel gesagt.",
            [("direct", "Wir haben alles versucht", "Trainer", "gesagt")],
        ),
    ],
)
def test_quote_framed_by_an_auxiliary_and_a_final_participle(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "Die Partei stritt lange. Weber wörtlich: „Wir haben das Geld der Bürger nicht verschwendet.“",
            "Wir haben das Geld der Bürger nicht verschwendet",
            "Weber",
        ),
        (
            "Die Partei stritt lange. Zitat von Jan Weber: „Das haben viele für unmöglich gehalten.“",
            "Das haben viele für unmöglich gehalten",
            "Jan Weber",
        ),
        (
            "Die Kasse ist leer. Eine Beamtin nach der Sitzung: „Sie ist dort, wo sie hingehört“.",
            "Sie ist dort, wo sie hingehört",
            "Beamtin",
        ),
    ],
)
def test_a_quoted_sentence_after_a_colon_with_no_verb_is_direct(text, content, speaker):
    found = [(q["text"], q["speaker"]) for q in analyse(text)["quotes"] if q["type"] == "direct"]
    assert found == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Das Motto der Gruppe: „Gemeinsam stark“.",
        "Auf dem Plakat der Gruppe: „Wir wollen mehr Geld für die Schulen“ und ein Bild der Stadt.",
    ],
)
def test_a_label_or_a_quotation_the_sentence_goes_on_after_is_no_colon_frame(text):
    assert [q for q in analyse(text)["quotes"] if q["rule"] == "direct.colon_frame"] == []


def test_a_web_address_in_the_frame_does_not_cut_off_the_particle_of_its_cue():
    text = "„Der Hafen wird im Mai wieder geöffnet“, führte Weber gegenüber dem Portal hafen.de aus."
    assert quotes(text) == [("direct", "Der Hafen wird im Mai wieder geöffnet", "Weber", "führte aus")]


def test_herausstreichen_frames_a_quote():
    text = "„Ich trete als Kandidatin der Mitte an“, strich Weber in der Halle heraus."
    assert quotes(text) == [("direct", "Ich trete als Kandidatin der Mitte an", "Weber", "strich heraus")]


def test_a_quoted_name_after_an_article_is_no_direct_quote_of_the_cue_after_it():
    text = "Ein Sprecher der „Aktion Kinder helfen“ sagte, die Hilfe komme in der Stadt an."
    found = [(q["type"], q["text"]) for q in analyse(text)["quotes"]]
    assert ("indirect", "die Hilfe komme in der Stadt an") in found
    assert all(t != "direct" for t, _ in found)
