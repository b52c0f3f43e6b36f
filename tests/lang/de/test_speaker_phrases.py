"""German speaker phrases that are easily cut or misread (invented sentences): an elliptical
compound coordination is one phrase."""

import pytest

from ...conftest import analyse


def mentions(text: str) -> list:
    return [q["speaker_mention"] for q in analyse(text, "de")["quotes"]]


@pytest.mark.parametrize(
    "text,expected",
    [
        # after an according-to frame word
        (
            "Die Gespräche seien gescheitert, so Regierungs- und Oppositionskreise.",
            "Regierungs- und Oppositionskreise",
        ),
        # before the cue
        ("Bundes- und Landesbehörden teilten mit, der Damm sei sicher.", "Bundes- und Landesbehörden"),
        # three parts, the first two cut off
        (
            "Der Damm sei sicher, hieß es aus Bundes-, Landes- und Kommunalbehörden.",
            "Bundes-, Landes- und Kommunalbehörden",
        ),
        # in a genitive after the head
        (
            "Der Damm sei sicher, sagten Vertreter der Regierungs- und Oppositionsparteien.",
            "Vertreter der Regierungs- und Oppositionsparteien",
        ),
    ],
)
def test_elliptical_compound_coordination_is_one_phrase(text, expected):
    assert mentions(text) == [expected]


def test_a_dash_between_spaces_joins_no_compound():
    """A dash set off by spaces is punctuation, not a cut-off compound part."""
    got = mentions("Der Damm sei sicher, sagte der Bürgermeister - und fügte hinzu, man prüfe ihn.")
    assert got[0] == "der Bürgermeister"


@pytest.mark.parametrize(
    "text",
    [
        # the apposition's closing comma is missing
        "Anna Berger, Sprecherin des Mieterbunds kommentierte den Fall am Montag mit den Worten: „Das ist ein Skandal.“",
        # the same with the comma
        "Anna Berger, Sprecherin des Mieterbunds, kommentierte den Fall am Montag mit den Worten: „Das ist ein Skandal.“",
    ],
)
def test_colon_frame_subject_with_an_unclosed_apposition(text):
    assert mentions(text) == ["Anna Berger"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a strong past form no list holds, after a time phrase
        (
            "Am Dienstag zog die Firma Nordtech das Angebot mit der Begründung zurück, dieses sei unfair.",
            "die Firma Nordtech",
        ),
        # an adjective inside the prefield, a pronoun subject
        ("Am späten Abend zog er den Antrag mit dem Hinweis zurück, dieser sei verfrüht.", "er"),
        # a plural verb in -en
        (
            "Nach der Sitzung zogen die Anwälte den Antrag mit dem Hinweis zurück, er sei verfrüht.",
            "die Anwälte",
        ),
    ],
)
def test_speech_noun_names_the_subject_after_the_finite_verb(text, expected):
    assert mentions(text) == [expected]


def test_speech_noun_names_no_object_after_the_finite_verb():
    """An object with an oblique article after the verb is no subject: no speaker."""
    got = mentions("Am Dienstag gab den Ausschlag der Hinweis, der Vertrag sei nichtig.")
    assert got == [None]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a colon inside parentheses bounds no clause: the agent after them speaks
        (
            "Betrug wird der Kanzlei Holm (Leitsatz: „Recht ist Ehrensache“) von einer früheren "
            "Mitarbeiterin vorgeworfen. Über Jahre sollen Rechnungen gefälscht worden sein.",
            "einer früheren Mitarbeiterin",
        ),
        # an agent after a noun (a day), right before the participle
        (
            "Die Stadt wurde am Montag vom Mieterverein aufgefordert, die Mieten zu senken.",
            "Mieterverein",
        ),
    ],
)
def test_passive_agent(text, expected):
    got = mentions(text)
    assert got and expected in got[0]


