"""The rule engine's work grows linearly with the input on the adversarial texts of
benchmarks/complexity.py (a construction repeated until the text has the wanted size).

Work is counted, not timed: the number of Python and C function calls that one analysis
makes (cProfile), which does not depend on the machine's load, so the bounds can be tight
and the test never flakes. Linear work gives a ratio near the size factor, quadratic its
square. Two scales: within one sentence (below the sentence cap, where a scan per token
would show) and across a document (many sentences, where a scan per sentence or speaker
would show). Regular-expression backtracking happens inside one call and is tested by
test_complexity_patterns.py; timings at 10–300 KB are the benchmark's job (README).
"""

from __future__ import annotations

import cProfile
import importlib.util
import pathlib
import pstats
import sys

import pytest

from newsscan import analyze_text
from newsscan import lang as langdata
from newsscan.model import Options
from newsscan.pipeline import segment

ROOT = pathlib.Path(__file__).resolve().parents[1]
OPTIONS = Options(language="de")
SCALES = {"sentence": (400, 1600), "document": (1500, 6000)}
SLACK = 1.6  # allowed excess over linear growth (n·log n and small fixed costs)


def _benchmark():
    spec = importlib.util.spec_from_file_location(
        "complexity_benchmark", ROOT / "benchmarks" / "complexity.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


INPUTS = _benchmark().INPUTS


def _calls(text: str) -> int:
    """Function calls made by one analysis of ``text``."""
    profile = cProfile.Profile()
    profile.enable()
    analyze_text(text, OPTIONS)
    profile.disable()
    return pstats.Stats(profile).total_calls


@pytest.mark.parametrize("scale", list(SCALES))
@pytest.mark.parametrize("name", list(INPUTS))
def test_analysis_grows_linearly(name, scale):
    # lexicons and the forename dictionary (read at the first named person) loaded before counting
    analyze_text("Anna Berg sagte, es sei gut. Er sagte, es sei gut.", OPTIONS)
    small, large = SCALES[scale]
    build = INPUTS[name]
    ratio = _calls(build(large)) / max(_calls(build(small)), 1)
    bound = large / small * SLACK
    assert ratio < bound, f"{name}: ×{ratio:.1f} function calls for ×{large / small:.0f} the text"


def _line_events(text: str, module: str = "") -> int:
    """Lines and calls executed by one analysis of ``text`` (in the files whose path ends in
    ``module``, if given): also counts a loop that scans the sentence inside a single call,
    which ``_calls`` does not see."""
    count = 0

    def trace(frame, event, arg):
        nonlocal count
        if frame.f_code.co_filename.endswith(module):
            count += 1
        return trace

    sys.settrace(trace)
    try:
        analyze_text(text, OPTIONS)
    finally:
        sys.settrace(None)
    return count


# inputs where a per-token rescan of the sentence, or a loop per nested parenthesis, would
# hide inside one call (free indirect speech: the first clause's end found per token; the
# closing parenthesis of every token)
LINE_INPUTS = ("soll, one long clause", "nested parentheses", "Konjunktiv, no full stop")


@pytest.mark.parametrize("name", LINE_INPUTS)
def test_lines_executed_grow_linearly_within_a_sentence(name):
    analyze_text("Anna Berg sagte, es sei gut. Er sagte, es sei gut.", OPTIONS)
    small, large = SCALES["sentence"]
    build = INPUTS[name]
    ratio = _line_events(build(large)) / max(_line_events(build(small)), 1)
    assert ratio < large / small * SLACK, f"{name}: ×{ratio:.1f} lines for ×{large / small:.0f} the text"


# inputs and the module where a loop over every statement per sentence would hide inside one
# call, too small a part of the whole analysis to show in its count (free indirect speech: the
# statements inside a Konjunktiv sentence after a report)
DOCUMENT_LINE_INPUTS = (("Konjunktiv after reports", "constructions/free_indirect.py"),)


@pytest.mark.parametrize("name,module", DOCUMENT_LINE_INPUTS)
def test_lines_executed_grow_linearly_across_a_document(name, module):
    analyze_text("Anna Berg sagte, es sei gut. Er sagte, es sei gut.", OPTIONS)
    small, large = SCALES["document"]
    build = INPUTS[name]
    ratio = _line_events(build(large), module) / max(_line_events(build(small), module), 1)
    assert ratio < large / small * SLACK, f"{name}: ×{ratio:.1f} lines for ×{large / small:.0f} the text"


def test_inputs_are_the_size_asked_for():
    for name, build in INPUTS.items():
        assert abs(len(build(30_000).encode("utf-8")) - 30_000) < 300, name


def test_overlong_sentences_are_cut_at_spaces():
    text = "Er sagte, " + "es sei gut und " * 1000 + "fertig."
    parts = segment.sentences(text, langdata.get("de"))
    assert len(parts) > 1
    assert all(s.end - s.start <= segment.MAX_SENTENCE_CHARS for s in parts)
    assert all(text[s.start] != " " and text[s.end - 1] != " " for s in parts)
    assert parts[0].start == 0 and parts[-1].end == len(text)


def test_ordinary_sentences_are_not_cut():
    text = "Der Minister sagte, " + "die Lage sei ernst, " * 60 + "und ging."
    assert len(text) < segment.MAX_SENTENCE_CHARS
    assert len(segment.sentences(text, langdata.get("de"))) == 1


def test_pathological_inputs_still_give_statements():
    """The cut keeps analysing: every piece of a long run of reports is read."""
    text = INPUTS["clauses, no full stop"](20_000)
    result = analyze_text(text, OPTIONS)
    assert len(result.quotes) > 50
    assert all(0 <= q.statement.start < q.statement.end <= len(text) for q in result.quotes)
