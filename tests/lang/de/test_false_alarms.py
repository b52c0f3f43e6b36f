"""German false alarms: clauses after or before a cue that are the writer's, not what was said."""

import pytest

from newsscan import analyze_text
from newsscan.schema import to_dict


def quotes(text: str, lang: str = "de") -> list[dict]:
    return to_dict(analyze_text(text, language=lang))["quotes"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Zahl der Besucher wird auf 4000 geschätzt, die meisten kommen aus Bayern.",
        "Die Wahl muss noch vom Parlament bestätigt werden, im Mai tritt er sein Amt an.",
        "Als Spitze werden 300 Stundenkilometer angegeben, das Ziel ist eine schnellere Bahn.",
        "Der Pilot meldete dem Tower einen Schaden, so dass der Flughafen gesperrt wurde.",
        "Das Vermögen wurde auf drei Milliarden geschätzt, womit er zu den Reichsten zählte.",
        "Die Firma wollte eigentlich mehr verlangen, doch hat das Amt dem nicht zugestimmt.",
    ],
)
def test_an_indicative_clause_after_a_passive_cue_or_a_link_is_no_report(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text,content",
    [
        ("Es wurde bestätigt, dass die Brücke gesperrt bleibt.", "dass die Brücke gesperrt bleibt"),
        ("Der Minister sagte, die Lage ist ernst.", "die Lage ist ernst"),
        (
            "Es wurde mitgeteilt, die Schule bleibt bis Freitag geschlossen.",
            "die Schule bleibt bis Freitag geschlossen",
        ),
        (
            "Mitgeteilt wurde, die Schule bleibt bis Freitag geschlossen.",
            "die Schule bleibt bis Freitag geschlossen",
        ),
        (
            "Der Bürgermeister hatte das gesagt, doch „so einfach ist das nicht“.",
            "doch „so einfach ist das nicht“",
        ),
        ("Die Ministerin sagte, doch die Kassen sind leer.", "doch die Kassen sind leer"),
        ("Der Trainer sagte, darunter leidet vor allem die Abwehr.", "darunter leidet vor allem die Abwehr"),
    ],
)
def test_a_dass_clause_a_plain_clause_or_a_quotation_after_a_link_stays_a_report(text, content):
    assert [q["text"] for q in quotes(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Die Malerin Ute Kranz, „Kiki“, wie sie sich im Atelier nennen ließ, stellt in Wien aus.",
        "„Trap“, wie er genannt wird, erreichte Kultstatus.",
        "Das Bündnis, das sich selbst „Allianz für Europa“ nennt, kam auf 40 Prozent.",
        # a name long enough to be a quotation does not end the clause searched for sich
        "Die Gruppe, die sich selbst „Bündnis für eine neue Ordnung der Stadt“ nennt, erhielt zwölf Sitze.",
    ],
)
def test_a_verb_of_calling_that_gives_a_name_frames_nothing(text):
    assert quotes(text) == []


def test_the_clause_searched_before_a_cue_ends_at_a_comma_not_at_a_quotation_and_has_a_reach():
    from newsscan.lang import get
    from newsscan.pipeline import cue_place
    from newsscan.pipeline.context import Context
    from newsscan.pipeline.segment import sentences

    lang = get("de")
    text = "Die Gruppe, die sich „Bündnis für eine neue Ordnung der Stadt“ nennt, siegte."
    view = Context(text, tuple(sentences(text, lang)), lang).views[0]
    cue = next(n for n, t in enumerate(view.tokens) if t.text == "nennt")
    assert view.tokens[cue_place.clause_first(view, cue, 20)].text == "die"
    assert cue_place.clause_first(view, cue, 3) == cue - 3


def test_a_frame_goes_on_after_a_clause_that_gives_a_name():
    text = (
        "Am Abend verkündete die neue „Nationale Front“, wie sich das Bündnis der Generäle nennt, "
        "die Lage im Land sei ruhig."
    )
    assert [(q["text"], q["cue"]) for q in quotes(text)] == [("die Lage im Land sei ruhig", "verkündete")]


def test_a_verb_of_calling_with_a_dass_clause_still_reports():
    assert [q["text"] for q in quotes("Als Grund wurde genannt, dass die Kosten gestiegen seien.")] == [
        "dass die Kosten gestiegen seien"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Insbesondere die französische „Allianz für den Planeten“, aber auch andere Verbände hatten "
        "dazu aufgerufen.",
        "Am Montag erklärte die neue „Front für Einheit und Wohlstand“, wie sich das Bündnis "
        "der Parteien nennt, man wolle regieren.",
    ],
)
def test_a_quoted_name_after_an_article_and_an_adjective_or_before_a_calling_clause_is_no_quote(text):
    assert [q for q in quotes(text) if q["rule"] == "mixed.partial_quote"] == []


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Im Herbst gab es Streit um eine Steuer (die Zeitung berichtete): Der Plan mit dem Ziel, "
            "die Mieten zu begrenzen, wurde verworfen.",
            [],
        ),
        (
            "Bei der Tagung der Partei (Wikinews berichtete) gab es keine Entscheidung darüber, ob sie "
            "einen Kandidaten aufstellt.",
            [],
        ),
        (
            "Der Mann wurde festgenommen (die Zeitung berichtete, er sei bewaffnet gewesen).",
            ["er sei bewaffnet gewesen"],
        ),
    ],
)
def test_a_cue_in_parentheses_frames_only_what_they_hold(text, expected):
    assert [q["text"] for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Der Minister weiß, dass die Lage ernst ist.", []),
        ("Jeder Autofahrer sollte das wissen: Der Winterdienst räumt nur die Hauptstraßen.", []),
        (
            "Der Sender will aber wissen, dass der Trainer das Mädchen gefragt habe.",
            ["dass der Trainer das Mädchen gefragt habe"],
        ),
    ],
)
def test_a_verb_of_knowing_reports_only_as_a_claim(text, expected):
    assert [q["text"] for q in quotes(text)] == expected


