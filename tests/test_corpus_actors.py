"""Actors across a corpus: one person under several spellings, never two unnamed ones."""

import json

import pytest
from typer.testing import CliRunner

from newsscan.cli import app
from newsscan.corpus import ActorIndex, fold

runner = CliRunner()


@pytest.mark.parametrize(
    "a,b",
    [
        ("Sergej Lawrow", "Sergei Lavrov"),
        ("Sergej Lawrow", "Sergey Lavrov"),
        ("Boris Jelzin", "Boris Yeltsin"),
        ("Michail Chodorkowski", "Mikhail Khodorkovsky"),
        ("Wolodymyr Selenskyj", "Volodymyr Zelensky"),
        ("Müller", "Mueller"),
    ],
)
def test_transliterations_fold_to_one_key(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    "a,b",
    [("Sergej Lawrow", "Sergej Lawrenko"), ("Anna Schmidt", "Anne Schmitt"), ("Mark Rutte", "Marc Rutten")],
)
def test_different_names_stay_apart(a, b):
    assert fold(a) != fold(b)


def write(folder, texts):
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in texts]


def test_one_person_across_articles_by_full_name_surname_role_and_transliteration(tmp_path):
    paths = write(
        tmp_path,
        {
            "x.txt": "Der russische Außenminister Sergej Lawrow sagte, die Gespräche seien beendet.",
            "y.txt": "Außenminister Lawrow sagte am Dienstag, man sei zu Gesprächen bereit.",
            "z.txt": "Foreign Minister Sergei Lavrov said on Monday that the talks were over.",
            "w.txt": "Die Ärztin Anna Lawrow sagte, die Klinik sei überfüllt.",
        },
    )
    rows = json.loads(runner.invoke(app, ["actors", *paths, "--json"]).stdout)
    lavrov = [r for r in rows if fold(r["actor"]).endswith("lavrov") and "Anna" not in r["actor"]]
    assert len(lavrov) == 1 and lavrov[0]["articles"] == 3 and lavrov[0]["statements"] == 3
    assert lavrov[0]["kind"] == "person"
    assert any(r["actor"] == "Anna Lawrow" and r["articles"] == 1 for r in rows)


def test_unnamed_actors_are_never_joined_across_articles(tmp_path):
    paths = write(
        tmp_path,
        {
            "a.txt": "Ein Experte sagte, die Preise würden weiter steigen.",
            "b.txt": "Ein Experte sagte, die Preise würden bald wieder fallen.",
        },
    )
    rows = json.loads(runner.invoke(app, ["actors", *paths, "--json"]).stdout)
    unnamed = [r for r in rows if r["kind"] == "unnamed"]
    assert len(unnamed) == 2 and all(r["articles"] == 1 for r in unnamed)


def test_media_are_shown_as_media():
    index = ActorIndex()
    record = {
        "input": {"path": "a.txt"},
        "actors": [
            {"id": "a1", "name": "Reuters", "role": None, "kind": "organisation", "mentions": ["Reuters"]}
        ],
        "quotes": [{"actor": "a1", "via": None}],
    }
    index.add(record)
    [row] = index.rows()
    assert row["kind"] == "medium"


def test_middle_names_and_hyphens_do_not_split_a_person():
    from newsscan.corpus import Entry, group

    entries = [
        Entry("a", "Wladimir Wladimirowitsch Putin", "Präsident", "person", 1),
        Entry("b", "Wladimir Putin", None, "person", 1),
        Entry("c", "Kim Jong-un", None, "person", 1),
        Entry("d", "Kim Jong Un", None, "person", 1),
        Entry("e", "Kim Yo-jong", None, "person", 1),
    ]
    groups = sorted(sorted(g) for g in group(entries))
    assert groups == [[0, 1], [2, 3], [4]]
