"""Growth of analysis time with input size on adversarial inputs, measured by hand.

    python benchmarks/complexity.py [--sizes 10000,30000,100000,300000] [--only NAME,...] [--rounds 3]

Each input below repeats one construction that once made a stage scan the text again for
every token, sentence or speaker (or made a regular expression backtrack), until the text
has the requested size in bytes (UTF-8). For every input and size the script times
``analyze_text`` (best of ``--rounds``), fits the growth exponent k of time ~ size^k by
least squares on the log-log points and prints a table. Linear work gives k close to 1;
n·log n gives a little more. A second table does the same for every boilerplate pattern of
every language on the strings that stress it (``regex_inputs``).

No test asserts these timings; tests/test_complexity.py checks the growth on small sizes.
"""

from __future__ import annotations

import argparse
import math
import pathlib
import random
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_SYLLABLES = ("ka", "lo", "mi", "ren", "tas", "vu", "ber", "no", "sel", "dri", "pa", "gun")


def _name(rng: random.Random) -> str:
    """A capitalised made-up word of two to four syllables."""
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated until the text is ``size`` bytes long (UTF-8)."""
    count = max(1, size // len(unit.encode("utf-8")))
    return unit * count


def _unique_speakers(size: int) -> str:
    """One sentence a speaker, every speaker a new name (actor resolution by name)."""
    rng = random.Random(7)
    out, total = [], 0
    while total < size:
        sentence = f"{_name(rng)} {_name(rng)} sagte, die Lage sei ernst. "
        out.append(sentence)
        total += len(sentence.encode("utf-8"))
    return "".join(out)


def _capitalised(size: int) -> str:
    """Random capitalised words with no punctuation: one endless noun phrase."""
    rng = random.Random(11)
    out, total = [], 0
    while total < size:
        word = _name(rng) + " "
        out.append(word)
        total += len(word)
    return "".join(out)


def _hyphen_word(size: int) -> str:
    """One word of short parts joined by hyphens."""
    return "Er sagte, " + "-".join(["Ab"] * max(1, (size - 10) // 3)) + " sei gut."


def _speakers_and_pronouns(size: int) -> str:
    """A new speaker, then a pronoun and a role noun referring back, over and over."""
    rng = random.Random(5)
    out, total = [], 0
    while total < size:
        part = (
            f"{_name(rng)} {_name(rng)} sagte, die Lage sei ernst. Er betonte, man habe Zeit. "
            f"Der Minister sagte, es gehe voran. Die Firma {_name(rng)} teilte mit, sie prüfe es. "
        )
        out.append(part)
        total += len(part.encode("utf-8"))
    return "".join(out)


def _between(head: str, unit: str, tail: str, size: int) -> str:
    """``unit`` repeated between ``head`` and ``tail`` until the text is ``size`` bytes long."""
    return head + _repeat(unit, size - len((head + tail).encode("utf-8"))) + tail


def _nested_parentheses(size: int) -> str:
    """A report whose clause holds parentheses nested as deep as the text allows."""
    head, tail = "Er sagte, ", "es sei gut."
    depth = (size - len(head) - len(tail)) // 4
    return head + "( " * depth + ") " * depth + tail


INPUTS = {
    "„Wir sagen“": lambda n: _repeat("„Wir sagen“ ", n),
    "full stops": lambda n: "Er sagte" + "." * n,
    "full stops, spaced": lambda n: _repeat("a. ", n),
    "« a »": lambda n: _repeat("« a » ", n),
    "sagte,": lambda n: _repeat("sagte, ", n),
    "Er sagte: „a“": lambda n: _repeat("Er sagte: „a“ ", n),
    "laut Reuters": lambda n: _repeat("laut Reuters ", n),
    "[Anzeige]": lambda n: _repeat("[Anzeige] ", n),
    "capitalised words": _capitalised,
    "hyphenated word": _hyphen_word,
    "unique speakers": _unique_speakers,
    "speakers and pronouns": _speakers_and_pronouns,
    "clauses, no full stop": lambda n: _repeat("der Minister sagte, dass die Lage ernst sei, und ", n),
    "zu-infinitive": lambda n: "Er sagte, " + _repeat("zu", n),
    "Konjunktiv, no full stop": lambda n: _repeat("er sei da und man habe es ", n),
    "so X, frames": lambda n: _repeat("Es gehe, so der Minister, ", n),
    "according, sentences": lambda n: _repeat("Laut Reuters sei die Lage ernst. ", n),
    "role nouns": lambda n: _repeat("Minister Sprecherin Präsident Dr. ", n),
    "colons, no cue": lambda n: _repeat(": „a b c d e“ ", n),
    "nach Angaben": lambda n: _repeat("nach Angaben der Polizei ", n),
    "pronouns, sentences": lambda n: _repeat("Er sagte, es sei gut. Sie sagte, es sei gut. ", n),
    "media nouns": lambda n: _repeat("die Zeitung „Abc“ und der Sender Xyz ", n),
    "English frames": lambda n: _repeat('"We will win," the minister said, ', n),
    "according words": lambda n: _repeat("laut zufolge demnach nach ", n),
    "soll, one long clause": lambda n: _between(
        "Er sagte, es sei gut. Der Mann soll ", "sehr ", "gekommen sein.", n
    ),
    "nested parentheses": _nested_parentheses,
    "Konjunktiv after reports": lambda n: _repeat(
        "Die Ärztin sagte, es sei gut. Zuerst habe sie gezögert, meinte sie, dass er komme. ", n
    ),
}


def keyword(pattern: str) -> str:
    """The first literal word(s) of a pattern, so that the strings below get past it."""
    import re

    source = re.sub(r"\\.|\(\?[^:)]*[:)]?|[?*+]|\{[^}]*\}|\[[^\]]*\]", " ", pattern)
    m = re.search(r"[^\W\d_]{2,}(?: [^\W\d_]+)*", source)
    return m.group() if m else "a"


def regex_inputs(size: int, word: str = "von") -> dict:
    """Strings that stress nested or overlapping quantifiers in line patterns; ``word`` opens
    the ones that must get past a pattern's first word."""
    return {
        "Von Ae Ae …": "Von " + _repeat("Ae ", size) + "!",
        "Von Ae e Ae e …": "Von " + _repeat("Ae e ", size) + "!",
        "keyword, spaces": word + _repeat(" ", size) + "x",
        "keyword, spaced separators": word + _repeat(" _ ", size) + "x",
        "[keyword, spaces": "[" + word + _repeat(" ", size) + "_ x",
        "keyword, at signs": word + " a at " + _repeat("@", size) + " x",
        "letters": _repeat("a", size) + "!",
        "dots and spaces": _repeat(". ", size) + "x",
        "hyphens": _repeat("a-", size) + "!",
        "digits": _repeat("1 ", size) + "x",
    }


