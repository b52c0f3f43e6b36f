"""Gender: the forename dictionary, honorifics and role nouns, and pronouns that never bind
to an actor of the other gender. Invented names and sentences."""

import pytest

from newsscan.lang import forenames
from newsscan.pipeline.agreement import forename_gender

from .conftest import analyse

ENGLISH = ("great_britain", "ireland", "usa")
GERMAN = ("germany", "austria", "swiss")
ITALIAN = ("italy", "swiss")


@pytest.mark.parametrize(
    "name,countries,expected",
    [
        ("Anna", GERMAN, "f"),
        ("Michael", ENGLISH, "m"),
        ("Giorgia", ITALIAN, "f"),
        ("Olaf", GERMAN, "m"),
        ("ANNA", GERMAN, "f"),  # case does not matter
        ("Andrea", ITALIAN, None),  # a man's name in Italy, a woman's elsewhere: unknown everywhere
        ("Andrea", GERMAN, None),
        ("Jean", ENGLISH, None),
        ("Kim", ENGLISH, None),
        ("Nicola", ENGLISH, None),
        ("Laurence", ENGLISH, None),  # a man's name in Britain: the language's countries decide
        ("Laurence", ("france", "belgium"), "f"),
        ("Qwertyzz", ENGLISH, None),  # not in the dictionary
        ("", ENGLISH, None),
    ],
)
def test_forename_gender(name, countries, expected):
    assert forenames.gender(name, countries) == expected


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Anna Berg", "f"),
        ("Hans-Peter Roth", "m"),  # a double given name counts by its first part
        ("Berg", None),  # a lone surname
        ("A. Berg", None),  # an initial
        ("Kim Lee", None),
    ],
)
def test_forename_of_a_full_name(name, expected):
    assert forename_gender(name, GERMAN) == expected


def test_without_the_dictionary_every_name_is_unknown(monkeypatch):
    monkeypatch.setattr(forenames, "_data_path", lambda: None)
    forenames.table.cache_clear()
    forenames.gender.cache_clear()
    try:
        assert forenames.gender("Anna", GERMAN) is None
    finally:
        monkeypatch.undo()
        forenames.table.cache_clear()
        forenames.gender.cache_clear()
    assert forenames.gender("Anna", GERMAN) == "f"


def _speakers(out):
    return [q["speaker"] for q in out["quotes"]]


def test_she_skips_the_more_recent_man():
    out = analyse(
        "Ann Leger said the budget was balanced. Tom Hollis said the team was ready. "
        "She said the vote would come next week.",
        "en",
    )
    assert _speakers(out) == ["Ann Leger", "Tom Hollis", "Ann Leger"]
    assert {a["name"]: a["gender"] for a in out["actors"]} == {"Ann Leger": "f", "Tom Hollis": "m"}


def test_she_with_only_a_man_before_has_no_speaker():
    out = analyse("Tom Hollis said the team was ready. She said the vote would come next week.", "en")
    assert _speakers(out) == ["Tom Hollis", None]


def test_he_never_binds_to_a_woman_named_by_honorific():
    out = analyse(
        "Mr. Hollis said the plan was sound. Ms. Leger said the costs were too high. "
        "He said the work would start in May.",
        "en",
    )
    assert _speakers(out) == ["Hollis", "Leger", "Hollis"]
    assert {a["name"]: a["gender"] for a in out["actors"]} == {"Hollis": "m", "Leger": "f"}


def test_english_she_is_never_an_organisation():
    out = analyse(
        "The ministry said the plan was sound. She said the work would start in May.",
        "en",
    )
    assert _speakers(out)[1] is None


def test_german_sie_may_stand_for_an_organisation():
    out = analyse(
        "Die Polizei teilte mit, der Verdächtige sei gefasst worden. Sie sagte, weitere Details "
        "würden am Montag bekanntgegeben."
    )
    assert _speakers(out) == ["Polizei", "Polizei"]
    assert out["actors"][0]["gender"] is None  # an organisation has no gender


def test_german_sie_skips_the_man_named_by_forename():
    out = analyse(
        "Anna Berger sagte, die Lage sei ernst. Max Roth sagte, das Team sei bereit. "
        "Sie sagte, sie warte auf die Entscheidung."
    )
    assert _speakers(out) == ["Anna Berger", "Max Roth", "Anna Berger"]


def test_doctor_is_no_gender_but_the_forename_is():
    out = analyse("Dr. Ann Leger said the results were promising for the whole region.", "en")
    assert out["actors"][0]["gender"] == "f"


def test_german_plural_role_after_die_has_no_gender():
    plural = analyse("Die Wissenschaftler sagten, die Ergebnisse seien überraschend gut.")
    assert [(a["name"], a["gender"]) for a in plural["actors"]] == [("Wissenschaftler", None)]
    chair = analyse("Die Vorsitzende sagte, der Verein werde die Lage prüfen.")
    assert [(a["name"], a["gender"]) for a in chair["actors"]] == [("Vorsitzende", "f")]


def test_gender_is_in_every_actor_table(tmp_path):
    import sqlite3

    from newsscan import analyze_text
    from newsscan.model import Options
    from newsscan.render.sqlite import SqliteWriter
    from newsscan.render.tables import rows
    from newsscan.schema import to_dict

    analysis = analyze_text(
        "Ann Leger said the budget was balanced for the coming year.", Options(language="en")
    )
    assert [r["gender"] for r in rows(analysis)["actors"]] == ["f"]
    path = tmp_path / "news.db"
    store = SqliteWriter(str(path))
    store.write(to_dict(analysis))
    store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT name, gender FROM actors").fetchall() == [("Ann Leger", "f")]


def test_every_honorific_gender_is_f_or_m():
    from newsscan import lang

    for code in lang.available():
        genders = set(lang.get(code).honorific_genders.values())
        assert genders <= {"f", "m"}, (code, genders)
    english = lang.get("en")
    assert english.honorific_genders["ms"] == "f" and "dr" not in english.honorific_genders
