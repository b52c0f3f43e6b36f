"""Dutch negated reports: the negation stays in the cue and the statement is marked negated.
Cases for ``tests/lang/test_negation.py``."""

NEGATED = [
    (
        "Minister Lena Brandt bevestigde niet dat de fabriek in mei zou sluiten.",
        "bevestigde niet",
        "Lena Brandt",
    ),
    ("Lena Brandt heeft niet bevestigd dat de fabriek sluit.", "heeft niet bevestigd", "Lena Brandt"),
]
AFFIRMATIVE = [
    ("Lena Brandt zei dat de fabriek niet zou sluiten.", "zei"),
]
NO_STATEMENT: list[str] = []