@pytest.mark.parametrize(
    "text,expected",
    [
        # an oblique relative pronoun: the subject between it and the cue, past an aside
        (
            "Der Anlass für den Streit ist die Kritik an den Kassen, denen unter anderem Petra Lind "
            "vorwirft, die Beiträge zu hoch anzusetzen.",
            "Petra Lind",
        ),
        # a neuter relative pronoun right before the cue is its subject
        ("Der Antrag kam aus Norwegen, das vorschlug, die Frist zu verlängern.", "Norwegen"),
        # a passive relative clause has no speaker, and the main clause's subject is none
        (
            "Der Anlass für den Streit ist die Kritik an den Kassen, denen vorgeworfen wird, die "
            "Beiträge zu hoch anzusetzen.",
            None,
        ),
        # a demonstrative opening a verb-second clause: the subject after the verb speaks
        ("Die Frist wird verlängert, das entschied die Kommission am Montag.", "die Kommission"),
    ],
)
def test_relative_clause_subject(text, expected):
    assert mentions(text) == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a heading glued to the sentence: the capitalised article opens the subject
        (
            "Kritik an den Plänen Die Opposition warf dem Minister vor, die Kosten verschwiegen zu haben.",
            "Die Opposition",
        ),
        # with a full stop's colon the heading was never glued
        (
            "Kritik an den Plänen: Die Opposition warf dem Minister vor, die Kosten verschwiegen zu haben.",
            "Die Opposition",
        ),
    ],
)
def test_heading_glued_to_the_sentence_is_no_subject(text, expected):
    assert mentions(text) == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a cue after und shares the subject after the first verb, past an adverb and a time
        (
            "Bereits am Sonntagabend zogen Demonstranten vor das Rathaus und riefen Parolen wie „Weg mit dem Plan“.",
            "Demonstranten",
        ),
        (
            "Nach der Sitzung kamen die Gewerkschafter vor die Tür und nannten den Beschluss „eine Zumutung“.",
            "die Gewerkschafter",
        ),
    ],
)
def test_coordinated_cue_shares_the_subject_after_the_finite_verb(text, expected):
    assert mentions(text) == [expected]


def test_speech_noun_in_a_relative_clause_names_no_main_clause_subject():
    """The speech noun stands in a relative clause: its subject is the pronoun, never the
    subject after the main clause's verb."""
    got = mentions(
        "Ebenso widersprach Karl Brenner, einer der beiden Zeugen, die der Ansicht waren, der Bürgermeister habe gelogen, seiner früheren Aussage."
    )
    assert got == [None]  # the relative pronoun's antecedent (the witnesses) is not resolved


@pytest.mark.parametrize(
    "text,expected",
    [
        # the content clause after a rejected report is the report's
        (
            "Die Ministerin wies die Darstellung der Opposition zurück, die Kosten seien verschwiegen worden.",
            "die Darstellung der Opposition",
        ),
        # a reason of the one who rejects is hers
        ("Die Ministerin wies den Bericht zurück, da er jeder Grundlage entbehre.", "Die Ministerin"),
        # a judgment with als is hers too
        ("Die Ministerin wies den Bericht als haltlos zurück, die Kosten seien bekannt.", "Die Ministerin"),
        # a report that names no author has no source of its own: the one who rejects it speaks
        ("Der Landrat hat Meldungen zurückgewiesen, er wolle bald abtreten.", "Der Landrat"),
        ("Die Reederei wies die Darstellung zurück, man habe jede Vorschrift beachtet.", "Die Reederei"),
    ],
)
def test_rejected_report_is_the_source_of_its_content(text, expected):
    assert mentions(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # what a passive found is no speaker, nor whom a passive asks
        "Bei der Prüfung der Heime wurden zahlreiche Mängel festgestellt, die Aufsicht sei zu lasch.",
        "Am Abend wurden die Anwohner aufgefordert, die Fenster geschlossen zu halten.",
    ],
)
def test_phrase_after_a_passive_auxiliary_is_no_speaker(text):
    assert set(mentions(text)) <= {None}


def test_phrase_after_a_passive_quoting_verb_is_the_one_quoted():
    got = mentions("In dem Artikel wird Karl Brenner mit den Worten zitiert: „Wir geben nicht auf.“")
    assert got and "Karl Brenner" in (got[0] or "")


def test_elliptical_compound_speaker_keeps_its_links():
    """The speaker's name is written as the text writes it, not with the parts run together."""
    out = analyse("Die Gespräche seien gescheitert, so Regierungs- und Oppositionskreise.", "de")
    assert [q["speaker"] for q in out["quotes"]] == ["Regierungs- und Oppositionskreise"]


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        # a role's genitive with an elliptical compound: no space before the hyphen
        (
            "Sprecher der Land- und Forstwirtschaft erklärten, die Ernte falle gut aus.",
            "Sprecher der Land- und Forstwirtschaft",
            "die Ernte falle gut aus",
        ),
        # an according-to phrase ends after the whole coordination
        (
            "Nach Angaben von Hafen- und Zollbehörden sei die Ladung beschlagnahmt worden.",
            "Hafen- und Zollbehörden",
            "sei die Ladung beschlagnahmt worden",
        ),
    ],
)
def test_elliptical_compound_in_a_role_or_source_is_written_as_the_text_has_it(text, speaker, content):
    out = analyse(text, "de")
    assert [(q["speaker"], q["text"]) for q in out["quotes"]] == [(speaker, content)]


def test_source_noun_after_the_subject_opens_its_own_phrase():
    """X zufolge after the clause's subject: the source is the source noun, not the subject."""
    got = mentions("Mit dem Drogenhandel nimmt die Organisation Schätzungen zufolge jährlich Milliarden ein.")
    assert got == ["Schätzungen"]
