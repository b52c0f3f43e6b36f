"""The speaker strategies (pipeline/speaker_strategies.py): an ordered list of small named
functions, each with an example here that it decides."""

import pytest

from newsscan import lang
from newsscan.pipeline import segment
from newsscan.pipeline.context import Context
from newsscan.pipeline.np import Chunker
from newsscan.pipeline.speaker_strategies import STRATEGIES, speaker_strategy

# (language, text, cue as written or None for a colon frame, strategy that decides, speaker or None)
EXAMPLES = [
    ("de", "Der Minister: „Wir bleiben.“", None, "colon_frame", "Der Minister"),
    (
        "de",
        "In einem Papier des Ministeriums heißt es, die Lage sei ernst.",
        "heißt es",
        "document_source",
        "einem Papier des Ministeriums",
    ),
    ("de", "Demnach wurde niemand verletzt.", "Demnach", "anaphoric_cue", None),
    ("de", "Der Polizei zufolge wurde niemand verletzt.", "zufolge", "postposition_source", "Der Polizei"),
    ("de", "Laut der Polizei wurde niemand verletzt.", "laut", "preposition_source", "der Polizei"),
    (
        "de",
        "Der Bauminister hat Berichte der Wochenzeitung „Der Bote“ zurückgewiesen, er sei amtsmüde.",
        "zurückgewiesen",
        "rejected_report_source",
        "Berichte der Wochenzeitung „ Der Bote “",  # tokens joined by spaces
    ),
    ("fr", "« Nous gagnerons », a-t-il déclaré.", "déclaré", "inverted_pronoun", "a-t-il"),
    ("en", 'The plan was called "reckless" by the mayor.', "called", "passive_cue", "the mayor"),
    ("en", "The mayor was told that the plan would fail.", "told", "passive_cue", None),
    (
        "en",
        "The mayor defended the plan, saying it would save money.",
        "saying",
        "participial_subject",
        "The mayor",
    ),
    (
        "de",
        "Der Minister bestätigte das nicht und nannte die Lage ernst.",
        "nannte",
        "coordinated_subject",
        "Der Minister",
    ),
    ("de", "Die Lage sei ernst, sagte er am Montag.", "sagte", "pronoun_after_cue", "er"),
    (
        "de",
        "Der Minister vertritt die Ansicht, dass die Lage ernst sei.",
        "Ansicht",
        "speech_noun_subject",
        "Der Minister",
    ),
    (
        "de",
        "Es wurde von dem Sohn des Angeklagten die Vermutung geäußert, das Gericht irre.",
        "Vermutung",
        "passive_agent_source",
        "dem Sohn des Angeklagten",
    ),
    (
        "de",
        "Ende Januar verkündete der Verband, das Turnier werde verlegt.",
        "verkündete",
        "subject_after_fronted_phrase",
        "der Verband",
    ),
    ("de", "Der Beamte sagte, die Lage sei ernst.", "sagte", "subject_before_cue", "Der Beamte"),
    (
        "de",
        "Die Lage sei ernst, sagte Pentagonsprecherin Sabine Kühn.",
        "sagte",
        "phrase_after_cue",
        "Pentagonsprecherin Sabine Kühn",
    ),
    (
        "de",
        "Der Sprecher der Stadt, Jonas Keller, hat bereits angekündigt, dass die Lage ruhig sei.",
        "angekündigt",
        "subject_before_auxiliary",
        "Der Sprecher der Stadt",
    ),
    (
        "de",
        "Die Ministerin äußerte sich am Montag zum Haushalt, erklärte jedoch, es gebe keine Lücke.",
        "erklärte",
        "sentence_subject",
        "Die Ministerin",
    ),
]


def _decide(code, text, cue):
    data = lang.get(code)
    ctx = Context(text, segment.sentences(text, data), data)
    view = ctx.views[0]
    i = 0 if cue is None else next(k for k, t in enumerate(view.tokens) if t.lower == cue.split()[0].lower())
    name, span = speaker_strategy(Chunker(ctx), view, i, cue)
    return name, span and " ".join(t.text for t in view.tokens[span[0] : span[1]])


@pytest.mark.parametrize("code,text,cue,strategy,speaker", EXAMPLES)
def test_each_strategy_decides_its_example(code, text, cue, strategy, speaker):
    assert _decide(code, text, cue) == (strategy, speaker)


def test_every_strategy_has_a_docstring_and_an_example():
    names = [s.__name__ for s in STRATEGIES]
    assert len(set(names)) == len(names)
    assert all(s.__doc__ and "``" in s.__doc__ for s in STRATEGIES), names
    assert {e[3] for e in EXAMPLES} == set(names)


def test_the_order_is_the_priority():
    # a pronoun after the cue wins over the phrase opening the clause: Gestern sagte er …
    assert _decide("de", "Gestern sagte er, die Lage sei ernst.", "sagte") == ("pronoun_after_cue", "er")
    names = [s.__name__ for s in STRATEGIES]
    assert names.index("pronoun_after_cue") < names.index("subject_before_cue")
    assert names[-1] == "sentence_subject"
