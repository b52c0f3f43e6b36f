import json

import pytest

from newsscan.evaluate import assignment, evaluate, same_speaker


def test_assignment_is_optimal_not_greedy():
    # greedy would take (0,0)=0.9 then (1,1)=0.1; the optimum is 0.8 + 0.8
    weights = [[0.9, 0.8], [0.8, 0.1]]
    assert sorted(assignment(weights)) == [(0, 1), (1, 0)]


def test_same_speaker_rules():
    assert same_speaker(["Mark Rutte"], "NATO-Generalsekretär Mark Rutte")
    assert same_speaker(["Polizei"], "die Polizei")
    assert not same_speaker(["Sabrina Singh"], "Mark Rutte")


def test_evaluate_counts_on_a_tiny_corpus(tmp_path):
    text = "Ministerin Eva Roth sagte, die Lage sei ernst. Die Sonne schien."
    gold = {
        "id": "1",
        "text": text,
        "quotes": [
            {
                "text": "die Lage sei ernst",
                "type": "indirect",
                "speaker": "Ministerin Eva Roth",
                "cue": "sagte",
            },
            {"text": "Die Sonne schien.", "type": "other", "speaker": None, "optional": True},
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    errors = []
    out = evaluate(str(path), errors=errors)
    assert out["quotes"]["tp"] == 1 and out["quotes"]["fp"] == 0 and out["quotes"]["fn"] == 0
    assert out["speaker"] == {"accuracy": 1.0, "n": 1, "wrong": 0.0}
    # the optional quote was not predicted: its tokens count as missed at token level only
    assert out["message"]["fn"] == 3 and out["message"]["tp"] == 4
    assert errors == []


def test_a_pronoun_speaker_must_be_the_canonical_person_when_the_gold_names_one(tmp_path):
    text = (
        "Mayor Ann Lee met Governor Tom Hale on Monday. Hale said the bridge would open in May. "
        "He said the cost had doubled."
    )

    def corpus(canonical):
        quote = {"text": "the cost had doubled", "type": "indirect", "speaker": "He", "cue": "said"}
        if canonical:
            quote["speaker_canonical"] = canonical
        path = tmp_path / f"gold_{canonical}.jsonl"
        path.write_text(json.dumps({"id": "1", "lang": "en", "text": text, "quotes": [quote]}) + "\n")
        errors = []
        return evaluate(str(path), errors=errors)["pronoun_speaker"], errors

    right, errors = corpus("Tom Hale")
    assert (right["accuracy"], right["n"]) == (1.0, 1) and not [e for e in errors if e["error"] == "pronoun"]
    wrong, errors = corpus("Ann Lee")  # the gold says "He" meant someone the pronoun was not bound to
    assert (wrong["accuracy"], wrong["n"]) == (0.0, 1)
    assert [e["canonical"] for e in errors if e["error"] == "pronoun"] == ["Ann Lee"]
    resolved, _ = corpus(None)  # no canonical name: resolved to an actor is what can be checked
    assert (resolved["accuracy"], resolved["n"], resolved["bound"]) == (1.0, 1, 1.0)


def test_eval_rejects_a_file_in_another_format(tmp_path):
    from typer.testing import CliRunner

    from newsscan.cli import app

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(bad)])
    assert result.exit_code == 1
    assert "bad.jsonl:1" in result.stderr and "Traceback" not in result.stderr


def _eval_cli(*args):
    from typer.testing import CliRunner

    from newsscan.cli import app

    return CliRunner().invoke(app, ["eval", *map(str, args)])


def test_eval_reads_newsscans_own_jsonl_output(tmp_path):
    from typer.testing import CliRunner

    from newsscan.cli import app

    from .conftest import SEED

    own = tmp_path / "own.jsonl"
    result = CliRunner().invoke(
        app, ["analyze", str(SEED), str(tmp_path / "missing.txt"), "-f", "jsonl", "-o", str(own)]
    )
    assert result.exit_code == 1
    records = [json.loads(line) for line in own.read_text(encoding="utf-8").splitlines()]
    assert any(q["type"] == "mixed" for r in records if "error" not in r for q in r["quotes"])
    out = _eval_cli(own, "--json")
    assert out.exit_code == 0, out.stderr
    figures = json.loads(out.stdout)
    assert figures["articles"] == 1 and figures["skipped"] == 1
    assert figures["quotes"]["f1"] > 0.9


