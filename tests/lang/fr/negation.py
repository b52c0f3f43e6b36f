"""French negated reports: the negation stays in the cue and the statement is marked negated.
Cases for ``tests/lang/test_negation.py``."""

NEGATED = [
    ("Mme Lena Brandt n'a pas confirmé que l'usine fermerait en mai.", "n'a pas confirmé", "Lena Brandt"),
    ("Mme Lena Brandt ne confirme pas que l'usine fermera.", "ne confirme pas", "Lena Brandt"),
    ("Lena Brandt ne l'a jamais dit : l'usine fermera.", "ne l'a jamais dit", "Lena Brandt"),
]
AFFIRMATIVE = [
    ("Lena Brandt a affirmé que l'usine ne fermerait pas.", "affirmé"),
]
NO_STATEMENT: list[str] = []
