"""Odd input never raises: random mixtures of quotation marks, punctuation, cues and names.

Set NEWSSCAN_FUZZ=1500 to try more texts than the default 60.
"""

import os
import random

import pytest

from newsscan import analyze_text, to_dict
from newsscan.model import Options

PIECES = [
    "„",
    "“",
    "”",
    '"',
    "»",
    "«",
    "‚",
    "‘",
    "’",
    ",",
    ".",
    ":",
    ";",
    "!",
    "?",
    "(",
    ")",
    "–",
    "\n",
    "\n\n",
    " ",
    " ",
    " ",
    "sagte",
    "said",
    "laut",
    "according to",
    "zufolge",
    "dass",
    "that",
    "Der",
    "die",
    "er",
    "sie",
    "he",
    "Minister",
    "Sprecherin",
    "Anna",
    "Berg",
    "Reuters",
    "dpa",
    "sei",
    "habe",
    "so",
    "wie",
    "nach Angaben der",
    "Polizei",
    "Herr",
    "Mr.",
    "42",
    "3.",
    "z. B.",
    "Quelle: dpa",
    "[Anzeige]",
    "é",
    "ß",
    "qu'",
    "l'",
    "dell'",
    "a déclaré",
    "a-t-il",
    "dijo",
    "añadió",
    "ha detto",
    "disse",
    "zei",
    "aldus",
    "von der",
    "de la",
    "'",
    "WASHINGTON (Reuters) -",
    "By",
    "saying",
    "(SPD)",
    "bildblog.de",
    "C.",
    "players'",
]


ROUNDS = int(os.environ.get("NEWSSCAN_FUZZ", "60"))


@pytest.mark.parametrize("seed", range(ROUNDS))
def test_random_text_is_analysed_without_error(seed):
    rng = random.Random(seed)
    text = "".join(
        rng.choice(PIECES) + (" " if rng.random() < 0.5 else "") for _ in range(rng.randint(1, 400))
    )
    for language in (None, "de", "en", "fr", "es", "it", "pt", "nl"):
        record = to_dict(analyze_text(text, Options(language=language)))
        for q in record["quotes"]:
            assert 0 <= q["start"] <= q["end"] <= len(record["text"])
            assert q["text"].strip()


def test_a_speaker_phrase_in_parentheses_only_names_no_actor():
    text = (
        "Das Bündnis aus Liberaldemokraten (PLDM) und Liberalen (PL), das sich selbst „Allianz zur Europäischen "
        "Integration“ (AIE) nennt, kam auf 57 Sitze. Die Organisation erklärte, man werde die Regierung bilden."
    )
    record = to_dict(analyze_text(text, Options(language="de")))
    assert all(a["name"].strip() for a in record["actors"])
    for q in record["quotes"]:
        assert q["speaker"] is None or q["speaker"].strip()


def test_many_articles_in_one_file_are_analysed():
    import pathlib

    golden = pathlib.Path(__file__).parent / "golden"
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(golden.glob("de/*.txt")))
    record = to_dict(analyze_text(text * 3, Options(language="de")))
    assert len(record["quotes"]) > 100
    assert all(a["name"].strip() for a in record["actors"])


# Byte-level and HTML fuzzing: the loader and the analysis either give a result or raise
# InputError (an error record in batch output); anything else is a bug. NEWSSCAN_FUZZ scales
# the number of cases as above.

BYTE_ROUNDS = ROUNDS
HTML_ROUNDS = max(8, ROUNDS // 6)
TEXT_BYTES = [p.encode("utf-8") for p in PIECES]
ENCODED = [
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\x00",
    b"\x1b[31m",
    b"\r\n",
    b"\r",
    b"\x85",
    b"\xe2\x80\xa8",
    "„Zitat“".encode("cp1252", "replace"),
    "ça".encode("latin-1"),
    "Grüße".encode("utf-16"),
    b"<",
    b">",
    b"<p>",
    b"&amp;",
    b"&#0;",
    b"\xc3",
    b"\xed\xa0\x80",
]


def _random_bytes(rng: random.Random) -> bytes:
    """Random bytes, encoded text pieces, byte-order marks and control characters mixed."""
    out = []
    for _ in range(rng.randint(1, 300)):
        pick = rng.random()
        if pick < 0.25:
            out.append(bytes(rng.randrange(256) for _ in range(rng.randint(1, 8))))
        elif pick < 0.4:
            out.append(rng.choice(ENCODED))
        else:
            out.append(rng.choice(TEXT_BYTES) + b" ")
    return b"".join(out)


def _check(doc_or_error) -> None:
    from newsscan.api import analyze_document

    record = to_dict(analyze_document(doc_or_error, Options()))
    text = record["text"]
    for q in record["quotes"]:
        assert 0 <= q["start"] <= q["end"] <= len(text)
        assert all(0 <= a <= b <= len(text) for a, b in q["spans"])
    for a in record["agencies"]:
        assert a["name"].strip()


@pytest.mark.parametrize("seed", range(BYTE_ROUNDS))
def test_random_bytes_give_an_analysis_or_an_input_error(seed):
    from newsscan.errors import InputError
    from newsscan.pipeline import load

    data = _random_bytes(random.Random(seed))
    try:
        doc = load.from_bytes(data, path="fuzz.bin")
    except InputError as exc:
        assert str(exc).strip() and "\n" not in str(exc)
        return
    _check(doc)


TAGS = [
    "p",
    "div",
    "span",
    "article",
    "section",
    "h1",
    "h2",
    "a",
    "br",
    "b",
    "i",
    "script",
    "style",
    "table",
    "tr",
    "td",
    "ul",
    "li",
    "figure",
    "figcaption",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "blockquote",
    "q",
    "meta",
    "title",
    "head",
    "body",
    "time",
    "noscript",
    "iframe",
    "svg",
]
ATTRS = [
    'class="x"',
    'id="main"',
    'href="http://127.0.0.1/"',
    'content="de"',
    'charset="utf-8"',
    "lang=de",
    'x="',
    "style='a:b'",
    'itemprop="articleBody"',
    "data-x=<>",
]


def _tag_soup(rng: random.Random) -> str:
    """A page of random, often unbalanced tags around article sentences and stray markup."""
    out = [
        rng.choice(
            [
                "<!doctype html>",
                "<html>",
                "<html><head><meta charset=utf-8></head>",
                "",
                "<body>",
                "<!---->" * 40 + "<html>",
                "<!-- a -->\n" * 20,
            ]
        )
    ]
    for _ in range(rng.randint(1, 120)):
        pick = rng.random()
        tag = rng.choice(TAGS)
        if pick < 0.3:
            attrs = " ".join(rng.sample(ATTRS, rng.randint(0, 2)))
            out.append(f"<{tag} {attrs}>")
        elif pick < 0.5:
            out.append(f"</{tag}>")
        elif pick < 0.55:
            out.append(
                rng.choice(
                    ["<!-- x -->", "<![CDATA[", "]]>", "<?xml?>", "&nbsp;", "&#x201e;", "&bogus;", "<", ">"]
                )
            )
        else:
            out.append(" ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30))))
    return "".join(out)


@pytest.mark.parametrize("seed", range(HTML_ROUNDS))
def test_random_tag_soup_gives_an_analysis_or_an_input_error(seed):
    from newsscan.errors import InputError
    from newsscan.pipeline import load

    page = _tag_soup(random.Random(seed)).encode("utf-8")
    try:
        doc = load.from_bytes(page, path="fuzz.html", content_type="text/html")
    except InputError as exc:
        assert str(exc).strip() and "\n" not in str(exc)
        return
    assert doc.format == "html"
    _check(doc)
