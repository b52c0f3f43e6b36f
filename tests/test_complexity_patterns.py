"""Every regular expression of the language data and of the rule engine runs in linear time.

Each pattern is run the way the pipeline runs it (a whole-line marker is fullmatched
against a stripped line, an inline ad marker is searched for and substituted in a line, the
code's patterns are searched, iterated and matched) on strings built to
make nested or overlapping quantifiers backtrack: a run of one character class, a run of
words, separators that could be split in two, a long tail of space before a mismatch. The
time at size 8n is compared with the time at size n, best of three each; linear work gives
a ratio near 8, quadratic 64, cubic 512 and exponential never finishes. The bound (30) is
generous so that a loaded machine does not make it flaky, and sizes are first climbed in small
steps with each call capped in time, so that an exponential pattern fails instead of hanging.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest

import newsscan.lang
import newsscan.pipeline
from newsscan import lang as langdata

SMALL, FACTOR = 250, 8
MAX_RATIO = 30.0
LADDER_LIMIT = 0.5  # seconds for one call on a few hundred characters
LADDER_TOP = 600  # exponential backtracking shows long before this length
MIN_TIME = 2e-5  # below this the timer is mostly noise: pad both sizes with repetitions


def _keyword(rx: re.Pattern) -> str:
    """The first literal word(s) of a pattern (``kommentare?\\s*…`` -> ``kommentar``), so that
    the adversarial tails get past the pattern's opening word."""
    pattern = rx.pattern.decode("latin-1") if isinstance(rx.pattern, bytes) else rx.pattern
    source = re.sub(r"\\.|\(\?[^:)]*[:)]?|[?*+]|\{[^}]*\}|\[[^\]]*\]", " ", pattern)
    m = re.search(r"[^\W\d_]{2,}(?: [^\W\d_]+)*", source)
    return m.group() if m else "a"


