"""German report clauses: what is a report before a frame's comma and what is not, and the
speaker of a quotation that follows a narrated speech act."""

import pytest

from newsscan import analyze_text
from newsscan.schema import to_dict


def quotes(text: str, lang: str = "de") -> list[dict]:
    return to_dict(analyze_text(text, language=lang))["quotes"]


@pytest.mark.parametrize(
    "text",
    [
        "Da ein Rückflug nach München nicht möglich war, entschied sich der Pilot für Düsseldorf.",
        "Nachdem es schon im Sommer Streit gegeben hatte, forderten beide eine Verlängerung.",
        "Die Mönche, die sich an den Protesten beteiligt hatten, beschrieb die Agentur als Opfer.",
        "Zur Begründung der Beobachtung dieser Partei, die gewählt wurde, verweist der Bericht auf Aussagen.",
        # a focus particle before the opener; während with its verb last
        "Selbst wenn der Zug heute pünktlich abfährt, droht den Pendlern morgen ein Streik.",
        "Während sich der Vorstand bisher mit Kritik zurückgehalten hat, fordert der Betriebsrat Klarheit.",
    ],
)
def test_an_adverbial_clause_or_a_subject_before_the_comma_is_no_report(text):
    assert [q for q in quotes(text) if q["rule"] == "indirect.report_then_cue"] == []


@pytest.mark.parametrize(
    "text,content",
    [
        ("Da sei nichts passiert, sagte der Sprecher.", "Da sei nichts passiert"),
        (
            "Die Regel, die gestern beschlossen wurde, sei falsch, sagte der Sprecher.",
            "Die Regel, die gestern beschlossen wurde, sei falsch",
        ),
    ],
)
def test_a_report_with_a_relative_clause_or_an_adverb_stays_a_report(text, content):
    assert [q["text"] for q in quotes(text)] == [content]


def test_a_quotation_after_a_narrated_speech_act_takes_its_subject():
    text = (
        "Der Minister Jan Weber sagte, die Lage sei ernst. Die Anwältin Eva Roth kritisierte das "
        "Urteil scharf. „Das hätte nicht geschehen dürfen, wenn die Behörden ihre Arbeit getan hätten.“"
    )
    last = quotes(text)[-1]
    assert (last["rule"], last["speaker"]) == ("direct.unframed", "Eva Roth")


def test_a_cue_after_a_possessive_is_no_narrated_act():
    text = (
        "The senators met in the morning, and Pratt's call with his counterpart was irregular and improper. "
        '"A great day for the country, and a great day for all of us!"'
    )
    assert [(q["rule"], q["speaker"]) for q in quotes(text, "en")] == [("direct.unframed", None)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "de",
            "Der Minister sagte, Europa brauche die Engländer und fügte hinzu, dass man zusammenarbeiten müsse.",
            [("sagte", "Europa brauche die Engländer"), ("fügte hinzu", "dass man zusammenarbeiten müsse")],
        ),
        (
            "en",
            "The minister said the plan had failed and added that a new one would follow.",
            [("said", "the plan had failed"), ("added", "a new one would follow")],
        ),
        (  # a noun phrase object, then a second frame: the object is no report
            "en",
            "The army did not reveal the crash location and said it was withholding the names.",
            [("said", "it was withholding the names")],
        ),
        (  # a participle continues the report
            "de",
            "Der Minister sagte, die Polizei habe gewarnt und gesagt, dass man vorsichtig sein müsse.",
            [("sagte", "die Polizei habe gewarnt und gesagt, dass man vorsichtig sein müsse")],
        ),
    ],
)
def test_a_coordinated_cue_verb_ends_the_report_and_frames_its_own(lang, text, expected):
    assert [(q["cue"], q["text"]) for q in quotes(text, lang)] == expected


