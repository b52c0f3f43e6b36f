"""German free indirect speech: which sentences after a report continue it and which do not."""

import pytest

from newsscan import analyze_text
from newsscan.schema import to_dict


def rules(text: str) -> list[tuple[str, str]]:
    return [(q["rule"], q["text"]) for q in to_dict(analyze_text(text, language="de"))["quotes"]]


REPORT = "Der Minister sagte am Montag, die Lage sei ernst. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Er reagierte damit auf einen Plan, mit dem die Steuer erhöht werden soll.",
        "Die Opposition reichte eine Klage ein, nach der die Wahl wiederholt werden soll.",
        "Später kehrte die Familie zu der alten Version zurück, wonach ein Kabel schuld sein soll.",
        "Die Feuerwehr rückte aus, falls das Wasser weiter steigen sollte.",
    ],
)
def test_a_verb_form_in_a_relative_or_adverbial_clause_does_not_continue_a_report(sentence):
    assert [r for r, _ in rules(REPORT + sentence) if r.startswith("free_indirect")] == []


def test_a_konjunktiv_main_clause_after_a_relative_clause_still_continues():
    found = rules(REPORT + "Die Regel, mit der das Amt arbeite, sei veraltet.")
    assert ("free_indirect.continuation", "Die Regel, mit der das Amt arbeite, sei veraltet") in found


NARRATED = "Die Feuerwehr spricht von einem Großbrand. In vielen Autos wurde Feuer gelegt. "


def test_a_konjunktiv_sentence_continues_a_narrated_act_a_sentence_further_back():
    found = to_dict(
        analyze_text(NARRATED + "In einem Depot seien zwölf Busse zerstört worden.", language="de")
    )
    quotes = [q for q in found["quotes"] if q["rule"] == "free_indirect.konjunktiv"]
    assert [q["text"] for q in quotes] == ["In einem Depot seien zwölf Busse zerstört worden"]
    assert "Feuerwehr" in quotes[0]["speaker"]


@pytest.mark.parametrize(
    "sentence",
    [
        # only a shape-told form (an adverb in -e after a pronoun), no listed Konjunktiv I
        "Nun sollen sie sukzessive wieder zurückgeholt werden.",
        # the Konjunktiv stands in a subordinate clause
        "Die Feuerwehr rückte aus, weil ein Haus brenne.",
        # a capitalised noun with the letters of a Konjunktiv I form (suche)
        "Die Suche wird von einem Programm organisiert.",
    ],
)
def test_no_continuation_of_a_narrated_act_without_a_listed_konjunktiv_in_a_main_clause(sentence):
    assert [r for r, _ in rules(NARRATED + sentence) if r == "free_indirect.konjunktiv"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a new frame: the first clause narrates with a verb of its own (past, perfect)
        "Am Abend verteidigte der Verband den Plan mit dem Satz, Steuern würden nur im Notfall erhöht.",
        "Der Verband hat den Plan am Abend mit dem Hinweis verteidigt, Steuern würden nur im Notfall erhöht.",
    ],
)
def test_a_konjunktiv_after_a_narrated_main_clause_does_not_continue_the_report_before(sentence):
    assert [r for r, _ in rules(REPORT + sentence) if r == "free_indirect.continuation"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Zudem, so der Minister, seien die Kassen leer.",  # no verb before the Konjunktiv
        "Weil die Kasse leer ist, müsse die Stadt sparen.",  # a leading subordinate clause
    ],
)
def test_a_konjunktiv_main_clause_after_a_clause_with_no_verb_of_its_own_still_continues(sentence):
    assert "free_indirect.continuation" in [r for r, _ in rules(REPORT + sentence)]


def test_a_hearsay_sentence_and_a_konjunktiv_sentence_are_two_statements():
    found = rules(
        "Die Polizei sagte am Montag, der Mann sei geflohen. Er soll eine Bank überfallen haben. "
        "Er habe eine Waffe getragen. Er sei mit einem Auto geflohen."
    )
    assert [t for r, t in found if r == "free_indirect.continuation"] == [
        "Er soll eine Bank überfallen haben",
        "Er habe eine Waffe getragen. Er sei mit einem Auto geflohen",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ich habe den Plan am Abend gelesen.",  # ich habe: the indicative
        "Nun plane ich eine längere Reise.",
        "Ich arbeite an einem Film und plane eine längere Reise.",  # plane: its subject is ich
        "Nachdem der Plan gescheitert sei, trat der Minister zurück.",  # only in a leading subordinate clause
    ],
)
def test_a_form_that_is_no_konjunktiv_here_does_not_continue_a_report(sentence):
    assert [r for r, _ in rules(REPORT + sentence) if r.startswith("free_indirect")] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ich sei nie gefragt worden.",  # ich sei differs from the indicative
        "Als der Plan scheiterte, sei der Minister zurückgetreten.",  # in the main clause after it
    ],
)
def test_a_konjunktiv_of_the_first_person_or_after_a_leading_clause_continues(sentence):
    assert "free_indirect.continuation" in [r for r, _ in rules(REPORT + sentence)]


def test_konjunktiv_sentences_in_a_row_stay_one_statement_over_a_paragraph_break():
    found = rules(
        "Die Polizei sagte am Montag, der Mann sei geflohen. Er habe eine Waffe getragen.\n\n"
        "Er sei mit einem Auto entkommen."
    )
    assert [t for r, t in found if r == "free_indirect.continuation"] == [
        "Er habe eine Waffe getragen.\n\nEr sei mit einem Auto entkommen"
    ]


