"""English: role nouns refer back to the actor introduced with that role (cases for
``tests/lang/test_roles.py``)."""

# (id, text, the speaker of each statement in order)
REFERS_BACK = [
    (
        "the_minister_is_the_minister_named_before_not_the_last_person",
        (
            "Finance Minister Ann Leger said the budget was balanced. Coach Tom Hollis said the team "
            "was ready. The minister said the vote would come next week."
        ),
        ["Ann Leger", "Tom Hollis", "Ann Leger"],
    ),
    (
        "the_minister_named_later_joins_the_minister",
        (
            'The minister said the vote would come next week. Tom Hollis said the team was ready. "We '
            'are ready," said Finance Minister Ann Leger.'
        ),
        ["Ann Leger", "Tom Hollis", "Ann Leger"],
    ),
    (
        "the_minister_is_not_the_deputy_minister",
        (
            'Minister Ann Leger said the budget was balanced. "The talks went well," said Deputy '
            "Minister Tom Hollis. The minister said the vote would come next week."
        ),
        ["Ann Leger", "Tom Hollis", "Ann Leger"],
    ),
    (
        "an_age_epithet_refers_to_the_person_of_that_age_not_the_last_person",
        (
            "Mayor Tom Reed, 52, said the session was open. Coach Ann Lee, 47, said the team was ready. "
            "The 52-year-old said the budget was sound."
        ),
        ["Tom Reed", "Ann Lee", "Tom Reed"],
    ),
    (
        "an_abbreviated_title_holds_its_office",
        (
            "Gov. Dale Whitford signed the drought bill on Friday. Coach Tom Hollis said the team was "
            "ready. The governor said the limits would start in May. Sen. Ada Brill voted no. The "
            "senator said the bill was rushed."
        ),
        ["Tom Hollis", "Dale Whitford", "Ada Brill"],
    ),
]
# with no actor of that role named: (id, text, speakers, role, (kind, gender) of its actor)
UNNAMED = [
    (
        "the_minister_with_no_minister_named_is_an_unnamed_actor",
        "Tom Hollis said the team was ready. The minister said the vote would come next week.",
        ["Tom Hollis", "minister"],
        "minister",
        ("unnamed", None),
    ),
    (
        "a_party_of_a_trial_is_not_the_judge_named_before",
        "Judge Rhoda Finch opened the hearing on Monday. The defendant said he was innocent.",
        ["defendant"],
        "defendant",
        ("unnamed", None),
    ),
    (
        "the_plaintiff_is_not_the_lawyer_named_before",
        "Barrister Owen Pike addressed the court. The plaintiff told reporters she had lost her savings.",
        ["plaintiff"],
        "plaintiff",
        ("unnamed", None),
    ),
    (
        "an_age_epithet_is_not_the_person_named_before_with_another_age",
        "Mayor Tom Reed, 52, said the session was open. The 47-year-old said the budget was sound.",
        ["Tom Reed", "47-year-old"],
        "47-year-old",
        ("unnamed", None),
    ),
    (
        "the_governor_is_not_the_senator_named_before",
        'Sen. Clara Voss toured the dam on Tuesday. "The repairs are overdue," the governor said.',
        ["governor"],
        "governor",
        ("unnamed", None),
    ),
    (
        "a_lieutenant_governor_is_not_the_governor",
        'Lt. Gov. Rita Osei toured the dam on Tuesday. "The repairs are overdue," the governor said.',
        ["governor"],
        "governor",
        ("unnamed", None),
    ),
]
