"""`newsscan show`: the article in the terminal with its statements marked.

The golden files in tests/show_golden/ test layout stability only: they are the seed's
record (tests/show_golden/seed.json, analysis output frozen as renderer input) drawn by
rich's recording console at 80 and 160 columns, with colour (ANSI) and without. They
were reviewed by eye (`cat tests/show_golden/seed_80.ansi` in a terminal); after a
deliberate change of the view, regenerate them with `python -m tests.test_show` and
read the diff. Whether the marks are right is tested on live analyses below.
"""

import json
import pathlib
import re

import pytest
from rich.console import Console
from typer.testing import CliRunner

from newsscan.cli import app
from newsscan.render import marks, show

from .conftest import SEED, analyse

GOLDEN = pathlib.Path(__file__).resolve().parent / "show_golden"
COLOUR_CODE = re.compile(r"\x1b\[[0-9;]*(?:3[0-79]|4[0-79]|9[0-7]|10[0-7]|[34]8;[0-9;]+)m")


def seed_record() -> dict:
    return json.loads((GOLDEN / "seed.json").read_text(encoding="utf-8"))


def recorded(record: dict, width: int, colour: bool, height: int = 5000) -> Console:
    console = Console(
        record=True,
        width=width,
        height=height,
        force_terminal=True,
        no_color=not colour,
        color_system="truecolor" if colour else None,
        file=open("/dev/null", "w"),
        legacy_windows=False,
    )
    show.render(record, console, pager=False)
    return console


def golden_name(width: int, colour: bool) -> str:
    return f"seed_{width}.ansi" if colour else f"seed_{width}_nocolor.txt"


def draw(width: int, colour: bool) -> str:
    console = recorded(seed_record(), width, colour)
    return console.export_text(styles=colour)


@pytest.mark.parametrize("width", [80, 160])
@pytest.mark.parametrize("colour", [True, False], ids=["colour", "nocolor"])
def test_layout_matches_the_reviewed_golden_file(width, colour):
    expected = (GOLDEN / golden_name(width, colour)).read_text(encoding="utf-8")
    assert draw(width, colour) == expected


@pytest.mark.parametrize("width", [80, 160])
def test_no_line_is_wider_than_the_terminal(width):
    for colour in (True, False):
        for line in draw(width, colour).splitlines():
            assert len(re.sub(r"\x1b\[[0-9;]*m", "", line)) <= width


def styles_at(record: dict, plain: bool = False):
    """The rendered article text and a function giving the style at an offset."""
    console = Console(width=80, color_system="truecolor", force_terminal=True, file=open("/dev/null", "w"))
    text = show.article_text(record, plain=plain)
    return text, lambda offset: text.get_style_at_offset(console, offset)


def test_every_statement_of_the_seed_is_on_its_speakers_colour():
    from newsscan import analyze, to_dict

    record = to_dict(analyze(str(SEED)))
    text, style = styles_at(record)
    assert text.plain == record["text"]
    colours = marks.colours(record)
    assert len(set(colours[a["id"]] for a in record["actors"])) == len(record["actors"])  # distinct
    assert len(record["quotes"]) == 13
    for q in record["quotes"]:
        expected = colours[q["actor"]]
        for start, end in q["spans"]:
            for offset in range(start, end):
                assert style(offset).bgcolor.triplet.hex == expected, (q["id"], offset)
    outside = [
        i
        for i in range(len(record["text"]))
        if not any(s <= i < e for q in record["quotes"] for s, e in q["spans"])
    ]
    assert outside and all(style(i).bgcolor is None for i in outside)


def test_cues_are_bold_and_agencies_underlined_on_the_seed():
    from newsscan import analyze, to_dict

    record = to_dict(analyze(str(SEED)))
    text, style = styles_at(record)
    raw = record["text"]
    bold = {raw[m.start() : m.end()] for m in re.finditer(r"\S+", raw) if style(m.start()).bold}
    assert {"bestätigte", "sagte", "forderte", "zitierte", "erklärte", "betonte"} <= bold
    for name in ("ABC News", "Reuters", "TASS"):
        at = raw.index(name)
        assert all(style(i).underline for i in range(at, at + len(name)))
    assert not style(raw.index("Mark Rutte")).underline


def test_a_cue_inside_its_statement_is_bold_on_the_statement_colour():
    record = analyse(
        "Ein Bericht des Ministeriums liegt vor. Die Laufzeit der Lieferungen ist demnach auf "
        "die nächsten drei Jahre ausgerichtet."
    )
    (quote,) = record["quotes"]
    assert quote["cue"] == "demnach"
    text, style = styles_at(record)
    at = record["text"].index("demnach")
    assert (
        quote["start"] < at
        and style(at).bold
        and style(at).bgcolor.triplet.hex == marks.colours(record)[quote["actor"]]
    )
    assert not style(at - 2).bold


