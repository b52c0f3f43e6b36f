"""German zu-infinitive reports: where the infinitive ends, and the intention and demand
verbs and nouns that frame one."""

import pytest

from newsscan import analyze_text
from newsscan.schema import to_dict


def quotes(text: str) -> list[dict]:
    return to_dict(analyze_text(text, language="de"))["quotes"]


@pytest.mark.parametrize(
    "text,content",
    [
        ("Die Forderung, die Löhne zu erhöhen, wurde am Montag abgelehnt.", "die Löhne zu erhöhen"),
        ("Der Vorschlag, die Flaggen zu tauschen, erhält nun Zuspruch.", "die Flaggen zu tauschen"),
        ("Die Empfehlung, im Zug Masken zu tragen, gilt weiter.", "im Zug Masken zu tragen"),
    ],
)
def test_a_zu_infinitive_ends_where_the_main_clause_resumes(text, content):
    assert [q["text"] for q in quotes(text)] == [content]


def test_a_zu_infinitive_with_a_purpose_clause_after_it_keeps_it():
    text = "Die Partei verlangte, die Mieten zu senken, um die Familien zu entlasten."
    assert [q["text"] for q in quotes(text)] == ["die Mieten zu senken, um die Familien zu entlasten"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Brücke wird, wie erwartet, im Mai eröffnet.",
        "Wie bereits angekündigt, wurde die Brücke im Mai eröffnet.",
        "Der Schaden ist geringer, wie anfangs befürchtet, weil das Wasser rasch sank.",
    ],
)
def test_a_comparison_clause_with_no_speaker_frames_nothing(text):
    assert quotes(text) == []


def test_a_comparison_clause_with_its_speaker_still_frames_the_report():
    text = "Wie die Polizei mitteilte, wurde die Brücke am Montag gesperrt."
    assert [q["text"] for q in quotes(text)] == ["wurde die Brücke am Montag gesperrt"]


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "Die Stadt plant, im Herbst eine neue Brücke zu bauen.",
            "im Herbst eine neue Brücke zu bauen",
            "Stadt",
        ),
        ("Der Verein hat zugesagt, die Kosten zu übernehmen.", "die Kosten zu übernehmen", "Verein"),
        ("Die Firma hat sich entschlossen, das Werk zu schließen.", "das Werk zu schließen", "Firma"),
        (
            "Die Ministerin drängte die Länder, mehr Lehrer einzustellen.",
            "mehr Lehrer einzustellen",
            "Ministerin",
        ),
        ("Der Trainer wies die Spieler an, früh zu stören.", "früh zu stören", "Trainer"),
        ("Die Aufsicht beabsichtigt, die Lizenz zu entziehen.", "die Lizenz zu entziehen", "Aufsicht"),
    ],
)
def test_intention_and_demand_verbs_frame_a_zu_infinitive(text, content, speaker):
    assert [(q["text"], q["speaker"]) for q in quotes(text)] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Außerdem ist geplant, neue Modelle auf dem Markt anzubieten.",
        "Geplant sind zwei weitere Brücken: eine im Norden, eine im Süden.",
        "Seit dem Frühjahr war überlegt worden, das Stadion zu verkaufen.",
        "Der Bau verzögert sich um ein Jahr, plant die Stadt jetzt.",
    ],
)
def test_an_intention_in_a_passive_participle_or_before_the_verb_is_narration(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "Die Kanzlerin lehnte den Vorschlag des Ministers Jan Roth (SPD) ab, die Aufsicht dem Bund zu geben.",
            "die Aufsicht dem Bund zu geben",
            "Jan Roth",
        ),
        (
            "Die Grünen haben die Forderung der Gewerkschaft unterstützt, die Löhne zu erhöhen.",
            "die Löhne zu erhöhen",
            "Gewerkschaft",
        ),
    ],
)
def test_a_speech_noun_with_its_source_before_the_clause_verb_frames_the_infinitive(text, content, speaker):
    assert [(q["text"], q["speaker"]) for q in quotes(text)] == [(content, speaker)]


