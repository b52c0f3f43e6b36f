"""Languages newsscan has no data for: said, not guessed; --language takes known codes only."""

import json

import pytest
from typer.testing import CliRunner

from newsscan import analyze_text, lang, to_dict
from newsscan.cli import app
from newsscan.pipeline.language import detect

runner = CliRunner()

RUSSIAN = (
    "Министр заявил журналистам в понедельник: «Мы не будем отступать ни на шаг». "
    "Позже он добавил, что переговоры продолжатся на следующей неделе в столице."
)


def test_a_language_without_data_is_marked_and_read_with_quotation_marks_only():
    record = to_dict(analyze_text(RUSSIAN))
    assert record["language"]["code"] == "ru"
    assert record["language"]["supported"] is False and record["language"]["data"] is None
    assert [q["text"] for q in record["quotes"]] == ["Мы не будем отступать ни на шаг"]
    assert record["quotes"][0]["speaker"] is None and record["actors"] == []


def test_a_related_language_says_whose_data_read_it():
    record = to_dict(analyze_text("El ministre va dir que la situació és greu.", language="ca"))
    assert record["language"] == {"code": "ca", "probability": None, "supported": False, "data": "es"}


def test_the_cli_warns_once_per_unsupported_language(tmp_path):
    for n in range(2):
        (tmp_path / f"ru{n}.txt").write_text(RUSSIAN, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path), "-f", "jsonl"])
    assert result.exit_code == 0
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 1 and "'ru' has no data of its own" in warnings[0]
    assert all(not json.loads(line)["language"]["supported"] for line in result.stdout.splitlines())


@pytest.mark.parametrize("code", ["english", "xx", "../../etc", "de/../en", ""])
def test_unknown_language_codes_are_usage_errors_listing_the_known_ones(tmp_path, code):
    article = tmp_path / "a.txt"
    article.write_text("Der Minister sagte, die Lage sei ernst.", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(article), "-l", code])
    assert result.exit_code == 2 and result.stdout == ""
    message = " ".join(result.stderr.split())
    assert "unknown language code" in message and "known codes:" in message and "de, en, es, fr" in message


def test_validate_never_lets_a_path_through():
    for bad in ("../de", "de/", "/tmp", "..", "de\x00"):
        with pytest.raises(lang.UnknownLanguage):
            lang.validate(bad)
    assert lang.validate(" DE ") == "de"
    with pytest.raises(ValueError):
        analyze_text("Er sagte, es sei gut.", language="../../x")


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin sagte: „Wir kommen morgen.“",
        "Hans sagte: „Wir haben gewonnen.“",
        "Er sagte: „Wir kommen morgen.“",
        "Geplant waren Kosten in Höhe von 5 Milliarden Euro.",
    ],
)
def test_short_german_text_is_not_taken_for_afrikaans_or_danish(text):
    found = detect(text)
    assert found.code == "de"
    assert found.probability < 0.5  # honest: the detector itself did not favour German


@pytest.mark.parametrize(
    "text,code",
    [
        ("Он сказал: «Мы придём завтра».", "ru"),
        ("Hy het gesê dat hulle môre kom.", "af"),
        ("Hij zei dat het goed gaat.", "nl"),
        ("Es tritt per 1. Mai in Kraft.", "de"),
        ("He said the deal was done.", "en"),
        ("Il a dit que la guerre est finie.", "fr"),
    ],
)
def test_short_texts_in_other_languages_keep_their_language(text, code):
    assert detect(text).code == code


def test_the_table_says_a_language_has_no_data(tmp_path):
    article = tmp_path / "ru.txt"
    article.write_text(RUSSIAN, encoding="utf-8")
    out = runner.invoke(app, ["analyze", str(article), "-f", "table"]).stdout
    assert "no data of its own: quotation marks only" in " ".join(out.split())


def test_a_word_class_declared_twice_is_an_error_when_the_data_loads():
    with pytest.raises(ValueError, match=r"\[coordinators\] is declared twice"):
        lang._sections(["[coordinators]", "and", "[negations]", "not", "[coordinators]", "or"])
    assert lang._sections(["[coordinators]", "And", "or"]) == {"coordinators": frozenset({"and", "or"})}


def test_role_inflections_are_checked_when_the_data_loads():
    from newsscan.lang.inflections import check_inflections

    with pytest.raises(ValueError, match="role_inflections"):
        check_inflections("xx", {"role_inflections": [["s"]]})
    with pytest.raises(ValueError, match="role_inflections"):
        check_inflections("xx", {"role_inflections": [["", "e"]]})
    check_inflections("xx", {"role_inflections": [["s", ""], ["en", "e"]]})


def test_a_quote_over_paragraphs_in_a_language_without_data_is_its_parts_joined():
    text = (
        "«Это первый абзац цитаты, очень длинный текст здесь. \n\n"
        "«Это второй абзац той же цитаты, тоже длинный», сказал он."
    )
    out = to_dict(analyze_text(text))
    [quote] = out["quotes"]
    parts = [out["text"][a:b] for a, b in quote["spans"]]
    assert len(parts) == 2 and quote["text"] == " ".join(parts) and "\n" not in quote["text"]
    assert all(p == p.strip() for p in parts)
