"""fr: a sentence-initial ``A`` before a lowercase word (``À`` written without its accent, as in
``A partir de lundi, …``) is no name."""

from tests.lang.opening_auxiliary import opening_auxiliary_test

test_an_opening_auxiliary_is_no_name = opening_auxiliary_test(
    "fr",
    [
        (
            "A partir de lundi, les bus ne circuleront plus la nuit, a déclaré le maire Jean Dupuis.",
            "A",
            "Jean Dupuis",
        )
    ],
)
