"""The README's examples run and print what it says; its options are documented."""

import contextlib
import io
import json
import re
import shutil
import subprocess

import pytest

from .conftest import ROOT, SEED

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _api_examples():
    section = README[README.index("## Python API") : README.index("## The JSON schema")]
    return re.findall(r"```python\n(.*?)```\n\n```text\n(.*?)```", section, re.S)


def test_the_api_section_has_examples():
    assert len(_api_examples()) >= 3


@pytest.mark.parametrize("code,expected", _api_examples(), ids=lambda x: x.split("\n")[-2][:40])
def test_readme_api_example_prints_what_it_says(code, expected, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {"__name__": "readme_example"})
    assert out.getvalue() == expected


def test_public_names_are_consistent():
    import newsscan

    assert set(newsscan.__all__) <= set(dir(newsscan))
    for name in newsscan.__all__:
        assert getattr(newsscan, name) is not None
    for name in ("analyze", "analyze_text", "analyze_html", "analyze_many", "to_dict"):
        assert name in newsscan.__all__ and f"`{name}(" in README
    assert (ROOT / "newsscan" / "py.typed").exists()


def test_every_analyze_option_is_in_the_readme():
    from typer.testing import CliRunner

    from newsscan.cli import app

    help_text = CliRunner().invoke(app, ["analyze", "--help"]).stdout
    options = set(re.findall(r"(--[a-z][a-z-]+)", help_text)) - {"--help"}
    assert options and [o for o in sorted(options) if f"`{o}" not in README] == []


@pytest.mark.parametrize("command", ["analyze", "actors", "clean", "eval"])
def test_help_shows_plain_metavars(command):
    from typer.testing import CliRunner

    from newsscan.cli import app

    text = CliRunner().invoke(app, [command, "--help"]).stdout
    assert "Usage: " in text
    for leak in ("<str>", "<int", "<float>", "<list", "\\[", "{"):
        assert leak not in text, leak


@pytest.mark.skipif(not shutil.which("jq"), reason="jq is not installed")
def test_readme_jq_recipes_run(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED, folder / "a.txt")
    (folder / "b.txt").write_text("", encoding="utf-8")
    from typer.testing import CliRunner

    from newsscan.cli import app

    recipes = re.findall(r"^newsscan analyze (\S+) (--format \w+) \| (jq .*)$", README, re.M)
    assert len(recipes) >= 3
    for source, fmt, jq in recipes:
        target = SEED if source == "article.txt" else folder
        data = CliRunner().invoke(app, ["analyze", str(target), *fmt.split()]).stdout
        out = subprocess.run(jq, shell=True, input=data, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0 and out.stdout.strip(), (jq, out.stderr)
        assert "Lawrow" in out.stdout or json.loads(out.stdout.splitlines()[0])
