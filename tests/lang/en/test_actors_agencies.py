"""English actors and agencies: one actor for a person's mentions, cited media linked to
the statements they carry."""

from tests.conftest import analyse


def test_dateline_goes_to_metadata_and_stays_out_of_the_statement():
    out = analyse(
        'WASHINGTON (Reuters) - The Federal Reserve left rates unchanged, officials said. "We are patient," '
        "Fed Chair Jerome Powell said.",
        language="en",
    )
    assert (out["metadata"]["dateline"], out["metadata"]["agency"]) == ("WASHINGTON", "Reuters")
    assert out["boilerplate"] == [] and out["text"].startswith("WASHINGTON (Reuters) - ")
    assert out["agencies"] == []  # the article's own agency, not one it cites
    assert out["quotes"][0]["text"] == "The Federal Reserve left rates unchanged"


def test_according_to_a_source_with_lowercase_nouns():
    out = analyse(
        "According to a CNBC survey of economists, most analysts expect a cut in September.", language="en"
    )
    assert [(q["text"], q["speaker"], q["via"]) for q in out["quotes"]] == [
        ("most analysts expect a cut in September", "CNBC", "CNBC")
    ]
