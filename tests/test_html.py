"""HTML pages written for the tests: navigation, cookie banner, related box, inline ads,
comments and footer must go; every real paragraph and the blockquote must stay."""

import pathlib

import pytest

from newsscan import analyze, to_dict
from newsscan.pipeline import clean, load

PAGES = pathlib.Path(__file__).parent / "pages"

CASES = {
    "de_stadtwerke.html": {
        "keep": [
            "Die Stadtwerke Rheintal erhöhen zum 1. März die Gaspreise um neun Prozent.",
            "Geschäftsführer Holger Brandner begründete den Schritt mit gestiegenen Einkaufskosten.",
            "Eine Sprecherin sagte, viele Familien seien schon jetzt an der Belastungsgrenze.",
            "„Wer jetzt nicht vergleicht, zahlt im nächsten Winter drauf“, warnte die Verbraucherschützerin",
            "Kunden können nach Angaben der Stadtwerke bis Ende Februar ohne Frist kündigen.",
        ],
        "drop": [
            "Cookies",
            "Startseite",
            "Strompreise steigen ebenfalls",
            "Abzocke",
            "Impressum",
            "[Anzeige",
            "Kommentare (14)",
            "Quelle: dpa",
            "Rheintaler Anzeiger GmbH",
        ],
        "metadata": {
            "title": "Stadtwerke erhöhen die Gaspreise",
            "author": "Jana Albrecht",
            "site_name": "Rheintaler Anzeiger",
            "date": "2024-02-12",
            "canonical_url": "https://rheintaler-anzeiger.example/wirtschaft/gaspreise",
            "source": "dpa",
        },
    },
    "en_council.html": {
        "keep": [
            "Riverside council voted 7-2 on Tuesday to build a new pedestrian bridge",
            '"This bridge will connect two neighbourhoods that have been cut off from each other',
            "Councillor James Reed, who voted against the plan, said the cost",
            '"We are spending money we do not have on a project few people asked for," Reed told reporters',
            "Construction is expected to begin in the spring",
        ],
        "drop": [
            "cookies",
            "Opinion",
            "Mill River flooding",
            "waste of taxpayers",
            "All rights reserved",
            "Advertisement",
            "Share this article",
            "Comments",
        ],
        "metadata": {
            "title": "Council approves new bridge after long debate",
            "author": "Tom Whitfield",
            "site_name": "Riverside Gazette",
        },
    },
    "fr_greve.html": {
        "keep": [
            "La Première ministre a annoncé mardi qu'elle recevrait les syndicats",
            "« Le dialogue est la seule voie possible », a-t-elle déclaré",
            "Pour la CGT, cette annonce arrive trop tard, a estimé sa secrétaire générale, Sophie Binet.",
            "Selon l'AFP, plus de 200 000 personnes ont manifesté dans toute la France.",
        ],
        "drop": ["cookies", "Accueil", "Publicité", "Lire aussi", "commentaires", "Par Claire Martin"],
        "metadata": {
            "title": "Grève : le gouvernement ouvre la porte au dialogue",
            "author": "Claire Martin",
        },
    },
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_page_is_cleaned(name):
    case = CASES[name]
    doc = load.load(str(PAGES / name))
    assert doc.format == "html" and doc.encoding == "utf-8"
    cleaned = clean.clean(doc)
    for text in case["keep"]:
        assert text in cleaned.text, text
    for text in case["drop"]:
        assert text not in cleaned.text, text
    metadata = dict(cleaned.metadata)
    for key, value in case["metadata"].items():
        assert metadata.get(key) == value, key


def test_inline_markers_that_the_extractor_keeps_are_removed_and_recorded():
    import trafilatura

    page = (PAGES / "de_stadtwerke.html").read_text(encoding="utf-8")
    extracted = trafilatura.extract(page, include_comments=False)
    assert "[Anzeige_2]" in extracted and "Quelle: dpa" in extracted  # what the extractor alone leaves
    cleaned = clean.clean(load.load(str(PAGES / "de_stadtwerke.html")))
    assert {(r.kind, r.text) for r in cleaned.boilerplate} >= {
        ("ad-marker", "[Anzeige_2]"),
        ("source", "Quelle: dpa"),
        ("comments", "Kommentare (14)"),
    }


def test_statements_are_found_in_html():
    out = to_dict(analyze(str(PAGES / "de_stadtwerke.html")))
    assert out["input"]["format"] == "html"
    found = {(q["speaker"], q["type"]) for q in out["quotes"]}
    assert ("Holger Brandner", "direct") in found
    assert ("Petra Kühn", "direct") in found


def test_html_on_stdin_is_recognised():
    from typer.testing import CliRunner

    from newsscan.cli import app

    html = (PAGES / "en_council.html").read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", "-"], input=html)
    assert result.exit_code == 0
    assert "pedestrian bridge" in result.stdout and "cookies" not in result.stdout


def test_malformed_html_still_yields_text(tmp_path):
    page = tmp_path / "broken.html"
    page.write_text(
        "<html><body><div><p>Der Minister sagte am Montag, die neue Regel gelte ab sofort für alle "
        "Betriebe im Land.<p>Die Opposition kritisierte den Plan scharf und kündigte Widerstand an."
        "<div><span>unclosed",
        encoding="utf-8",
    )
    doc = load.load(str(page))
    assert "die neue Regel gelte ab sofort" in doc.raw


def test_seed_as_html_reads_like_the_text(tmp_path):
    import html as htmllib

    from .conftest import SEED

    lines = SEED.read_text(encoding="utf-8").splitlines()
    body = "".join(f"<p>{htmllib.escape(line)}</p>\n" for line in lines)
    page = tmp_path / "seed.html"
    page.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Titel</title></head><body>"
        f"<nav><a href='/'>Start</a></nav><article>{body}</article><footer>© Verlag</footer>"
        f"</body></html>",
        encoding="utf-8",
    )
    as_html, as_text = to_dict(analyze(str(page))), to_dict(analyze(str(SEED)))
    key = [(q["speaker"], q["type"], q["via"], q["text"]) for q in as_text["quotes"]]
    assert [(q["speaker"], q["type"], q["via"], q["text"]) for q in as_html["quotes"]] == key
    assert as_html["metadata"]["source_url"] == as_text["metadata"]["source_url"]
    assert {b["kind"] for b in as_html["boilerplate"]} == {"ad-marker", "source", "comments"}
