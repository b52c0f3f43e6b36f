"""German speaker phrases (invented sentences)."""

import pytest

from newsscan.api import analyze_text


def test_relative_clause_does_not_reach_back_past_a_comma():
    """German: X, die …, teilte Y mit — no second apposition is looked for after a relative clause."""
    text = (
        "Als Kämpfer die Stadt einnahmen, töteten sie viele Zivilisten, die sich auf der Flucht "
        "befanden, teilten die Vereinten Nationen mit."
    )
    a = analyze_text(text, language="de")
    assert a.quotes and a.quotes[0].actor is not None and a.quotes[0].actor.name == "Vereinten Nationen"


def test_article_is_no_relative_pronoun():
    """Das Kabinett der Landesregierung kündigte an …: "der" is an article here, so no subject is
    cut off before it as before a relative clause."""
    from newsscan import lang
    from newsscan.pipeline import segment
    from newsscan.pipeline.context import Context
    from newsscan.pipeline.np import Chunker

    text = "Das Kabinett der Landesregierung kündigte an, einen Gesetzentwurf einzubringen."
    ctx = Context(text, segment.sentences(text, lang.get("de")), lang.get("de"))
    view = ctx.views[0]
    i = next(k for k, t in enumerate(view.tokens) if t.text == "kündigte")
    assert Chunker(ctx)._relative_subject(view, i) is None


def _first(text: str):
    a = analyze_text(text, language="de")
    assert a.quotes
    return a.quotes[0]


def test_colon_frame_subject_with_apposed_name():
    q = _first(
        "Der Sprecher der Stadt, Jonas Keller, versuchte mit den Worten zu beruhigen: „Die Lage ist ruhig.“"
    )
    assert q.actor is not None and q.actor.name == "Jonas Keller"


def test_lassen_as_auxiliary():
    q = _first(
        "Außerdem ließ der Pressedienst des Ministeriums verlauten, dass die Gespräche weitergehen sollten."
    )
    assert q.statement.mention is not None
    assert q.statement.mention.text == "der Pressedienst des Ministeriums"


def test_cue_after_und_shares_the_subject():
    q = _first("Die Firma bestätigte die Angaben nicht und nannte sie „reine Spekulation“.")
    assert q.statement.mention is not None and q.statement.mention.text == "Die Firma"


def test_anaphoric_demnach_is_the_mention_of_the_speaker_before():
    text = (
        "Die Polizei teilte mit, dass zwei Männer festgenommen worden seien. "
        "Demnach hätten die Männer das Geschäft am Abend überfallen."
    )
    a = analyze_text(text, language="de")
    second = next(q for q in a.quotes if q.statement.cue == "Demnach")
    assert second.statement.mention is not None and second.statement.mention.text == "Demnach"
    assert second.actor is not None and second.actor is a.quotes[0].actor


FRONTED = [
    # an adverbial or an object in first place: the subject follows the finite verb
    ("Ende Januar verkündete der Verband, das Turnier werde verlegt.", "der Verband"),
    ("Als Begründung gab die Schule an, der Vertrag sei ungültig.", "die Schule"),
    ("Offiziell sagt die Regierung, man gebe den Bürgern alle Freiheiten.", "die Regierung"),
    ("Im Vorfeld hatte der Verband betont, dass die Karten personalisiert seien.", "der Verband"),
    # no adverbial: the phrase before the verb is the subject
    ("Von der Leyen sagte, die Lage sei ernst.", "Von der Leyen"),
    ("Der Verband verkündete am Montag, das Turnier werde verlegt.", "Der Verband"),
]


@pytest.mark.parametrize("text,mention", FRONTED)
def test_subject_after_a_fronted_phrase(text, mention):
    q = _first(text)
    assert q.statement.mention is not None and q.statement.mention.text == mention


def test_fronted_phrase_rule_stops_at_the_clause_of_the_report():
    """Möglicherweise habe X …, teilte Y mit: the auxiliary of the report is not the cue's verb."""
    q = _first("Möglicherweise habe der Fahrer einen Anfall erlitten, teilte ein Polizeisprecher mit.")
    assert q.statement.mention is not None and q.statement.mention.text == "ein Polizeisprecher"