def _adversarial(n: int, word: str = "kommentar") -> dict[str, str]:
    """Strings of about ``n`` characters that stress one kind of backtracking each; ``word``
    opens the ones that need to get past a pattern's first word."""
    unit = lambda u: u * max(1, n // len(u))  # noqa: E731
    return {
        "keyword, spaces, mismatch": word + unit(" ") + "x",
        "keyword, spaced separators": word + unit(" _ ") + "x",
        "keyword, colons": word + unit(" : ") + "x",
        "bracketed keyword, spaces": "[" + word + unit(" ") + "_" + unit(" ") + "x",
        "keyword, at signs": word + " a at " + unit("@") + " " + unit("x "),
        "byline names": "Von " + unit("Ae ") + "!",
        "byline particles": "Von " + unit("Ae e ") + "!",
        "byline separators": "By " + unit("Ab Cd, ") + "!",
        "letters": unit("a") + "!",
        "capitals": unit("A") + "!",
        "digits": unit("1") + "x",
        "spaces then mismatch": "kommentar" + unit(" ") + "x",
        "ad marker spaces": "[anzeige" + unit(" ") + "_" + unit(" ") + "x",
        "dots": unit(".") + "x",
        "dots and spaces": unit(". ") + "x",
        "hyphens": unit("a-") + "!",
        "address dots": unit("a.") + " x",
        "at signs": "email a at " + unit("@") + " " + unit("x "),
        "separators": "teilen" + unit(" | teilen") + " !",
        "brackets": "[" + unit("Anzeige ") + "x",
        "parentheses": unit("(") + "x",
        "zu": "Er sagte, " + unit("zu"),
        "colons": unit(": ") + "x",
    }


def _line_marker(rx: re.Pattern, text: str) -> None:
    rx.fullmatch(text.strip())


def _inline(rx: re.Pattern, text: str) -> None:
    for _ in rx.finditer(text):
        pass
    rx.sub(" ", text)


def _any_use(rx: re.Pattern, text: str) -> None:
    if isinstance(rx.pattern, bytes):  # the loader's sniffing patterns read raw bytes
        text = text.encode("utf-8")  # type: ignore[assignment]
    rx.fullmatch(text)
    rx.search(text)
    rx.match(text)
    for _ in rx.finditer(text):
        pass


def _patterns() -> list[tuple[str, re.Pattern, object]]:
    """Every compiled pattern with the way it is used: the boilerplate data of every
    language, then the patterns of every module of ``newsscan.pipeline`` and ``newsscan.lang``."""
    out = []
    for code in langdata.available():
        for kind, rx in langdata.get(code).boilerplate:
            use = _inline if kind == langdata.INLINE_AD else _line_marker
            out.append((f"{code}:{kind}:{rx.pattern[:40]}", rx, use))
    modules = {}
    for package in (newsscan.pipeline, newsscan.lang):  # every module of the engine, found, not listed
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            modules[info.name.removeprefix("newsscan.").removeprefix("pipeline.")] = importlib.import_module(
                info.name
            )
    for mod_name, mod in modules.items():
        for name, value in vars(mod).items():
            if isinstance(value, re.Pattern):
                out.append((f"{mod_name}.{name}", value, _any_use))
    return out


def _best(use, rx: re.Pattern, text: str, repeat: int) -> float:
    """The least CPU time of three runs: CPU time, not wall time, so that other processes on a
    loaded machine do not enter the ratio."""
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for _ in range(repeat):
            use(rx, text)
        best = min(best, time.process_time() - t0)
    return best


PATTERNS = _patterns()


def test_the_audit_covers_every_language_and_module():
    names = [n for n, _, _ in PATTERNS]
    for code in langdata.available():
        assert any(n.startswith(code + ":byline") for n in names)
    assert any(n.startswith("segment._BOUNDARY") for n in names)
    assert any(n.startswith("prose.WORD") for n in names)
    assert any(n.startswith("lang.fr.rules.INVERSION") for n in names)
    assert any(n.startswith("actors._POSSESSIVE_APPOSITION") for n in names)


@pytest.mark.parametrize("name,rx,use", PATTERNS, ids=[n for n, _, _ in PATTERNS])
def test_pattern_grows_linearly(name, rx, use):
    word = _keyword(rx)
    small, large = _adversarial(SMALL, word), _adversarial(SMALL * FACTOR, word)
    for case in small:
        _ladder(name, case, use, rx, word)
        ratio = _ratio(use, rx, small[case], large[case])
        assert ratio < MAX_RATIO, f"{name} on {case!r}: ×{ratio:.0f} for ×{FACTOR} the length"


def _ladder(name: str, case: str, use, rx: re.Pattern, word: str) -> None:
    """Sizes growing by a quarter up to LADDER_TOP, each call capped at half a second:
    an exponential pattern fails here within a few seconds instead of hanging the test."""
    n = 16
    while n <= LADDER_TOP:
        text = _adversarial(n, word)[case]
        t0 = time.process_time()
        use(rx, text)
        took = time.process_time() - t0
        assert took < LADDER_LIMIT, f"{name} on {case!r}: {took:.2f} s for {len(text)} characters"
        n = int(n * 1.25) + 1


def _ratio(use, rx: re.Pattern, small: str, large: str, attempts: int = 3) -> float:
    """Time on ``large`` over time on ``small``; measured again (up to ``attempts`` times)
    while it looks too high, since a busy machine can slow one measurement down."""
    ratio = float("inf")
    for _ in range(attempts):
        repeat = max(1, int(MIN_TIME / max(_best(use, rx, small, 1), 1e-7)))
        ratio = min(ratio, _best(use, rx, large, repeat) / max(_best(use, rx, small, repeat), 1e-9))
        if ratio < MAX_RATIO:
            break
    return ratio


def test_regex_rewrites_match_what_they_replace():
    """The linear forms accept what the backtracking ones did on ordinary lines."""
    de = langdata.get("de")
    byline = next(rx for kind, rx in de.boilerplate if kind == "byline")
    assert (
        byline.fullmatch("Von Max Mustermann und Erika Musterfrau").group("value")
        == "Max Mustermann und Erika Musterfrau"
    )
    assert byline.fullmatch("Von Hugo de Jonge, Anna Berg").group("value") == "Hugo de Jonge, Anna Berg"
    assert byline.fullmatch("Von Ae Ae Ae Ae Ae Ae Ae Ae Ae Ae Ae Ae Ae Ae Ae Ae !") is None
    markers = [rx for kind, rx in de.boilerplate if kind == "ad-marker"]
    assert any(rx.fullmatch("[Anzeige _ 2]") for rx in markers)
    assert any(rx.fullmatch("Kommentare : 12") for kind, rx in de.boilerplate if kind == "comments")
