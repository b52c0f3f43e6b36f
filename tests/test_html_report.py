"""`--format html`: the report's structure, read back with an HTML parser.

What a person sees in a browser is tested in test_html_report_browser.py."""

import json
import re
from html.parser import HTMLParser

from typer.testing import CliRunner

from newsscan.cli import app
from newsscan.render import html as report

from .conftest import ROOT, SEED, analyse

HOSTILE = (
    "Die Ministerin Anna Berger sagte, der Plan <script>window.__pwned=1</script> sei "
    '"><img src=x onerror="window.__pwned=2"> fertig </style><b>fett</b> und '
    '<a href="javascript:window.__pwned=3">gut</a>.\n\n'
    'Der Bürgermeister Karl Roth erklärte laut Reuters, </textarea><svg onload="window.__pwned=4"> '
    "die Stadt stimme zu.\n"
)


class Page(HTMLParser):
    """Every element with its attributes, the text of each element id, and the text inside .text."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.stack: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.text_parts: list[str] = []
        self.in_text: list[tuple[str, dict]] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if self._in_text():
            self.in_text.append((tag, attrs))
        if tag not in ("meta", "link", "br", "rect", "input", "img"):
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == "script":
            self.scripts.append(data)
        if self._in_text():
            self.text_parts.append(data)

    def _in_text(self):
        return any("text" in (attrs.get("class") or "").split() for _, attrs in self.stack)

    def tags(self, name):
        return [attrs for tag, attrs in self.elements if tag == name]

    def with_class(self, name):
        return [attrs for _, attrs in self.elements if name in (attrs.get("class") or "").split()]


def render(records, many=None) -> str:
    import io

    stream = io.StringIO()
    writer = report.HtmlWriter(stream, many=len(records) != 1 if many is None else many)
    for record in records:
        writer.write(record)
    writer.close()
    return stream.getvalue()


def seed_record():
    from newsscan import analyze, to_dict

    return to_dict(analyze(str(SEED)))


def test_seed_report_keeps_the_text_and_marks_every_statement():
    record = seed_record()
    page = Page(render([record]))
    assert "".join(page.text_parts) == record["text"]  # nothing lost, nothing added
    statements = page.with_class("st")
    assert {s["data-q"] for s in statements} == {q["id"] for q in record["quotes"]}
    focusable = [s["data-q"] for s in statements if s.get("tabindex") == "0"]
    assert sorted(focusable) == sorted(q["id"] for q in record["quotes"])  # one tab stop per statement
    actors = {a["id"]: n for n, a in enumerate(record["actors"])}
    for s in statements:
        assert f"c{actors[s['data-actor']]}" in s["class"].split()
    assert {b["data-actor"] for b in page.tags("button")} == set(actors)
    marked = [(tag, attrs["class"]) for tag, attrs in page.in_text if attrs.get("class") in ("cue", "ag")]
    # 13 cues, one of them two words apart (bestätigte … nicht: a negated cue marks both)
    assert marked.count(("b", "cue")) == 14 and marked.count(("span", "ag")) == 3


def test_report_is_self_contained():
    source = render([seed_record()])
    page = Page(source)
    assert page.scripts == [report.SCRIPT]
    assert [m.get("content") for m in page.tags("meta") if m.get("http-equiv")] == [report.CSP]
    assert "default-src 'none'" in report.CSP
    assert [link.get("href") for link in page.tags("link")] == ["data:,"]
    assert not page.tags("img") and not page.tags("iframe") and not page.tags("object")
    assert not [
        e for _, e in page.elements if "style" in e or "src" in e
    ]  # no inline styles (CSP), no sources
    assert "url(" not in report.CSS and "@import" not in report.CSS and "@font-face" not in report.CSS


def test_everything_from_the_article_is_escaped():
    record = analyse(HOSTILE)
    record["metadata"].update(
        title="</title><script>window.__pwned=5</script>",
        url="javascript:window.__pwned=6",
        site_name='"><script>window.__pwned=7</script>',
    )
    page = Page(render([record]))
    assert page.scripts == [report.SCRIPT]
    assert not page.tags("img") and not page.tags("svg") and not page.tags("textarea")
    assert not [attrs for _, attrs in page.elements if any(k.startswith("on") for k in attrs)]
    assert all(not a.get("href", "").startswith("javascript") for a in page.tags("a"))
    assert "".join(page.text_parts) == record["text"]
    assert "<script>window.__pwned=1</script>" in record["text"]


def test_metadata_urls_are_links_only_when_http():
    record = seed_record()
    page = Page(render([record]))
    assert [a["href"] for a in page.tags("a")] == [record["metadata"]["source_url"]]


def many_records():
    records = [seed_record()]
    for name in ("en/01_council_bridge.txt", "de/12_raketen_agenturen.txt"):
        from newsscan import analyze, to_dict

        records.append(to_dict(analyze(str(ROOT / "tests" / "golden" / name))))
    from newsscan.schema import error_record

    records.append(error_record("missing.txt", "input", "missing.txt: no such file"))
    return records


def test_many_articles_start_with_an_overview_that_links_every_article():
    records = many_records()
    source = render(records)
    page = Page(source)
    assert source.index('id="overview"') < source.index('id="article-1"')
    ids = {attrs["id"] for _, attrs in page.elements if "id" in attrs}
    targets = [a["href"][1:] for a in page.tags("a") if a.get("href", "").startswith("#")]
    assert {f"article-{n}" for n in range(1, 5)} <= set(targets) and set(targets) <= ids
    assert "missing.txt: no such file" in source  # the failed source is listed
    overview = source[source.index('id="overview"') : source.index('id="article-1"')]
    assert "Failed sources (1)" in overview
    actors = {q["speaker"] for r in records[:3] for q in r["quotes"] if q["speaker"]}
    assert len(page.tags("rect")) == min(15, len(actors)) + len(
        {q["via"] for r in records[:3] for q in r["quotes"] if q["via"]}
    )
    assert "Sergej Lawrow" in overview and "TASS" in overview


def test_an_empty_run_is_a_valid_page():
    for many in (True, False):
        source = render([], many=many)
        assert source.startswith("<!DOCTYPE html>") and source.rstrip().endswith("</html>")


def test_analyze_format_html_cli(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["analyze", str(SEED), "--format", "html"])
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")
    out = tmp_path / "report.html"
    result = runner.invoke(
        app, ["analyze", str(SEED), str(tmp_path / "missing.txt"), "--format", "html", "-o", str(out)]
    )
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1
    text = out.read_text(encoding="utf-8")
    assert 'id="overview"' in text and "no such file" in text


def test_new_fields_are_shown_when_present():
    record = seed_record()
    record["quotes"][0].update(rule="according-to", negated=True)
    record["actors"][0]["gender"] = "m"
    page = Page(render([record]))
    first = [s for s in page.with_class("st") if s["data-q"] == "q1"][0]
    assert first["data-rule"] == "according-to" and first["data-negated"] == "yes"
    assert "negated" in report.SCRIPT and "rule" in report.SCRIPT
    assert re.search(r"NATO-Generalsekretär · person · m</small>", render([record]))
    plain = seed_record()
    for q in plain["quotes"]:  # as records without these fields are
        q.pop("rule", None)
        q.pop("negated", None)
    assert "data-rule" not in render([plain]) and "data-negated" not in render([plain])


def test_json_and_html_agree_on_statements():
    record = json.loads(json.dumps(seed_record()))
    page = Page(render([record]))
    by_id = {}
    for s in page.with_class("st"):
        by_id.setdefault(s["data-q"], s)
    for q in record["quotes"]:
        s = by_id[q["id"]]
        assert (s["data-speaker"], s["data-type"], s.get("data-via")) == (q["speaker"], q["type"], q["via"])


def golden_records():
    from newsscan import analyze, to_dict

    paths = sorted((ROOT / "tests" / "golden").glob("*/*.txt")) + sorted(
        (ROOT / "tests" / "pages").glob("*.html")
    )
    return [to_dict(analyze(str(p))) for p in paths]


def test_every_golden_article_keeps_its_text_and_every_statement_in_both_views():
    from newsscan.render import show

    records = golden_records()
    assert len(records) > 30
    no_speaker = 0
    for record in records:
        page = Page(render([record]))
        assert "".join(page.text_parts) == record["text"], record["input"]
        shown = {}
        for tag, attrs in page.in_text:
            if "st" in (attrs.get("class") or "").split():
                shown[attrs["data-q"]] = attrs
        assert set(shown) == {q["id"] for q in record["quotes"]}
        no_speaker += sum("none" in a["class"].split() for a in shown.values() if not a["data-actor"])
        assert show.article_text(record).plain == record["text"]
    assert no_speaker == sum(1 for r in records for q in r["quotes"] if q["actor"] is None)


def test_html_page_metadata_is_shown():
    from newsscan import analyze, to_dict

    record = to_dict(analyze(str(ROOT / "tests" / "golden" / "en" / "06_budget_page.html")))
    source = render([record])
    meta = record["metadata"]
    assert meta["title"] and f"<title>newsscan: {meta['title']}</title>" in source
    for key in ("date", "site_name", "author"):
        if meta.get(key):
            assert f"<dd>{meta[key]}</dd>" in source


def test_a_statement_with_no_speaker_is_grey_and_counted():
    record = analyse(
        "Die Ministerin Anna Berger sagte, der Plan sei fertig.\n\nEs hieß, der Plan sei gescheitert."
    )
    assert [q["speaker"] for q in record["quotes"]] == ["Anna Berger", None]
    source = render([record])
    page = Page(source)
    q2 = [a for t, a in page.in_text if a.get("data-q") == "q2"][0]
    assert q2["class"].split() == ["st", "none"] and q2["data-actor"] == "" and "data-speaker" not in q2
    assert '<span class="who">no speaker found</span><span class="n">1</span>' in source
