"""German nationality nouns (der Belgier, die Französin) name a person, never a person called
so; they refer back only to someone introduced with that nationality. An aside after a subject
(hingegen, jedoch) is no part of its role."""

from newsscan import analyze_text
from newsscan.schema import to_dict


def _result(text: str) -> dict:
    return to_dict(analyze_text(text, language="de"))


def _actor_who_said(text: str) -> dict:
    """The actor of the statement framed by ``sagte``."""
    result = _result(text)
    speaker = next(q for q in result["quotes"] if q["cue"] == "sagte")
    return next(a for a in result["actors"] if a["id"] == speaker["actor"])


def test_a_nationality_noun_refers_back_to_the_person_introduced_with_it():
    text = (
        "Nach dem Spiel zeigte sich der Belgier Paul Verlinden enttäuscht. "
        "„Wir haben nicht das gezeigt, was wir können“, sagte der Belgier."
    )
    (q,) = _result(text)["quotes"]
    assert q["speaker"] == "Paul Verlinden"


def test_a_nationality_noun_is_no_name_and_not_the_person_named_before():
    text = (
        "Laut Gerichtssprecher Uwe Lenz ist die Verhandlung vertagt. "
        "Der Niederländer sagte, er habe die Rechnung längst bezahlt."
    )
    actor = _actor_who_said(text)
    assert (actor["name"], actor["kind"]) == ("Niederländer", "unnamed")


def test_an_aside_after_the_subject_is_no_part_of_its_role():
    (a,) = _result("Die Ermittler hingegen sagen, der Pilot trage die Verantwortung.")["actors"]
    assert a["name"] == "Ermittler"


def test_an_age_epithet_is_not_the_spokesman_named_before():
    text = (
        "Laut Justizsprecher Tim Ahrens ist die Verhandlung vertagt. "
        "Der 39-Jährige sagte, er habe die Rechnung längst bezahlt."
    )
    assert _actor_who_said(text)["name"] != "Tim Ahrens"
