"""Spanish negated reports: the negation stays in the cue and the statement is marked negated.
Cases for ``tests/lang/test_negation.py``."""

NEGATED = [
    ("La ministra Lena Brandt no confirmó que la fábrica cerraría en mayo.", "no confirmó", "Lena Brandt"),
    ("Lena Brandt nunca dijo que la fábrica cerraría.", "nunca dijo", "Lena Brandt"),
]
AFFIRMATIVE = [
    ("Lena Brandt dijo que la fábrica no cerraría.", "dijo"),
]
NO_STATEMENT: list[str] = []
