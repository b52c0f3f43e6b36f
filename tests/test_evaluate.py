import json

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
    gold = {"id": "1", "text": text, "quotes": [
        {"text": "die Lage sei ernst", "type": "indirect", "speaker": "Ministerin Eva Roth", "cue": "sagte"},
        {"text": "Die Sonne schien.", "type": "other", "speaker": None, "optional": True}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    errors = []
    out = evaluate(str(path), errors=errors)
    assert out["quotes"]["tp"] == 1 and out["quotes"]["fp"] == 0 and out["quotes"]["fn"] == 0
    assert out["speaker"] == {"accuracy": 1.0, "n": 1}
    # the optional quote was not predicted: its tokens count as missed at token level only
    assert out["message"]["fn"] == 3 and out["message"]["tp"] == 4
    assert errors == []


def test_eval_rejects_a_file_in_another_format(tmp_path):
    from typer.testing import CliRunner

    from newsscan.cli import app

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(bad)])
    assert result.exit_code == 1
    assert "bad.jsonl:1" in result.stderr and "Traceback" not in result.stderr