@pytest.mark.parametrize(
    "text,content",
    [
        ("Die Firma hat abgestritten, dass die Anlagen unsicher seien.", "dass die Anlagen unsicher seien"),
        (
            "Beobachter schließen daraus, dass die Regierung geschwächt ist.",
            "dass die Regierung geschwächt ist",
        ),
        ("Der Minister schloss nicht aus, dass die Steuer steigt.", "dass die Steuer steigt"),
        ("Die Ermittlungen ergaben, dass der Brand gelegt wurde.", "dass der Brand gelegt wurde"),
        ("Die Forscher fanden heraus, dass das Eis schmilzt.", "dass das Eis schmilzt"),
    ],
)
def test_verbs_of_saying_and_finding_frame_a_dass_clause(text, content):
    assert [q["text"] for q in quotes(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei schloss die Straße am Montag aus.",
        "Die Suche ergab keine neuen Spuren.",
    ],
)
def test_such_a_verb_without_a_dass_clause_frames_nothing(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Jetzt meldete er sich bei seinem Bruder, er hatte Sehnsucht nach ihm.",
        "Seine Stellung ergibt sich vielmehr dadurch, dass er die Regierung auswechseln kann.",
        "Der Trainer sah sich das Spiel an, dass die Fans begeisterte.",
    ],
)
def test_a_verb_marked_unreflexive_with_sich_after_it_is_no_cue(text):
    assert quotes(text) == []


def test_the_same_verb_without_sich_is_a_cue():
    assert [q["text"] for q in quotes("Die Polizei meldete, der Fahrer sei tot.")] == ["der Fahrer sei tot"]


@pytest.mark.parametrize(
    "text,content",
    [
        ("Die Forscher kamen zu dem Ergebnis, dass das Eis schmilzt.", "dass das Eis schmilzt"),
        (
            "Die Firma kündigte mit der Begründung, dass die Räume vermietet würden.",
            "dass die Räume vermietet würden",
        ),
        ("Sie formulierten die Hypothese, dass das Klima sich wandle.", "dass das Klima sich wandle"),
    ],
)
def test_a_speech_noun_before_a_dass_clause_frames_it(text, content):
    assert [q["text"] for q in quotes(text)] == [content]


def test_such_a_noun_with_no_clause_frames_nothing():
    assert quotes("Das Ergebnis der Wahl war knapp, die Theorie blieb umstritten.") == []


@pytest.mark.parametrize(
    "text,content",
    [
        ("Die Behörde hält es für möglich, dass der Damm bricht.", "dass der Damm bricht"),
        ("Das Gericht sah es als erwiesen an, dass er die Tat begangen hat.", "dass er die Tat begangen hat"),
        ("Die Partei betrachtet es als wichtig, dass die Steuer sinkt.", "dass die Steuer sinkt"),
        ("Zuvor war bekannt geworden, dass der Minister zurücktritt.", "dass der Minister zurücktritt"),
        (
            "Die Firma hat in einer Stellungnahme bekannt gegeben, dass keine Gefahr besteht.",
            "dass keine Gefahr besteht",
        ),
    ],
)
def test_opinion_frames_and_becoming_known_frame_a_dass_clause(text, content):
    assert [q["text"] for q in quotes(text)] == [content]


def test_halten_alone_is_no_cue():
    assert quotes("Die Bank hält am Plan von „per saldo tausend Stellen“ fest.") == []


@pytest.mark.parametrize(
    "text,content",
    [
        ("Die Ministerin machte deutlich, dass sie bleiben werde.", "dass sie bleiben werde"),
        ("Das Gericht machte klar, dass die Frist gilt.", "dass die Frist gilt"),
        ("Der Anwalt plädierte dafür, das Verfahren einzustellen.", "das Verfahren einzustellen"),
        ("Frankreich pochte darauf, dass die Hilfen bleiben.", "dass die Hilfen bleiben"),
    ],
)
def test_more_verbs_of_saying_frame_their_clause(text, content):
    assert [q["text"] for q in quotes(text)] == [content]


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "Die Stadtwerke haben angekündigt die Preise ab März zu erhöhen.",
            "die Preise ab März zu erhöhen",
            "Stadtwerke",
        ),
        (  # the phrase after the cue is the infinitive's object, not the speaker
            "Mehrere Ärzte haben dazu aufgerufen die Impfungen im Winter fortzusetzen.",
            "die Impfungen im Winter fortzusetzen",
            "Ärzte",
        ),
    ],
)
def test_a_zu_infinitive_after_a_participle_cue_needs_no_comma(text, content, speaker):
    found = [q for q in quotes(text) if q["rule"] == "indirect.cue_then_report"]
    assert [q["text"] for q in found] == [content]
    assert speaker in found[0]["speaker_mention"]


