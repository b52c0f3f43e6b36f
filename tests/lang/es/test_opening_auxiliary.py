"""es: ``Ha dicho que …`` opens a sentence with no written subject; ``Ha`` is no name."""

from tests.lang.opening_auxiliary import opening_auxiliary_test

test_an_opening_auxiliary_is_no_name = opening_auxiliary_test(
    "es",
    [
        (
            "La alcaldesa Rosa Vidal visitó el barrio. Ha dicho que el mercado reabrirá en mayo.",
            "Ha",
            "Rosa Vidal",
        ),
        (
            "El concejal Tomás Prado habló con los vecinos. Había asegurado que la calle se asfaltará.",
            "Había",
            "Tomás Prado",
        ),
    ],
)
