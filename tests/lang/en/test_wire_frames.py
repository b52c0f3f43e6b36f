"""English wire-service frames (invented sentences): the subject a second or participial cue
shares, and participle clauses that open a sentence, which never speak."""

import pytest

from newsscan.api import analyze_text


def _speakers(text: str) -> list[tuple[str | None, str]]:
    """(actor name, content) of each statement found in ``text``."""
    a = analyze_text(text, language="en")
    return [(q.actor.name if q.actor else None, q.statement.text) for q in a.quotes]


SHARED_SUBJECTS = [
    # a participle clause opening the sentence is not the subject a coordinated cue shares
    (
        "Speaking to reporters at the port, Ann Vale insisted the ban was working and claimed "
        "that exporters were adapting.",
        ["Ann Vale", "Ann Vale"],
    ),
    (
        "Asked about the delay, Tom Reyes replied that the trains were safe and added that "
        "repairs would end soon.",
        ["Tom Reyes", "Tom Reyes"],
    ),
    # the subject of "declined … but said" past a description or an age in commas
    (
        "Gov. Lena Ortiz, a Nevada Democrat, declined to comment on the ruling but said the state "
        "would appeal.",
        ["Lena Ortiz"],
    ),
    ("Paul Grant, 61, declined to name a price but said the sale was close.", ["Paul Grant"]),
    # a club or a chamber before a role noun and a name (sports and parliament titles)
    (
        "Rovers boss Alan Hughes was left furious by the referee, claiming his side deserved a penalty.",
        ["Alan Hughes"],
    ),
    ("House Speaker Dana Ruiz said the chamber would vote on Friday.", ["Dana Ruiz"]),
]


@pytest.mark.parametrize("text,expected", SHARED_SUBJECTS)
def test_shared_subject(text, expected):
    assert [name for name, _ in _speakers(text)] == expected


def test_a_name_with_gerund_shape_opens_the_sentence():
    """``Manning also said``: a capitalised -ing word before an adverb or verb is a name."""
    assert [n for n, _ in _speakers("The board met. Manning also said the plan failed.")] == ["Manning"]


BARE_PLURALS = [
    ("The plan passed easily, but critics warned it would raise rents.", "critics"),
    (
        "Owners said the rule would cost jobs, while supporters argued it would protect tenants.",
        "supporters",
    ),
]


@pytest.mark.parametrize("text,speaker", BARE_PLURALS)
def test_bare_plural_after_a_link_speaks(text, speaker):
    """A plural noun with no article after a comma and a link is the subject of its cue."""
    a = analyze_text(text, language="en")
    assert a.quotes[-1].statement.mention.text == speaker


GROUPS = [
    # a group's actor keeps the plural its mention wrote
    ("Economists warned that the duties could push up prices.", "Economists"),
    ("Lawyers for the tenants argued that the rule had forced families out.", "Lawyers for the tenants"),
    # post-posed groups restricted by a participle and its agent speak as a whole
    (
        "Growth will slow sharply next year, economists polled by the bank said.",
        "economists polled by the bank",
    ),
    (
        "Rates will stay on hold next month, analysts surveyed by Reuters said.",
        "analysts surveyed by Reuters",
    ),
]


@pytest.mark.parametrize("text,name", GROUPS)
def test_group_speaker_name(text, name):
    assert [n for n, _ in _speakers(text)] == [name]


UNNAMED_GROUPS = [
    # a capitalised group noun opening the sentence speaks with what restricts it
    (
        "People familiar with the plan said the company would sell the unit.",
        ("People familiar with the plan", "unnamed"),
    ),
    # a group pronoun speaks with its relative clause, never as a person's name
    ("Those who did not vote said the count was unfair.", ("Those who did not vote", "unnamed")),
    ("Many said the count was unfair.", ("Many", "unnamed")),
]


@pytest.mark.parametrize("text,expected", UNNAMED_GROUPS)
def test_unnamed_group(text, expected):
    quote = analyze_text(text, language="en").quotes[0]
    assert (quote.actor.name, quote.actor.kind) == expected


def test_a_magazine_named_people_is_no_group():
    """``People magazine``: a capitalised group noun with nothing restricting it is a name."""
    quote = analyze_text("People magazine said the couple had split.", language="en").quotes[0]
    assert quote.statement.mention.text == "People magazine"


