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
    ("Lt Col Dana Pratt told reporters the base was safe.", ("Dana Pratt", "person")),
    ("Bank Chair Mary T. Ellison said the rate would rise.", ("Mary T. Ellison", "person")),
    ("Sen. Ted Vale, R-Ohio, said the bill was dead.", ("Ted Vale", "person")),
    # an abbreviated title in an inverted subject after the cue
    (
        '"We need a deal," said Sen. Ann Hale, R-Maine, who often votes with Democrats.',
        ("Ann Hale", "person"),
    ),
    ('"It is over," said Rep. Tom Ortiz, D-Texas.', ("Tom Ortiz", "person")),
    # an unnamed group with what restricts it speaks as a whole
    (
        "The vote was delayed, according to two people familiar with the talks who asked not to be named.",
        ("two people familiar with the talks", "unnamed"),
    ),
    ("Sources close to the mayor said she would resign.", ("Sources close to the mayor", "unnamed")),
    # a cue after "and" shares the subject, past a relative clause in commas
    (
        "Governor Ellen Park, who faces a recall vote in May, vetoed the bill and said it was too costly.",
        ("Ellen Park", "person"),
    ),
    ("Acme Co. executive Karl Brandt said a coding error caused the outage.", ("Karl Brandt", "person")),
    # appositions and asides between the name and the verb
    ("Ann Lee, the firm's lawyer, said the deal was fair.", ("Ann Lee", "person")),
    ("Prime Minister Olaf Brun, however, said he was moved by the vote.", ("Olaf Brun", "person")),
    # the phrase after "told" is the addressee, after "said in" an oblique
    ("Ann Lee, a city lawyer, told The Herald that the deal was fair.", ("Ann Lee", "person")),
    ("Maria Costa said in the statement that the deal was fair.", ("Maria Costa", "person")),
    # capitalised words before a lowercase plural noun modify it: a group, not a person
    ("Consumer advocates said the rules were too weak.", ("Consumer advocates", "unnamed")),
    ("Civil rights groups warned that the law would be misused.", ("Civil rights groups", "unnamed")),
    ("Supreme Court justices said the case was moot.", ("Supreme Court justices", "unnamed")),
    ("Consumer advocates are urging the board to set stricter rules.", ("Consumer advocates", "unnamed")),
    # a time phrase or an adverbial subordinator opening the clause is no part of the name
    ("Last year Ann Lee said the plan would fail.", ("Ann Lee", "person")),
    ("While Governor Ellen Park said the plan would work, critics disagreed.", ("Ellen Park", "person")),
    # an abbreviated title, with the word before it, is no part of the name, also in apposition
    ("State Sen. Bill Tanner said the ruling would be appealed.", ("Bill Tanner", "person")),
    ('"It is over," said state Sen. Bill Tanner.', ("Bill Tanner", "person")),
    ("The bill's sponsor, Rep. Ann Lee, said the vote was close.", ("Ann Lee", "person")),
    (
        'The law\'s sponsor, state Sen. Bill Tanner, called the ruling "activism at its worst."',
        ("Bill Tanner", "person"),
    ),
    # a noun phrase a quotation follows is the object the quotation names, not the speaker
    ('The mayor called the ruling "activism at its worst."', ("mayor", "unnamed")),
    # a pronoun a quotation follows is the object the quotation names, not the speaker
    ('The mayor called it "a disgrace" on Monday.', ("mayor", "unnamed")),
    # a party-and-state tag or an age in commas: the coordinated cue shares the subject
    ('Sen. Rand Paul, R-Ky., called it "a gimmick" and said lawmakers had failed.', ("Rand Paul", "person")),
    # an adverb after a name is no head noun of a group
    ("Ann Lee always said the plan would fail.", ("Ann Lee", "person")),
    ("Smith nevertheless said the plan would fail.", ("Smith", "person")),
    # a possessive apostrophe after the phrase is no quotation
    ('"We will strike," said the players\' union.', ("players", "unnamed")),
    # an article before a name with a given name: a person, not an institution
    ('"We will win," said the Republican Bob Smith.', ("Republican Bob Smith", "person")),
    # a pronoun or focus word after a name is no head noun
    ("Ann Lee herself said the deal was fair.", ("Ann Lee", "person")),
    ("Ann Lee also said the deal was fair.", ("Ann Lee", "person")),
]


def test_a_group_description_is_no_antecedent_of_a_singular_role():
    text = (
        "Health officials said 28 people were quarantined. "
        "The man told doctors that he had eaten rabbit meat."
    )
    assert _speakers(text) == [("Health officials", "unnamed"), ("man", "unnamed")]


@pytest.mark.parametrize("text,expected", SPEAKERS)
def test_speaker(text, expected):
    assert _speakers(text)[0] == expected


DOCUMENTS = [
    ("Ten guards were working overtime, according to federal prison records.", "federal prison records"),
    ('"We will appeal," the statement said.', "statement"),
    ("According to the statement, sales fell by a tenth.", "statement"),
    ("According to estimates, 300 people died in the floods.", "estimates"),
]


@pytest.mark.parametrize("text,name", DOCUMENTS)
def test_document_is_its_own_kind(text, name):
    assert _speakers(text)[0] == (name, "document")


