"""L'infinito di un verbo @directive dopo il destinatario, aperto da una parola di ``[directive_markers]``
(grammar.txt; frasi inventate)."""

from ..directive import directive_tests

REPORTS = [
    (  # the infinitive ends before a closing frame with an auxiliary
        "Il sindaco Paolo Gatti ha invitato gli automobilisti a evitare il centro, ha riferito la questura.",
        "evitare il centro",
        "Paolo Gatti",
    ),
    (
        "La deputata Chiara Bianchi ha chiesto al ministro di riferire in Aula.",
        "riferire in Aula",
        "Chiara Bianchi",
    ),
    (
        "Il sindaco Marco Rossi ha chiesto ai cittadini di non uscire di casa.",
        "non uscire di casa",
        "Marco Rossi",
    ),
    (
        "La sindaca Giulia Ferri ha invitato i residenti a lasciare le auto in garage.",
        "lasciare le auto in garage",
        "Giulia Ferri",
    ),
]

NON_REPORTS = [
    "Il sindaco Marco Rossi ha chiesto il rinvio di tre mesi.",
    "La deputata Chiara Bianchi ha chiesto le dimissioni di Paolo Verdi.",
    "Il sindaco Marco Neri ha chiesto un incontro a partire da lunedì.",  # a thing asked for, not an addressee
    "Il pm Luca Serra ha chiesto una condanna a quattro anni di carcere.",  # a thing asked for, not an addressee
    "La sindaca Giulia Ferri ha invitato i giornalisti a cena.",  # an invitation, no infinitive
]

test_a_directive_reports_its_infinitive, test_no_report_without_an_infinitive = directive_tests(
    "it", REPORTS, NON_REPORTS
)

TEXT_CLOSING_FRAME = (
    "La preside, Anna Conti, ha invitato i genitori a restare a casa, ha riferito la questura."
)
CLOSING_SPEAKER = "questura"


def test_a_closing_frame_after_a_directive_speaks_for_the_whole_sentence():
    """A directive after an apposed subject inside a report before a closing frame reports
    nothing of its own: the closing frame's speaker says the whole."""
    from newsscan.api import analyze_text as _analyze

    a = _analyze(TEXT_CLOSING_FRAME, language="it")
    assert [(q.actor.name if q.actor else None) for q in a.quotes] == [CLOSING_SPEAKER]
