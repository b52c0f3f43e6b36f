"""Shared checks for the per-language role tests: a role noun with no name refers back to the
named actor introduced with that role, else to a new unnamed actor, never to the last person
named with no role."""

from ..conftest import analyse


def speakers(text: str, language: str) -> list:
    """The speaker of each statement, in order."""
    return [q["speaker"] for q in analyse(text, language)["quotes"]]


def actor_kinds(text: str, language: str) -> dict:
    """Actor name -> (kind, gender)."""
    return {a["name"]: (a["kind"], a["gender"]) for a in analyse(text, language)["actors"]}
