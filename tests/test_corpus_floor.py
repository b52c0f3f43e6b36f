"""Quality floors on the annotated dev corpora: German news quotation attribution (dev split)
and English news quotes. The floors only move up: raise them when quality rises. Skipped
when ../shared is absent."""

import pytest

from newsscan.evaluate import evaluate

from .conftest import SHARED

CORPORA = {
    "de": SHARED / "corpora" / "german-news-quotation-attribution" / "dev.jsonl",
    "en": SHARED / "corpora" / "english-news-quotes" / "dev.jsonl",
}
FLOORS = {
    "de": {
        "message_f1": 0.77,
        "quote_f1": 0.875,
        "quote_precision": 0.915,
        "direct_f1": 0.98,
        "speaker_accuracy": 0.90,
    },
    "en": {
        "message_f1": 0.91,
        "quote_f1": 0.935,
        "quote_precision": 0.935,
        "direct_f1": 0.99,
        "speaker_accuracy": 0.955,
        "pronoun_speaker_accuracy": 0.915,
    },
}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def figures(request):
    corpus = CORPORA[request.param]
    if not corpus.is_file():
        pytest.skip("../shared corpus is not present")
    return request.param, evaluate(str(corpus))


def test_dev_floors(figures):
    language, out = figures
    got = {
        "message_f1": out["message"]["f1"],
        "quote_f1": out["quotes"]["f1"],
        "quote_precision": out["quotes"]["precision"],
        "direct_f1": out["by_type"]["direct"]["f1"],
        "speaker_accuracy": out["speaker"]["accuracy"],
        "pronoun_speaker_accuracy": out["pronoun_speaker"]["accuracy"],
    }
    below = {k: (got[k], floor) for k, floor in FLOORS[language].items() if got[k] < floor}
    assert not below, f"{language}: below the floor: {below}"


def test_published_baseline_is_beaten(figures):
    language, out = figures
    if language != "de":
        pytest.skip("the published baseline is on the German corpus")
    assert out["message"]["f1"] > 0.4879  # QUiTE, dev, GermEval 2023 Task 2
