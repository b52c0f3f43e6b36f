"""German speakers: the subject of the cue's clause (invented sentences)."""

import pytest

from newsscan.api import analyze_text


def _mention(text: str) -> str | None:
    a = analyze_text(text, language="de")
    assert a.quotes, text
    m = a.quotes[0].statement.mention
    return m.text if m is not None else None


def test_medium_subject_with_an_abstract_object_speaks():
    """Der Sender …, begründete die Einblendungen damit, dass …: the abstract object after the
    cue says nothing, so the medium before it is the subject."""
    text = (
        "Der Sender, der für die Übertragung verantwortlich ist, begründete die Einblendungen "
        "damit, dass geschützte Grafiken genutzt würden."
    )
    assert _mention(text) == "Der Sender"


def test_medium_before_the_cue_is_no_subject_when_a_person_follows():
    """Der Zeitung sagte der Minister, …: the phrase after the cue speaks."""
    assert _mention("Der Zeitung sagte der Minister, die Reform komme im Herbst.") == "der Minister"


@pytest.mark.parametrize(
    "text, mention",
    [
        (
            "Die Universität hatte die Aberkennung des Titels damit begründet, dass viele "
            "Passagen abgeschrieben worden seien.",
            "Die Universität",
        ),
        (
            "Der Bürgermeister der Stadt, Paul Winter, hatte die Betreiber gestern aufgefordert, "
            "die Anlage zu schließen.",
            "Der Bürgermeister der Stadt, Paul Winter",
        ),
        (
            "Der Sender hatte Anfang Juli berichtet, in den Unterlagen seien Spuren gefunden worden.",
            "Der Sender",
        ),
        (
            "Ferner habe die Kommission festgestellt, dass die Werte nicht überschritten würden.",
            "die Kommission",
        ),
    ],
)
def test_subject_before_the_auxiliary_across_the_middle_field(text, mention):
    """X hatte Y … PARTICIPLE: the phrase before the auxiliary, not the object after it."""
    assert _mention(text) == mention


def test_no_subject_before_a_passive_auxiliary():
    """Gegen den Plan wurde eingewandt, …: a passive clause names no speaker before it."""
    assert _mention("Gegen den Plan wurde eingewandt, er sei zu teuer und zu langsam.") is None


@pytest.mark.parametrize(
    "text, mention",
    [
        ("Wie schon die Behörde sagte, ist eine Ansteckung unwahrscheinlich.", "die Behörde"),
        ("Wie auch der Minister betonte, sei die Lage ernst.", "der Minister"),
        ("Wie aus Kreisen der Regierung verlautete, sei die Lage ernst.", "Kreisen der Regierung"),
    ],
)
def test_subject_after_wie_and_a_particle(text, mention):
    """Wie schon / auch X sagte: the particle after ``wie`` is no part of the subject."""
    assert _mention(text) == mention


def test_subject_before_the_auxiliary_of_a_two_word_participle():
    """X, der …, hat in einer Stellungnahme bekannt gegeben, dass …: the cue is written in two words."""
    text = (
        "Der Verband, der von mehreren Firmen gegründet wurde, hat nun in einer Stellungnahme "
        "bekannt gegeben, dass keine Gefahr bestehe."
    )
    assert _mention(text) == "Der Verband"


@pytest.mark.parametrize(
    "text, mention",
    [
        (
            "Gesucht wird ein Mann, von dem die Polizei glaubt, er sei für den Anschlag verantwortlich.",
            "die Polizei",
        ),
        (
            "Es geht um die Banken, denen die Regierung vorwirft, die Krise verursacht zu haben.",
            "die Regierung",
        ),
    ],
)
def test_subject_after_an_object_relative_pronoun(text, mention):
    """…, von dem / denen X glaubt: the relative pronoun is the object, X the subject."""
    assert _mention(text) == mention


def _statements(text: str) -> list:
    a = analyze_text(text, language="de")
    return [(q.statement.text, q.statement.mention.text if q.statement.mention else None) for q in a.quotes]


def test_konjunktiv_after_a_narrated_sentence_continues_its_new_subject():
    """X sagte, … . Y sieht darin … . Es sei …: the Konjunktiv sentence continues Y, the subject
    of the narrated sentence between, not X who spoke before."""
    text = (
        "Der Bürgermeister Max Huber sagte am Montag, die Brücke werde im Mai eröffnet. "
        "Die Gewerkschaftschefin Anna Roth sieht darin keinen Fortschritt. "
        "Die Kosten seien viel zu hoch."
    )
    assert _statements(text)[-1] == ("Die Kosten seien viel zu hoch", "Die Gewerkschaftschefin Anna Roth")


