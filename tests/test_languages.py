"""Every shipped language loads, and a short article in each is read."""

import pytest

from newsscan import lang

from .conftest import analyse

SHIPPED = ["de", "en", "es", "fr", "it", "nl", "pt"]


def test_every_language_loads_its_data(capsys):
    assert list(lang.available()) == SHIPPED
    for code in SHIPPED:
        data = lang.get(code)
        assert data.cue_forms and data.roles and data.boilerplate and data.quote_pairs, code
        assert data.word_class("determiners") and data.word_class("auxiliaries"), code
    assert capsys.readouterr() == ("", "")


def test_unknown_language_gets_generic_data_not_german():
    data = lang.get("xx")
    assert data.code == lang.GENERIC and not data.cue_forms and data.quote_pairs


@pytest.mark.parametrize(
    "code,text,expected",
    [
        (
            "en",
            'The minister said on Monday that taxes would not rise. "We keep our word," said Finance Minister '
            "Paul Grant.",
            [("indirect", "Paul Grant"), ("direct", "Paul Grant")],
        ),
        (
            "fr",
            "Le ministre des Finances a déclaré lundi que les impôts n'augmenteraient pas. « Nous tenons parole », "
            "a-t-il ajouté.",
            [("indirect", "ministre des Finances"), ("direct", "ministre des Finances")],
        ),
        (
            "es",
            "El ministro de Hacienda dijo el lunes que los impuestos no subirán. «Cumplimos nuestra palabra», "
            "aseguró el ministro.",
            [("indirect", "ministro de Hacienda"), ("direct", "ministro de Hacienda")],
        ),
        (
            "it",
            "Il ministro delle Finanze ha detto che le tasse non aumenteranno. «Manteniamo la parola», ha aggiunto "
            "il ministro.",
            [("indirect", "ministro delle Finanze"), ("direct", "ministro delle Finanze")],
        ),
        (
            "pt",
            "O ministro das Finanças disse na segunda-feira que os impostos não vão subir. “Cumprimos a palavra”, "
            "afirmou o ministro.",
            [("indirect", "ministro das Finanças"), ("direct", "ministro das Finanças")],
        ),
        (
            "nl",
            "De minister van Financiën zei maandag dat de belastingen niet omhoog gaan. “We houden woord”, aldus "
            "de minister.",
            [("indirect", "minister van Financiën"), ("direct", "minister van Financiën")],
        ),
    ],
)
def test_statements_and_speakers_per_language(code, text, expected):
    out = analyse(text, language=None)
    assert out["language"]["code"] == code
    assert [(q["type"], q["speaker"]) for q in out["quotes"]] == expected


@pytest.mark.parametrize(
    "text,agency",
    [
        ("According to AP, the storm killed at least five people, officials said.", "AP"),
        ("Selon l'AFP, le président a déclaré que la réforme serait retirée.", "AFP"),
        ("Según EFE, el presidente dijo que la reforma será retirada.", "EFE"),
    ],
)
def test_according_to_in_other_languages(text, agency):
    out = analyse(text, language=None)
    assert [a["name"] for a in out["agencies"]] == [agency]
    assert out["quotes"] and out["quotes"][0]["via"] == agency