def test_a_participle_attribute_opens_a_subject_not_an_adverbial():
    """Im Exil lebende Gruppen weisen … zurück: "Im Exil lebende" belongs to the subject."""
    from newsscan import lang
    from newsscan.pipeline import segment
    from newsscan.pipeline.context import Context
    from newsscan.pipeline.np import Chunker
    from newsscan.pipeline.prefield import adverbial_prefield

    for text, fronted in (
        ("Im Exil lebende Gruppen weisen die Vorwürfe zurück.", False),
        ("Am Rande der Konferenz weisen die Gruppen die Vorwürfe zurück.", True),
    ):
        ctx = Context(text, segment.sentences(text, lang.get("de")), lang.get("de"))
        view = ctx.views[0]
        v = next(k for k, t in enumerate(view.tokens) if t.text == "weisen")
        assert adverbial_prefield(Chunker(ctx), view, v) is fronted, text


COMPARED = [
    # the subject after "wie", past a parenthesis, an apposed name or an address
    ("Wie die Mission im Norden (UNMIN) weiterhin mitteilte, seien die Kämpfer Rebellen.", "die Mission"),
    ("Wie der Sprecher der Behörde, Jonas Keller, in Bonn mitteilte, sei die Lage ruhig.", "Jonas Keller"),
    ("Wie beispielblog.de berichtet, ist der erste Trailer erschienen.", "beispielblog.de"),
    ("Wie aus Unternehmenskreisen verlautete, will die Firma ihr Werk umrüsten.", "Unternehmenskreisen"),
]


@pytest.mark.parametrize("text,mention", COMPARED)
def test_subject_after_wie(text, mention):
    q = _first(text)
    assert q.statement.mention is not None and mention in q.statement.mention.text


def test_wie_clause_does_not_lend_its_subject_to_the_next_cue():
    """Wie die Polizei mitteilte, sagte der Täter, …: "sagte" has its own subject."""
    a = analyze_text("Wie die Polizei mitteilte, sagte der Täter, er sei unschuldig.", language="de")
    said = [q for q in a.quotes if q.statement.cue == "sagte"]
    assert said and said[0].statement.mention is not None
    assert said[0].statement.mention.text == "der Täter"


PLACES = [
    # an institution or an unnamed office keeps its place; the canonical name drops it
    ("Die Grenzen bleiben zu, kündigte die Regierung in Lomé an.", "die Regierung in Lomé", "Regierung"),
    ("Die Lage sei ruhig, sagte ein Sprecher in Berlin.", "ein Sprecher in Berlin", None),
    # a definite role or a name: the place is where the words were said
    ("Die Lage sei ruhig, sagte der Minister in Berlin.", "der Minister", None),
    ("Die Lage sei ruhig, sagte Minister Max Weber in Berlin.", "Minister Max Weber", "Max Weber"),
]


@pytest.mark.parametrize("text,mention,name", PLACES)
def test_place_of_an_institution(text, mention, name):
    q = _first(text)
    assert q.statement.mention is not None and q.statement.mention.text == mention
    if name:
        assert q.statement.mention.name == name


EXTENDED = [
    # a phrase ending in a participle between the article and its noun
    (
        "So sagte der für die Region zuständige Koordinator, dass nur 14 Boote im Einsatz seien.",
        "Koordinator",
    ),
    ("„Es ist außergewöhnlich“, schrieb die in New York geborene Sängerin.", "Sängerin"),
    (
        "Der Nachfolger des am Montag zurückgetretenen Chefs hat angekündigt, die Sanierung werde teuer.",
        "zurückgetretenen Chefs",
    ),
]


@pytest.mark.parametrize("text,ends", EXTENDED)
def test_extended_attribute_before_the_noun(text, ends):
    q = _first(text)
    assert q.statement.mention is not None and q.statement.mention.text.endswith(ends)


def test_agent_of_a_passive_frame_speaks():
    """wird von der „Zeitung“ zitiert: the agent, not the subject, is the source."""
    q = _first("Der Fraktionschef wird von der „Tageszeitung“ mit den Worten zitiert: „Wir bleiben.“")
    assert q.statement.mention is not None and q.statement.mention.text == "der „Tageszeitung“"


