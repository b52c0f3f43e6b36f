"""``--format html``: one self-contained HTML report for one article or many.

The file needs nothing else: CSS and JavaScript are inline, the bar chart is inline
SVG, there are no fonts, images or requests. A Content-Security-Policy admits only the
report's own style sheet and script (by their hashes), so even text that slipped
through escaping could not load or run anything.

Per article: metadata at the top; the cleaned text with each statement on its
speaker's colour (hover or focus shows speaker, role, cue, type, via, negation and the
rule that found it, when the record has them); a side panel of actors (clicking one
highlights exactly its statements), cited agencies and removed boilerplate.

For many articles an overview comes first: the most-quoted actors across the corpus
(a bar chart), statements by agency, a list linking to each article, and the sources
that failed. Articles are spooled to a temporary file as they arrive and copied after
the overview, so memory stays flat however many there are.

Everything taken from an article is escaped with :func:`html.escape`; links are made
only from ``http``/``https`` URLs.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from html import escape

from . import language_label, source_label
from .marks import NO_SPEAKER, PALETTE, actor_tags, runs, safe_text, statement_counts

TOP_ACTORS = 15

CSS = (
    """
:root{--fg:#1b1b1b;--muted:#555;--bg:#fff;--panel:#f4f5f7;--line:#d0d4da;--focus:#1a4fd6;--link:#1a4fd6}
@media (prefers-color-scheme:dark){:root{--fg:#ececec;--muted:#b8b8b8;--bg:#15171b;--panel:#20242a;
--line:#3a4049;--focus:#8fb4ff;--link:#9cc0ff}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);
background:var(--bg)}
main{max-width:72rem;margin:0 auto;padding:1rem}
a{color:var(--link)}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.35rem;line-height:1.3;margin:.25rem 0 .5rem}
h3{font-size:1rem;margin:1rem 0 .4rem}
h1,h2,h3,td,li,p{overflow-wrap:anywhere}
.art{border-top:3px solid var(--line);padding-top:1rem;margin-top:2rem}
.art:first-child{border-top:0;margin-top:0}
.meta{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;margin:0 0 1rem;color:var(--muted);font-size:.9rem}
.meta div{min-width:0;overflow-wrap:anywhere}
.meta dt{display:inline;font-weight:600}
.meta dd{display:inline;margin:0 0 0 .3rem}
.cols{display:grid;grid-template-columns:minmax(0,1fr) 19rem;grid-template-rows:auto 1fr;gap:1rem 1.5rem;
align-items:start}
.cols>.actors{grid-column:2;grid-row:1}
.cols>.extra{grid-column:2;grid-row:2}
.cols>.text{grid-column:1;grid-row:1/span 2}
@media (max-width:56rem){.cols{grid-template-columns:minmax(0,1fr);grid-template-rows:none}
.cols>.actors,.cols>.extra,.cols>.text{grid-column:1;grid-row:auto}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.05rem;line-height:1.75}
aside{background:var(--panel);border-radius:6px;padding:.5rem .9rem;font-size:.9rem}
aside ul{list-style:none;margin:0;padding:0}
aside li{margin:.2rem 0;overflow-wrap:anywhere}
.actor{display:flex;width:100%;gap:.5rem;align-items:flex-start;text-align:left;font:inherit;color:inherit;
background:transparent;border:1px solid transparent;border-radius:4px;padding:.25rem .35rem;cursor:pointer}
.actor:hover{border-color:var(--line)}
.actor[aria-pressed=true]{border-color:var(--fg);background:var(--bg)}
.actor:focus-visible,.st:focus-visible,a:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.actor .who,.nobody .who{flex:1;min-width:0}
.nobody{display:flex;gap:.5rem;padding:.25rem .35rem}
.actor small{display:block;color:var(--muted)}
.tag{display:inline-block;min-width:2.4em;padding:0 .3em;border-radius:3px;color:#111;font-weight:700;
font-size:.8rem;text-align:center}
.n{font-variant-numeric:tabular-nums;font-weight:600}
.st{color:#111;border-radius:2px;padding:.1em 0;box-decoration-break:clone;-webkit-box-decoration-break:clone;
cursor:help}
.st.none{text-decoration:underline dashed #333;text-underline-offset:.2em}
.cue{font-weight:700}
.ag{font-weight:700;text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:.2em}
.focus .st:not(.hl){background:transparent;color:inherit}
.st.hl{outline:2px solid var(--fg);outline-offset:1px}
.key{color:var(--muted);font-size:.85rem}
.bp{color:var(--muted)}
.bp b{font-weight:600}
#tip{position:absolute;z-index:10;max-width:min(26rem,calc(100vw - 1rem));background:#111;color:#fff;
padding:.45rem .6rem;border-radius:5px;font-size:.85rem;line-height:1.4;box-shadow:0 2px 8px rgba(0,0,0,.35);
pointer-events:none}
#tip[hidden]{display:none}
#tip div{overflow-wrap:anywhere}
#tip b{display:inline-block;min-width:4.5rem;color:#ccc;font-weight:600}
table{border-collapse:collapse;margin:.3rem 0 1rem}
th,td{text-align:left;padding:.2rem .8rem .2rem 0;border-bottom:1px solid var(--line);vertical-align:top}
td.num,th.num{text-align:right}
@media (max-width:30rem){th,td{padding-right:.35rem;font-size:.85rem}main{padding:.6rem}}
.chart{max-width:34rem;width:100%;height:auto}
.chart text{fill:var(--fg);font-size:13px}
.chart .bar{fill:#4a78d0}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,28rem),1fr));gap:1rem 2rem}
.failed span{color:var(--muted)}
summary{cursor:pointer;color:var(--link)}
.back{font-size:.9rem}
.err{background:#fff0f0;color:#7a1010;border:1px solid #e5a0a0;padding:.5rem .8rem;border-radius:4px}
"""
    + "".join(f".c{n}{{background:{colour}}}" for n, colour in enumerate(PALETTE))
    + f".none{{background:{NO_SPEAKER}}}\n"
)

SCRIPT = """
(function(){
  "use strict";
  var tip = document.getElementById("tip");
  var FIELDS = [["speaker","speaker"],["role","role"],["cue","cue"],["type","type"],["via","via"],
                ["negated","negated"],["rule","rule"],["speaker_rule","speaker rule"]];
  function show(el){
    var d = el.dataset;
    tip.replaceChildren();
    FIELDS.forEach(function(f){
      var value = f[0] === "speaker" ? (d.speaker || "(no speaker found)") : d[f[0]];
      if (!value) return;
      var row = document.createElement("div"), key = document.createElement("b");
      key.textContent = f[1];
      row.appendChild(key);
      row.appendChild(document.createTextNode(" " + value));
      tip.appendChild(row);
    });
    tip.hidden = false;
    var lines = el.getClientRects();
    place(lines[0] || el.getBoundingClientRect(), lines[lines.length - 1] || el.getBoundingClientRect());
  }
  function place(first, last){
    // below the statement's last line, or above its first line when there is no room below
    var w = tip.offsetWidth, h = tip.offsetHeight, view = document.documentElement;
    var below = last.bottom + 6 + h <= view.clientHeight;
    var left = Math.max(4, Math.min(below ? last.left : first.left, view.clientWidth - w - 4));
    var top = below ? last.bottom + 6 : Math.max(4, first.top - h - 6);
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (top + window.scrollY) + "px";
  }
  function hide(){ tip.hidden = true; }
  function statement(ev){ return ev.target.closest ? ev.target.closest(".st") : null; }
  document.addEventListener("mouseover", function(ev){ var s = statement(ev); if (s) show(s); });
  document.addEventListener("mouseout", function(ev){ if (statement(ev)) hide(); });
  document.addEventListener("focusin", function(ev){ var s = statement(ev); if (s) show(s); else hide(); });
  document.addEventListener("focusout", function(ev){ if (statement(ev)) hide(); });
  document.addEventListener("keydown", function(ev){ if (ev.key === "Escape") hide(); });
  document.addEventListener("click", function(ev){
    var button = ev.target.closest ? ev.target.closest("button.actor") : null;
    if (!button) return;
    var art = button.closest("article"), id = button.dataset.actor;
    var on = button.getAttribute("aria-pressed") !== "true";
    art.querySelectorAll("button.actor").forEach(function(b){ b.setAttribute("aria-pressed", "false"); });
    art.querySelectorAll(".st").forEach(function(s){
      s.classList.toggle("hl", on && s.dataset.actor === id);
    });
    art.classList.toggle("focus", on);
    if (on) button.setAttribute("aria-pressed", "true");
  });
})();
"""


def _digest(source: str) -> str:
    """The CSP source expression (``sha256-…``) of an inline style sheet or script."""
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


CSP = (
    f"default-src 'none'; style-src '{_digest(CSS)}'; script-src '{_digest(SCRIPT)}'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)


def esc(value) -> str:
    """Any value as HTML text or attribute content, control characters removed."""
    return escape(safe_text(str(value)), quote=True)


def _link(url) -> str:
    """A link for an http(s) URL; anything else (``javascript:``, ``data:``) as plain text."""
    url = str(url or "")
    if re.match(r"(?i)https?://", url):
        return f'<a href="{esc(url)}" rel="noreferrer noopener">{esc(url)}</a>'
    return esc(url)


def _source(record: dict) -> str:
    """The path or URL an article was read from (the URL asked for, when it redirected)."""
    return source_label(record) or "-"


def _lang_attr(record: dict) -> str:
    """The record's language as an HTML ``lang`` value, or empty when unknown."""
    code = (record.get("language") or {}).get("code") or ""
    return code if re.fullmatch(r"[a-z]{2,3}", code) and code != "und" else ""


def page_start(title: str) -> str:
    """The document head, the style sheet and the opening of ``<main>``."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n<link rel="icon" href="data:,">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
    )


def page_end() -> str:
    """Closing tags, the shared tooltip and the script."""
    return (
        f'</main>\n<div id="tip" role="tooltip" hidden></div>\n<script>{SCRIPT}</script>\n</body>\n</html>\n'
    )


def _meta(record: dict) -> str:
    """Source, language, date, site, author, dateline and URLs as a definition list."""
    meta = record["metadata"]
    items = [("source", esc(_source(record))), ("language", esc(language_label(record["language"])))]
    for key in ("date", "site_name", "author", "dateline", "agency"):
        if meta.get(key):
            items.append((key.replace("_", " "), esc(meta[key])))
    shown = set()
    for key in ("url", "canonical_url", "source_url"):
        if meta.get(key) and meta[key] not in shown:
            shown.add(meta[key])
            items.append((key.replace("_", " "), _link(meta[key])))
    return '<dl class="meta">' + "".join(f"<div><dt>{k}</dt><dd>{v}</dd></div>" for k, v in items) + "</dl>\n"


def _data(quote: dict) -> str:
    """The statement's facts as data attributes, read by the tooltip."""
    facts = {
        "q": quote["id"],
        "actor": quote.get("actor") or "",
        "speaker": quote.get("speaker") or "",
        "role": quote.get("role") or "",
        "cue": quote.get("cue") or "",
        "type": quote.get("type") or "",
        "via": quote.get("via") or "",
        "rule": quote.get("rule") or "",
        "speaker_rule": quote.get("speaker_rule") or "",
    }
    if quote.get("negated") is not None:
        facts["negated"] = "yes" if quote["negated"] else "no"
    return "".join(f' data-{key}="{esc(value)}"' for key, value in facts.items() if value or key == "actor")


def _pieces(text: str, run) -> str:
    """One run's text, escaped, with cues in ``<b class=cue>`` and agencies in ``<span class=ag>``."""
    out = []
    for piece in run.pieces:
        chunk = esc(text[piece.start : piece.end])
        if piece.agency:
            chunk = f'<span class="ag">{chunk}</span>'
        if piece.cue:
            chunk = f'<b class="cue">{chunk}</b>'
        out.append(chunk)
    return "".join(out)


def article_text(record: dict) -> str:
    """The cleaned text; each statement a focusable span in its speaker's colour class."""
    quotes = {q["id"]: q for q in record["quotes"]}
    classes = {a["id"]: f"c{n % len(PALETTE)}" for n, a in enumerate(record["actors"])}
    seen: set[str] = set()
    out = []
    for run in runs(record):
        body = _pieces(record["text"], run)
        quote = quotes.get(run.quote)
        if quote is None:
            out.append(body)
            continue
        colour = classes.get(quote.get("actor"), "none")
        focus = "" if quote["id"] in seen else ' tabindex="0" aria-describedby="tip"'  # one tab stop each
        seen.add(quote["id"])
        out.append(f'<span class="st {colour}"{focus}{_data(quote)}>{body}</span>')
    return "".join(out)


def _actor_button(actor: dict, n: int, tag: str, count: int) -> str:
    """One actor of the side panel: a toggle button with its colour tag, name, details and count."""
    role = actor.get("role") if actor.get("role") != actor["name"] else ""
    details = [role or "", actor.get("kind") or "", actor.get("gender") or ""]
    small = " · ".join(esc(d) for d in details if d)
    return (
        f'<li><button type="button" class="actor" aria-pressed="false" data-actor="{esc(actor["id"])}">'
        f'<span class="tag c{n % len(PALETTE)}">{esc(tag)}</span><span class="who">{esc(actor["name"])}'
        f"{f'<small>{small}</small>' if small else ''}</span>"
        f'<span class="n" title="statements">{count}</span></button></li>'
    )


def _actors_panel(record: dict) -> str:
    """The actors of one article, with a line on how to use them."""
    counts = statement_counts(record)
    tags = actor_tags(record)
    items = [
        _actor_button(a, n, tags[a["id"]], counts.get(a["id"], 0)) for n, a in enumerate(record["actors"])
    ]
    if counts.get(None):
        items.append(
            f'<li class="nobody"><span class="tag none">?</span><span class="who">no speaker found</span>'
            f'<span class="n">{counts[None]}</span></li>'
        )
    if not items:
        return "<h3>Actors</h3><p>No statements found.</p>"
    return (
        '<h3>Actors</h3><p class="key">Click an actor to highlight its statements; '
        "hover or focus a statement for its details. <b>Bold</b>: speech cue; "
        '<span class="ag">underlined</span>: cited agency.</p><ul>' + "".join(items) + "</ul>"
    )


def _agencies_panel(record: dict) -> str:
    """The cited agencies and media of one article, with their statements and mentions."""
    if not record["agencies"]:
        return ""
    rows = "".join(
        f'<li>{esc(g["name"])} <span class="key">({_plural(len(g["quotes"]), "statement")}, named '
        f"{esc(g['mentions'])}×)</span></li>"
        for g in record["agencies"]
    )
    return f"<h3>Cited agencies and media</h3><ul>{rows}</ul>"


def _boilerplate_panel(record: dict) -> str:
    """The removed boilerplate of one article: kind, line and text."""
    if not record["boilerplate"]:
        return ""
    rows = "".join(
        f'<li class="bp"><b>{esc(b["kind"])}</b>, line {esc(b["line"])}: {esc(b["text"])}</li>'
        for b in record["boilerplate"]
    )
    return f"<h3>Removed boilerplate ({len(record['boilerplate'])})</h3><ul>{rows}</ul>"


def article(record: dict, anchor: str, back: bool = False) -> str:
    """One article's view: metadata, marked text and the side panel (or its error)."""
    source = _source(record)
    nav = '<p class="back"><a href="#overview">↑ overview</a></p>' if back else ""
    h = "h2" if back else "h1"  # alone on its page, the article's title is the page's heading
    if "error" in record:
        return (
            f'<article class="art" id="{anchor}"><{h}>{esc(source)}</{h}>{nav}'
            f'<p class="err">{esc(record["error"]["kind"])} error: {esc(record["error"]["message"])}</p>'
            "</article>\n"
        )
    title = record["metadata"].get("title") or source
    lang = _lang_attr(record)
    lang_attr = f' lang="{lang}"' if lang else ""
    extra = _agencies_panel(record) + _boilerplate_panel(record)
    extra = (
        f'<aside class="extra" aria-label="agencies and removed boilerplate">{extra}</aside>' if extra else ""
    )
    return (
        f'<article class="art" id="{anchor}"><{h}{lang_attr}>{esc(title)}</{h}>{nav}{_meta(record)}'
        f'<div class="cols"><aside class="actors" aria-label="actors">{_actors_panel(record)}</aside>'
        f'<div class="text"{lang_attr}>{article_text(record)}</div>{extra}</div></article>\n'
    )


class Corpus:
    """What the overview needs, gathered as records pass: actors, agencies, articles, failures."""

    def __init__(self):
        from ..corpus import ActorIndex

        self.actors = ActorIndex()
        self.agencies: Counter = Counter()
        self.agency_articles: dict[str, set] = {}
        self.articles: list[tuple] = []  # (anchor, title, source, language, statements, actors)
        self.failed: list[tuple[str, str, str]] = []  # (anchor, source, message)
        self.statements = 0

    def add(self, record: dict, anchor: str) -> None:
        """Count one record (an error record is listed as a failed source)."""
        source = _source(record)
        if "error" in record:
            self.failed.append((anchor, source, record["error"]["message"]))
            return
        self.actors.add(record)
        self.statements += len(record["quotes"])
        for q in record["quotes"]:
            if q.get("via"):
                self.agencies[q["via"]] += 1
                self.agency_articles.setdefault(q["via"], set()).add(source)
        title = record["metadata"].get("title") or source
        self.articles.append(
            (
                anchor,
                title,
                source,
                language_label(record["language"]),
                len(record["quotes"]),
                len(record["actors"]),
            )
        )


def bar_chart(rows: list[tuple[str, int, str]], label: str) -> str:
    """An inline SVG bar chart of (name, value, tooltip) rows, in the order given."""
    top = max(value for _, value, _ in rows)
    height, width, left = 26, 440, 170  # a narrow drawing: readable when a phone scales it down
    parts = [
        f'<svg class="chart" role="img" aria-label="{esc(label)}" '
        f'viewBox="0 0 {width} {height * len(rows) + 8}" '
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (name, value, tooltip) in enumerate(rows):
        y = 4 + i * height
        short = name if len(name) <= 22 else name[:21] + "…"
        bar = max(2, round((width - left - 40) * value / top))
        parts.append(
            f"<g><title>{esc(tooltip)}</title>"
            f'<text x="{left - 8}" y="{y + 17}" text-anchor="end">{esc(short)}</text>'
            f'<rect class="bar" x="{left}" y="{y + 3}" width="{bar}" height="{height - 8}" rx="2"/>'
            f'<text x="{left + bar + 6}" y="{y + 17}">{value}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _plural(n: int, noun: str) -> str:
    """``1 statement``, ``2 statements``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _actor_chart(rows: list[dict]) -> str:
    """The bar chart of the most-quoted actors, and how many more there are."""
    if not rows:
        return "<p>No statement has a speaker.</p>"
    bars = [
        (
            r["actor"],
            r["statements"],
            f"{r['actor']}: {_plural(r['statements'], 'statement')} in {_plural(r['articles'], 'article')}",
        )
        for r in rows[:TOP_ACTORS]
    ]
    more = (
        f'<p class="key">{len(rows) - TOP_ACTORS} more actors not shown.</p>'
        if len(rows) > TOP_ACTORS
        else ""
    )
    return bar_chart(bars, "most-quoted actors by number of statements") + more


def _agency_chart(corpus: Corpus) -> str:
    """The bar chart of statements by agency or medium, and all of them as a table."""
    if not corpus.agencies:
        return "<p>No statement was reported through an agency or medium.</p>"
    ranked = sorted(corpus.agencies.items(), key=lambda x: (-x[1], x[0].casefold()))
    bars = [
        (
            name,
            n,
            f"{name}: {_plural(n, 'statement')} in {_plural(len(corpus.agency_articles[name]), 'article')}",
        )
        for name, n in ranked[:TOP_ACTORS]
    ]
    rows = "".join(
        f'<tr><td>{esc(name)}</td><td class="num">{n}</td>'
        f'<td class="num">{len(corpus.agency_articles[name])}</td></tr>'
        for name, n in ranked
    )
    table = (
        "<details><summary>all agencies and media as a table</summary>"
        "<table><thead><tr><th>agency or medium</th>"
        f'<th class="num">statements</th><th class="num">articles</th></tr></thead><tbody>{rows}</tbody>'
        "</table></details>"
    )
    return bar_chart(bars, "statements by agency or medium") + table


def _article_rows(corpus: Corpus) -> str:
    """The table of articles, each linking to its view."""
    rows = []
    for anchor, title, source, lang, statements, actors in corpus.articles:
        where = f'<br><span class="key">{esc(source)}</span>' if title != source else ""
        rows.append(
            f'<tr><td><a href="#{anchor}">{esc(title)}</a>{where}</td><td>{esc(lang)}</td>'
            f'<td class="num">{statements}</td><td class="num">{actors}</td></tr>'
        )
    return (
        '<table class="arts"><thead><tr><th>article</th><th>language</th><th class="num">statements</th>'
        f'<th class="num">actors</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def overview(corpus: Corpus) -> str:
    """The corpus page: counts, the most-quoted actors, agencies, articles, failed sources."""
    rows = corpus.actors.rows()
    total = len(corpus.articles) + len(corpus.failed)
    failed = "".join(
        f'<li><a href="#{a}">{esc(s)}</a>: <span>{esc(m)}</span></li>' for a, s, m in corpus.failed
    )
    return (
        f'<section id="overview"><h1>newsscan report: {_plural(total, "source")}</h1>'
        f"<p>{len(corpus.articles)} analysed, {len(corpus.failed)} failed; "
        f"{_plural(corpus.statements, 'statement')} by {_plural(len(rows), 'actor')}.</p>"
        f'<div class="charts"><div><h2>Most-quoted actors</h2>{_actor_chart(rows)}</div>'
        f"<div><h2>Statements by agency</h2>{_agency_chart(corpus)}</div></div>"
        + (
            f'<h2>Failed sources ({len(corpus.failed)})</h2><ul class="failed">{failed}</ul>'
            if failed
            else ""
        )
        + f"<h2>Articles</h2>{_article_rows(corpus)}</section>\n"
    )


class HtmlWriter:
    """Writes the report: for one source its article view; for many, the overview
    followed by every article (spooled to a temporary file until the overview is known)."""

    def __init__(self, stream, many: bool):
        import tempfile

        self.stream, self.many = stream, many
        self.count = 0
        self.corpus = Corpus()
        self.spool = (
            tempfile.SpooledTemporaryFile(max_size=4_000_000, mode="w+", encoding="utf-8") if many else None
        )

    def write(self, record: dict) -> None:
        """Write one record (one article alone, or spooled after the overview)."""
        self.count += 1
        anchor = f"article-{self.count}"
        if not self.many:
            title = record.get("metadata", {}).get("title") or _source(record)
            self.stream.write(page_start(f"newsscan: {title}") + article(record, anchor))
            return
        self.corpus.add(record, anchor)
        self.spool.write(article(record, anchor, back=True))

    def close(self) -> None:
        """Finish the page; with many articles, write the overview and then the spooled articles."""
        if not self.many:
            if self.count == 0:
                self.stream.write(page_start("newsscan report") + "<p>No sources.</p>\n")
            self.stream.write(page_end())
            return
        self.stream.write(page_start(f"newsscan report: {self.count} sources") + overview(self.corpus))
        self.spool.seek(0)
        while chunk := self.spool.read(1 << 16):
            self.stream.write(chunk)
        self.spool.close()
        self.stream.write(page_end())