def test_zu_before_an_infinitive_is_no_particle_of_its_verb():
    text = "In der Regierung scheint es noch Streit über die Frage zu geben, ob die Daten gespeichert werden."
    assert quotes(text) == []
    assert [q["cue"] for q in quotes("Der Minister gab zu, dass er sich geirrt habe.")] == ["gab zu"]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Der Mieter hatte gemeldet, dass die Heizung ausgefallen war; nun prüft die Stadt die Kosten.",
            ["dass die Heizung ausgefallen war"],
        ),
        (
            "Als die Frau bemerkte, dass ihr Begleiter das Aufsehen der Passanten erregt hatte, flüchtete sie.",
            ["dass ihr Begleiter das Aufsehen der Passanten erregt hatte"],
        ),
        (
            "Der Minister sagte, dass die Lage ernst sei; weitere Schritte seien nötig.",
            ["dass die Lage ernst sei; weitere Schritte seien nötig"],
        ),
        (
            "Die Polizei sagte: Die Lage ist ernst; wir haben alles im Griff.",
            ["Die Lage ist ernst; wir haben alles im Griff"],
        ),
        (
            "Der Bürgermeister sagte, die Straße bleibe gesperrt; die Bauarbeiten dauern bis Mai.",
            ["die Straße bleibe gesperrt; die Bauarbeiten dauern bis Mai"],
        ),
        (
            "Viele Eltern gaben an, sich dort unsicher zu fühlen; vor allem Kinder meiden den Park.",
            ["sich dort unsicher zu fühlen"],
        ),
        (
            "Es wird kritisiert, dass das Gesetz Regeln enthalte, die die Partei, die Bewegung des Präsidenten, "
            "begünstigten.",
            ["dass das Gesetz Regeln enthalte, die die Partei, die Bewegung des Präsidenten, begünstigten"],
        ),
    ],
)
def test_a_report_ends_at_an_indicative_semicolon_or_where_the_main_clause_resumes(text, expected):
    assert [q["text"] for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Die Händler weisen diese Kritik zurück, bestehen aber auf dem Wunsch nach längeren Öffnungszeiten.",
            [],
        ),
        ("Die Polizei beziffert die Zahl der Toten auf 600, befürchtet aber weitere Opfer.", []),
        ("Die Lage sei ernst, sagte aber der Minister.", ["Die Lage sei ernst"]),
    ],
)
def test_a_cue_before_aber_is_a_second_predicate_not_a_frame(text, expected):
    assert [q["text"] for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Die Satzung wurde neu gefasst. Nachtflüge sollen künftig ausnahmslos verboten sein.", []),
        (
            "Die Gewerkschaft und die Bahn einigten sich. Bis dahin sollen die Gespräche abgeschlossen sein.",
            [],
        ),
        (
            "Der Brand brach am Abend aus. Das Feuer soll in einem kleinen Laden ausgebrochen sein.",
            ["Das Feuer soll in einem kleinen Laden ausgebrochen sein"],
        ),
    ],
)
def test_soll_sein_in_a_sentence_about_the_future_is_a_plan_not_hearsay(text, expected):
    assert [q["text"] for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Im Jahr 2019 wurden 4.120 Räder verliehen, so viele wie noch nie.", []),
        ("Der Neubau werde erst in sechs Jahren fertig, so lange könne die Schule nicht warten.", []),
        ("Die Lage sei ernst, so britische Medien.", ["Die Lage sei ernst"]),
        (
            "Der Verbrauch sinkt, so zeigen in Norwegen erhobene Daten, bei Elektroautos deutlich.",
            ["Der Verbrauch sinkt bei Elektroautos deutlich"],
        ),
    ],
)
def test_so_before_a_bare_adjective_or_verb_is_no_frame(text, expected):
    assert [q["text"] for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Die Reederei weist die Kritik zurück, wie aus einer Mitteilung vom Montag hervorgeht.",
            "Mitteilung",
        ),
        ("Der Verein bestreitet jede Absprache, wie ein Sprecher am Abend sagte.", "Sprecher"),
    ],
)
def test_a_comparison_clause_with_its_own_cue_is_the_source_not_the_report(text, speaker):
    """``…, wie aus X hervorgeht`` frames the clause before it; it is not what the first cue
    reports."""
    assert [q["speaker"] for q in quotes(text)] == [speaker]


def test_a_date_after_a_source_noun_is_no_source():
    """``Informationen vom späten Abend``: the source is the information, not a person Abend."""
    found = quotes("Nach Informationen vom späten Montag wurden zwölf Menschen verletzt, drei davon schwer.")
    assert [q["speaker"] for q in found] == ["Informationen"]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Die Lehrerin erzählte, wie die Eltern von dem Ausflug berichteten.", "Lehrerin"),
        ("Das Amt teilte mit, wie viele Häuser betroffen seien.", "Amt"),
    ],
)
def test_a_comparison_clause_right_after_the_cue_is_its_content(text, speaker):
    """``erzählte, wie …`` / ``teilte mit, wie …``: the wie-clause is what was told."""
    found = [q for q in quotes(text) if q["text"].startswith("wie")]
    assert [q["speaker"] for q in found] == [speaker]