@pytest.mark.parametrize(
    "text",
    [
        "Er hat abgelehnt den Fall vor der Wahl zu kommentieren.",  # @nozu: no report
        "Die Firma sei beschuldigt worden und verurteilt zu werden drohe ihr nun.",
    ],
)
def test_no_comma_infinitive_report_after_nozu_verbs_or_its_own_clause(text):
    assert [q for q in quotes(text) if q["rule"] == "indirect.cue_then_report"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Verband forderte neue Regeln für die Liga, um den Sport sicherer zu machen.",
        "Die Ärztin erklärte den Eltern den Eingriff, ohne die Risiken zu verschweigen.",
        "Als der Bürgermeister den Plan verkündete, protestierten die Anwohner vor dem Rathaus.",
        "Sollte der Antrag bestätigt werden, könnte die Brücke im Mai wieder öffnen.",
        "Nachdem die Firma den Verlust gemeldet hatte, fiel der Kurs der Aktie deutlich.",
    ],
)
def test_a_purpose_clause_or_the_main_clause_after_a_fronted_cue_clause_is_no_report(text):
    assert [q["text"] for q in quotes(text) if q["rule"] == "indirect.cue_then_report"] == []


@pytest.mark.parametrize(
    "text,content",
    [
        (
            "Der Minister sagte, die Brücke werde im Mai wieder öffnen.",
            "die Brücke werde im Mai wieder öffnen",
        ),
        (
            "Die Firma teilte mit, sie meldete den Verlust schon im März.",
            "sie meldete den Verlust schon im März",
        ),
        ("Die Trainerin kündigte an, neue Spielerinnen zu holen.", "neue Spielerinnen zu holen"),
    ],
)
def test_a_report_after_the_cue_opens_with_its_subject_and_stays(text, content):
    assert [q["text"] for q in quotes(text) if q["rule"] == "indirect.cue_then_report"] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Das Gericht erklärte die Wahl für ungültig, die Stadt wählt im Mai erneut.",
        "Die Regierung will das Tal, das zum Sperrgebiet erklärt wurde, mit Wasser versorgen.",
    ],
)
def test_a_declaring_verb_with_a_predicative_object_reports_nothing(text):
    assert [q["text"] for q in quotes(text) if q["rule"] == "indirect.cue_then_report"] == []


def test_erklaeren_for_someone_still_reports():
    text = "Der Sprecher erklärte für die Regierung, die Wahl sei gültig."
    assert [q["text"] for q in quotes(text)] == ["die Wahl sei gültig"]


@pytest.mark.parametrize(
    "text,cue",
    [
        ("Die Ärzte halten es jedoch für möglich, dass der Patient bald entlassen wird.", "halten es für"),
        ("Im Mai wurde dann auch bekannt, dass die Firma ihre Filiale schließt.", "wurde bekannt"),
    ],
)
def test_a_fixed_cue_phrase_may_hold_adverbs_between_its_words(text, cue):
    found = [q for q in quotes(text) if q["rule"] == "indirect.cue_then_report"]
    assert [q["cue"] for q in found] == [cue]


def test_a_cue_phrase_broken_by_a_noun_is_no_cue():
    assert quotes("Der Trainer hält es mit seinem Team für möglich, dass die Saison gut endet.") == []


def test_a_list_with_no_verb_after_the_colon_is_no_report():
    text = "Als Besatzung sind vorgesehen: Ann Lee, Pilotin; Jan Roth, Arzt; Eva Berg, Technikerin."
    assert [q for q in quotes(text) if q["rule"] == "indirect.cue_then_report"] == []


def test_a_clause_after_the_colon_is_a_report():
    text = "Der Minister erklärte am Montag: Die Lage an der Grenze ist ernst."
    assert [q["text"] for q in quotes(text)] == ["Die Lage an der Grenze ist ernst"]


def test_a_relative_clause_after_a_preposition_is_no_report():
    text = "Der Verband kündigte für Samstag eine Kundgebung an, zu der 5.000 Menschen erwartet werden."
    assert [q for q in quotes(text) if q["rule"] == "indirect.cue_then_report"] == []


def test_a_relative_clause_in_konjunktiv_after_a_preposition_still_reports():
    text = "Die Ärztin verwies auf Studien, nach denen das Mittel oft wirksam sei."
    assert [q["text"] for q in quotes(text)] == ["nach denen das Mittel oft wirksam sei"]


