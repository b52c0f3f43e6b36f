"""it: ``Ha detto che …`` opens a sentence with no written subject; ``Ha`` is no name."""

from tests.lang.opening_auxiliary import opening_auxiliary_test

test_an_opening_auxiliary_is_no_name = opening_auxiliary_test(
    "it",
    [
        (
            "La sindaca Laura Neri ha incontrato i commercianti. Ha detto che il mercato riaprirà a maggio.",
            "Ha",
            "Laura Neri",
        ),
        (
            "La sindaca Laura Neri ha incontrato i commercianti. Ha però avvertito che i lavori costano.",
            "Ha",
            "Laura Neri",
        ),
        ("Ha spiegato l'assessore che il mercato riaprirà a maggio.", "Ha", "assessore"),
    ],
)