def test_a_leading_subordinator_before_a_finite_verb_opens_a_narrated_main_clause():
    text = (
        "Die Polizei teilte mit, der Fahrer sei geflohen. "
        "Während der Fahndung fand man das Auto, es sei ausgebrannt gewesen."
    )
    found = [q["text"] for q in to_dict(analyze_text(text, language="de"))["quotes"]]
    assert not any("fand man" in q for q in found)
    assert found[0] == "der Fahrer sei geflohen"


def test_an_ich_in_another_clause_does_not_make_the_form_a_first_person_indicative():
    # habe: its subject is er; the ich stands in the subordinate clause after the comma
    found = rules(REPORT + "Den Brief habe er nie erhalten, obwohl ich ihn selbst abgeschickt hatte.")
    assert (
        "free_indirect.continuation",
        "Den Brief habe er nie erhalten, obwohl ich ihn selbst abgeschickt hatte",
    ) in found


def test_a_verb_first_clause_after_a_narrated_clause_shares_its_subject_and_continues():
    found = rules(REPORT + "Er besuchte die Stadt oft, habe dort aber niemanden gekannt.")
    assert (
        "free_indirect.continuation",
        "Er besuchte die Stadt oft, habe dort aber niemanden gekannt",
    ) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Verband kritisierte den Plan, Steuern würden bald erhöht.",  # the clause has its own subject
        "Sollte der Vorschlag Erfolg haben, könnte der Kreis sparen.",  # a verb-first condition
    ],
)
def test_a_clause_with_a_subject_of_its_own_or_after_a_condition_does_not_continue(sentence):
    assert [r for r, _ in rules(REPORT + sentence) if r == "free_indirect.continuation"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Den 500 Bewerbern ständen nur 40 freie Plätze gegenüber.",
        "Aus den Dörfern kämen kaum noch Schüler in die Stadt.",
    ],
)
def test_a_konjunktiv_ii_form_continues_a_report(sentence):
    assert ("free_indirect.continuation", sentence.rstrip(".")) in rules(REPORT + sentence)


def test_a_konjunktiv_ii_relative_clause_after_a_preposition_is_no_report():
    text = "Der Minister verwies auf die Länder, aus denen die meisten Bewerber kämen, um die Lage zu klären."
    assert [t for _, t in rules(text) if "aus denen" in t] == []


def test_an_unframed_konjunktiv_sentence_takes_the_frame_at_the_end_of_the_next_one():
    """… habe sich bewährt. Es sei gelobt worden, berichtete X.: the frame after the second
    sentence covers the first, which had no speaker (the report before it is the object of
    another clause: den Vorschlag des Ministers)."""
    text = (
        "Die Kanzlerin lehnte den Vorschlag des Ministers Max Huber ab, die Aufsicht zu bündeln. "
        "Die geteilte Aufsicht über die Häfen habe sich bewährt. "
        "Sie sei auch von Prüfern gelobt worden, berichtete Sprecherin Eva Brandt."
    )
    quotes = to_dict(analyze_text(text, language="de"))["quotes"]
    first = next(q for q in quotes if q["text"].startswith("Die geteilte Aufsicht"))
    assert (first["speaker"], first["speaker_rule"]) == ("Eva Brandt", "cataphora")


def test_a_report_with_a_speaker_keeps_it_before_a_frame_at_the_end_of_the_next_sentence():
    """Der Minister sagte, … . X sei … . Y sei …, berichtete Z.: the continuation keeps the
    minister, whose report it continues."""
    text = (
        "Der Minister sagte am Montag, die Häfen seien sicher. Die Aufsicht habe sich bewährt. "
        "Sie sei auch gelobt worden, berichtete Sprecherin Eva Brandt."
    )
    quotes = to_dict(analyze_text(text, language="de"))["quotes"]
    second = next(q for q in quotes if q["text"].startswith("Die Aufsicht"))
    assert second["speaker"] == "Minister"


@pytest.mark.parametrize(
    "text",
    [
        "Ob man das Bild als Kunstwerk bezeichnen kann, ist fraglich. "
        "Der Maler könnte damit aber viel Geld verdienen.",
        "Nachdem er die Frau beleidigt und bedroht hatte, rannte der Täter weg. "
        "Er sei danach in einen Bus gestiegen.",
    ],
)
def test_a_cue_in_the_clause_that_opens_the_sentence_lends_no_frame(text):
    assert [r for r, _ in rules(text) if r.startswith("free_indirect")] == []


@pytest.mark.parametrize(
    "sentence",
    ["Es sei denn, die Busse fahren wieder.", "Wie dem auch sei, die Busse fahren wieder."],
)
def test_a_set_phrase_with_a_konjunktiv_continues_no_narrated_act(sentence):
    """A set phrase of ``[konjunktiv_formulas]`` reports nothing, even after a speech act."""
    assert rules(NARRATED + sentence) == []


def test_a_set_phrase_with_a_konjunktiv_continues_no_report():
    """``Gott sei Dank`` right after a report is no continuation of it."""
    text = "Die Bürgermeisterin sagte, der Damm sei stabil. Gott sei Dank regnet es nicht mehr."
    assert rules(text) == [("indirect.cue_then_report", "der Damm sei stabil")]


def test_a_set_phrase_does_not_widen_a_report_clause_to_its_sentence():
    """``Es sei denn, …, sagte X, dass …``: the formula's sei is no Konjunktiv of a main clause,
    so the dass report stays the statement of its own cue."""
    text = (
        "Der Trainer sagte, sein Torwart sei fit. Es sei denn, man fragt den Arzt, "
        "meinte die Kapitänin, dass er hinke."
    )
    quotes = to_dict(analyze_text(text, language="de"))["quotes"]
    assert [(q["rule"], q["text"], q["speaker"]) for q in quotes] == [
        ("indirect.cue_then_report", "sein Torwart sei fit", "Trainer"),
        ("indirect.cue_then_report", "dass er hinke", "Kapitänin"),
    ]
