"""German-only rules (newsscan/lang/de/rules.py) with their examples and counter-examples."""

import doctest

import pytest

from newsscan.lang.de import rules

ZU_CLAUSES = [
    ("Er drohte, den Vertrag zu kündigen.", True),
    ("Sie kündigte an, die Stadt anzugreifen", True),
    ("Er sagte, er komme morgen", False),
    ("Sie versuchte, die Tür aufzuschließen", True),  # a word with zu inside, ending in -en
    ("Das Spiel wurde zugunsten der Gäste entschieden", False),  # zu inside, but not the last word
    ("zu", False),
    ("", False),
]


@pytest.mark.parametrize("text,expected", ZU_CLAUSES)
def test_zu_clause(text, expected):
    assert rules.zu_clause(text) is expected


def test_docstring_examples():
    assert doctest.testmod(rules).failed == 0


ADJECTIVES = [
    ("neue", True),
    ("vorläufigem", True),
    ("45-jährige", True),  # a number compound
    ("sagte", False),  # no adjective ending
    ("sei", False),
    ("Neue", False),  # capitalised: a noun
    ("der", False),
]


@pytest.mark.parametrize("word,expected", ADJECTIVES)
def test_is_adjective(de, word, expected):
    from newsscan.model import Token
    from newsscan.pipeline.context import Context

    ctx = Context(word, (), de)
    assert rules.RULES.is_adjective(ctx, Token(word, 0, len(word), word.lower())) is expected


def _view(text, code="de"):
    from newsscan import lang
    from newsscan.pipeline import segment
    from newsscan.pipeline.context import Context

    data = lang.get(code)
    ctx = Context(text, segment.sentences(text, data), data)
    return ctx, ctx.views[0]


KONJUNKTIV_BY_SHAPE = [
    ("Die Regierung plane einen neuen Haushalt.", "plane", True),
    ("Man prüfe den Fall genau.", "prüfe", True),
    ("Man lehne Gewalt ab.", "lehne", True),  # an impersonal subject before a noun
    ("Die Partei neue Regeln.", "neue", False),  # no verb ending before an object
    ("Die Minister sagte nichts.", "sagte", False),  # -te: past tense, not Konjunktiv
    ("Die eine Seite wartet.", "eine", False),  # a determiner
    # the clause has its finite verb before the word in -e
    ("Am Abend hatte das örtliche städtische Bauamt keine Einwände.", "örtliche", False),
    ("Im Radio ist das Spiel live zu hören.", "live", False),
    # words in -e that are never a verb ([not_konjunktiv])
    ("Der Bund zahlt drei Millionen Euro, die Länder weitere zwei Millionen.", "weitere", False),
    ("Erst mit der Unterschrift beider Seiten kommt der Vertrag zustande.", "zustande", False),
]


@pytest.mark.parametrize("text,word,expected", KONJUNKTIV_BY_SHAPE)
def test_konjunktiv_by_shape(text, word, expected):
    ctx, view = _view(text)
    n = next(k for k, t in enumerate(view.tokens) if t.text == word)
    assert ctx.is_konjunktiv1(view, n) is expected


def test_konjunktiv_by_shape_is_german_only():
    ctx, view = _view("The government plane arrived.", "en")
    assert not ctx.is_konjunktiv1(view, 2)


FINITE_SHAPES = [
    ("Die Soldaten kämpfen weiter", True),  # -en after a capitalised word
    ("Er sagte nichts", True),
    ("die drittgrößten Städte", False),  # after a determiner: attributive
    ("Foto: Bundestag, Berlin", False),
]


@pytest.mark.parametrize("text,expected", FINITE_SHAPES)
def test_german_finite_shapes(text, expected):
    from newsscan.pipeline.prose import has_finite_verb

    assert has_finite_verb(text, "de") is expected


def test_german_shapes_are_not_read_for_english():
    from newsscan.pipeline.prose import has_finite_verb

    assert has_finite_verb("Soldaten kämpfen", "de") and not has_finite_verb("Soldaten kämpfen", "en")


ROLE_FORMS = [
    ("Sprechers", "Sprecher"),  # genitive -s
    ("Experten", "Experte"),  # weak noun -n
    ("Sprecher", "Sprecher"),
    ("Haus", "Haus"),
]


@pytest.mark.parametrize("word,base", ROLE_FORMS)
def test_role_inflections(word, base):
    ctx, _ = _view("Er kam.")
    assert ctx.role_base(word) == base
    assert ctx.is_role(word) is (base != "Haus")


