"""El infinitivo de un verbo @directive tras su destinatario, abierto por una palabra de
``[directive_markers]`` (grammar.txt; frases inventadas)."""

from ..directive import directive_tests

REPORTS = [
    ("La ministra Ana Gil instó al Gobierno a actuar con rapidez.", "actuar con rapidez", "Ana Gil"),
    ("El alcalde Juan Pérez exhortó a los vecinos a no salir de casa.", "no salir de casa", "Juan Pérez"),
    (
        "La alcaldesa Rosa Vidal invitó a los vecinos a participar en la consulta.",
        "participar en la consulta",
        "Rosa Vidal",
    ),
]

NON_REPORTS = [
    "El alcalde Juan Pérez pidió a Marta Gil un informe.",
    "La ministra Ana Gil instó al Gobierno a la calma.",
    "La alcaldesa Rosa Vidal invitó a los vecinos a la fiesta del barrio.",
]

test_a_directive_reports_its_infinitive, test_no_report_without_an_infinitive = directive_tests(
    "es", REPORTS, NON_REPORTS
)
