"""The word classes a language's ``grammar.txt`` may declare, by name, with what each holds.

A section of ``grammar.txt`` whose name is not listed here is a load error (a typo in the data),
and so is asking ``Language.word_class`` for a name not listed here (a typo in the code). A
language leaves out a class its grammar does not need; the classes in ``REQUIRED`` every shipped
language declares (a section may be empty, with a comment saying why), and ``NON_EMPTY`` ones
must hold words."""

from __future__ import annotations

WORD_CLASSES: dict[str, str] = {
    # function words
    "abbreviations": "abbreviations whose full stop ends no sentence (dr, prof, bzw)",
    "auxiliaries": "auxiliary verb forms (hat, ist, has, was)",
    "dative_articles": "articles of a dative after a role noun that names who was told, not the "
    "role's domain (sagte der Sprecher der Zeitung)",
    "reflexive_pronouns": "reflexive pronouns, elided ones without the apostrophe: before a frame's "
    "verb («…», s'est indignée X; si è detto X); after a speech verb marked @unreflexive they make "
    "another verb (meldete sich bei …, ergibt sich aus …)",
    "predicative_prepositions": "prepositions that make the object of a declaring verb (@declaring) "
    "predicative: the verb declares, it reports nothing (erklärte den Vertrag für ungültig, die Stadt "
    "zum Sperrgebiet)",
    "perfect_auxiliaries": "auxiliaries of the perfect tense (…, hatte X gesagt)",
    "subjectless_auxiliaries": "auxiliaries that open a sentence whose subject is not written (Ha "
    "detto che …, Ha dicho que …): capitalised there, before a lowercase word, they are never a name",
    "participle_endings": "endings of a past participle after an inverted perfect auxiliary that "
    "opens a frame («…», a soupiré X; «…», ha esclamato X)",
    "narrating_participles": "participles of motion, state and change after an inverted perfect "
    "auxiliary: narration, never a frame («…», è arrivato il sindaco; è stato il commento)",
    "collective_addressees": "nouns for a people or the public a directive phrase addresses (called on "
    "the public to stay calm), beside roles and organisations",
    "perfect_infinitive": "infinitives of the perfect auxiliaries (gesagt haben, sein)",
    "coordinators": "coordinating conjunctions: before a finite cue verb they start a second frame "
    "of the same subject (… und fügte hinzu, …; said the plan failed and added …)",
    "clause_links": "words that link a clause to the one before it (und, wie, als, dass, weil)",
    "clause_openers_not_content": "words that open a clause which is never a report's content "
    "(a relative or temporal clause: der, welche, als, nachdem)",
    "comparison_openers": "words opening a comparison frame (wie X sagte)",
    "inquiry_verbs": "finite forms of verbs of an inquiry (ermittelt, untersucht): hearsay right "
    "after a sentence whose organisation subject inquires is that organisation's (Gegen X ermittelt "
    "die Staatsanwaltschaft. Der Kassierer soll …)",
    "konjunktiv_formulas": "set phrases with a Konjunktiv form that report nothing, lowercase "
    "(es sei denn, wie dem auch sei)",
    "quoting_verbs": "verbs whose object is the one quoted (die Zeitung zitiert einen Zeugen mit "
    "den Worten: …)",
    "subordinators": "complementisers that open a report (dass, ob, that, que)",
    "dropped_subordinators": "complementisers the content of a report leaves out (said that the "
    "plan failed: the content is the plan failed); whether and if stay in it",
    "adverbial_subordinators": "openers of an adverbial clause (Falls …, Nachdem …): such a clause "
    "alone before a frame's comma is no report",
    "relative_pronouns": "relative pronouns (der, die, deren, who, which)",
    "relative_adverbs": "relative adverbs that open a clause which reports nothing of its own "
    "(wonach, worauf)",
    "subject_relatives": "relative pronouns that are the subject of their clause (der, welche, who)",
    "question_words": "interrogative words (wo, was, warum, why)",
    "determiners": "articles and determiners",
    "definite_determiners": "definite articles and demonstratives: a phrase with one refers back "
    "(das Ministerium, the ministry)",
    "indefinite": "indefinite articles (ein, eine, a, an)",
    "masculine_determiners": "determiners of a masculine singular noun (der, ein)",
    "feminine_determiners": "determiners of a feminine singular noun (die, eine)",
    "plural_determiners": "determiners of a plural noun (those, many; German feminine ones that "
    "are also plural: die Wissenschaftler is a plural, with no gender): a role after one is a "
    "group, and a word in -s after one a noun, not a verb (those interactions)",
    "noun_markers": "words after which a cue form is a noun (no mention, each report; strategy "
    "cue.noun_by_position)",
    "contracting_pronouns": "words whose 's is a contracted is or has, not a possessive (he's "
    "said, what's called)",
    "verb_contractions": "endings of a verb contracted onto its subject (they're, we've): the "
    "subject and its finite verb in one token",
    "plural_subjects": "pronouns and plural nouns with no plural ending that a base verb form may "
    "follow (they say, police say)",
    "oblique_determiners": "determiners of the dative or accusative case (dem, den, einem)",
    "weak_inflection_determiners": "determiners after which an adjective takes the weak "
    "inflection (der, die, das)",
    "prepositions": "prepositions",
    "postmodifiers": "words that continue a noun phrase after its head (bei, von, des, of)",
    "inner_prepositions": "prepositions that may stand inside a name or a role (in)",
    "date_prepositions": "prepositions of a date phrase (am, seit, on)",
    "object_pronouns": "object and reflexive pronouns (ihn, ihm, sich, him)",
    "infinitive_markers": "the infinitive marker (zu, to)",
    "directive_markers": "words that open a @directive verb's infinitive after its addressee, where "
    "the language has no infinitive marker of its own (a demandé aux habitants de rester; instó al "
    "Gobierno a actuar): the infinitive after one is the content",
    "infinitive_endings": "endings of an infinitive, the word after a directive marker (rester, "
    "intervenire, actuar)",
    "directive_phrases": "fixed cue phrases whose object takes an infinitive as a @directive verb's "
    "does (called on the council to act)",
    "verb_particles": "separable verb particles that end a clause after its object (lehnte den "
    "Vorschlag des Ministers ab, …): no part of a speech noun's source",
    "infinitive_openers": "prepositions that open an infinitive clause (ohne, um, statt)",
    "negations": "words that negate the cue verb they stand with (did not confirm, bestätigte "
    "nicht): the statement keeps them in its cue and is marked negated; one token each",
    "negation_gaps": "words that may stand between a negation and the cue it negates, besides "
    "auxiliaries and object pronouns (did not immediately confirm)",
    "negative_subjects": "subjects that name no speaker (no one said …, niemand bestätigte …): "
    "the statement is negated and has no speaker",
    "focus_particles": "words before a subject that leave it a subject (Auch die Ministerin sagte)",
    "adverb_starters": "adverbs that open a sentence and are no subject (demnach, darüber)",
    "adverb_endings": "endings of adverbs, which are no subject (-lich, -weise, -erweise)",
    "asides": "words set off by commas between a subject and its verb (X, however, said)",
    "sentence_openers": "words at the start of a sentence that are never a name (While X …, Wenn …)",
    "stop_after_cue": "words right after a cue that end the search for a subject after it (am, in)",
    "anaphoric_subjects": "pronouns that refer back to the statement before as a subject (das, dies)",
    "generic_subjects": "pronouns that stand as a subject but name no one (man prüfe, niemand wisse)",
    "expletive_subjects": "subjects that stand for no one: a passive cue after one is impersonal "
    "and frames the clause after it (Es wurde mitgeteilt, die Schule bleibt geschlossen)",
    "impersonal_subjects": "subjects after which a word in -e is always a verb (man lehne … ab)",
    "claim_modals": "modal verb forms that make a verb of knowing a claim (will wissen, dass …)",
    "future_words": "words that put a sentence in the future, so that its soll … sein is a plan, not "
    "hearsay (künftig, in Zukunft; dahin only after bis)",
    "contrast_links": "words of contrast right after a cue that make it a second predicate of the "
    "subject before the comma, not a frame (bestreiten den Vorwurf, beharren aber auf …)",
    "contrast_openers": "links of contrast after a frame's comma that open the writer's clause "
    "unless the finite cue stands right before the comma (wollte mehr verlangen, doch hat …)",
    "consequence_links": "links after a frame's comma that open the writer's clause of consequence, "
    "not what was said, when its verb is indicative (so dass, womit)",
    "narrator_links": "conjunctions with which the writer explains, not the speaker (denn)",
    "writer_links": "links after a comma that open the writer's own clause when a subject and its "
    "verb follow; the report before them ends there",
    "dash_links": "coordinators after a dash that open the writer's aside (… — and in some cases …)",
    "hearsay": "modal verbs of hearsay that mark a report on their own (soll, sollen)",
    # verbs and their shapes
    "finite_verbs": "common finite verb forms: a line that has one is running prose",
    "finite_endings": "endings of finite verb forms (past, imperfect, future, conditional)",
    "past_endings": "endings of a past form right after a relative pronoun (times that exceeded …)",
    "irregular_pasts": "irregular past forms: the finite verb of a clause after a cue (said the "
    "glitch led to …)",
    "verb_shapes": "shapes of a finite verb after a report's subject (the plan failed, the rate rises)",
    "gerund_endings": "endings of a gerund, the clause after an accusation's preposition",
    "participle_prefixes": "the prefix of past participles: a cue after a comma that starts with "
    "it (…, gesagt) is no new frame",
    "inseparable_prefixes": "inseparable verb prefixes: a capitalised word in -t with one is by its "
    "shape a past participle with no ge- (Besorgt, Enttäuscht, Verärgert)",
    "participle_noun_endings": "endings of nouns that otherwise have the shape of such a participle "
    "(Bericht, Verlust, Bereitschaft, Bezirksamt)",
    "participial_cues": "present participles that frame a report after a comma (…, saying …)",
    "participle_subject_markers": "the word before the own subject of a participle frame (…, with "
    "a spokesman saying …)",
    "particle_adverb_prefixes": "a particle verb's particle may end its clause joined to one of "
    "these (darauf for auf, dazu for zu)",
    "opinion_verbs": "verbs that hold a view with a speech noun (die Auffassung vertreten)",
    "not_verbs": "words with a verb's ending that are never verbs (ohne, gerne, diese, selten)",
    "not_konjunktiv": "words in -e that are no Konjunktiv I after a subject",
    "leading_subordinators": "words that open a leading subordinate clause besides the subordinators "
    "(Als der Plan scheiterte, …; Während …), when no finite verb follows them",
    "first_person_singular": "the pronoun of the first person singular (ich): a subject next to a verb",
    "first_person_konjunktiv": "Konjunktiv I forms that differ from the indicative for the first person "
    "singular (ich sei, ich könne; but ich habe is both)",
    "not_adjectives": "function words whose endings look like inflected adjectives",
    "addressee_verbs": "verbs after which a noun phrase is only the addressee (told Fox News)",
    "addressee_prepositions": "prepositions before the addressee between a cue and the subject "
    "after it (sagte gegenüber dem Sender ein Sprecher): the addressee is skipped",
    "accusation_prepositions": "the preposition before the clause of an accusation (accused the "
    "firm of hiding losses)",
    # nouns and phrases
    "document_nouns": "documents as sources (the statement said, laut Bericht): never a person; "
    "with no author named the document itself is the source",
    "document_prepositions": "prepositions that link a document to its author (aus, seitens)",
    "source_prepositions": "prepositions that name the source after a source noun (Angaben von X, "
    "reports from X)",
    "source_links": "words that carry a source phrase on after laut/nach (laut einem Sprecher des "
    "Ministeriums)",
    "role_attributes": "participles that give a role noun its domain (chargée des transports, "
    "encargado de Hacienda)",
    "role_prepositions": "prepositions that open a role noun's domain (minister for health)",
    "distinct_roles": "role nouns several people hold at once: one never refers back to another "
    "holder (Sprecher, Anwalt)",
    "epithet_roles": "role nouns that describe a person already named rather than an office",
    "common_gender_roles": "role nouns whose determiner alone gives the gender (der/die Vorsitzende)",
    "masculine_roles": "role nouns that name a man (spokesman, king)",
    "rank_prefixes": "prefixes that make another rank of an office (Vize-, deputy)",
    "plural_endings": "endings that make a role noun plural (officials, Abgeordneten)",
    "quantifiers": "numbers and quantifiers before an unnamed group as source (two people …)",
    "group_sources": "nouns of an unnamed group as source (people, sources, insiders)",
    "group_restrictors": "what restricts an unnamed group after it (familiar with, close to)",
    "group_pronouns": "pronouns naming a group of people, alone or before a relative clause "
    "(Those who voted said …; Many said …)",
    "quantity_openers": "two-word openers of a report that start like a prepositional phrase "
    "(said at least 12 people …)",
    "name_links": "words inside an institution's name before a capitalised word (Ministerium für …)",
    "name_particles": "lowercase words inside a person's name (Ursula von der Leyen)",
    "bound_particles": "name particles that are prepositions too, with the one particle they go with, "
    "two words a line (nl in 't: Sophie in 't Veld); before anything else they are the preposition "
    "(zei Smit in de Tweede Kamer)",
    "title_abbreviations": "abbreviated titles before a name, not part of the name (Gen. X, Sen. Y)",
    "article_prepositions": "prepositions joined to an article (zum, im: zum „Tag der Arbeit“)",
    "copulas": "verbs that make the participle after them an adjective, which frames nothing "
    "(sind darauf angewiesen, …; zeigte sich entschlossen, …)",
    "passive_auxiliaries": "auxiliaries of the passive: the subject of a passive clause is no speaker",
    "agent_prepositions": "prepositions of the agent of a passive clause: its phrase is the "
    "speaker (wurde von dem Minister als … bezeichnet; werd door de minister genoemd)",
    "number_words": "cardinal numbers written as words, which stand between an article and its "
    "noun like a figure (die zwölf Geschworenen, die drei Ärzte)",
    "prefield_openers": "words that open a phrase in first place of a main clause that is no "
    "subject, besides the prepositions (Als Grund gab die Schule an: the subject follows the verb)",
    "norm_prepositions": "according-to prepositions that also mean in accordance with a rule "
    "(gemäß): they attribute only to a name or a phrase headed by a role, organisation, medium or "
    "source noun (gemäß einem Sprecher; not gemäß der Regelung)",
    "label_nouns": "words right before a quotation that make it a title, motto or name, not words "
    "said (unter dem Motto „…“, der Film „…“, ein sogenannter „…“)",
    "title_words": "lowercase words that stand inside a name or title written in quotation marks "
    "(„Ärzte ohne Grenzen“)",
    "abstract_endings": "endings of abstract nouns: a determiner and such a noun (die Kürzung) is no "
    "speaker unless it is a role, organisation, medium, document or group",
    "company_nouns": "nouns for a firm by which a writer refers back to the organisation named just before "
    "(das Unternehmen, the company, le groupe): the phrase names that organisation",
    "months": "month names",
    "local_institutions": "aliases of a medium in the shared gazetteer that in this language name an "
    "institution of its own (nl cbs: the statistics office, not CBS News)",
    "time_nouns": "nouns of a time phrase (Woche, Jahr, Montag)",
    "time_words": "words of a time phrase between a subject and its verb (X on June 12 said)",
}