PARTICIPIAL_AFTER_FRAME = [
    ('"We will win," Ann Lee told the rally, adding that the polls were wrong.', "Ann Lee"),
    ('"We will win," said Ann Lee, adding that the polls were wrong.', "Ann Lee"),
]


@pytest.mark.parametrize("text,speaker", PARTICIPIAL_AFTER_FRAME)
def test_participial_cue_after_a_quote_frame(text, speaker):
    """``"…," X told Y, adding that …``: the participle's subject is the frame's subject."""
    assert [n for n, _ in _speakers(text)] == [speaker, speaker]


def test_a_question_put_to_the_speaker_is_no_statement():
    """``Asked whether …, X said …``: the participle clause is the reporter's question."""
    found = _speakers("Asked whether he was worried, Tom Reyes said he was not.")
    assert found == [("Tom Reyes", "he was not")]


FRAME_ADVERBIALS = [
    # the frame's time phrase or prepositional phrase is no part of the report
    ("Gov. Lena Ortiz said Tuesday she would sign the bill.", "she would sign the bill"),
    (
        "The utility said on Monday it had filed a request for higher rates.",
        "it had filed a request for higher rates",
    ),
    ("Ann Vale said late Sunday the talks had collapsed.", "the talks had collapsed"),
    ("The ministry said in a statement the ban would end in May.", "the ban would end in May"),
    ("The mayor said on X she would not resign.", "she would not resign"),
    ("Tom Reyes told reporters in Denver the plant would close.", "the plant would close"),
    ("The ministry said Tuesday Congress would vote on the bill.", "Congress would vote on the bill"),
    # a quantity or a phrase with a verb is the report itself
    (
        "Police reported at least 40 people entered the stadium without tickets.",
        "at least 40 people entered the stadium without tickets",
    ),
]


@pytest.mark.parametrize("text,content", FRAME_ADVERBIALS)
def test_frame_adverbials_stay_out_of_the_report(text, content):
    assert [c for _, c in _speakers(text)] == [content]


def test_a_demonstrative_after_the_cue_opens_the_report():
    """``said this was …``: ``this`` alone is no time phrase."""
    assert [c for _, c in _speakers("Ann Vale said this was a mistake.")] == ["this was a mistake"]


def test_an_infinitive_after_a_time_phrase_is_no_report():
    """``agreed Friday to exchange …``: the post-posed frame reports it, not ``agreed``."""
    text = "The two sides agreed Friday to exchange hundreds of prisoners, officials in both capitals said."
    assert _speakers(text) == [("officials", "The two sides agreed Friday to exchange hundreds of prisoners")]


ORGANISATIONS = [
    ("The Royal College of Midwives warned that staff shortages would grow.", "Royal College of Midwives"),
    ("Norway's Foreign Ministry said it had summoned the ambassador.", "Norway's Foreign Ministry"),
    ("The British Foreign Office said it would not comment.", "British Foreign Office"),
    ("Virginia Tech announced that it would freeze tuition.", "Virginia Tech"),
    # a link word inside an institution's name
    (
        "The Centers for Disease Control and Prevention said the risk was low.",
        "Centers for Disease Control and Prevention",
    ),
    ("The Food and Drug Administration said the drug was safe.", "Food and Drug Administration"),
]


@pytest.mark.parametrize("text,name", ORGANISATIONS)
def test_organisation_speakers(text, name):
    """Organisations whose name holds a role word or opens with a forename are no persons."""
    actor = analyze_text(text, language="en").quotes[0].actor
    assert (actor.name, actor.kind, actor.gender) == (name, "organisation", None)


def test_a_surname_that_is_also_a_noun_stays_a_person():
    actor = analyze_text("Jim Power said he would run for mayor.", language="en").quotes[0].actor
    assert (actor.name, actor.kind) == ("Jim Power", "person")


def test_two_organisations_joined_by_and_are_not_one_name():
    mention = analyze_text("The United Nations and European Union said the vote was illegal.", language="en")
    assert mention.quotes[0].statement.mention.text != "The United Nations and European Union"