def test_document_author_speaks():
    """With a named author the author is the source, not the document."""
    found = _speakers("Sales fell, according to a report by the Daily Courier.")
    assert found and found[0][1] != "document"


@pytest.mark.parametrize(
    "text",
    [
        "According to figures from the Office for National Statistics, energy prices rose by half.",
        "Energy prices rose by half, according to figures from the Office for National Statistics.",
    ],
)
def test_document_with_no_article_and_its_author(text):
    assert _speakers(text) == [("Office for National Statistics", "organisation")]


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


OPENERS = [
    # a participle frame's subject: past a time phrase, past an opening phrase
    ('Last week city official Dana Pratt met the board, saying she was "hopeful."', ("Dana Pratt", "person")),
    (
        'After the hearing, Karl Brandt issued a statement, saying, "We will appeal."',
        ("Karl Brandt", "person"),
    ),
    # a number-led compound is part of the subject; a surname ending in -man is no role
    ('"I am excited," the 56-year-old said after his appointment.', ("56-year-old", None)),
    ('"I played well," the 14th-ranked Hal Newman said.', ("Hal Newman", "person")),
]


@pytest.mark.parametrize("text,expected", OPENERS)
def test_subject_past_openers(text, expected):
    name, kind = _speakers(text)[0]
    assert name == expected[0] and (expected[1] is None or kind == expected[1])


def test_participle_subject_after_with():
    """…, with a spokesman saying …: the phrase between "with" and the participle speaks."""
    from newsscan import lang
    from newsscan.pipeline import segment
    from newsscan.pipeline.context import Context
    from newsscan.pipeline.np import Chunker, clause

    text = "The mayor left the meeting, with a city spokesman saying the talks had failed."
    ctx = Context(text, segment.sentences(text, lang.get("en")), lang.get("en"))
    view = ctx.views[0]
    i = next(k for k, t in enumerate(view.tokens) if t.text == "saying")
    a, b = clause.with_subject(Chunker(ctx), view, i)
    assert [t.text for t in view.tokens[a:b]] == ["a", "city", "spokesman"]
    j = next(k for k, t in enumerate(view.tokens) if t.text == "left")
    assert clause.with_subject(Chunker(ctx), view, j) is None


PHRASES = [
    # a role with a prepositional phrase, coordinated roles, a surname spelt like a pronoun
    ("Experts on prison safety told the Courier that the checks were late.", "Experts on prison safety"),
    ("A doctor on the scene told the station that he tried to help.", "A doctor on the scene"),
    ('After the show, the singer and guitarist told the crowd, "that was fun."', "the singer and guitarist"),
    ("He Wei said the plan would fail.", "He Wei"),
    # appositions: a short description, a party-and-state tag, two descriptions in a row
    ("Lena Marsh, another nurse, said she had waited for hours.", "Lena Marsh"),
    ('Sen. Ben Vale, R-Ohio, called the vote "a disgrace" in a speech.', "Sen. Ben Vale"),
    (
        "Jeff Rowan, president of Rowan & Pike, a small design agency, said the campaign was meant to shock.",
        "Jeff Rowan",
    ),
]


@pytest.mark.parametrize("text,mention", PHRASES)
def test_speaker_phrase(text, mention):
    a = analyze_text(text, language="en")
    assert a.quotes and a.quotes[0].statement.mention is not None
    assert a.quotes[0].statement.mention.text == mention


FALLBACKS = [
    # a subject with a restrictive relative clause; a bare plural source after a clause opener
    ("Some buyers who called the hotline reported waits of two hours.", "Some buyers"),
    ("Oil fell after sources told the agency that the talks had stalled.", "sources"),
]


@pytest.mark.parametrize("text,mention", FALLBACKS)
def test_fallback_subject(text, mention):
    a = analyze_text(text, language="en")
    assert a.quotes and a.quotes[0].statement.mention is not None
    assert a.quotes[0].statement.mention.text == mention


MORE = [
    # a cue after "but" shares the sentence subject; an aside before a participle frame;
    # a role with "to" and its domain before a name
    (
        "Bolivia's public defender's office said 30 people were hurt, but added the causes were unclear.",
        1,
        "Bolivia's public defender's office",
    ),
    (
        "Coach Dana Pratt, however, decided to speak on Monday, saying that the team had been unlucky.",
        0,
        "Dana Pratt",
    ),
    ("The ambassador to Britain Liu Ming has said that the army could be deployed.", 0, "Liu Ming"),
]


@pytest.mark.parametrize("text,n,name", MORE)
def test_shared_and_postmodified_subjects(text, n, name):
    a = analyze_text(text, language="en")
    assert len(a.quotes) > n and a.quotes[n].actor is not None
    assert a.quotes[n].actor.name == name


def test_the_subject_of_a_clause_framing_another_report_is_no_speaker():
    text = "As Ann Lee reported, authorities in the capital announced that two patients were treated."
    assert not any("Ann Lee" in (name or "") for name, _ in _speakers(text))


def test_a_cue_after_and_shares_a_subject_with_a_tag_in_commas():
    text = 'Sen. Rand Paul, R-Ky., called it "a gimmick" and said lawmakers had failed.'
    assert _speakers(text) == [("Rand Paul", "person"), ("Rand Paul", "person")]
