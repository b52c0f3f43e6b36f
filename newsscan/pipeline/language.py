"""Stage 3: detect the language with langdetect, seeded so the result is deterministic.

On a short text the detector's evidence is weak and its probabilities are not (it names
Danish or Afrikaans for a German sentence of six words with 0.99). There the words of the
text are also checked against the closed word classes and speech verbs of the shipped
languages; one that recognises enough of them is preferred to a language without data, and
to another shipped language when it recognises at least three words and twice as many. The
probability reported is then the detector's own for the chosen language (0.0 when it did not
consider it): low means weak evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Language

SAMPLE_CHARS = 600  # langdetect's estimate settles well within the first few hundred characters
TRIALS = 3  # langdetect's default is 7 random-walk trials; 3 agree on news text and halve the cost
SHORT_CHARS = 200  # below this many letters the detector's evidence is weak
MIN_KNOWN_SHARE = 0.3  # share of a short text's words a shipped language must recognise
MIN_KNOWN_WORDS = 2
MIN_OVERRIDE_WORDS = 3  # words it takes to overrule the detector's choice of another shipped language
_WORD = re.compile(r"[^\W\d_]+")


def _factory(detector_factory):
    """langdetect's profiles, loaded once and published only when complete.

    ``langdetect.init_factory`` keeps a half-loaded factory when loading is interrupted, and
    its bare ``except:`` turns Ctrl-C (or an article's time budget) into a format error; the
    interruption is re-raised here instead, and nothing half-loaded is kept."""
    if detector_factory._factory is not None:
        return detector_factory._factory
    from langdetect.lang_detect_exception import LangDetectException

    factory = detector_factory.DetectorFactory()
    try:
        factory.load_profile(detector_factory.PROFILES_DIRECTORY)
    except LangDetectException as exc:
        cause = exc.__context__
        if isinstance(cause, BaseException) and not isinstance(cause, Exception):
            raise cause from None
        raise
    detector_factory._factory = factory
    return factory


def detect(text: str) -> Language:
    """Return the most probable language of ``text`` (its first characters) and its probability."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return Language("und", 0.0)
    ranked = _probabilities(sample)
    if not ranked:
        return Language("und", 0.0)
    best, prob = ranked[0]
    if sum(ch.isalpha() for ch in sample) < SHORT_CHARS:
        best, prob = _prefer_shipped(sample, ranked)
    return Language(best, round(prob, 4))


def _probabilities(sample: str) -> list[tuple[str, float]]:
    """langdetect's (code, probability) list, best first; empty when it finds no feature."""
    from langdetect import DetectorFactory, detector_factory  # heavy: loads the profiles once
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    factory = _factory(detector_factory)
    try:
        detector = factory.create()
        detector.n_trial = TRIALS
        detector.append(sample)
        return [(p.lang, p.prob) for p in detector.get_probabilities()]
    except LangDetectException:
        return []


def _prefer_shipped(sample: str, ranked: list[tuple[str, float]]) -> tuple[str, float]:
    """On a short text, words decide when the detector's choice is not clearly supported:
    a shipped language that recognises enough of the words (``MIN_KNOWN_WORDS`` and
    ``MIN_KNOWN_SHARE``) replaces a language without data of its own (unless the related
    language it is read with recognises as many), and replaces another shipped language when
    it recognises at least three words and twice as many."""
    from .. import lang as langdata

    best = ranked[0]
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return best
    scores = {code: sum(w in _known_words(code) for w in words) for code in langdata.available()}
    code = max(sorted(scores), key=lambda c: scores[c])
    if code == best[0] or scores[code] < max(MIN_KNOWN_WORDS, MIN_KNOWN_SHARE * len(words)):
        return best
    rival = best[0] if best[0] in scores else langdata.data_code(best[0])
    if rival == best[0] and (scores[code] < MIN_OVERRIDE_WORDS or scores[code] < 2 * scores[rival]):
        return best
    if rival and rival != best[0] and scores[code] <= scores[rival]:
        return best
    return code, dict(ranked).get(code, 0.0)


@lru_cache(maxsize=None)
def _known_words(code: str) -> frozenset:
    """Closed-class words, pronouns and speech verb forms of a shipped language."""
    from .. import lang as langdata

    data = langdata.get(code)
    words = set(data.cue_forms) | set(data.pronouns)
    for section in (
        "determiners",
        "auxiliaries",
        "subordinators",
        "prepositions",
        "object_pronouns",
        "relative_pronouns",
        "indefinite",
    ):
        words |= data.word_class(section)
    return frozenset(w for w in words if " " not in w)