def best_time(func, arg, rounds: int) -> float:
    """The shortest of ``rounds`` timed calls of ``func(arg)``."""
    best = math.inf
    for _ in range(rounds):
        t0 = time.perf_counter()
        func(arg)
        best = min(best, time.perf_counter() - t0)
    return best


def exponent(sizes: list[int], times: list[float]) -> float:
    """Least-squares slope of log(time) over log(size)."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-6)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def _row(name: str, sizes: list[int], times: list[float], scale: float = 1.0) -> str:
    cells = " | ".join(f"{t * scale:.3f}" for t in times)
    return f"| {name} | {cells} | {exponent(sizes, times):.2f} |"


def _header(first: str, sizes: list[int]) -> str:
    cols = " | ".join(f"{s // 1000} KB" for s in sizes)
    return f"| {first} | {cols} | exponent |\n|---|" + "---|" * len(sizes) + "---|"


def run_analyze(sizes: list[int], only: set, rounds: int) -> None:
    """Time analyze_text on every adversarial input and size."""
    from newsscan import analyze_text
    from newsscan.model import Options

    options = Options(language="de")
    analyze_text("Er sagte, es sei gut.", options)  # warm-up: lexicons
    print(_header("input (analyze_text, seconds)", sizes))
    for name, build in INPUTS.items():
        if only and name not in only:
            continue
        times = [best_time(lambda t: analyze_text(t, options), build(size), rounds) for size in sizes]
        print(_row(name, sizes, times), flush=True)


def _use(kind: str):
    """How the pipeline runs a boilerplate pattern: whole-line markers are fullmatched
    against a stripped line, inline ad markers are searched and substituted."""
    from newsscan import lang as langdata

    if kind == langdata.INLINE_AD:
        return lambda rx, s: rx.sub(" ", s)
    return lambda rx, s: rx.fullmatch(s.strip())


def run_patterns(sizes: list[int], rounds: int) -> None:
    """For each stress string, find the slowest boilerplate pattern of any language at the
    largest size and time it at every size."""
    from newsscan import lang as langdata

    patterns = [
        (code, kind, rx) for code in langdata.available() for kind, rx in langdata.get(code).boilerplate
    ]
    print()
    print(_header("stress string: slowest boilerplate pattern (milliseconds)", sizes))
    for name in regex_inputs(10):
        slowest, worst = None, -1.0
        for code, kind, rx in patterns:
            text = regex_inputs(sizes[-1], keyword(rx.pattern))[name]
            took = best_time(lambda s: _use(kind)(rx, s), text, 1)
            if took > worst:
                slowest, worst = (code, kind, rx), took
        code, kind, rx = slowest
        times = [
            best_time(lambda s: _use(kind)(rx, s), regex_inputs(size, keyword(rx.pattern))[name], rounds)
            for size in sizes
        ]
        print(_row(f"{name}: {code} {kind}", sizes, times, scale=1000), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,30000,100000,300000")
    ap.add_argument("--only", default="", help="input names separated by |")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-patterns", action="store_true")
    ap.add_argument("--patterns-only", action="store_true")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    only = {s.strip() for s in args.only.split("|") if s.strip()}
    if not args.patterns_only:
        run_analyze(sizes, only, args.rounds)
    if not args.no_patterns and not only:
        run_patterns(sizes, args.rounds)


if __name__ == "__main__":
    main()
