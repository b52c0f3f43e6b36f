"""English statements and speakers on short invented sentences."""

import pytest

from ...conftest import analyse


@pytest.mark.parametrize(
    "code,text,expected",
    [
        (
            "en",
            'Secretary of State Antony Blinken said Tuesday that the United States would not leave. "We are in this '
            'for the long haul," Blinken told reporters.',
            [
                ("the United States would not leave", "Antony Blinken"),
                ("We are in this for the long haul", "Antony Blinken"),
            ],
        ),
        # name particles: von der Leyen, also on its own at the start of a sentence
        (
            "en",
            "European Commission President Ursula von der Leyen said the plan was a good start. Von der Leyen added "
            "that more work was needed.",
            [
                ("the plan was a good start", "Ursula von der Leyen"),
                ("more work was needed", "Ursula von der Leyen"),
            ],
        ),
    ],
)
def test_constructions(code, text, expected):
    out = analyse(text, language=code)
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == expected


@pytest.mark.parametrize(
    "code,text,expected",
    [
        (
            "en",
            "Mayor Ana Ortiz on Tuesday defended the plan to cut library funding, saying the council had no "
            "other choice.",
            [("the council had no other choice", "Ana Ortiz", "saying")],
        ),
    ],
)
def test_participle_after_a_comma_frames_a_report_of_the_subject(code, text, expected):
    out = analyse(text, language=code)
    assert [(q["text"], q["speaker"], q["cue"]) for q in out["quotes"]] == expected


def test_a_participle_opening_a_sentence_is_no_cue():
    out = analyse("Saying goodbye is hard, the singer wrote.", language="en")
    assert [q["cue"] for q in out["quotes"]] == ["wrote"]


def test_english_pronoun_after_said_is_the_reports_subject_not_the_speaker():
    out = analyse("Her neighbor, Jim Carter, said he had lost everything.", language="en")
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == [("he had lost everything", "Jim Carter")]


def test_report_ends_before_an_according_to_phrase():
    out = analyse(
        "The weather service warned that strong winds could spread the flames overnight, according to a "
        "statement.",
        language="en",
    )
    assert out["quotes"][0]["text"] == "strong winds could spread the flames overnight"


def test_object_after_a_cue_is_no_report():
    assert analyse("Residents described scenes of chaos in the streets.", language="en")["quotes"] == []


@pytest.mark.parametrize(
    "text,speaker,role",
    [
        (
            "A Bank of England spokesperson said the committee would meet again in June.",
            "Bank of England spokesperson",
            "Bank of England spokesperson",
        ),
        (
            "The bank's governor, Andrew Bailey, has previously warned that cuts could come later.",
            "Andrew Bailey",
            "bank's governor",
        ),
        (
            'Grant Fitzner, chief economist at the Office for National Statistics (ONS), said: "Inflation fell notably '
            'in April."',
            "Grant Fitzner",
            "chief economist at the Office for National Statistics",
        ),
    ],
)
def test_english_roles_before_and_after_names(text, speaker, role):
    out = analyse(text, language="en")
    assert [q["speaker"] for q in out["quotes"]] == [speaker]
    assert out["actors"][0]["role"] == role


@pytest.mark.parametrize(
    "text,expected",
    [
        # the subject of the report after said is not the speaker; the sentence subject is
        (
            'Ms. Mao did not give details, but said the patrols were "normal law enforcement activities".',
            [('the patrols were "normal law enforcement activities"', "Mao")],
        ),
        # a medium quoting someone: the person speaks, the medium carries it
        (
            "Xinhua quoted a Chinese coast guard spokesperson as saying that the ships would continue to patrol.",
            [("the ships would continue to patrol", "Chinese coast guard spokesperson")],
        ),
        # an embedded question is no claim
        ("Ms. Mao did not confirm how many ships were involved.", []),
    ],
)
def test_english_subjects_media_and_questions(text, expected):
    out = analyse(text, language="en")
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == expected


@pytest.mark.parametrize(
    "text,speaker",
    [
        ('"We will win," she told reporters.', "she"),
        ('"Go," he said.', "he"),
    ],
)
def test_pronoun_after_a_short_english_quote(text, speaker):
    out = analyse(text, language="en")
    assert [q["speaker_mention"] for q in out["quotes"]] == [speaker]
    assert out["quotes"][0]["type"] == "direct"


