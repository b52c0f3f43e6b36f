"""English negated reports: the cue keeps its negation (``did not confirm``) and the statement
is marked negated; a refusal with no content clause is no statement.
Cases for ``tests/lang/test_negation.py``."""

NEGATED = [
    ("Ms. Dana Pratt did not confirm that the plant would close in May.", "did not confirm", "Dana Pratt"),
    ("Ms. Dana Pratt didn’t say that the plant would close in May.", "didn’t say", "Dana Pratt"),
    ("Dana Pratt would not say whether the plant would close.", "would not say", "Dana Pratt"),
    (
        "Dana Pratt did not immediately confirm that the plant would close.",
        "did not immediately confirm",
        "Dana Pratt",
    ),
    ("Dana Pratt has never said that the plant would close.", "has never said", "Dana Pratt"),
]
AFFIRMATIVE = [
    ("Those who did not vote said that the plant would close.", "said"),  # the negation is in the subject
    ("Dana Pratt said the plant was not profitable any more.", "said"),  # the negation is in the report
    ("Dana Pratt said she did not expect the plant to close.", "said"),
]
NO_STATEMENT = [
    "Dana Pratt declined to say when the plant would close.",
    "A spokesman for the firm had no comment.",
    "A spokesman for the firm declined to comment on the plans.",
]
