"""The apposed-name rule (``apposition.apposed_name``), one rule for the speaker stage and for the
people a text introduces: a role or description, then a name in commas, is that person."""

import pytest

from newsscan import lang
from newsscan.pipeline import segment
from newsscan.pipeline.apposition import apposed_name
from newsscan.pipeline.context import Context
from newsscan.pipeline.mention import classify
from newsscan.pipeline.np import Chunker

from .conftest import analyse


def _rule(code: str, text: str, phrase: str):
    """Apply the rule to the noun phrase that starts with ``phrase`` in ``text``."""
    data = lang.get(code)
    ctx = Context(text, segment.sentences(text, data), data)
    view = ctx.views[0]
    i = view.index_at(text.index(phrase))
    span = Chunker(ctx).forward(view, i)
    mention, end = apposed_name(ctx, view, classify(ctx, view, span), span[1])
    return mention.kind, mention.name, mention.role, end > span[1]


@pytest.mark.parametrize(
    "code,text,phrase,expected",
    [
        (
            "de",
            "Der Trainer des Vereins, Jonas Keller, sagte, die Mannschaft sei bereit.",
            "Der Trainer",
            ("name", "Jonas Keller", "Trainer des Vereins", True),
        ),
        (
            "es",
            "«No cederemos», afirmó el ministro de Sanidad, Salvador Illa.",  # the sentence ends the name
            "el ministro",
            ("name", "Salvador Illa", "ministro de Sanidad", True),
        ),
        (
            "es",
            "—No cederemos —dijo el portavoz del grupo, Javier Molina—. Lo dejó claro.",  # a closing dash
            "el portavoz",
            ("name", "Javier Molina", "portavoz del grupo", True),
        ),
        (
            "en",
            "The minister, Ann Lee Carter; the mayor, Bo Hill.",
            "The minister",
            ("name", "Ann Lee Carter", "minister", True),
        ),
        (
            "de",
            "Der Verteidiger des Angeklagten, Rechtsanwalt Jonas Berger, wies das zurück.",
            "Der Verteidiger",  # an office before the name is no part of it
            ("name", "Jonas Berger", "Verteidiger des Angeklagten", True),
        ),
        (
            "en",
            "The company's lawyer, attorney Ann Lee, said the claims were false.",
            "The company",
            ("name", "Ann Lee", "company's lawyer", True),
        ),
    ],
)
def test_a_name_in_commas_after_a_role_is_that_person(code, text, phrase, expected):
    assert _rule(code, text, phrase) == expected


@pytest.mark.parametrize(
    "code,text,phrase",
    [
        ("de", "Der Trainer, Keller, sagte, die Mannschaft sei bereit.", "Der Trainer"),  # one word
        ("en", "The spokesman, Deputy Minister Lee, said no.", "The spokesman"),  # a role inside
        ("en", "The minister, Berlin Paris Rome Madrid Oslo, said no.", "The minister"),  # five words
        ("en", "The minister, Ann Lee said no.", "The minister"),  # no comma after the name
    ],
)
def test_counter_examples(code, text, phrase):
    assert _rule(code, text, phrase)[3] is False


def test_a_person_introduced_with_an_apposed_name_is_the_antecedent_of_a_surname():
    text = "Der Trainer des Vereins, Jonas Keller, war am Montag in Berlin. Keller sagte, die Mannschaft sei bereit."
    out = analyse(text, language="de")
    assert [q["speaker"] for q in out["quotes"]] == ["Jonas Keller"]
    assert [(a["name"], a["role"]) for a in out["actors"]] == [("Jonas Keller", "Trainer des Vereins")]


PARTY_TAGS = [
    (
        "de",
        "Die Vorsitzende des Ausschusses, Maria Gill (SPD), sagte, der Haushalt sei ungerecht.",
        "Maria Gill",
    ),
    ("en", "The committee chair, Mary Gill (D-Ohio), said the budget was unfair.", "Mary Gill"),
    (
        "es",
        "La presidenta de la comisión, Marta Gil (PSOE), denunció que el presupuesto es injusto.",
        "Marta Gil",
    ),
]


@pytest.mark.parametrize("code,text,name", PARTY_TAGS)
def test_party_tag_after_the_apposed_name_is_no_part_of_it(code, text, name):
    """A short tag in parentheses after the apposed name (party, state) does not hide the name."""
    quotes = analyse(text, code)["quotes"]
    assert [q["speaker"] for q in quotes] == [name]


def test_long_parenthesis_after_the_name_is_no_tag():
    """Words in parentheses that are more than a short tag end the apposition as before."""
    kind, name, _, _ = _rule(
        "en",
        "The committee chair, Mary Gill (who has led it since the spring of 2019), said it was unfair.",
        "The committee",
    )
    assert name != "Mary Gill"


@pytest.mark.parametrize(
    "code,text,name",
    [
        (
            "de",
            # Beschuldigten is also a cue (they accused): the phrase still is no report
            "Der Verteidiger des Beschuldigten, Rechtsanwalt Olaf Brenner, wies die Vorwürfe zurück. "
            "Seine Mandantin habe nichts falsch gemacht.",
            "Olaf Brenner",
        ),
        (
            "en",
            "The agency's head, Commissioner Ann Lee, rejected the claims. She said the figures were wrong.",
            "Ann Lee",
        ),
    ],
)
def test_an_office_before_the_apposed_name_keeps_the_subject_whole(code, text, name):
    """The phrase before the cue is one subject with its apposition, not a report before the cue,
    and the name is the person's without the office."""
    out = analyse(text, code)
    assert [q["speaker"] for q in out["quotes"]] == [name]
    assert [a["name"] for a in out["actors"]] == [name]