def test_a_speech_noun_and_its_participle_frame_the_infinitive():
    text = "Die Ministerin Eva Roth hat den Vorschlag unterbreitet, den Mangel durch Umschulung zu beheben."
    assert [(q["text"], q["speaker"]) for q in quotes(text)] == [
        ("den Mangel durch Umschulung zu beheben", "Eva Roth")
    ]


def test_the_speaker_of_a_speech_noun_after_a_fronted_phrase_follows_the_verb():
    text = "Bei einer Pressekonferenz haben die Ministerin Eva Roth und der Verband den Vorschlag unterbreitet, den Mangel zu beheben."
    assert [q["speaker"] for q in quotes(text)] == ["Eva Roth"]


def test_a_purpose_clause_after_a_speech_noun_and_its_source_is_no_report():
    assert quotes("Die Bauern folgten dem Appell des Königs, um ihn um Hilfe zu bitten.") == []


def test_a_speech_noun_before_the_verb_of_a_subordinate_clause_frames_no_main_clause():
    assert quotes("Da die Mandantin Angst hatte, habe der Anwalt die Verhandlung verschoben.") == []


def test_a_report_after_a_noun_complement_does_not_inherit_the_nouns_source():
    text = (
        "Die Kanzlerin Eva Roth lehnte den Vorschlag des Ministers Jan Weber ab, die Aufsicht dem Bund zu "
        "geben. Das jetzige System habe sich bewährt."
    )
    found = [(q["rule"], q["speaker"]) for q in quotes(text)]
    assert found[0] == ("indirect.noun_complement", "Jan Weber")
    assert found[1][0] == "free_indirect.continuation" and found[1][1] != "Jan Weber"


def test_the_frame_goes_on_past_an_apposition_to_its_da_word():
    text = "Offenbar entschied sich Jan Roth, der Leiter der Wartung, dazu, ein Fest zu feiern."
    assert [(q["text"], q["speaker"]) for q in quotes(text)] == [("ein Fest zu feiern", "Jan Roth")]


@pytest.mark.parametrize(
    "text,content",
    [
        (
            "Die Opposition hielt dem entgegen, dass die Kosten zu hoch seien.",
            "dass die Kosten zu hoch seien",
        ),
        (
            "Die Grünen setzten dem entgegen, dass die Mieten steigen würden.",
            "dass die Mieten steigen würden",
        ),
    ],
)
def test_verbs_of_objecting_frame_a_dass_clause(text, content):
    assert [q["text"] for q in quotes(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Viele Betriebe sind darauf angewiesen, ausländische Fachkräfte einzustellen.",
        "Die Firma zeigte sich entschlossen, das Werk zu schließen.",
        "Die Zeit drängt: Die Frist läuft am Freitag ab.",
        "Er gab vor, krank zu sein.",
        "Die Stadt beauftragte ein Büro, die Brücke zu planen.",
    ],
)
def test_a_participle_as_adjective_and_verbs_of_other_meanings_frame_nothing(text):
    assert quotes(text) == []


def test_an_adjective_of_another_verb_before_a_report_leaves_the_report_to_its_cue():
    text = "Die Gastgeber waren klar überlegen, die Gäste hätten kaum eine Chance gehabt, sagte der Trainer."
    assert [q["speaker"] for q in quotes(text)] == ["Trainer"]


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "Für die Finanzierung sei gesorgt, hat der Minister zugesagt.",
            "Für die Finanzierung sei gesorgt",
            "Minister",
        ),
        (
            "Bis 2030 sollen 500 neue Wohnungen entstehen, plant die Stadt.",
            "Bis 2030 sollen 500 neue Wohnungen entstehen",
            "Stadt",
        ),
    ],
)
def test_a_konjunktiv_or_modal_clause_before_an_intention_verb_is_its_report(text, content, speaker):
    assert [(q["text"], q["speaker"]) for q in quotes(text)] == [(content, speaker)]