@pytest.mark.parametrize(
    "narrated",
    [
        "Davon hält die Gewerkschaftschefin Anna Roth wenig. ",
        "Im Stadtrat ist die Gewerkschafterin Anna Roth anderer Ansicht. ",
    ],
)
def test_konjunktiv_after_a_narrated_sentence_continues_its_subject_after_the_verb(narrated):
    """Davon hält Y wenig. Es sei …: the subject stands after the finite verb (an adverbial or
    an object opens the sentence); the Konjunktiv sentence continues Y, not X."""
    text = "Der Bürgermeister Max Huber sagte am Montag, die Brücke werde im Mai eröffnet. " + narrated
    mention = _statements(text + "Die Kosten seien viel zu hoch.")[-1][1]
    assert mention is not None and "Anna Roth" in mention


def test_a_counted_group_in_the_narrated_sentence_is_no_new_speaker():
    """Fünf Personen wurden verletzt: a passive clause with a counted group speaks for no one;
    the Konjunktiv sentence keeps the speaker before."""
    text = (
        "Der Bürgermeister Max Huber sagte am Montag, die Brücke werde im Mai eröffnet. "
        "Fünf Personen wurden bei dem Unfall verletzt. "
        "Die Kosten seien viel zu hoch."
    )
    assert _statements(text)[-1] == ("Die Kosten seien viel zu hoch", "Der Bürgermeister Max Huber")


def test_a_quoting_verb_names_its_object_as_the_speaker():
    """Das Blatt zitiert eine Anwohnerin mit den Worten: „…“: the resident speaks."""
    text = "Das Blatt zitiert eine Anwohnerin mit den Worten: „Der Lärm war unerträglich.“"
    assert _mention(text) == "eine Anwohnerin"


def test_a_colon_frame_without_a_quoting_verb_keeps_its_subject():
    """Die Zeitung schreibt dazu: „…“: the subject speaks."""
    assert (
        _mention("Die Zeitung schreibt dazu in ihrem Kommentar: „Der Wagen fuhr zu schnell.“")
        == "Die Zeitung"
    )


def test_subject_before_an_apposition_holding_a_quoted_name():
    """X, ein Vertreter der Organisation „…“ (…), kommentierte …: the quoted name is part of
    the apposition, and X its subject."""
    text = (
        "Peter Olsen, ein Vertreter der Organisation „Nature Conservation Association“ (NCA), "
        "kommentierte die Entscheidung mit folgenden Worten: „Es gibt keinen Markt dafür.“"
    )
    assert _mention(text) == "Peter Olsen"


def test_a_topic_label_before_a_colon_is_no_subject():
    """Europapolitik: Die SPD will …: the label names the topic; the clause after it has the subject."""
    text = "Verkehrspolitik: Die Partei will am Ausbau der Bahn festhalten. „Wir brauchen mehr Züge.“"
    assert _mention(text) == "Die Partei"


def test_a_name_before_a_colon_and_a_quotation_speaks():
    assert _mention("Merz: „Wir bleiben dabei.“") == "Merz"


def test_a_focus_particle_after_the_cue_is_no_part_of_the_subject():
    """Ebenso plädierte auch X dafür, …: X after the particle ``auch`` is the subject."""
    assert (
        _mention("Ebenso plädierte auch Peter Müller dafür, das Visum nicht zu erteilen.") == "Peter Müller"
    )


def test_an_object_after_the_cue_is_never_the_speaker():
    """Zugleich wies es den Bericht zurück: a phrase opened by an oblique article (den, dem) is an object;
    with no subject found, no speaker rather than the object."""
    assert (
        _mention("Zugleich wies es den Bericht als falsch zurück, man habe keine Akten vernichtet.") is None
    )


def test_a_passive_relative_clause_names_no_speaker():
    """Der Bau, der … beschlossen wurde: the antecedent of a passive relative clause is what was
    done, and no phrase of the clause before the cue speaks (speaker_before.passive_relative)."""
    text = (
        "Der Bau der Brücke, der 1994 zwischen der Stadt und einem Konsortium beschlossen wurde, "
        "sollte „die Grundlage für eine blühende Region“ schaffen."
    )
    assert _mention(text) is None