def test_von_after_a_noun_is_no_agent():
    """Der Sprecher von Greenpeace wurde zitiert: "von" after a noun is a post-modifier."""
    from newsscan import lang
    from newsscan.pipeline import segment
    from newsscan.pipeline.context import Context
    from newsscan.pipeline.np import Chunker
    from newsscan.pipeline.passive import passive_agent

    text = "Der Sprecher von Greenpeace wurde mit den Worten zitiert, die Lage sei ernst."
    ctx = Context(text, segment.sentences(text, lang.get("de")), lang.get("de"))
    view = ctx.views[0]
    i = next(k for k, t in enumerate(view.tokens) if t.text == "zitiert")
    assert passive_agent(Chunker(ctx), view, i) is None


def test_demnach_after_a_narrated_sentence_names_its_subject():
    """Demnach after a sentence that reports nothing: the source is that sentence's subject,
    after the verb when an adverbial opens it; the mention is the anaphor."""
    a = analyze_text(
        "Am Montag hat die Wahlkommission das Ergebnis bekannt gegeben. "
        "Demnach hat die Koalition die Wahl gewonnen.",
        language="de",
    )
    q = a.quotes[0]
    assert q.statement.mention is not None and q.statement.mention.text == "Demnach"
    assert q.actor is not None and q.actor.name == "Wahlkommission"


def test_demnach_reads_only_the_sentence_right_before():
    """A subject two sentences back is no source for Demnach: better none than the wrong one."""
    a = analyze_text(
        "Max Weber ist ein freier Mann. 2005 wurde das Urteil verkündet. Demnach ist er unschuldig.",
        language="de",
    )
    assert not a.quotes or a.quotes[0].actor is None or a.quotes[0].actor.name != "Max Weber"


def test_subject_before_an_apposition_and_its_auxiliary():
    """X, Dezernentin der Stadt, sprach …: the apposition in commas stands between subject and verb."""
    q = _first("Anna Keller, Dezernentin der Stadt Cottbus, hat angekündigt, die Schulen blieben zu.")
    assert q.actor is not None and q.actor.name == "Anna Keller"


def test_comma_pair_around_a_frame_is_no_insert():
    """Oftmals habe der Mann …, so X, die auch angab, …: "so X" is a frame, not an insert."""
    a = analyze_text(
        "Oftmals habe der Mann vor der Tür gewartet, so Keller, die auch angab, dass die Frau Angst hatte.",
        language="de",
    )
    said = [q for q in a.quotes if q.statement.cue == "angab"]
    assert not said or said[0].statement.mention is None or said[0].statement.mention.text != "der Mann"


def test_number_word_between_article_and_noun():
    """sagten die drei Ärzte: the number belongs to the phrase after the cue, which is the
    speaker (not the report's subject, Die Lage)."""
    q = _first("Die Lage sei ernst, sagten die drei Ärzte.")
    assert q.statement.mention is not None and q.statement.mention.text == "die drei Ärzte"


def test_passive_frame_in_a_document_names_the_document():
    """In einer Stellungnahme …, auf die sich Medien berufen, wird … begründet: the document speaks."""
    q = _first(
        "In einer Stellungnahme des Ministeriums, auf die sich Medien berufen, wird die Quote "
        "damit begründet, dass das Land vom Fischfang abhänge."
    )
    assert q.statement.mention is not None
    assert q.statement.mention.text == "einer Stellungnahme des Ministeriums"


@pytest.mark.parametrize(
    "text,speaker",
    [
        # the subordinator that opens the clause is never part of the speaker's name
        (
            "Nachdem die Anwältin mitgeteilt hatte, dass der Mann gesucht werde, wurde die Verhandlung vertagt.",
            "Anwältin",
        ),
        ("Als Karl Roth am Montag erklärte, dass die Preise sinken würden, stieg der Kurs.", "Karl Roth"),
    ],
)
def test_subordinator_is_no_part_of_the_speaker(text, speaker):
    q = _first(text)
    assert q.actor is not None and q.actor.name == speaker


