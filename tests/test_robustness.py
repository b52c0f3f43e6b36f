"""Odd input never raises: random mixtures of quotation marks, punctuation, cues and names.

Set NEWSSCAN_FUZZ=1500 to try more texts than the default 60.
"""
import os
import random

import pytest

from newsscan import analyze_text, to_dict
from newsscan.model import Options

PIECES = ["„", "“", "”", "\"", "»", "«", "‚", "‘", "’", ",", ".", ":", ";", "!", "?", "(", ")", "–", "\n", "\n\n",
          " ", " ", " ", "sagte", "said", "laut", "according to", "zufolge", "dass", "that", "Der", "die", "er",
          "sie", "he", "Minister", "Sprecherin", "Anna", "Berg", "Reuters", "dpa", "sei", "habe", "so", "wie",
          "nach Angaben der", "Polizei", "Herr", "Mr.", "42", "3.", "z. B.", "Quelle: dpa", "[Anzeige]", "é", "ß",
          "qu'", "l'", "dell'", "a déclaré", "a-t-il", "dijo", "añadió", "ha detto", "disse", "zei", "aldus", "von der",
          "de la", "'", "WASHINGTON (Reuters) -", "By", "saying", "(SPD)", "bildblog.de", "C.", "players'"]


ROUNDS = int(os.environ.get("NEWSSCAN_FUZZ", "60"))


@pytest.mark.parametrize("seed", range(ROUNDS))
def test_random_text_is_analysed_without_error(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(PIECES) + (" " if rng.random() < 0.5 else "") for _ in range(rng.randint(1, 400)))
    for language in (None, "de", "en", "fr", "es", "it", "pt", "nl"):
        record = to_dict(analyze_text(text, Options(language=language)))
        for q in record["quotes"]:
            assert 0 <= q["start"] <= q["end"] <= len(record["text"])
            assert q["text"].strip()


def test_a_speaker_phrase_in_parentheses_only_names_no_actor():
    text = ("Das Bündnis aus Liberaldemokraten (PLDM) und Liberalen (PL), das sich selbst „Allianz zur Europäischen "
            "Integration“ (AIE) nennt, kam auf 57 Sitze. Die Organisation erklärte, man werde die Regierung bilden.")
    record = to_dict(analyze_text(text, Options(language="de")))
    assert all(a["name"].strip() for a in record["actors"])
    for q in record["quotes"]:
        assert q["speaker"] is None or q["speaker"].strip()


def test_many_articles_in_one_file_are_analysed():
    import pathlib
    golden = pathlib.Path(__file__).parent / "golden"
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(golden.glob("de/*.txt")))
    record = to_dict(analyze_text(text * 3, Options(language="de")))
    assert len(record["quotes"]) > 100
    assert all(a["name"].strip() for a in record["actors"])
