"""The grammar strategies a language may use, by name: steps of the shared stages that hold in
some languages and not in others. A language lists the ones it uses in ``<code>/strategies.txt``
(checked when the data loads: an unknown name is an error); shared code asks
``Language.uses(name)`` and never which language it reads.

Most of them follow from two facts about a language: whether a lowercase word can be a noun
(English, the Romance languages and Dutch write common nouns in lowercase; German capitalises
them), and whether a reported clause follows its cue with no comma and the subject stands before
the cue (``…, the minister said``) or after it (``…, sagte der Minister``)."""

from __future__ import annotations

STRATEGIES: dict[str, str] = {
    # a lowercase word can be a noun
    "nominal.lowercase_noun": "a lowercase role, organisation or media noun heads a noun phrase "
    "(the spokesman, le ministère)",
    "cue.noun_after_article": "a cue form after an article, a preposition, a post-modifier or an "
    "infinitive marker is a noun or an infinitive, not a cue (the report, to claim)",
    "cue.noun_by_position": "a cue form after a possessive, a noun marker or a number is a noun "
    "(the editor's note, no mention, 10-year notes), and so is a present form opening a sentence "
    "(Hopes of a truce …) and a base form after a word that cannot be its subject (a phone call)",
    "name.article_particle": "an article can be one of a name's particles (Hugo de Jonge, Marine Le Pen)",
    "name.surname_spelling_role": "after two capitalised words of a name, a capitalised word that "
    "spells a role noun is a surname, since roles are not written as titles after a name "
    "(Margarida Blasco Reis, Ana Conde Ruiz)",
    "name.institution_adjective": "an institution's name capitalises only its first word, its "
    "adjective stays lowercase (la Protezione civile, l'Assemblée nationale)",
    "name.inner_adjective": "a lowercase adjective stands inside a run of capitalised words "
    "(Partito democratico Elly …)",
    "np.common_noun": "a lowercase common noun after an article heads a noun phrase "
    "(the report, le rapport, a report by …)",
    "np.role_after_name": "lowercase words up to a role noun after a name, and adjectives after "
    "the role (a Chinese coast guard spokesperson; secrétaire nationale des …)",
    "np.adjective_after_postmodifier": "an adjective after a post-modifier belongs to the phrase "
    "(du gouvernement japonais)",
    "according.comma_after_source": "a sentence-initial according-to source ends at its comma "
    "(Selon le rapport de la police, …)",
    "speaker.before_auxiliary": "the subject of a compound cue stands before its auxiliary "
    "(Il ministero ha definito …)",
    "speaker.modifier_names": "capitalised words before a role noun belong to the role (Transport Secretary)",
    "mention.lowercase_head": "a lowercase head noun ends a mention: an organisation or a role "
    "named by it (the players' union, a Bank of England spokesperson)",
    "mention.two_word_name": "a two-word name after a role with its domain is the person's name "
    "(Secretary of State Antony Blinken)",
    "mention.article_organisation": "a definite article right before a name with no role or "
    "honorific names an institution, not a person (the White House, le Kremlin, la Casa Blanca)",
    "mention.generic_domain": "a role with a definite article and a lowercase domain is an "
    "anaphoric role (the head of government)",
    "mention.given_names": "capitalised words before a surname are given names, with no role or "
    "honorific before them (Luiz Inácio Lula da Silva)",
    "np.bare_document": "lowercase words with no article that end in a document noun are a noun "
    "phrase (court records, federal prison records)",
    "prose.lowercase_clause": "running prose is also told by clause signs that the verb shapes "
    "miss where nouns are lowercase (a subject relative, a present-tense verb after a name)",
    # nouns are capitalised
    "np.genitive_source": "a source noun takes a genitive with no article "
    "(Angaben libanesischer Sicherheitskreise)",
    "cue.base_form_before_cue": "a cue verb's base form after a comma with another cue form after it "
    "in the clause is a noun of the subject (…, state media reported; not …, say analysts)",
    "cue.speech_noun_participle": "a speech noun, a participle and a comma frame a report "
    "(hatte den Standpunkt vertreten, das Gericht sei …)",
    "report.perfect_frame": "a frame of auxiliary, subject and final participle after the report "
    "(…, hatte Obama bei dem Treffen gesagt.)",
    "mention.organisation_postmodifier": "an organisation's name keeps its post-modifier "
    "(das Ministerium für Planung); without it only a capitalised one (el Ministerio de Defensa)",
    "np.locative_postmodifier": "an institution's or an unnamed office's phrase keeps the place "
    "after a locative preposition (die Regierung in Lomé, ein Sprecher in Berlin)",
    "np.extended_attribute": "a phrase ending in a participle stands between an article and its "
    "noun (der für die Region zuständige Koordinator, des am Montag zurückgetretenen Chefs)",
    "quote.incise": "a frame written inside the quotation marks cuts the quotation in two "
    "(« Nous avons tendu la main, a déclaré X. Elle a été refusée. »)",
    "quote.capitalised_name": "a quotation of capitalised words in a name's place is a name or a "
    "title, not a quote (die Organisation „Reporter ohne Grenzen“ weist darauf hin)",
    "mention.document_noun_only": "a document source is named by its capitalised noun, without the "
    "adjectives before it (eigenen Angaben -> Angaben)",
    "gender.masculine_roles": "a role noun with no feminine form is masculine (der Sprecher)",
    "role.bare_plural": "a role noun with no determiner is a group, never one named person "
    "(Kritiker sagen, nach Meinung politischer Beobachter)",
    # where the subject and the report stand
    "clause.verb_second": "the finite verb of a main clause stands second: after an adverbial or "
    "an object in first place the subject follows it (Ende Januar verkündete der Verband …; "
    "Gisteren zei de minister …)",
    "frame.subject_before_cue": "a speaker phrase stands between a comma or a quotation and the cue "
    '("…," the minister said; …, the Associated Press reported)',
    # how pronouns refer
    "pronoun.natural_gender": "he and she stand for people only, never for an organisation "
    "(she: never the Pentagon); without it sie / elle may stand for die Polizei, la police",
    "pronoun.grammatical_gender": "er and sie (il, elle) also stand for an organisation whose "
    "noun has their gender (sie: die Gewerkschaft; er: der Verband): the subject of the sentence "
    "before the pronoun is its antecedent",
    "speaker.pro_drop": "a cue verb may have no written subject (añadió, ha aggiunto): a statement "
    "whose frame names no speaker takes the speaker of the statement before",
    "speaker.passive_agent": "a participle cue right after a passive auxiliary names no speaker "
    "before it (X was told …; it was reported that …): the agent after by speaks, else no one",
    "report.no_comma": "a reported clause follows its cue with no comma (said the plan failed), so "
    "a noun phrase right after the cue may be the report's subject",
}

# what the generic data (a language with no folder) uses: lowercase nouns, the word order unknown
GENERIC: tuple[str, ...] = (
    "nominal.lowercase_noun",
    "cue.noun_after_article",
    "name.article_particle",
    "name.inner_adjective",
    "np.common_noun",
    "np.role_after_name",
    "np.adjective_after_postmodifier",
    "according.comma_after_source",
    "speaker.before_auxiliary",
    "speaker.modifier_names",
    "mention.lowercase_head",
    "mention.two_word_name",
    "mention.generic_domain",
    "mention.given_names",
    "np.bare_document",
    "prose.lowercase_clause",
)
