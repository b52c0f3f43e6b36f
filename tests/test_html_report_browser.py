"""The HTML report as a person sees it: Playwright driving the system's Chromium.

The reports are served by an HTTP server on 127.0.0.1 started here; every request the
page makes is recorded, and any request other than the report itself is aborted and
fails the test. Skips only when no Chromium is installed (Debian package `chromium`;
.ci/run installs it). Playwright never downloads a browser here.
"""

import functools
import http.server
import os
import shutil
import threading

import pytest

from newsscan.render import marks

from .test_html_report import HOSTILE, many_records, render, seed_record

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM)
        yield instance
        instance.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The reports, served from 127.0.0.1."""
    folder = tmp_path_factory.mktemp("reports")
    from newsscan import analyze_text, to_dict
    from newsscan.model import Options

    hostile = to_dict(analyze_text(HOSTILE, Options(language="de"), path="hostile.txt"))
    hostile["metadata"].update(
        title="</title><script>window.__pwned=5</script>", url="javascript:window.__pwned=6"
    )
    pages = {
        "seed.html": render([seed_record()]),
        "corpus.html": render(many_records()),
        "hostile.html": render([hostile]),
    }
    for name, source in pages.items():
        (folder / name).write_text(source, encoding="utf-8")
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class Visit:
    """A page with everything it did recorded: requests, console errors, script errors, dialogs."""

    def __init__(self, browser, url, **context):
        self.context = browser.new_context(**context)
        self.url = url
        self.requests, self.errors, self.dialogs = [], [], []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(url)

    def _route(self, route):
        self.requests.append(route.request.url)
        if route.request.url == self.url:
            route.continue_()
        else:
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def assert_quiet(self):
        assert self.errors == []
        assert self.requests == [self.url]
        assert self.dialogs == []


@pytest.fixture
def visit(browser, site):
    opened = []

    def open_(name, **context):
        v = Visit(browser, f"{site}/{name}", **context)
        opened.append(v)
        return v

    yield open_
    for v in opened:
        v.context.close()


def rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_seed_report_loads_with_no_errors_and_no_requests(visit):
    v = visit("seed.html")
    assert v.page.title().startswith("newsscan")
    v.assert_quiet()


def test_every_statement_of_the_seed_is_present_and_coloured(visit):
    record = seed_record()
    v = visit("seed.html")
    colours = marks.colours(record)
    pieces = v.page.locator(".text .st").evaluate_all(
        "els => els.map(e => [e.dataset.q, e.textContent, getComputedStyle(e).backgroundColor, e.offsetWidth > 0])"
    )
    for q in record["quotes"]:
        mine = [p for p in pieces if p[0] == q["id"]]
        assert "".join(p[1] for p in mine) == "".join(record["text"][s:e] for s, e in q["spans"])
        assert {p[2] for p in mine} == {rgb(colours[q["actor"]])}
        assert all(p[3] for p in mine)  # rendered, not hidden
    assert {p[0] for p in pieces} == {q["id"] for q in record["quotes"]}


def test_hovering_a_statement_shows_its_speaker(visit):
    v = visit("seed.html")
    tip = v.page.locator("#tip")
    assert tip.is_hidden()
    v.page.hover(".st[data-q='q6']")
    assert tip.is_visible()
    text = tip.inner_text()
    assert (
        "Sabrina Singh" in text and "zitierte" in text and "Reuters" in text and "Pentagonsprecherin" in text
    )
    v.page.mouse.move(0, 0)
    assert tip.is_hidden()
    v.page.set_viewport_size({"width": 1280, "height": 420})
    v.page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    last = v.page.locator(".st[data-q='q13']").first
    last.hover()
    box, frame = tip.bounding_box(), last.bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= 420  # inside the window, not below it
    assert box["y"] + box["height"] <= frame["y"] + 8  # above the statement: no room below
    v.assert_quiet()


def test_statements_are_reachable_by_keyboard_and_focus_is_visible(visit):
    v = visit("seed.html")
    page = v.page
    page.locator(".st[data-q='q13']").focus()
    for _ in range(3):
        page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.dataset.q") == "q10"
    assert "Sergej Lawrow" in page.locator("#tip").inner_text()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    page.keyboard.press("Escape")
    assert page.locator("#tip").is_hidden()


def test_clicking_an_actor_highlights_exactly_its_statements(visit):
    record = seed_record()
    v = visit("seed.html")
    page = v.page
    for actor in record["actors"]:
        page.click(f"button.actor[data-actor='{actor['id']}']")
        lit = set(page.locator(".st.hl").evaluate_all("els => els.map(e => e.dataset.q)"))
        assert lit == {q["id"] for q in record["quotes"] if q["actor"] == actor["id"]}
        assert page.get_attribute(f"button.actor[data-actor='{actor['id']}']", "aria-pressed") == "true"
        faded = page.locator(".st:not(.hl)").evaluate_all(
            "els => els.map(e => getComputedStyle(e).backgroundColor)"
        )
        assert set(faded) <= {"rgba(0, 0, 0, 0)"}
    page.click(f"button.actor[data-actor='{record['actors'][-1]['id']}']")  # again: off
    assert page.locator(".st.hl").count() == 0
    assert page.locator("button.actor[aria-pressed='true']").count() == 0
    page.keyboard.press("Tab")  # buttons work from the keyboard
    page.locator("button.actor[data-actor='a2']").focus()
    page.keyboard.press("Enter")
    assert set(page.locator(".st.hl").evaluate_all("els => els.map(e => e.dataset.q)")) == {"q4", "q5", "q6"}
    v.assert_quiet()


def test_the_injection_article_runs_no_script(visit):
    v = visit("hostile.html")
    page = v.page
    page.hover(".st[data-q='q1']")
    for link in page.locator("a").all():
        assert not (link.get_attribute("href") or "").startswith("javascript")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img, iframe, textarea, .text svg, .text script").count() == 0
    body = page.locator(".text").inner_text()
    assert "<script>window.__pwned=1</script>" in body and 'onerror="window.__pwned=2"' in body
    assert "</style><b>fett</b>" in body
    assert page.title().startswith("newsscan: </title><script>")
    v.assert_quiet()


def test_corpus_overview_links_to_each_article(visit):
    records = many_records()
    v = visit("corpus.html")
    page = v.page
    assert page.locator("#overview h1").inner_text().startswith("newsscan report: 4 sources")
    assert page.locator("#overview svg.chart").first.is_visible()
    assert "missing.txt" in page.locator("#overview .failed").inner_text()
    links = page.locator("#overview table.arts a")
    assert links.count() == 3
    links.nth(1).click()
    assert page.evaluate("location.hash") == "#article-2"
    heading = page.locator("#article-2 h2")
    assert heading.inner_text() == records[1]["metadata"]["title"]
    assert heading.is_visible() and heading.bounding_box()["y"] < 200  # scrolled to it
    v.assert_quiet()


def test_narrow_window_has_no_horizontal_scrolling(visit):
    v = visit("seed.html", viewport={"width": 360, "height": 740})
    for name in ("seed.html", "corpus.html"):
        if name != "seed.html":
            v.url = v.url.rsplit("/", 1)[0] + "/" + name
            v.requests.clear()
            v.page.goto(v.url)
        width = v.page.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, name
        assert v.page.locator(".text").first.bounding_box()["width"] <= 360
        v.assert_quiet()


CONTRAST = """els => els.map(e => {
  const parse = c => c.match(/[\\d.]+/g).map(Number);
  const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  const lum = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  let node = e, bg = null;
  while (node && node.nodeType === 1) {
    const c = parse(getComputedStyle(node).backgroundColor);
    if (c.length < 4 || c[3] > 0) { bg = c; break; }
    node = node.parentNode;
  }
  const a = lum(parse(getComputedStyle(e).color)), b = lum(bg || [255, 255, 255]);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
})"""


def test_text_has_sufficient_contrast_in_light_and_dark_mode(visit):
    v = visit("corpus.html")
    selector = ".st, .cue, .ag, .meta dd, .meta dt, .key, .bp, .tag, aside li, h1, h2, td, th, .text, a"
    for scheme in ("light", "dark"):
        v.page.emulate_media(color_scheme=scheme)
        ratios = v.page.locator(selector).evaluate_all(CONTRAST)
        assert len(ratios) > 50
        assert min(ratios) >= 4.5, scheme
    v.page.hover(".st[data-q='q1']")
    assert v.page.locator("#tip").evaluate_all(CONTRAST)[0] >= 7