def test_without_colour_statements_are_bracketed_with_initials():
    from newsscan import analyze, to_dict

    record = to_dict(analyze(str(SEED)))
    out = recorded(record, 80, colour=False).export_text(styles=True)
    assert not COLOUR_CODE.search(out)
    flat = " ".join(re.sub(r"\x1b\[[0-9;]*m", "", out).split())
    tags = marks.actor_tags(record)
    for q in record["quotes"]:
        first = " ".join(record["text"][q["spans"][0][0] : q["spans"][0][1]].split())
        assert f"[{tags[q['actor']]}: {first}]" in flat
    assert "{ABC News}" in flat and "{Reuters}" in flat and "{TASS}" in flat


def test_legend_lists_actors_with_role_kind_count_and_gender_when_known():
    record = analyse(
        "Die Ministerin Anna Berger sagte, der Plan sei fertig. Sie sagte, er koste wenig.\n\n"
        "Der Bürgermeister Karl Roth erklärte, die Stadt stimme zu."
    )
    record["actors"][0]["gender"] = "f"  # as a later schema may carry it
    record["actors"][1]["gender"] = None
    out = " ".join(recorded(record, 100, colour=False).export_text().split())
    assert "Anna Berger Ministerin person f 2" in out
    assert "Karl Roth Bürgermeister person 1" in out
    assert "gender" in out


def test_no_gender_column_when_no_actor_has_one():
    record = analyse("Die Ministerin Anna Berger sagte, der Plan sei fertig.")
    for actor in record["actors"]:
        actor.pop("gender", None)
    assert "gender" not in recorded(record, 100, colour=True).export_text()


def test_article_text_is_never_markup_and_control_characters_are_stripped():
    hostile = (
        "Die Ministerin Anna Berger sagte, der Plan [bold red]sei[/bold red] \x1b[31mfertig\x1b[0m "
        "und [link=http://x.test]gut[/link].\u202e Ende\x07."
    )
    record = analyse(hostile)
    assert record["quotes"], "the sentence must hold a statement"
    for colour in (True, False):
        out = recorded(record, 120, colour).export_text(styles=True)
        plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
        assert "[bold red]sei[/bold red]" in plain and "[link=http://x.test]gut[/link]" in plain
        assert "\x1b[31m" not in out and "\x07" not in out and "\u202e" not in out
        assert "\x1b]8;" not in out  # no hyperlink escape either
        assert "fertig" in plain and "[31m" not in plain  # the whole escape sequence is gone, not just ESC


def test_long_articles_go_through_the_pager_on_a_terminal(monkeypatch):
    import pydoc

    paged = []
    monkeypatch.setattr(pydoc, "pager", paged.append)
    console = Console(
        width=80, height=20, force_terminal=True, color_system="truecolor", file=open("/dev/null", "w")
    )
    show.render(seed_record(), console, pager=True)
    assert len(paged) == 1 and "Mark Rutte" in paged[0] and "\x1b[" in paged[0]  # styles kept for less -R
    short = analyse("Die Ministerin Anna Berger sagte, der Plan sei fertig.")
    console = Console(width=80, height=60, force_terminal=True, file=open("/dev/null", "w"))
    show.render(short, console, pager=True)
    show.render(seed_record(), console, pager=False)
    assert len(paged) == 1


def test_show_command_on_the_seed():
    result = CliRunner().invoke(app, ["show", str(SEED)])
    assert result.exit_code == 0
    assert (
        "Actors" in result.stdout
        and "Sergej Lawrow" in result.stdout
        and "Removed as boilerplate" in result.stdout
    )
    flat = " ".join(result.stdout.split())
    assert "[MR: dass nordkoreanische Soldaten" in flat  # not a terminal: no colour, brackets instead
    assert "\x1b[" not in result.stdout


def test_show_reads_stdin():
    result = CliRunner().invoke(
        app, ["show", "-"], input="Die Ministerin Anna Berger sagte, der Plan sei fertig."
    )
    assert result.exit_code == 0 and "[AB: der Plan sei fertig]" in result.stdout


def test_show_into_a_closed_pipe_ends_quietly_with_0():
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "newsscan", "show", str(SEED)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    proc.stdout.close()  # the reader is gone before anything is written
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and err == b""


def test_an_error_record_is_one_line():
    from newsscan.schema import error_record

    console = recorded(error_record("missing.txt", "input", "missing.txt: no such file"), 80, colour=False)
    assert console.export_text() == "input error: missing.txt: no such file\n"


def test_show_bad_input_is_one_line_and_exit_1(tmp_path):
    result = CliRunner().invoke(app, ["show", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no such file" in lines[0]


def test_a_statement_with_no_speaker_is_grey_and_tagged_with_a_question_mark():
    record = analyse(
        "Die Ministerin Anna Berger sagte, der Plan sei fertig.\n\nEs hieß, der Plan sei gescheitert."
    )
    assert [q["speaker"] for q in record["quotes"]] == ["Anna Berger", None]
    text, style = styles_at(record)
    assert style(record["quotes"][1]["start"]).bgcolor.triplet.hex == marks.NO_SPEAKER
    out = " ".join(recorded(record, 100, colour=False).export_text().split())
    assert "[?: der Plan sei gescheitert]" in out and "[?] (no speaker found) 1" in out


if __name__ == "__main__":  # regenerate the golden files after a deliberate change
    for width in (80, 160):
        for colour in (True, False):
            (GOLDEN / golden_name(width, colour)).write_text(draw(width, colour), encoding="utf-8")
