"""Evaluation against an annotated corpus in JSON Lines.

Each line: ``{"id", "text", "quotes": [{"text", "content"?, "type"?, "speaker"?, "cue"?,
"optional"?}]}`` (the format of the German news quotation attribution corpus; see the
README). Figures:

- token level, GermEval 2023 Task 2 "message": gold and predicted quotes matched one
  to one by maximum-weight assignment on token-overlap F1, then tokens counted;
- quote level: a prediction matches a gold quote when their common tokens are at least
  half of the longer one (one to one, best overlap first); optional gold quotes are
  neither required nor penalised;
- speaker accuracy on matched quotes with a non-pronoun gold speaker (pronoun
  speakers reported apart): the gold mention must name our speaker — its canonical
  name, the mention at the statement or another mention of the same actor (the gold
  has no coreference, so it names the local mention); ``wrong`` is the share of them pinned
  on a wrong speaker (a speaker named that is not the gold one; the rest of the errors have
  no speaker at all); type and cue accuracy; throughput;
- pronoun speakers (``pronoun_speaker``): where the gold gives the canonical speaker
  (``speaker_canonical``, the English corpus), our actor must be that person; where it
  does not (the German corpus), a pronoun resolved to any actor counts. ``bound`` is the
  share resolved to any actor, ``canonical_n`` how many were checked by name, and
  ``gender_clash`` how many were bound to an actor of the other gender (``she`` to a man);
- canonical speaker (``canonical_speaker``): on every matched quote whose gold gives a
  canonical name, our actor must be that person — role nouns and pronouns resolved;
- per rule (``by_rule``): a prediction matched to a required gold quote is a true positive
  of the rule that found it (``quotes[].rule``), an unmatched prediction a false positive;
  a rule's recall is the share of all required gold quotes that it found;
- per speaker rule (``by_speaker_rule``, with ``by_rule``): speaker accuracy on matched quotes
  with a gold speaker, by how newsscan found its speaker mention (``quotes[].speaker_rule``;
  ``none`` when it found none), pronoun speakers included.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

_TOKEN = re.compile(r"\w+", re.UNICODE)
TYPES = ("direct", "indirect", "other")
PRED_TYPE = {"direct": "direct", "indirect": "indirect", "mixed": "indirect"}


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFKC", text or "").casefold())


def overlap_counts(a: Counter, b: Counter) -> int:
    return sum((a & b).values())


def assignment(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Maximum-weight one-to-one assignment (Hungarian algorithm, O(n^3)); pairs with weight 0 are dropped."""
    if not weights or not weights[0]:
        return []
    rows, cols = len(weights), len(weights[0])
    n = max(rows, cols)
    big = max(max(r) for r in weights) if weights else 0
    cost = [[(big - (weights[i][j] if i < rows and j < cols else 0.0)) for j in range(n)] for i in range(n)]
    inf = float("inf")
    u, v, p, way = [0.0] * (n + 1), [0.0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = []
    for j in range(1, n + 1):
        i = p[j] - 1
        if i < rows and j - 1 < cols and weights[i][j - 1] > 0:
            pairs.append((i, j - 1))
    return pairs


def _f1(a: Counter, b: Counter) -> float:
    common = overlap_counts(a, b)
    if not common:
        return 0.0
    p, r = common / sum(a.values()), common / sum(b.values())
    return 2 * p * r / (p + r)


@dataclass
class PRF:
    tp: float = 0
    fp: float = 0
    fn: float = 0

    def figures(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


HONORIFIC_WORDS = {
    "herr",
    "frau",
    "der",
    "die",
    "das",
    "dem",
    "den",
    "des",
    "ein",
    "eine",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "the",
}


def same_speaker(predicted: list[str], gold: str) -> bool:
    g = [t for t in tokens(gold) if t not in HONORIFIC_WORDS]
    if not g:
        return False
    for cand in predicted:
        p = [t for t in tokens(cand) if t not in HONORIFIC_WORDS]
        if not p:
            continue
        if p[-1] == g[-1] or set(g) <= set(p) or (len(p) >= 2 and set(p) <= set(g)):
            return True
        if len(g) >= 3 and overlap_counts(Counter(p), Counter(g)) / max(len(p), len(g)) >= 0.5:
            return True
    return False


@dataclass
class Tally:
    message: PRF = field(default_factory=PRF)
    quotes: PRF = field(default_factory=PRF)
    by_type: dict = field(default_factory=lambda: {t: PRF() for t in TYPES})
    speaker_ok: int = 0
    speaker_n: int = 0
    speaker_wrong: int = 0  # a speaker named, and not the gold one
    pronoun_ok: int = 0
    pronoun_n: int = 0
    pronoun_bound: int = 0
    pronoun_canonical: int = 0  # pronouns checked against a gold canonical name
    pronoun_clash: int = 0  # bound to an actor of the other gender
    canonical_ok: int = 0
    canonical_n: int = 0
    cue_ok: int = 0
    cue_n: int = 0
    articles: int = 0
    skipped: int = 0  # error records of newsscan output: nothing to score
    seconds: float = 0.0
    by_rule: dict = field(default_factory=dict)  # rule -> PRF (fn filled in at the end)
    by_speaker_rule: Counter = field(default_factory=Counter)  # (speaker rule, right?) -> n
    gold_required: int = 0


def gold_type(value) -> str | None:
    """A gold quote type in the scorer's terms: newsscan's own ``mixed`` counts as indirect;
    an unknown or missing type is None (scored overall, in no type row)."""
    value = PRED_TYPE.get(value, value)
    return value if value in TYPES else None


def _gold_quotes(record: dict, type_filter: str | None) -> list[dict]:
    out = []
    for q in record.get("quotes", []):
        kind = gold_type(q.get("type"))
        if type_filter and kind != type_filter:
            continue
        text = q.get("content") or q.get("text") or ""
        out.append(
            {
                "text": text,
                "tokens": Counter(tokens(text)),
                "type": kind,
                "speaker": q.get("speaker"),
                "canonical": q.get("speaker_canonical"),
                "cue": q.get("cue"),
                "optional": bool(q.get("optional")),
            }
        )
    return out


def _pred_quotes(result: dict, type_filter: str | None) -> list[dict]:
    out = []
    for q in result.get("quotes", []):
        t = PRED_TYPE.get(q["type"], q["type"])
        if type_filter and t != type_filter:
            continue
        out.append({**q, "tokens": Counter(tokens(q["text"])), "gtype": t})
    return out


def score_article(
    record: dict, result: dict, tally: Tally, pronouns: set, type_filter=None, errors: list | None = None
) -> None:
    """Add one article's figures to ``tally``: tokens, quotes, speakers, cues, misses and false alarms."""
    golds = _gold_quotes(record, type_filter)
    preds = _pred_quotes(result, type_filter)
    actors = {a["id"]: a for a in result.get("actors", [])}
    _score_tokens(preds, golds, tally)
    matches = _quote_matches(preds, golds)
    tally.gold_required += sum(1 for g in golds if not g["optional"])
    for i, j in matches:
        _score_match(record, preds[i], golds[j], tally, pronouns, actors, errors)
    _score_unmatched(record, preds, golds, {i for i, _ in matches}, {j for _, j in matches}, tally, errors)


def _score_tokens(preds: list, golds: list, tally: Tally) -> None:
    """Token level (GermEval message): optimal assignment on token F1."""
    weights = [[_f1(p["tokens"], g["tokens"]) for g in golds] for p in preds]
    pairs = assignment(weights) if preds and golds else []
    mp, mg = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, j in pairs:
        common = overlap_counts(preds[i]["tokens"], golds[j]["tokens"])
        tally.message.tp += common
        tally.message.fp += sum(preds[i]["tokens"].values()) - common
        tally.message.fn += sum(golds[j]["tokens"].values()) - common
    tally.message.fp += sum(sum(p["tokens"].values()) for i, p in enumerate(preds) if i not in mp)
    tally.message.fn += sum(sum(g["tokens"].values()) for j, g in enumerate(golds) if j not in mg)


def _quote_matches(preds: list, golds: list) -> list[tuple[int, int]]:
    """Quote level: pairs overlapping by half of the longer span, greedy by overlap."""
    cands = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            common = overlap_counts(p["tokens"], g["tokens"])
            longer = max(sum(p["tokens"].values()), sum(g["tokens"].values())) or 1
            if common / longer >= 0.5:
                cands.append((common / longer, i, j))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set = set()
    used_g: set = set()
    matches = []
    for _, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matches.append((i, j))
    return matches


def _score_match(
    record: dict, p: dict, g: dict, tally: Tally, pronouns: set, actors: dict, errors: list | None
) -> None:
    """A predicted quote matched to a gold one: type, rule, speaker and cue."""
    if not g["optional"]:
        tally.quotes.tp += 1
        if g["type"] in tally.by_type:
            tally.by_type[g["type"]].tp += 1
        tally.by_rule.setdefault(p.get("rule"), PRF()).tp += 1
    if g["speaker"]:
        _score_speaker(record, p, g, tally, pronouns, actors, errors)
    if g["cue"]:
        tally.cue_n += 1
        if p.get("cue"):
            tally.cue_ok += bool(set(tokens(g["cue"])) & set(tokens(p["cue"])))


def _score_speaker(
    record: dict, p: dict, g: dict, tally: Tally, pronouns: set, actors: dict, errors: list | None
) -> None:
    """The canonical name, the mention at the statement, or any mention of the same actor."""
    actor = actors.get(p.get("actor")) or {}
    names = [n for n in (p.get("speaker"), p.get("speaker_mention")) if n] + actor.get("mentions", [])
    ok = same_speaker(names, g["speaker"])
    if g["canonical"]:
        tally.canonical_n += 1
        tally.canonical_ok += same_speaker(names, g["canonical"])
    pronoun = " ".join(tokens(g["speaker"])) in pronouns
    if pronoun:
        # with the gold's canonical name (who the pronoun means), the actor must be that one;
        # without it, a pronoun resolved to any actor counts
        ok = same_speaker(names, g["canonical"]) if g["canonical"] else bool(p.get("speaker"))
        tally.pronoun_n += 1
        tally.pronoun_ok += ok
        _pronoun_figures(p, g, tally, actor.get("gender"))
    else:
        tally.speaker_n += 1
        tally.speaker_ok += ok
        tally.speaker_wrong += not ok and bool(p.get("speaker"))
    tally.by_speaker_rule[p.get("speaker_rule") or "none", bool(ok)] += 1
    if not ok and errors is not None:
        errors.append(
            {
                "id": record.get("id"),
                "error": "pronoun" if pronoun else "speaker",
                "gold": g["speaker"],
                "canonical": g["canonical"],
                "predicted": p.get("speaker"),
                "mention": p.get("speaker_mention"),
                "text": g["text"],
            }
        )


PRONOUN_GENDERS = {"he": "m", "him": "m", "she": "f", "her": "f", "er": "m"}  # sie: also plural


def _pronoun_figures(p: dict, g: dict, tally: Tally, gender: str | None) -> None:
    """A gold pronoun speaker: resolved to an actor at all, checked by name, of the other gender."""
    tally.pronoun_bound += bool(p.get("speaker"))
    tally.pronoun_canonical += bool(g["canonical"])
    expected = PRONOUN_GENDERS.get(" ".join(tokens(g["speaker"])))
    tally.pronoun_clash += bool(expected and gender and gender != expected)


def _score_unmatched(
    record: dict, preds: list, golds: list, used_p: set, used_g: set, tally: Tally, errors: list | None
) -> None:
    """False alarms and misses."""
    for i, p in enumerate(preds):
        if i not in used_p:
            tally.quotes.fp += 1
            tally.by_rule.setdefault(p.get("rule"), PRF()).fp += 1
            if p["gtype"] in tally.by_type:
                tally.by_type[p["gtype"]].fp += 1
            if errors is not None:
                near = max(golds, key=lambda g: overlap_counts(p["tokens"], g["tokens"]), default=None)
                errors.append(
                    {
                        "id": record.get("id"),
                        "error": "false_positive",
                        "type": p["type"],
                        "text": p["text"],
                        "cue": p.get("cue"),
                        "speaker": p.get("speaker"),
                        "rule": p.get("rule"),
                        "nearest_gold": near["text"] if near else None,
                    }
                )
    for j, g in enumerate(golds):
        if j not in used_g and not g["optional"]:
            tally.quotes.fn += 1
            if g["type"] in tally.by_type:
                tally.by_type[g["type"]].fn += 1
            if errors is not None:
                near = max(preds, key=lambda p: overlap_counts(p["tokens"], g["tokens"]), default=None)
                errors.append(
                    {
                        "id": record.get("id"),
                        "error": "false_negative",
                        "type": g["type"],
                        "text": g["text"],
                        "cue": g["cue"],
                        "speaker": g["speaker"],
                        "nearest_predicted": near["text"] if near else None,
                    }
                )


class CorpusError(ValueError):
    """The corpus file is not in the evaluation format."""


def _record(path: str, number: int, line: str) -> dict | None:
    """One gold record from line ``number``; None for an error record of newsscan's own
    output (nothing to score); :class:`CorpusError` naming the line for anything else."""
    where = f"{path}:{number}"
    if number == 1 and line.strip() in ("[", "[]"):
        raise CorpusError(
            f"{where}: a JSON array, not JSON Lines (write newsscan output with --format jsonl)"
        )
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{where}: not JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise CorpusError(f"{where}: a record must be a JSON object")
    if "error" in record and "text" not in record:
        return None
    problem = _problem(record)
    if problem:
        raise CorpusError(f'{where}: {problem}; a record needs "text" and "quotes": [{{"text": …}}]')
    return record


def ratio(a: int, b: int) -> float | None:
    """a / b to four places, None when b is 0."""
    return round(a / b, 4) if b else None


def rule_figures(tally: Tally) -> dict:
    """Precision and recall per rule, by rule name; a rule's recall is its share of all
    required gold quotes (so the recalls of all rules add up to the overall recall)."""
    out = {}
    for rule in sorted(tally.by_rule, key=lambda r: (r is None, r or "")):
        f = tally.by_rule[rule]
        out[rule or "none"] = PRF(f.tp, f.fp, tally.gold_required - f.tp).figures()
    return out


def speaker_rule_figures(tally: Tally) -> dict:
    """Speaker accuracy per speaker rule, the most frequent first."""
    counts: Counter = Counter()
    for (rule, _), n in tally.by_speaker_rule.items():
        counts[rule] += n
    return {
        rule: {"accuracy": ratio(tally.by_speaker_rule[rule, True], n), "n": n}
        for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    }


def _problem(record: dict) -> str | None:
    """What keeps ``record`` from being scored, or None."""
    if not isinstance(record.get("text"), str):
        return 'no "text" string'
    quotes = record.get("quotes", [])
    if not isinstance(quotes, list):
        return '"quotes" is not a list'
    for k, q in enumerate(quotes, 1):
        if not isinstance(q, dict) or not isinstance(q.get("content") or q.get("text"), str):
            return f'quote {k} has no "text" string'
    return None


def evaluate(
    path: str,
    limit: int | None = None,
    type_filter: str | None = None,
    errors: list | None = None,
    options=None,
    by_rule: bool = False,
) -> dict:
    from . import lang as langdata
    from .api import analyze_text
    from .model import Options
    from .schema import to_dict

    options = options or Options()
    pronouns = set()
    for code in langdata.available():
        pronouns |= set(langdata.get(code).pronouns)
    pronouns |= {"sie", "er", "es", "wir", "ich", "ihr", "man", "they", "he", "she", "we", "i"}
    tally = Tally()
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit and n >= limit:
                break
            if not line.strip():
                continue
            record = _record(path, n + 1, line)
            if record is None:
                tally.skipped += 1
                continue
            t0 = time.perf_counter()
            result = to_dict(analyze_text(record["text"], options, path=record.get("id")))
            tally.seconds += time.perf_counter() - t0
            tally.articles += 1
            score_article(record, result, tally, pronouns, type_filter, errors)
    figures = {
        "corpus": path,
        "articles": tally.articles,
        "skipped": tally.skipped,
        "type": type_filter or "all",
        "message": tally.message.figures(),
        "quotes": tally.quotes.figures(),
        "by_type": {t: f.figures() for t, f in tally.by_type.items() if not type_filter or t == type_filter},
        "speaker": {
            "accuracy": ratio(tally.speaker_ok, tally.speaker_n),
            "n": tally.speaker_n,
            "wrong": ratio(tally.speaker_wrong, tally.speaker_n),
        },
        "pronoun_speaker": {
            "accuracy": ratio(tally.pronoun_ok, tally.pronoun_n),
            "n": tally.pronoun_n,
            "bound": ratio(tally.pronoun_bound, tally.pronoun_n),
            "canonical_n": tally.pronoun_canonical,
            "gender_clash": tally.pronoun_clash,
        },
        "canonical_speaker": {
            "accuracy": ratio(tally.canonical_ok, tally.canonical_n),
            "n": tally.canonical_n,
        },
        "cue": {"accuracy": ratio(tally.cue_ok, tally.cue_n), "n": tally.cue_n},
        "articles_per_second": ratio(tally.articles, tally.seconds),
    }
    if by_rule:
        figures["by_rule"] = rule_figures(tally)
        figures["by_speaker_rule"] = speaker_rule_figures(tally)
    return figures
