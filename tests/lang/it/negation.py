"""Italian negated reports: the negation stays in the cue and the statement is marked negated.
Cases for ``tests/lang/test_negation.py``."""

NEGATED = [
    (
        "La ministra Lena Brandt non ha confermato che la fabbrica chiuderà.",
        "non ha confermato",
        "Lena Brandt",
    ),
    ("Lena Brandt non ha mai detto che la fabbrica chiuderà.", "non ha mai detto", "Lena Brandt"),
]
AFFIRMATIVE = [
    ("Lena Brandt ha detto che la fabbrica non chiuderà.", "detto"),
]
NO_STATEMENT: list[str] = []
