"""German document sources: the document an impersonal cue names (``heißt es in dem Bericht``),
compound source nouns (``Endergebnis``, ``Presseerklärung``) whose genitive names the source, and
an organisation named by the people it unites (``Verband Deutscher Landwirte``)."""

import pytest

from newsscan import analyze_text
from newsscan.schema import to_dict


def first(text: str) -> dict:
    quotes = to_dict(analyze_text(text, language="de"))["quotes"]
    assert quotes
    return quotes[0]


@pytest.mark.parametrize(
    "text,mention",
    [
        # the document after the cue, not a place inside the report before it
        (
            "In mehreren Provinzen seien die Übertragungen unterbrochen gewesen, heißt es in ihrem Bericht.",
            "ihrem Bericht",
        ),
        # a document before the cue with a comma between: it names a source noun
        (
            "In der Kurzfassung des Berichts, die online steht, heißt es, die Kosten seien gestiegen.",
            "der Kurzfassung des Berichts",
        ),
    ],
)
def test_an_impersonal_cue_names_the_document_of_its_clause(text, mention):
    assert first(text)["speaker_mention"] == mention


def test_a_place_in_the_report_before_an_impersonal_cue_is_no_source():
    q = first("In mehreren Provinzen seien die Übertragungen unterbrochen gewesen, hieß es.")
    assert q["speaker"] is None


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Laut dem vorläufigen Endergebnis der Wahlbehörde kam er auf 51 Prozent.", "Wahlbehörde"),
        (
            "Laut einer kurzen Pressemeldung der Bundesanwaltschaft ist die Täterin gefasst.",
            "Bundesanwaltschaft",
        ),
    ],
)
def test_a_compound_source_noun_hands_on_its_genitive(text, speaker):
    assert first(text)["speaker"] == speaker


def test_an_organisation_named_by_the_people_it_unites_is_no_person():
    text = (
        "Der Vorsitzende Eberhard Brandt sprach von einem Erfolg. Einer Presseerklärung des "
        "Verbandes Deutscher Landwirte zufolge sei die Lage ernst."
    )
    actors = {a["name"]: a["kind"] for a in to_dict(analyze_text(text, language="de"))["actors"]}
    assert actors.get("Verband Deutscher Landwirte") == "organisation"
    assert "Eberhard Brandt" not in actors


def test_a_spokesperson_of_an_organisation_stays_a_person():
    (a,) = to_dict(analyze_text("A Bank of England spokesperson said rates would rise.", language="en"))[
        "actors"
    ]
    assert a["kind"] == "unnamed"


def test_a_person_before_an_impersonal_cue_is_no_document():
    assert first("Im Umfeld von Hans Weber heißt es, er wolle nicht kandidieren.")["speaker"] is None