def test_a_pronoun_a_quotation_follows_is_the_object():
    q = _first("Der Hauptgeschäftsführer des Verbands nannte sie „fahrlässig“.")
    assert q.actor is not None and q.actor.name == "Hauptgeschäftsführer des Verbands"


def test_a_verb_in_e_after_a_pronoun_before_a_noun_is_konjunktiv():
    """After a pronoun no adjective stands: sie schicke Experten is reported speech."""
    q = _first("Die Behörde erklärte am Montag, sie schicke Experten in die Region.")
    assert q.statement.text == "sie schicke Experten in die Region"


def test_a_deputy_compound_is_a_role_before_the_name():
    q = _first("Unionsfraktionsvize Jens Roth warf der Regierung vor, die Menschen zu verunsichern.")
    assert q.actor is not None and q.actor.name == "Jens Roth"


def test_a_name_after_a_speech_noun_in_a_colon_frame_is_the_topic():
    """Seine Meinung zu Roth: „…“ — Roth is what the view is about, not who holds it."""
    text = (
        "Die Berufung des Finanzexperten Paul Roth wollte er zurückweisen. "
        "Seine Meinung zu Roth: „Ich halte ihn für einen klugen Mann.“"
    )
    q = next(q for q in analyze_text(text, language="de").quotes if "klugen" in q.statement.text)
    assert q.actor is None


def test_a_surname_that_spells_a_role_after_a_given_name_is_a_name():
    text = (
        "Der Wiener Bürgermeister Michael Ludwig-Bauer will die Mieten einfrieren. "
        "„Wohnen darf kein Luxus werden“, sagte Ludwig-Bauer am Dienstag. "
        "Der Bürgermeister kündigte zudem an, neue Wohnungen zu bauen."
    )
    names = [q.actor.name if q.actor else None for q in analyze_text(text, language="de").quotes]
    assert names == ["Michael Ludwig-Bauer", "Michael Ludwig-Bauer"]


def test_a_quoted_report_is_the_source_of_its_words():
    q = _first("Die Zeitung zitiert den Bericht mit den Worten: „Die Lage ist ernst.“")
    assert q.actor is not None and q.actor.name == "Bericht"


def test_the_main_clause_subject_after_an_opening_adverbial_clause():
    """Nachdem X …, vertrat der Minister die Ansicht, dass …: the verb stands second, then the subject."""
    q = _first("Nachdem Anna Berg gegangen war, vertrat der Minister die Ansicht, dass die Reform nötig sei.")
    assert q.actor is not None and q.actor.name == "Minister"


@pytest.mark.parametrize(
    "text,cue,speaker",
    [
        # the report after a coordinated second cue is framed by that cue, not by the first one
        (
            "Der Präsident sprach den Angehörigen sein Beileid aus und versprach, die Häuser "
            "wieder aufzubauen.",
            "versprach",
            "Präsident",
        ),
        # the second cue shares the speaker of the first where no subject opens the sentence
        (
            "Auch die Ministerin Anna Bergmann sprach sich gegen das Verbot aus und sagte, das "
            "Gesetz könne Absprachen verletzen.",
            "sagte",
            "Anna Bergmann",
        ),
        (
            "Auf der Konferenz sprach die Ministerin Anna Bergmann von einem Fehler und sagte, "
            "das Gesetz könne Absprachen verletzen.",
            "sagte",
            "Anna Bergmann",
        ),
    ],
)
def test_a_coordinated_second_cue_frames_the_report_after_it(text, cue, speaker):
    q = _first(text)
    assert (q.statement.cue, q.actor.name if q.actor else None) == (cue, speaker)


@pytest.mark.parametrize(
    "text,speaker",
    [
        # the first cue's source is not the subject a coordinated cue shares
        (
            "Dem Bericht zufolge warnte die Polizei vor Glätte und erklärte, die Straßen seien gefährlich.",
            "Polizei",
        ),
        # an object opening the sentence is no subject: the subject after the verb is
        ("Den Vorschlag lehnte die Ministerin ab und sagte, er sei zu teuer.", "Ministerin"),
    ],
)
def test_an_oblique_phrase_is_never_the_shared_subject(text, speaker):
    q = _first(text)
    assert (q.actor.name if q.actor else None) == speaker
