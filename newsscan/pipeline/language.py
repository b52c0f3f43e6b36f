"""Stage 3: detect the language with langdetect, seeded so the result is deterministic."""
from __future__ import annotations

from ..model import Language

SAMPLE_CHARS = 1000


def detect(text: str) -> Language:
    """Return the most probable language of ``text`` (its first characters) and its probability."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return Language("und", 0.0)
    from langdetect import DetectorFactory, detect_langs  # heavy: loads the profiles once
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        best = detect_langs(sample)
    except LangDetectException:
        return Language("und", 0.0)
    if not best:
        return Language("und", 0.0)
    return Language(best[0].lang, round(best[0].prob, 4))
