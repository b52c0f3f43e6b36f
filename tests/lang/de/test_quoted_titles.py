"""German speakers named by a title in quotation marks (a newspaper, a website): the title after
the cue of a quotation or after ``wie`` speaks, without its marks (invented sentences)."""

import pytest

from newsscan.api import analyze_text


def _speaker(text: str) -> str | None:
    a = analyze_text(text, language="de")
    assert a.quotes, text
    return a.quotes[0].actor.name if a.quotes[0].actor else None


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("„Er war der kreative Kopf der Band“, schrieb „Die Woche“ in einem Nachruf.", "Woche"),
        ("„Video wird im Netz immer wichtiger“, schreibt die „Computerpost“.", "Computerpost"),
        ("Wie „netz aktuell“ berichtet, sperrten die Behörden den Zugang zu der Seite.", "netz aktuell"),
        # a title of the gazetteer keeps its article: the medium Die Zeit, no person Zeit
        ("„Der Hafen wird verkauft“, schrieb „Die Zeit“ am Donnerstag.", "Die Zeit"),
        ("Laut „Die Zeit“ wird der Hafen im Herbst verkauft.", "Die Zeit"),
    ],
)
def test_a_quoted_title_speaks(text, speaker):
    assert _speaker(text) == speaker


def test_the_person_a_quoted_title_quotes_speaks():
    """zitiert die „Computerpost“ Lynch: the medium quotes, the person after it speaks."""
    text = "„Das wird unser bester Sommer“, zitiert die „Reisewelt“ Lena Hoff."
    assert _speaker(text) == "Lena Hoff"


@pytest.mark.parametrize(
    "text, mention, speaker",
    [
        (  # a medium noun with its title after it (np.forward._past_title)
            "Laut der Organisation „NetAsia“ wird die Domain im Mai frei.",
            "der Organisation „NetAsia“",
            "Organisation NetAsia",
        ),
        (  # the medium's name is its title, past adjectives (mention.classify)
            "Die britische Tageszeitung „The Courier“ berichtete, der Minister sei zurückgetreten.",
            "Die britische Tageszeitung „The Courier“",
            "The Courier",
        ),
    ],
)
def test_a_medium_with_its_title(text, mention, speaker):
    a = analyze_text(text, language="de")
    st = a.quotes[0].statement
    assert (st.mention.text, a.quotes[0].actor.name) == (mention, speaker)


def test_a_title_opening_a_compound_is_no_speaker():
    from newsscan import analyze_text

    (q,) = analyze_text("„Wir bleiben hart“, sagte „Die Linke“-Chefin Anna Weber.", language="de").quotes
    assert q.actor is None or q.actor.name != "Linke"


def test_a_quoted_medium_after_a_report_speaks():
    """…, berichtet „Die Zeit“: a known medium's title after the cue names the source."""
    assert _speaker("Der Hafen werde im Herbst verkauft, berichtet „Die Zeit“.") == "Die Zeit"


def test_a_quoting_medium_is_no_speaker():
    """zitiert „Die Zeit“ aus ihrer Erklärung: the medium quotes another, it does not speak."""
    assert _speaker("Der Hafen werde verkauft, zitiert „Die Zeit“ aus ihrer Erklärung.") is None
