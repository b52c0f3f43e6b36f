"""The resolver (constructions/resolve.py): priority from the language's constructions.txt,
then length, then position; an overlap or a cue verb already used drops a candidate."""

from newsscan import lang
from newsscan.pipeline import segment
from newsscan.pipeline.constructions.base import Candidate
from newsscan.pipeline.constructions.resolve import order, resolve
from newsscan.pipeline.context import Context
from newsscan.pipeline.statements import _Finder

TEXT = "Die Lage sei ernst, sagte der Minister, und man prüfe alles, so die Sprecherin."


def _finder(code: str = "de") -> _Finder:
    data = lang.get(code)
    return _Finder(Context(TEXT, segment.sentences(TEXT, data), data))


def _c(rule, start, end, cue=None, cue_start=None):
    return Candidate(rule, "indirect", ((start, end),), cue, cue_start)


def test_order_is_priority_then_length_then_position():
    constructions = lang.get("de").constructions
    a = _c("indirect.report_then_cue", 0, 18)
    b = _c("indirect.cue_then_report", 40, 60)
    c = _c("indirect.cue_then_report", 20, 60)
    d = _c("indirect.cue_then_report", 0, 40)
    assert order([a, b, c, d], constructions) == [d, c, b, a]  # d and c as long: the earlier first


def test_an_overlapping_candidate_of_lower_priority_is_dropped():
    finder = _finder()
    finder.candidates = [_c("indirect.report_then_cue", 0, 18), _c("indirect.cue_then_report", 10, 30)]
    resolve(finder)
    assert [s.rule for s in finder.out] == ["indirect.cue_then_report"] and finder.candidates == []


def test_a_cue_verb_frames_one_statement_a_frame_with_no_cue_several():
    finder = _finder()
    finder.candidates = [
        _c("indirect.cue_then_report", 40, 60, cue="sagte", cue_start=20),
        _c("indirect.report_then_cue", 0, 18, cue="sagte", cue_start=20),
        Candidate("direct.colon_frame", "direct", ((62, 70),), None, 0),
        Candidate("direct.colon_frame", "direct", ((72, 78),), None, 0),
    ]
    resolve(finder)
    assert sorted(s.rule for s in finder.out) == ["direct.colon_frame"] * 2 + ["indirect.cue_then_report"]
