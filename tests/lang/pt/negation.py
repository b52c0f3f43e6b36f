"""Portuguese negated reports: the negation stays in the cue and the statement is marked negated.
Cases for ``tests/lang/test_negation.py``."""

NEGATED = [
    ("A ministra Lena Brandt não confirmou que a fábrica fecharia em maio.", "não confirmou", "Lena Brandt"),
    ("Lena Brandt nunca disse que a fábrica fecharia.", "nunca disse", "Lena Brandt"),
]
AFFIRMATIVE = [
    ("Lena Brandt disse que a fábrica não fecharia.", "disse"),
]
NO_STATEMENT: list[str] = []
