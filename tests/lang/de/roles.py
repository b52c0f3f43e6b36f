"""German: role nouns refer back to the actor introduced with that role (cases for
``tests/lang/test_roles.py``)."""

# (id, text, the speaker of each statement in order)
REFERS_BACK = [
    (
        "a_role_compound_ending_in_an_organisation_noun_is_the_person",
        (
            "„Das habe ich so nicht erlebt“, sagte Landrat Egon Prell am Sonntag. Der Landrat "
            "forderte das Land auf, die Hilfen schnell auszuzahlen."
        ),
        ["Egon Prell", "Egon Prell"],
    ),
    (
        "der_minister_is_the_minister_named_before_not_the_last_person",
        (
            "Finanzminister Jan Roth sagte, der Haushalt sei ausgeglichen. Trainerin Eva Brandt sagte, "
            "das Team sei bereit. Der Minister sagte, die Abstimmung komme nächste Woche."
        ),
        ["Jan Roth", "Eva Brandt", "Jan Roth"],
    ),
    (
        "an_age_epithet_refers_to_the_person_named_before",
        "Max Roth sagte, das Team sei bereit. Der 56-Jährige betonte, man wolle gewinnen.",
        ["Max Roth", "Max Roth"],
    ),
    (
        "der_praesident_is_not_the_vice_president",
        (
            "Präsident Jan Roth sagte, das Land sei bereit. Vizepräsident Tom Brandt sagte, die "
            "Gespräche liefen gut. Der Präsident betonte, man werde nicht nachgeben."
        ),
        ["Jan Roth", "Tom Brandt", "Jan Roth"],
    ),
]
# with no actor of that role named: (id, text, speakers, role, (kind, gender) of its actor)
UNNAMED = [
    (
        "der_minister_with_no_minister_named_is_an_unnamed_actor",
        "Max Roth sagte, das Team sei bereit. Der Minister sagte, er warte auf die Entscheidung.",
        ["Max Roth", "Minister"],
        "Minister",
        ("unnamed", "m"),
    ),
    (
        "an_age_epithet_is_not_the_person_named_before_with_another_age",
        (
            "Bürgermeister Max Weber (52) sagte, die Sitzung sei eröffnet. Der 47-Jährige betonte, "
            "der Haushalt sei solide."
        ),
        ["Max Weber", "47-Jährige"],
        "47-Jährige",
        ("unnamed", "m"),
    ),
]
