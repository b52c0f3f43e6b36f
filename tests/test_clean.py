import pytest

from newsscan.model import Document
from newsscan.pipeline import clean

BODY = "Der Minister sagte am Montag, die Reform komme.\n"


def run(text, **kw):
    return clean.clean(Document(raw=text), **kw)


@pytest.mark.parametrize(
    "line,kind",
    [
        ("[Anzeige_2]", "ad-marker"),
        ("[Anzeige]", "ad-marker"),
        ("Anzeige", "ad-marker"),
        ("Werbung", "ad-marker"),
        ("[Ad_1]", "ad-marker"),
        ("Advertisement", "ad-marker"),
        ("Kommentar (0)", "comments"),
        ("Kommentare (12)", "comments"),
        ("Quelle: dpa", "source"),
        ("Foto: dpa", "photo-credit"),
        ("Lesen Sie auch: Der große Überblick", "read-more"),
        ("Mehr zum Thema", "read-more"),
        ("Newsletter abonnieren", "share"),
        ("Artikel teilen", "share"),
    ],
)
def test_boilerplate_lines_are_removed_and_recorded(line, kind):
    out = run(BODY + line + "\n" + BODY)
    assert line not in out.text
    assert [(r.text, r.kind, r.line) for r in out.boilerplate] == [(line, kind, 2)]


def test_source_url_goes_to_metadata():
    out = run(BODY + "Quelle: https://example.org/a-b-c")
    assert dict(out.metadata)["source_url"] == "https://example.org/a-b-c"
    assert "example.org" not in out.text


def test_caption_removed_but_short_paragraph_kept():
    text = (
        "Die Regierung hat das Gesetz am Freitag beschlossen.\n"
        "Demonstranten vor dem Reichstag in Berlin.\n"
        "Die Opposition kündigte Widerstand an.\n"
        "Die Polizei ermittelt.\n"
        "Das Gesetz tritt im Januar in Kraft."
    )
    out = run(text)
    assert [r.kind for r in out.boilerplate] == ["caption"]
    assert "Demonstranten vor dem Reichstag" not in out.text
    assert "Die Polizei ermittelt." in out.text


def test_prose_lines_that_mention_markers_are_kept():
    text = BODY + "Die Anzeige gegen den Bürgermeister wurde zurückgezogen.\n" + BODY
    assert run(text).boilerplate == ()


def test_keep_boilerplate_turns_cleaning_off():
    out = run(BODY + "[Anzeige_2]\n" + BODY, keep_boilerplate=True)
    assert "[Anzeige_2]" in out.text and out.boilerplate == ()


def test_paragraphs_are_separated_by_one_blank_line():
    assert run("Erster Absatz.\n\n\n\nZweiter Absatz.\n").text == "Erster Absatz.\n\nZweiter Absatz."


@pytest.mark.parametrize(
    "line,author",
    [
        ("By Jane Doe", "Jane Doe"),
        ("Von Max Mustermann und Erika Muster", "Max Mustermann und Erika Muster"),
        ("By Maria de la Cruz", "Maria de la Cruz"),
    ],
)
def test_byline_goes_to_metadata_as_author(line, author):
    out = run(BODY + line + "\n" + BODY)
    assert dict(out.metadata)["author"] == author
    assert [(r.kind, r.line) for r in out.boilerplate] == [("byline", 2)]


@pytest.mark.parametrize("line", ["By the numbers", "Von Berlin aus", "Von Montag an gilt die neue Regel."])
def test_lines_that_only_start_like_a_byline_are_no_byline(line):
    out = run(BODY + line + "\n" + BODY)
    assert "author" not in dict(out.metadata)
    assert all(r.kind != "byline" for r in out.boilerplate)


def test_bracketed_ad_markers_inside_a_line_are_removed_and_recorded():
    out = run(
        "Der Minister sagte, die Lage sei ernst. [Anzeige_2] Die Polizei ermittle.\n"
        "The mayor said the plan would work. [Ad_1] Critics disagreed.\n"
    )
    assert "[Anzeige_2]" not in out.text and "[Ad_1]" not in out.text
    assert "ernst. Die Polizei" in out.text and "work. Critics" in out.text
    assert [(r.text, r.kind, r.line) for r in out.boilerplate] == [
        ("[Anzeige_2]", "ad-marker", 1),
        ("[Ad_1]", "ad-marker", 2),
    ]


def test_an_unbracketed_word_inside_prose_is_kept():
    out = run("Die Anzeige gegen den Bürgermeister wurde zurückgezogen. Werbung sei kein Verbrechen.\n")
    assert out.boilerplate == () and "Anzeige gegen" in out.text