@pytest.mark.parametrize(
    "text,content",
    [
        # an adverb in -en/-ten before the report's verb is no fronted past verb
        (
            "Der Trainer sagte, hinten habe man zu viele Fehler gemacht.",
            "hinten habe man zu viele Fehler gemacht",
        ),
        # an adverbial after a declaring verb makes no object predicative
        ("Die Ministerin erklärte zum Abschluss, dass man zustimme.", "dass man zustimme"),
        # a time phrase is no source attribute of a speech noun; the union is
        ("Die Forderung der Gewerkschaft, die Löhne zu erhöhen, wurde abgelehnt.", "die Löhne zu erhöhen"),
    ],
)
def test_reports_the_reading_of_the_change_kept(text, content):
    assert [q["text"] for q in quotes(text)] == [content]


def test_a_time_phrase_is_no_source_of_a_speech_noun():
    assert quotes("Die Forderung von Montag, die Steuern zu senken, wurde abgelehnt.") == []


def test_a_reflexive_verdict_with_an_article_is_a_partial_quote():
    found = quotes("Merz nannte sich selbst einen „Brückenbauer“.")
    assert [(q["text"], q["speaker"]) for q in found] == [("Brückenbauer", "Merz")]


@pytest.mark.parametrize(
    "text,content",
    [
        # a second predicate of the frame's subject after und ends the report
        (
            "Der Minister sagte am Montag, die Lage sei ernst, und weigerte sich, Fragen zu beantworten.",
            "die Lage sei ernst",
        ),
        ("Die Ministerin sagte, alle müssten sparen und bemühte das Bild vom Boot.", "alle müssten sparen"),
        # the last verb of a subordinate clause stays in it
        (
            "Der Sprecher sagte, dass die Polizei den Mann festnahm und verhörte.",
            "dass die Polizei den Mann festnahm und verhörte",
        ),
    ],
)
def test_a_report_ends_where_the_frames_subject_acts_again_after_und(text, content):
    assert [q["text"] for q in quotes(text) if q["rule"] == "indirect.cue_then_report"] == [content]


@pytest.mark.parametrize(
    "text,content",
    [
        # a phrase fronted before a Konjunktiv opens the report, though its preposition may
        # open an infinitive elsewhere
        (
            "Dem Handelsblatt sagte er, ohne höhere Preise könne das Angebot nicht gehalten werden.",
            "ohne höhere Preise könne das Angebot nicht gehalten werden",
        ),
        ("Sie sagte, statt neuer Schulden brauche es Reformen.", "statt neuer Schulden brauche es Reformen"),
    ],
)
def test_a_phrase_fronted_before_a_konjunktiv_opens_a_report(text, content):
    assert [q["text"] for q in quotes(text)] == [content]


def test_an_infinitive_after_the_comma_is_no_report():
    assert quotes("Sie widersprach, ohne Belege zu nennen.") == []


def test_an_impersonal_cue_takes_its_source_after_von():
    (q,) = quotes("Von der Bundesregierung hieß es, man werde die Preise genau beobachten.")
    assert q["speaker"] == "Bundesregierung"


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("Die Lage sei ernst, hatte der Minister gesagt.", "Die Lage sei ernst", "Minister"),
        (
            "Die Finanzierung sei gesichert, hat die Ministerin zugesagt.",
            "Die Finanzierung sei gesichert",
            "Ministerin",
        ),
    ],
)
def test_a_perfect_frame_after_a_report_that_opens_with_an_article_frames_it(text, content, speaker):
    found = to_dict(analyze_text(text, language="de"))["quotes"]
    assert [(q["text"], q["speaker"]) for q in found] == [(content, speaker)]


def test_a_three_word_clause_before_a_closing_frame_is_a_report():
    """Three words with a finite verb after the first are a whole clause before ``, sagte X``,
    in the indicative too; three words with no finite verb are not."""
    found = quotes("Sonst drohen Bußgelder, sagte Stadträtin Mira Kolb.")
    assert [(q["text"], q["speaker"]) for q in found] == [("Sonst drohen Bußgelder", "Mira Kolb")]
    assert quotes("All diese Fragen, glauben Sie wirklich daran?") == []


@pytest.mark.parametrize(
    "text,said",
    [
        (
            "Der Arzt verwies auf Untersuchungen, nach denen die Tabletten harmlos wären.",
            [("nach denen die Tabletten harmlos wären", "Arzt")],
        ),
        ("Der Arzt verwies auf die Städte, aus denen die meisten Patienten kämen.", []),
    ],
)
def test_an_according_to_relative_reports_in_any_konjunktiv(text, said):
    """nach denen + Konjunktiv II says what the studies say; aus denen + Konjunktiv II does not."""
    assert [(q["text"], q["speaker"]) for q in quotes(text)] == said
