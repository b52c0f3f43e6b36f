"""nl: ``Heeft gezegd dat …`` (a subject left out, as in a headline); ``Heeft`` is no name."""

from tests.lang.opening_auxiliary import opening_auxiliary_test

test_an_opening_auxiliary_is_no_name = opening_auxiliary_test(
    "nl",
    [("Heeft gezegd dat de markt in mei weer opengaat.", "Heeft", None)],
)