def test_eval_maps_mixed_gold_quotes_to_indirect(tmp_path):
    text = "Die Ministerin sagte, die Regel sei „kein Selbstzweck“, und ging."
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps({"text": text, "quotes": [{"text": "die Regel sei „kein Selbstzweck“", "type": "mixed"}]})
        + "\n",
        encoding="utf-8",
    )
    out = evaluate(str(path))
    assert out["by_type"]["indirect"]["tp"] + out["by_type"]["indirect"]["fn"] == 1


def test_gold_quotes_with_only_text_are_accepted(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps(
            {
                "text": "Ministerin Eva Roth sagte, die Lage sei ernst.",
                "quotes": [{"text": "die Lage sei ernst"}],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    out = evaluate(str(path))
    assert out["quotes"]["tp"] == 1 and out["speaker"]["n"] == 0


@pytest.mark.parametrize(
    "lines,where,what",
    [
        (['{"text": "a", "quotes": []}', '{"text": 5}'], ":2:", 'no "text" string'),
        (['{"text": "a", "quotes": [{"speaker": "x"}]}'], ":1:", "quote 1 has no"),
        (['{"text": "a"}', "", "[1, 2]"], ":3:", "JSON object"),
        (["["], ":1:", "JSON array, not JSON Lines"),
        (['{"text": "a", "quotes": {}}'], ":1:", "not a list"),
    ],
)
def test_malformed_gold_records_are_named_by_line(tmp_path, lines, where, what):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _eval_cli(path)
    assert result.exit_code == 1 and result.stdout == ""
    assert where in result.stderr and what in result.stderr and "Traceback" not in result.stderr


def test_pronoun_speaker_is_checked_against_the_canonical_name(tmp_path):
    text = (
        "Ann Leger said the budget was balanced. Tom Hollis said the team was ready. "
        "She said the vote would come next week."
    )

    def quote(content, speaker, canonical):
        return {"text": content, "type": "indirect", "speaker": speaker, "speaker_canonical": canonical}

    gold = {
        "id": "1",
        "text": text,
        "quotes": [
            quote("the budget was balanced", "Ann Leger", "Ann Leger"),
            quote("the team was ready", "Tom Hollis", "Tom Hollis"),
            quote("the vote would come next week", "She", "Ann Leger"),
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    out = evaluate(str(path))
    assert out["pronoun_speaker"] == {
        "accuracy": 1.0,
        "n": 1,
        "bound": 1.0,
        "canonical_n": 1,
        "gender_clash": 0,
    }
    assert out["canonical_speaker"] == {"accuracy": 1.0, "n": 3}
    wrong = dict(
        gold, quotes=gold["quotes"][:2] + [quote("the vote would come next week", "She", "Tom Hollis")]
    )
    path.write_text(json.dumps(wrong) + "\n", encoding="utf-8")
    errors = []
    out = evaluate(str(path), errors=errors)
    assert out["pronoun_speaker"]["accuracy"] == 0.0
    assert [e["error"] for e in errors] == ["pronoun"]


def test_speaker_errors_are_sorted_into_categories_by_shape():
    import importlib.util

    from .conftest import ROOT

    spec = importlib.util.spec_from_file_location("quality", ROOT / "benchmarks" / "quality.py")
    quality = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(quality)

    def error(gold, predicted, mention=None, kind="speaker"):
        return {"error": kind, "gold": gold, "predicted": predicted, "mention": mention}

    assert quality.category(error("court records", None)) == "no speaker"
    assert quality.category(error("court records", "court")) == "part of the phrase"
    assert quality.category(error("Ann Lee", "Sunday", "Fox News Sunday")) == "another mention"
    assert quality.category(error("he", "Tom Hale", "he", kind="pronoun")) == "pronoun bound wrong"
    assert quality.category(error("he", None, "he", kind="pronoun")) == "pronoun unresolved"
