"""German negated reports: the negation after the verb (``bestätigte nicht``) or before it
(``hat nicht bestätigt``) stays in the cue, and the statement is marked negated.
Cases for ``tests/lang/test_negation.py``."""

NEGATED = [
    ("Frau Lena Brandt bestätigte nicht, dass das Werk im Mai schließe.", "bestätigte nicht", "Lena Brandt"),
    ("Die Stadtwerke teilten am Montag nicht mit, ob das Werk schließe.", "teilten nicht mit", "Stadtwerke"),
    ("Lena Brandt hat nicht bestätigt, dass das Werk schließe.", "hat nicht bestätigt", "Lena Brandt"),
    ("Ein Sprecher wollte nicht sagen, ob das Werk schließe.", "wollte nicht sagen", "Sprecher"),
]
AFFIRMATIVE = [
    ("Lena Brandt sagte nicht nur, dass das Werk schließe.", "sagte"),  # nicht nur: not only
    ("Lena Brandt sagte, das Werk werde nicht schließen.", "sagte"),  # the negation is in the report
]
NO_STATEMENT = [
    "Ein Sprecher der Firma wollte sich dazu nicht äußern.",
    "Ein Sprecher lehnte es ab, sich zu den Plänen zu äußern.",
]
