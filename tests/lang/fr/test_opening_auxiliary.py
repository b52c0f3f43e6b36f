"""fr: ``A déclaré le porte-parole que …``; ``A`` is no name."""

from tests.lang.opening_auxiliary import opening_auxiliary_test

test_an_opening_auxiliary_is_no_name = opening_auxiliary_test(
    "fr",
    [("A déclaré le porte-parole que le marché rouvrira en mai.", "A", "porte-parole")],
)