# every shipped language declares these (the speaker stage reads them), possibly empty
REQUIRED = (
    "document_nouns",
    "company_nouns",
    "asides",
    "addressee_verbs",
    "title_abbreviations",
    "sentence_openers",
    "participle_subject_markers",
    "coordinators",
    "negations",
)
NON_EMPTY = ("negations",)  # and these hold words in every shipped language
SINGLE_TOKENS = (
    "negations",
    "negation_gaps",
    "reflexive_pronouns",
    "directive_markers",
    "infinitive_endings",
)  # one token each, as the tokenizer writes it


def check(code: str, words: dict) -> None:
    """Check the word classes a language's ``grammar.txt`` declares: every section is a known
    class, the required ones are there (non-empty where they must be), and the negation words
    are single tokens as the tokenizer writes them (no space, no final apostrophe: French ``n'``
    is the token ``n``). Raises ValueError naming the language and the class."""
    unknown = sorted(name for name in words if name not in WORD_CLASSES)
    if unknown:
        raise ValueError(
            f"language {code}: grammar.txt declares unknown word classes {', '.join(unknown)} "
            "(add each to lang/word_classes.py with what it holds)"
        )
    missing = [name for name in REQUIRED if name not in words]
    missing += [name for name in NON_EMPTY if name in words and not words[name]]
    if missing:
        raise ValueError(f"language {code}: grammar.txt lacks the word classes {', '.join(missing)}")
    for name in SINGLE_TOKENS:
        bad = sorted(w for w in words.get(name, ()) if len(w.split()) != 1 or w.endswith(("'", "’")))
        if bad:
            raise ValueError(
                f"language {code}: [{name}] in grammar.txt holds {', '.join(bad)}; "
                "write one token each, an elided word without its apostrophe"
            )