@pytest.mark.parametrize(
    "code,text,expected",
    [
        # the report before an inverted frame: …, a déclaré X / …, estime l'économiste X
        (
            "fr",
            "Pour l'opposition, ces annonces restent insuffisantes, a déclaré Marine Tondelier, secrétaire nationale "
            "des Écologistes.",
            [("Pour l'opposition, ces annonces restent insuffisantes", "Marine Tondelier")],
        ),
        (
            "fr",
            "Les prix vont encore augmenter, estime l'économiste Jean Dupont.",
            [("Les prix vont encore augmenter", "Jean Dupont")],
        ),
        # an elided complementiser: a annoncé qu'un …
        (
            "fr",
            "Le Premier ministre Michel Barnier a annoncé qu'un nouveau plan serait présenté en janvier.",
            [("qu'un nouveau plan serait présenté en janvier", "Michel Barnier")],
        ),
        # a role with its domain before the name
        (
            "it",
            "Il ministro dell'Interno Matteo Piantedosi ha detto che i controlli saranno rafforzati.",
            [("che i controlli saranno rafforzati", "Matteo Piantedosi")],
        ),
        (
            "en",
            'Secretary of State Antony Blinken said Tuesday that the United States would not leave. "We are in this '
            'for the long haul," Blinken told reporters.',
            [
                ("that the United States would not leave", "Antony Blinken"),
                ("We are in this for the long haul", "Antony Blinken"),
            ],
        ),
        # a name apposed to the role that speaks after the report
        (
            "es",
            "La situación es muy grave, afirmó el ministro de Sanidad, Salvador Illa.",
            [("La situación es muy grave", "Salvador Illa")],
        ),
        # name particles: von der Leyen, also on its own at the start of a sentence
        (
            "en",
            "European Commission President Ursula von der Leyen said the plan was a good start. Von der Leyen added "
            "that more work was needed.",
            [
                ("the plan was a good start", "Ursula von der Leyen"),
                ("that more work was needed", "Ursula von der Leyen"),
            ],
        ),
        (
            "de",
            "Die EU-Kommissionspräsidentin Ursula von der Leyen erklärte, sie begrüße die Initiative. Von der Leyen "
            "sagte, der Plan sei gut. Der Bürgermeister Kai Wegner von der CDU sagte, die Stadt sei bereit.",
            [
                ("sie begrüße die Initiative", "Ursula von der Leyen"),
                ("der Plan sei gut", "Ursula von der Leyen"),
                ("die Stadt sei bereit", "Kai Wegner"),
            ],
        ),
        # a focus particle before the subject; a lowercase agency name
        (
            "de",
            "Auch die Grünen-Vorsitzende Ricarda Lang äußerte Zweifel: Man müsse abwarten, was umgesetzt werde.",
            [("Man müsse abwarten, was umgesetzt werde", "Ricarda Lang")],
        ),
        (
            "de",
            "Nach Angaben der Nachrichtenagentur dpa wollen beide Regierungen noch im Dezember ein Papier vorlegen.",
            [("wollen beide Regierungen noch im Dezember ein Papier vorlegen", "dpa")],
        ),
    ],
)
def test_constructions_across_languages(code, text, expected):
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
        (
            "fr",
            "Le ministre Paul Martin a défendu la réforme, estimant qu'elle était nécessaire pour le pays.",
            [("qu'elle était nécessaire pour le pays", "Paul Martin", "estimant")],
        ),
        (
            "es",
            "El ministro Luis Gómez defendió la reforma, asegurando que era necesaria para el país.",
            [("que era necesaria para el país", "Luis Gómez", "asegurando")],
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
    assert out["quotes"][0]["text"] == "that strong winds could spread the flames overnight"


def test_object_after_a_cue_is_no_report():
    assert analyse("Residents described scenes of chaos in the streets.", language="en")["quotes"] == []


@pytest.mark.parametrize(
    "code,text,expected",
    [
        # a dropped subject: the speaker of the statement before
        (
            "es",
            'La alcaldesa Ana Ruiz aseguró que la ciudad está preparada. "Tenemos todo bajo control", añadió.',
            [("que la ciudad está preparada", "Ana Ruiz"), ("Tenemos todo bajo control", "Ana Ruiz")],
        ),
        # plural cues from the language's plural rules
        (
            "es",
            "Fuentes policiales explicaron a EFE que el detenido tenía antecedentes.",
            [("que el detenido tenía antecedentes", "Fuentes")],
        ),
        (
            "it",
            "I sindacati dichiararono che lo sciopero sarebbe continuato.",
            [("che lo sciopero sarebbe continuato", "sindacati")],
        ),
        # name particles after an article where nouns are lowercase; multi-word cues
        (
            "nl",
            '"We gaan hier niet mee akkoord", zei minister Hugo de Jonge tegen de NOS.',
            [("We gaan hier niet mee akkoord", "Hugo de Jonge")],
        ),
        (
            "nl",
            "De burgemeester liet weten dat de maatregelen worden verlengd.",
            [("dat de maatregelen worden verlengd", "burgemeester")],
        ),
        (
            "fr",
            "La police a fait savoir que deux suspects avaient été interpellés.",
            [("que deux suspects avaient été interpellés", "police")],
        ),
        # the source phrase of an according-to, head noun included
        (
            "nl",
            "Volgens de politie is de verdachte dinsdag aangehouden.",
            [("is de verdachte dinsdag aangehouden", "politie")],
        ),
        ("fr", "Selon les enquêteurs le suspect a avoué.", [("le suspect a avoué", "enquêteurs")]),
    ],
)
def test_romance_and_dutch_constructions(code, text, expected):
    out = analyse(text, language=code)
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == expected


def test_a_related_language_is_read_with_close_data():
    assert lang.get("ca").code == "es" and lang.get("af").code == "nl"


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
            [("that the ships would continue to patrol", "Chinese coast guard spokesperson")],
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
            [("ministries to speed up the payments", "Pham Minh Chinh")],
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
        ("residents not to approach fallen power lines", "Emergency officials", "AP")
    ]


@pytest.mark.parametrize(
    "code,text,expected",
    [
        (
            "nl",
            "Het Zuid-Koreaanse ministerie van Defensie meldde dat er raketten waren afgevuurd. Het ministerie noemde "
            'de lanceringen een "duidelijke provocatie".',
            [
                ("dat er raketten waren afgevuurd", "ministerie van Defensie"),
                ("duidelijke provocatie", "ministerie van Defensie"),
            ],
        ),
        (
            "nl",
            "Het Witte Huis veroordeelde de lanceringen, meldt persbureau ANP.",
            [("Het Witte Huis veroordeelde de lanceringen", "ANP")],
        ),
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


def test_french_honorific_initial_is_no_middle_initial():
    out = analyse(
        "Le président chinois Xi Jinping a déclaré que la Chine voulait la paix. M. Xi a souligné que Pékin "
        "s'opposait à la force.",
        language="fr",
    )
    assert [(q["speaker"], q["speaker_mention"]) for q in out["quotes"]] == [
        ("Xi Jinping", "Le président chinois Xi Jinping"),
        ("Xi Jinping", "M. Xi"),
    ]


@pytest.mark.parametrize(
    "code,text,speaker",
    [
        (
            "en",
            "According to a report by The New York Times, the administration plans new sanctions.",
            "The New York Times",
        ),
        ("en", "According to a statement from the ministry, the talks will resume.", "ministry"),
        ("fr", "Selon un rapport de l'ONU, la situation s'aggrave.", "ONU"),
    ],
)
def test_source_nouns_name_their_source(code, text, speaker):
    assert [q["speaker"] for q in analyse(text, language=code)["quotes"]] == [speaker]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            'The company said in a statement that profits had fallen. "We remain confident," it said.',
            [("that profits had fallen", "company"), ("We remain confident", "company")],
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