def test_the_agent_of_a_passive_relative_clause_speaks():
    """…, die von Anwohnern als „nebelartig“ beschrieben wurden: the agent after the relative
    pronoun (passive._opens_agent), not the antecedent."""
    text = "Die Abgase, die von Anwohnern als „nebelartig“ beschrieben worden waren, zogen ab."
    assert _mention(text) == "Anwohnern"


def test_an_adjective_with_its_complement_in_commas_is_an_apposition():
    """X, zuständig für das Geschäft, hatte angekündigt: the subject before the apposition
    speaks (np.appositions._adjective_phrase)."""
    text = "Vera Stamm, zuständig für das Auslandsgeschäft, hatte angekündigt, den Markt zu stärken."
    assert _mention(text) == "Vera Stamm"


def test_the_ranks_of_an_institution_name_it():
    """Wie aus Reihen des Gerichts verlautete: ``Reihen`` is a source noun, its genitive names
    the source (attribution.json source_nouns)."""
    a = analyze_text("Wie aus Reihen des obersten Gerichts verlautete, wurde er gefasst.", language="de")
    assert a.quotes[0].actor.name == "Gericht"


@pytest.mark.parametrize(
    "text,mention",
    [
        (
            "Stadtkämmerin Olga Brandt, die seit Jahren im Vorstand sitzt, beendete die Sitzung mit "
            "den Worten: „Wir sparen weiter.“",
            "Stadtkämmerin Olga Brandt",
        ),
        # an article opening an apposition is no relative clause: the name in it is the subject
        ("Olga Brandt, die Stadtkämmerin, beendete die Sitzung: „Wir sparen weiter.“", "Olga Brandt"),
    ],
)
def test_a_relative_clause_opened_by_an_article_word_leaves_the_colon_frame_its_subject(text, mention):
    """``der``/``die`` open a relative clause when a verb ends it before the comma."""
    assert _mention(text) == mention


def test_hearsay_after_an_authority_acting_as_subject_is_the_authority_s():
    """Gegen den Verein ermittelt die Staatsanwaltschaft. Der Kassierer soll …: the hearsay is
    what the prosecutors say (the subject after a verb no list holds), not the speaker before."""
    text = (
        "Der Vorsitzende Paul Winter sagte, der Verein stehe gut da. "
        "Gegen den Ruderverein ermittelt seit dem Frühjahr die Staatsanwaltschaft. "
        "Der Kassierer soll Spenden auf sein eigenes Konto umgeleitet haben."
    )
    assert _statements(text)[-1] == (
        "Der Kassierer soll Spenden auf sein eigenes Konto umgeleitet haben",
        "die Staatsanwaltschaft",
    )


def test_hearsay_about_the_person_narrated_before_keeps_the_speaker_before():
    """Der Rentner sitzt in Haft. Er soll …: the hearsay is about the pensioner, who is no
    source of it."""
    text = (
        "Der Oberstaatsanwalt Paul Winter sagte, die Anklage sei fertig. "
        "Seit dem Frühjahr sitzt der Rentner Karl Brenner in Haft. "
        "Er soll Spenden auf sein eigenes Konto umgeleitet haben."
    )
    assert _statements(text)[-1][1] == "Der Oberstaatsanwalt Paul Winter"


def test_hearsay_after_an_organisation_that_acts_is_not_the_organisation_s():
    """Die Polizei räumte die Blockade. Zwanzig Menschen sollen dabei …: the hearsay is about
    what the police did, not what they say."""
    text = (
        "Der Sprecher der Bürgerinitiative, Paul Winter, sagte, der Protest gehe weiter. "
        "Am Abend räumte die Polizei die Blockade vor dem Rathaus. "
        "Zwanzig Menschen sollen dabei verletzt worden sein."
    )
    assert _statements(text)[-1][1] != "die Polizei"


def test_konjunktiv_after_a_subject_behind_a_verb_no_list_holds_and_an_adverb():
    """Am Rande … nahm jetzt auch Y Stellung. Jeder … könne …: the first lowercase word after the
    prepositional phrase that no noun phrase holds is the finite verb; past the adverbs after it
    stands the new subject Y, whom the Konjunktiv sentence continues."""
    text = (
        "„Das sind nur Versprechen“, erklärte der Verbandschef Max Huber.\n\n"
        "Am Rande einer Sitzung des Stadtrats in Kassel nahm jetzt auch der Oberbürgermeister der "
        "Stadt, Karl Brenner, zu der Frage Stellung. Jeder Lehrer könne das Geld später abrufen."
    )
    mention = _statements(text)[-1][1]
    assert mention is not None and "Karl Brenner" in mention
