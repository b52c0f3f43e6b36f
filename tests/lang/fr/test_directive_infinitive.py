"""L'infinitif d'un verbe @directive après son destinataire, ouvert par un mot de ``[directive_markers]``
(grammar.txt ; phrases inventées)."""

from ..directive import directive_tests

REPORTS = [
    (  # the infinitive ends before a closing frame with an auxiliary
        "Le maire Paul Girard a invité les automobilistes à éviter le centre, a indiqué la préfecture.",
        "éviter le centre",
        "Paul Girard",
    ),
    (
        "La maire Anne Durand a demandé aux habitants de rester chez eux vendredi.",
        "rester chez eux vendredi",
        "Anne Durand",
    ),
    (
        "Le syndicaliste Paul Morel a appelé les salariés à faire grève jeudi.",
        "faire grève jeudi",
        "Paul Morel",
    ),
    ("La ministre Claire Vidal a demandé aux élus de ne pas céder.", "ne pas céder", "Claire Vidal"),
    (  # un rôle et un nom apposé avant le verbe : le groupe après lui est le destinataire
        "La directrice du musée, Claire Vidal, a appelé les visiteurs à garder leur billet.",
        "garder leur billet",
        "Claire Vidal",
    ),
    (
        "Le préfet Marc Aubert a invité les automobilistes à rester prudents.",
        "rester prudents",
        "Marc Aubert",
    ),
]

NON_REPORTS = [
    "Le député Jean Roux a demandé la démission de Paul Martin.",
    "La maire Anne Durand a demandé un rapport de trois pages.",
    "Le procureur Jean Roux a demandé une peine de quatre ans de prison.",  # a thing asked for, not an addressee
    "Le syndicat a demandé une hausse des salaires à partir de janvier.",  # a thing asked for, not an addressee
    "Le maire Marc Aubert a invité les habitants à la fête du village.",  # une invitation, pas d'infinitif
]

test_a_directive_reports_its_infinitive, test_no_report_without_an_infinitive = directive_tests(
    "fr", REPORTS, NON_REPORTS
)
