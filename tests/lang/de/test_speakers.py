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