def test_a_post_posed_medium_with_a_descriptive_noun_ends_the_report():
    """``…, state news agency X reported``: ``state`` is no cue, and the report ends at the comma."""
    text = (
        "Minister Ann Vale said the exchange would take place at the border, state news agency Tass reported."
    )
    assert _speakers(text) == [("Ann Vale", "the exchange would take place at the border")]


def test_an_inverted_base_form_after_a_comma_is_a_cue():
    assert _speakers("The talks have failed again, say analysts.") == [
        ("analysts", "The talks have failed again")
    ]


def test_an_owner_is_not_the_witness_before():
    """A role that names a person of its own (owner, analyst, teacher …) never varies another."""
    a = analyze_text(
        "A witness said she heard at least six shots. The bar's owner said the staff were safe.",
        language="en",
    )
    assert [q.actor.name for q in a.quotes] == ["witness", "bar's owner"]


DOCUMENTS = [
    ("Growth slowed sharply last year, according to a study published Monday in a medical journal.", "study"),
    ("The bill includes new aid for farmers, according to a summary released by the committee.", "summary"),
    ("The fight began inside the bar, according to a police report.", "police report"),
]


@pytest.mark.parametrize("text,name", DOCUMENTS)
def test_document_sources(text, name):
    """A document with a participle or a noun before it is the source, never a weekday."""
    actor = analyze_text(text, language="en").quotes[0].actor
    assert (actor.name, actor.kind) == (name, "document")


def test_a_possessive_opening_a_sentence_does_not_rename_its_owner():
    """``Ray's chief of staff, Ann Lee, said …. "…," she wrote``: she is Lee, not Ray."""
    text = (
        "President Tom Ray said the soldiers would come home. Ray's chief of staff, Dan Holt, said "
        'the list had been agreed. "Every one of them must come home," he wrote.'
    )
    assert [n for n, _ in _speakers(text)] == ["Tom Ray", "Dan Holt", "Dan Holt"]


PASSIVES = [
    # the subject of a passive cue is the addressee or the accused, never the speaker
    ("Ann Vale was told that the plant would close.", None),
    ("It was reported that the council would vote in May.", None),
    ("The former aide was accused of leaking the budget to reporters.", None),
    # the agent after by speaks; a quoted subject still speaks
    ('The plan has been called "reckless" by several critics.', "several critics"),
    ("Ann Vale was quoted by the agency as saying the ships would patrol the area.", "Ann Vale"),
]


@pytest.mark.parametrize("text,speaker", PASSIVES)
def test_passive_cues(text, speaker):
    quote = analyze_text(text, language="en").quotes[0]
    assert (quote.actor.name if quote.actor else None) == speaker


def test_a_preposition_after_the_cue_opens_no_report():
    """``business groups warn of job losses``: ``of …`` is the warning's topic, not a report."""
    assert _speakers("Business groups warn of job losses after the budget.") == []


def test_a_shadow_minister_is_another_rank():
    """``the Chancellor`` is not the ``Shadow chancellor`` named after it (another rank)."""
    text = (
        "The Chancellor insisted the rise was necessary. Shadow chancellor Tom Hale said the budget "
        "had failed."
    )
    assert [n for n, _ in _speakers(text)] == ["Chancellor", "Tom Hale"]


def test_a_cue_inside_a_question_put_to_the_speaker_frames_nothing():
    text = "Asked whether she would rule out further tax rises, Ann Vale said she would not."
    assert _speakers(text) == [("Ann Vale", "she would not")]


def test_an_abbreviation_in_a_role_keeps_its_full_stops():
    actor = (
        analyze_text("U.S. District Judge Karen Holt said the man had lied.", language="en").quotes[0].actor
    )
    assert actor.role == "U.S. District Judge"


def test_a_that_after_the_reports_own_verb_is_a_relative_pronoun():
    """``said X steered contracts to firms that paid him``: the report starts at its subject."""
    text = "Prosecutors said Dale Ross steered contracts to companies that paid him in cash."
    assert _speakers(text) == [
        ("Prosecutors", "Dale Ross steered contracts to companies that paid him in cash")
    ]


def test_an_adverb_before_the_cue_is_no_part_of_the_speaker():
    assert _speakers("The firm still insists that the merger will go ahead.") == [
        ("firm", "the merger will go ahead")
    ]
