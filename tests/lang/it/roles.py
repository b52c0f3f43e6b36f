"""Italian: role nouns refer back to the actor introduced with that role (cases for
``tests/lang/test_roles.py``)."""

# (id, text, the speaker of each statement in order)
REFERS_BACK = [
    (
        "il_sindaco_is_the_mayor_named_before_not_the_last_person",
        (
            "Il sindaco Marco Bianchi ha detto che la città era pronta. L'allenatore Luca Verdi ha "
            "spiegato che la squadra era in forma. Il sindaco ha aggiunto che i lavori inizieranno a "
            "maggio."
        ),
        ["Marco Bianchi", "Luca Verdi", "Marco Bianchi"],
    ),
]
# with no actor of that role named: (id, text, speakers, role, (kind, gender) of its actor)
UNNAMED = [
    (
        "il_sindaco_with_no_mayor_named_is_an_unnamed_actor",
        (
            "Luca Verdi ha spiegato che la squadra era in forma. Il sindaco ha aggiunto che i lavori "
            "inizieranno a maggio."
        ),
        ["Luca Verdi", "sindaco"],
        "sindaco",
        ("unnamed", "m"),
    ),
]
