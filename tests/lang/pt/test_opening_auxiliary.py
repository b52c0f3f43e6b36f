"""pt: ``Tem dito que …`` opens a sentence with no written subject; ``Tem`` is no name."""

from tests.lang.opening_auxiliary import opening_auxiliary_test

test_an_opening_auxiliary_is_no_name = opening_auxiliary_test(
    "pt",
    [
        (
            "O autarca Rui Lopes visitou o mercado. Tem dito que o mercado vai reabrir em maio.",
            "Tem",
            "Rui Lopes",
        ),
    ],
)
