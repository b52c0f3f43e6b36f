"""Quality floors on the German news quotation attribution corpus (dev split).

The floors only move up: raise them when quality rises. Skipped when ../shared is absent.
"""

import pytest

from newsscan.evaluate import evaluate

from .conftest import SHARED

FLOORS = {
    "message_f1": 0.735,
    "quote_f1": 0.825,
    "quote_precision": 0.88,
    "direct_f1": 0.95,
    "speaker_accuracy": 0.81,
}


@pytest.fixture(scope="module")
def figures():
    corpus = SHARED / "corpora" / "german-news-quotation-attribution" / "dev.jsonl"
    if not corpus.is_file():
        pytest.skip("../shared corpus is not present")
    return evaluate(str(corpus))


def test_dev_floors(figures):
    got = {
        "message_f1": figures["message"]["f1"],
        "quote_f1": figures["quotes"]["f1"],
        "quote_precision": figures["quotes"]["precision"],
        "direct_f1": figures["by_type"]["direct"]["f1"],
        "speaker_accuracy": figures["speaker"]["accuracy"],
    }
    below = {k: (got[k], floor) for k, floor in FLOORS.items() if got[k] < floor}
    assert not below, f"below the floor: {below}"


def test_published_baseline_is_beaten(figures):
    assert figures["message"]["f1"] > 0.4879  # QUiTE, dev, GermEval 2023 Task 2
