"""Regenerate the pictures in docs/: the HTML report of the seed article, the corpus
overview, the seed report in a narrow window, and ``newsscan show`` as an SVG.

    python docs/make_screenshots.py

Needs the test extra (Playwright) and the system's Chromium (Debian package
``chromium``); nothing is downloaded. The corpus overview is built from the golden
articles in tests/golden (30 short articles in seven languages).
"""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SEED = ROOT / "seeds" / "000_fb418dfe53a9ab0a.txt"


def report(sources: list[str], out: pathlib.Path) -> pathlib.Path:
    """Run ``newsscan analyze SOURCES --format html -o OUT`` from the repository root."""
    cmd = [sys.executable, "-m", "newsscan", "analyze", *sources, "-r", "--format", "html", "-o", str(out)]
    subprocess.run(cmd, cwd=ROOT, check=True)
    return out


def show_svg(path: pathlib.Path) -> None:
    """``newsscan show`` on the seed, recorded at 100 columns and exported as SVG."""
    from rich.console import Console

    from newsscan.batch import run_one
    from newsscan.model import Options
    from newsscan.render.show import render

    record = run_one(str(SEED.relative_to(ROOT)), Options())
    console = Console(
        record=True, width=100, force_terminal=True, color_system="truecolor", file=open(os.devnull, "w")
    )
    render(record, console, pager=False)
    console.save_svg(str(path), title="newsscan show seeds/000_fb418dfe53a9ab0a.txt")


def screenshots(seed: pathlib.Path, corpus: pathlib.Path) -> None:
    """The seed report (wide, with a statement hovered, and narrow) and the corpus overview."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium")
        page = browser.new_page(viewport={"width": 1280, "height": 900}, color_scheme="light")
        page.goto(seed.as_uri())
        page.hover(".st[data-q='q9']")
        page.screenshot(path=str(DOCS / "report-seed.png"), full_page=True)
        page.set_viewport_size({"width": 400, "height": 860})
        page.mouse.move(0, 0)
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(DOCS / "report-seed-narrow.png"))
        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(corpus.as_uri())
        page.screenshot(path=str(DOCS / "report-overview.png"))
        browser.close()


def main() -> None:
    """Build both reports in a temporary folder and write every picture to docs/."""
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        seed = report([str(SEED.relative_to(ROOT))], pathlib.Path(tmp) / "seed.html")
        corpus = report(["tests/golden"], pathlib.Path(tmp) / "corpus.html")
        screenshots(seed, corpus)
    show_svg(DOCS / "show-seed.svg")


if __name__ == "__main__":
    main()