def test_middle_initial_stays_in_the_name():
    out = analyse(
        "Judge Melissa C. Jackson said the request was denied. Jackson added that the trial would start "
        "in May.",
        language="en",
    )
    assert [q["speaker"] for q in out["quotes"]] == ["Melissa C. Jackson", "Melissa C. Jackson"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # British single quotes; the short quote sentence after the frame continues the quote
        (
            "'It is a disgrace,' said Labour MP Jane Smith. 'We need answers.'",
            [("It is a disgrace We need answers", "Jane Smith")],
        ),
        (
            "‘We will not back down,’ the prime minister said. ‘This is about our future.’",
            [("We will not back down This is about our future", "prime minister")],
        ),
        # a possessive apostrophe opens no quote; "said it would" is a report
        (
            "The players' union said it would strike on Monday.",
            [("it would strike on Monday", "players' union")],
        ),
    ],
)
def test_english_single_quotes_and_apostrophes(text, expected):
    out = analyse(text, language="en")
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a time phrase between the subject and its verb
        (
            "Prime Minister Pham Minh Chinh on June 12 asked ministries to speed up the payments.",
            [("to speed up the payments", "Pham Minh Chinh")],
        ),
        # an honorific with a period; a long subject before the report's verb
        (
            "Mr. Chinh said the disbursement rate in the first five months was only 22 percent.",
            [("the disbursement rate in the first five months was only 22 percent", "Chinh")],
        ),
    ],
)
def test_english_time_phrases_honorifics_and_long_subjects(text, expected):
    out = analyse(text, language="en")
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == expected


def test_directive_with_an_object_and_a_report_framed_by_a_medium():
    out = analyse(
        "Emergency officials warned residents not to approach fallen power lines, the Associated Press "
        "reported.",
        language="en",
    )
    assert [(q["text"], q["speaker"], q["via"]) for q in out["quotes"]] == [
        ("not to approach fallen power lines", "Emergency officials", "AP")
    ]


@pytest.mark.parametrize(
    "code,text,expected",
    [
        (
            "en",
            "The minister Paul Grant spoke on Monday. According to him, the talks went well.",
            [("the talks went well", "Paul Grant")],
        ),
    ],
)
def test_institutions_media_frames_and_pronoun_sources(code, text, expected):
    out = analyse(text, language=code)
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ('He described the deal as "historic".', [("mixed", "historic")]),
        (
            'She called the plan "a disaster" and said it would fail.',
            [("mixed", "a disaster"), ("indirect", "it would fail")],
        ),
        ('The so-called "peace plan" was rejected by both sides.', []),
        ('The film "Oppenheimer" won seven awards.', []),
    ],
)
def test_english_naming_verbs_and_scare_quotes(text, expected):
    out = analyse(text, language="en")
    assert [(q["type"], q["text"]) for q in out["quotes"]] == expected


@pytest.mark.parametrize(
    "code,text,speaker",
    [
        (
            "en",
            "According to a report by The New York Times, the administration plans new sanctions.",
            "The New York Times",
        ),
        ("en", "According to a statement from the ministry, the talks will resume.", "ministry"),
    ],
)
def test_source_nouns_name_their_source(code, text, speaker):
    assert [q["speaker"] for q in analyse(text, language=code)["quotes"]] == [speaker]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            'The company said in a statement that profits had fallen. "We remain confident," it said.',
            [("profits had fallen", "company"), ("We remain confident", "company")],
        ),
        ("Officials said at least 12 people were killed.", [("at least 12 people were killed", "Officials")]),
    ],
)
def test_it_as_a_speaker_and_a_report_opening_with_a_quantity(text, expected):
    out = analyse(text, language="en")
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == expected


def test_definite_role_with_a_generic_domain_refers_back():
    out = analyse(
        'Prime Minister Pham Minh Chinh asked ministries to act. "We must not waste time," the head of '
        "government stressed.",
        language="en",
    )
    assert [q["speaker"] for q in out["quotes"]] == ["Pham Minh Chinh", "Pham Minh Chinh"]


def test_a_time_noun_opening_the_sentence_is_no_subject():
    from newsscan import analyze_text

    text = "Days before the vote, mayor Lisa Grant praised the plan, saying it would cut traffic by half."
    (q,) = analyze_text(text, language="en").quotes
    assert q.actor is not None and q.actor.name == "Lisa Grant"
