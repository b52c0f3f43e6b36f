"""English speaker phrases as news writes them: titles, initials, appositions, asides,
addressees and documents (invented sentences)."""

import pytest

from newsscan.api import analyze_text
from newsscan.corpus import ActorIndex
from newsscan.schema import to_dict


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(actor name, actor kind) of each statement found in ``text``."""
    a = analyze_text(text, language="en")
    return [(q.actor.name, q.actor.kind) if q.actor else (None, None) for q in a.quotes]


SPEAKERS = [
    # abbreviated titles and middle initials: the title is no part of the name
    ("Gov. Ron Hale said the plan would fail.", ("Ron Hale", "person")),
    ("Lt. Col. Dana Pratt told reporters the base was safe.", ("Dana Pratt", "person")),
    ("Bank Chair Mary T. Ellison said the rate would rise.", ("Mary T. Ellison", "person")),
    ("Sen. Ted Vale, R-Ohio, said the bill was dead.", ("Ted Vale", "person")),
    ("Acme Co. executive Karl Brandt said a coding error caused the outage.", ("Karl Brandt", "person")),
    # appositions and asides between the name and the verb
    ("Ann Lee, the firm's lawyer, said the deal was fair.", ("Ann Lee", "person")),
    ("Prime Minister Olaf Brun, however, said he was moved by the vote.", ("Olaf Brun", "person")),
    # the phrase after "told" is the addressee, after "said in" an oblique
    ("Ann Lee, a city lawyer, told The Herald that the deal was fair.", ("Ann Lee", "person")),
    ("Maria Costa said in the statement that the deal was fair.", ("Maria Costa", "person")),
]


@pytest.mark.parametrize("text,expected", SPEAKERS)
def test_speaker(text, expected):
    assert _speakers(text)[0] == expected


DOCUMENTS = [
    ("Ten guards were working overtime, according to federal prison records.", "federal prison records"),
    ('"We will appeal," the statement said.', "statement"),
    ("According to the statement, sales fell by a tenth.", "statement"),
]


@pytest.mark.parametrize("text,name", DOCUMENTS)
def test_document_is_its_own_kind(text, name):
    assert _speakers(text)[0] == (name, "document")


def test_document_author_speaks():
    """With a named author the author is the source, not the document."""
    found = _speakers("Sales fell, according to a report by the Daily Courier.")
    assert found and found[0][1] != "document"


def test_document_kind_in_json_and_left_out_of_corpus_actors():
    record = to_dict(
        analyze_text('"We will appeal," the statement said. Ann Lee said she would appeal.', language="en")
    )
    kinds = {a["name"]: a["kind"] for a in record["actors"]}
    assert kinds.get("statement") == "document"
    index = ActorIndex()
    index.add(record)
    names = [r["actor"] for r in index.rows()]
    assert "Ann Lee" in names and "statement" not in names


def test_loader_requires_the_speaker_word_classes():
    from newsscan.lang import SPEAKER_WORD_CLASSES, _check_word_classes

    _check_word_classes("xx", {name: frozenset() for name in SPEAKER_WORD_CLASSES})  # empty is allowed
    with pytest.raises(ValueError, match="document_nouns"):
        _check_word_classes("xx", {})