def test_a_weak_noun_ending_is_no_english_inflection():
    ctx, _ = _view("He came.", "en")
    assert ctx.lang.role_inflections == (("s", ""),)
    assert ctx.role_base("spokesmen") == "spokesmen"


PARTICLES = [
    ("Sie teilte am Montag mit, das Werk schließe.", "teilte mit"),
    ("Er wies am Montag darauf hin, der Plan sei gescheitert.", "wies hin"),
    # an apposition of names between the verb and its particle
    ("Jetzt gab der Leiter des Amtes, Andreas Huber, bekannt, dass das Handy geortet wurde.", "gab bekannt"),
    ("Er geht nach einem Treffen mit dem Leiter, Jan Roth, davon aus, dass alles klappt.", "geht aus"),
]


@pytest.mark.parametrize(
    "text",
    [
        "Sie gab dem Kind, das weinte, ein Buch.",  # a relative clause, no apposition
        "Er geht nach Hause, Jan Roth, Eva Berg und Tim Kurz bleiben.",  # the clause does not resume
    ],
)
def test_no_particle_past_a_clause_that_is_no_apposition(text):
    ctx, view = _view(text)
    assert ctx.cue_verbs(view, 1) is None


@pytest.mark.parametrize("text,cue", PARTICLES)
def test_particle_cues(text, cue):
    ctx, view = _view(text)
    i = next(n for n, t in enumerate(view.tokens) if t.lower in ("teilte", "wies", "gab", "geht"))
    assert ctx.cue_verbs(view, i) == cue


def test_a_particle_joined_to_da_ends_the_clause_by_the_word_class():
    from dataclasses import replace

    from newsscan import lang
    from newsscan.pipeline import segment
    from newsscan.pipeline.context import Context

    text = "Sie merkte daran, es sei spät."
    ctx, view = _view(text)
    assert ctx.cue_verbs(view, 1) == "merkte an"  # daran: da + an
    data = lang.get("de")
    words = {k: v for k, v in data.words.items() if k != "particle_adverb_prefixes"}
    bare = replace(data, words=words)
    ctx = Context(text, segment.sentences(text, bare), bare)
    assert ctx.cue_verbs(ctx.views[0], 1) is None


PREDICATIVE_OPENERS = [
    ("Abschließend", True),  # a present participle
    ("Ergänzend", True),
    ("Optimistisch", True),  # an adjective in -isch
    ("Irritiert", True),  # a participle in -iert
    ("Besorgt", True),  # a past participle with an inseparable prefix
    ("Enttäuscht", True),
    ("Abend", False),  # nouns and names of the same endings
    ("Jugend", False),
    ("Frisch", False),
    ("Ernst", False),
    ("Bernhardt", False),
    ("Gerhardt", False),
    ("Regierung", False),
    ("Bericht", False),  # nouns with an inseparable prefix in -t ([participle_noun_endings])
    ("Verlust", False),
    ("Verdacht", False),
    ("Verzicht", False),
    ("Bereitschaft", False),
    ("Bezirksamt", False),
    ("Vergangenheit", False),
    ("Betriebsrat", False),
    ("Überwacht", True),  # participles whose endings are close to those nouns' endings
    ("Erreicht", True),
    ("Vertraut", True),
    ("abschließend", False),  # lowercase: not opening a sentence
]


@pytest.mark.parametrize("word,expected", PREDICATIVE_OPENERS)
def test_predicative_opener(word, expected):
    assert rules.RULES.predicative_opener(word) is expected


@pytest.mark.parametrize(
    "word,expected",
    [
        ("unterbreitet", True),
        ("ausgesprochen", True),
        ("lehnte", True),
        ("nicht", False),
        ("seit", False),
        ("morgen", False),
        ("selten", False),
    ],
)
def test_a_verb_last_in_its_clause_by_its_shape_is_no_word_of_another_class(word, expected):
    from types import SimpleNamespace

    from newsscan.lang import get

    assert rules.German().verb_shape(SimpleNamespace(lang=get("de")), word) is expected


def test_a_separable_particle_ends_the_clause_of_a_speech_noun_and_its_source():
    from newsscan import analyze_text
    from newsscan.schema import to_dict

    text = "Das Amt gab eine Warnung des Verbands heraus, dass die Straßen glatt seien."
    found = [(q["text"], q["speaker"]) for q in to_dict(analyze_text(text, language="de"))["quotes"]]
    assert found == [("dass die Straßen glatt seien", "Verband")]
