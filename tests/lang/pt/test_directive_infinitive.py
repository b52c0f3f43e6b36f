"""O infinitivo de um verbo @directive após o destinatário, aberto por uma palavra de
``[directive_markers]`` (grammar.txt; frases inventadas)."""

from ..directive import directive_tests

REPORTS = [
    ("O ministro Rui Costa pediu ao Governo para baixar os impostos.", "baixar os impostos", "Rui Costa"),
    ("A autarca Ana Lima pediu aos moradores para não saírem de casa.", "não saírem de casa", "Ana Lima"),
]

NON_REPORTS = [
    "O ministro Rui Costa pediu a demissão de Paulo Reis.",
    "A autarca Ana Lima pediu ao Governo para a semana uma reunião.",
]

test_a_directive_reports_its_infinitive, test_no_report_without_an_infinitive = directive_tests(
    "pt", REPORTS, NON_REPORTS
)
