"""The Python API: keyword options, HTML strings, batches as generators."""

import pytest

import newsscan
from newsscan.model import Options

from .conftest import SEED

TEXT = "Die Ministerin Eva Roth sagte am Montag, die Lage sei ernst."


def test_keyword_options_and_an_options_object_agree():
    a = newsscan.to_dict(newsscan.analyze_text(TEXT, language="de", keep_boilerplate=True))
    b = newsscan.to_dict(newsscan.analyze_text(TEXT, Options(language="de", keep_boilerplate=True)))
    assert a == b and a["quotes"][0]["speaker"] == "Eva Roth"


def test_unknown_options_and_languages_are_refused():
    with pytest.raises(TypeError, match="unknown option"):
        newsscan.analyze_text(TEXT, langauge="de")
    with pytest.raises(ValueError, match="known codes"):
        newsscan.analyze(str(SEED), language="german")


def test_analyze_many_is_a_lazy_generator_in_input_order(tmp_path):
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    results = newsscan.analyze_many([str(SEED), str(tmp_path / "missing.txt"), str(tmp_path)], jobs=1)
    assert iter(results) is results
    records = list(results)
    assert [("error" in r) for r in records] == [False, True, False]
    assert records[2]["quotes"][0]["speaker"] == "Eva Roth"
    one = list(newsscan.analyze_many(str(SEED)))  # a single path, not its characters
    assert len(one) == 1 and one[0]["language"]["code"] == "de"


def test_analyze_html_from_bytes_and_without_url():
    page = (
        "<html><head><meta charset='utf-8'><title>T</title></head><body><article><h1>Streik</h1>"
        "<p>Der Sprecher Jan Weber sagte am Dienstag, der Streik werde bis zum Ende der Woche fortgesetzt, "
        "weil es kein Angebot gebe.</p></article></body></html>"
    )
    analysis = newsscan.analyze_html(page.encode("utf-8"))
    assert analysis.input["format"] == "html" and "url" not in analysis.input
    assert [q.actor.name for q in analysis.quotes] == ["Jan Weber"]
