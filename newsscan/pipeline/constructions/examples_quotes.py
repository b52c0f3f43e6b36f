"""Examples and counter-examples of the direct, dialogue and partial-quote constructions, registered in
:mod:`newsscan.pipeline.constructions.registry` (see there for the format)."""

from __future__ import annotations

from .registry import construction

_GAME = "Wir werden das Spiel morgen gewinnen"
_PLAY = "Das Stück heißt „Die Räuber“ und ist sehr bekannt."
_WIN = "We will win the game tomorrow"
_TRIED = '"We tried everything we could," Dana Pratt said.'

construction(
    "direct.post_frame",
    "direct.Direct._post_frame",
    "a quotation, then its frame: „…“, sagte sie / “…,” he said",
    [
        ("de", f"Die Mannschaft spielte gut. „{_GAME}“, sagte die Trainerin.", _GAME, "Trainerin"),
        ("en", f'"{_WIN}," the coach said.', _WIN, "coach"),
        # a verb no list holds, known by the frame's shape, after its subject or before it
        ("en", f'"{_WIN}," Dana Pratt exclaimed.', _WIN, "Dana Pratt"),
        ("en", f'"{_WIN}," exclaimed the coach.', _WIN, "coach"),
        ("en", f'"{_WIN}," quipped Dana Pratt.', _WIN, "Pratt"),
        # a subject the chunker does not read whole: an apposition, an adverb
        ("en", f'"{_WIN}," Dana Pratt, a coach at the club, said.', _WIN, "Dana Pratt"),
        ("en", f'"{_WIN}," Pratt reportedly told fans.', _WIN, "Pratt"),
        # a question whose frame the sentence split cut off
        (
            "en",
            '"Can we win the game tomorrow?" Pratt asked on Monday.',
            "Can we win the game tomorrow",
            "Pratt",
        ),
        ("fr", "« Nous allons gagner demain », a déclaré l'entraîneur.", "Nous allons gagner demain", None),
        # the verb and its inverted pronoun as one word; the pronoun refers back
        (
            "fr",
            "L'entraîneur Paul Martin a parlé lundi. « Nous allons gagner demain », ajoute-t-il.",
            "Nous allons gagner demain",
            "Paul Martin",
        ),
    ],
    [
        ("de", f"„{_GAME}“ steht auf dem Plakat am Stadion."),
        # a past participle after an auxiliary is no cue; nor a phrase that goes on after the verb
        ("en", f'"{_WIN}," the plan was approved.'),
        ("en", f'"{_WIN}," founded the club in 1990 and still stands.'),
        # a question, then a sentence that reports
        ("en", '"Can we win the game tomorrow?" The coach said he did not know.'),
        # a quoted phrase inside a sentence, then a cue further on
        ("en", 'The club called the slogan "we will win the game tomorrow" a mistake and said so.'),
    ],
)
construction(
    "direct.post_frame_passive",
    "direct.Direct._post_frame",
    "a quotation, then a passive frame: „…“, wird der Minister zitiert",
    [("de", f"„{_GAME}“, wird der Trainer in der Zeitung zitiert.", _GAME, "Trainer")],
)
construction(
    "direct.pre_frame",
    "direct.Direct._pre_frame",
    "a frame with a cue, then the quotation: Er sagte: „…“",
    [
        ("de", f"Die Trainerin sagte: „{_GAME}.“", _GAME, "Trainerin"),
        ("de", f"Der Trainer fuhr fort: „{_GAME}.“", _GAME, "Trainer"),
    ],
    [
        ("de", _PLAY),
        # a Konjunktiv I clause between the cue and the quotation: the quotation ends a report
        ("de", "Die Trainerin sagte, für das Team sei wichtig, „ob es die Ruhe im Spiel bewahrt“."),
    ],
)
construction(
    "direct.colon_frame",
    "direct.Direct.direct",
    "a clause with no cue verb and a colon, then the quotation: Darin steht: „…“",
    [
        (
            "de",
            "Die Staatsanwaltschaft gab am Dienstag eine Stellungnahme ab. "
            "Darin steht unter anderem: „Besonders betroffen sind wir von diesem Fall.“",
            "Besonders betroffen sind wir von diesem Fall",
            None,
        ),
        (  # no verb before the colon: a quoted sentence that ends the writer's sentence
            "de",
            "Die Kasse ist leer. "
            "Ein Beamter der Stadt nach der Sitzung: „Wir haben kein Geld mehr für die Brücke.“",
            "Wir haben kein Geld mehr für die Brücke",
            "Beamter der Stadt",
        ),
    ],
    [
        # no verb before the colon, and the sentence goes on after the quotation
        ("de", "Auf dem Plakat der Gruppe: „Wir wollen mehr Geld für die Schulen“ und ein Bild."),
        # a label noun before the colon: the quotation is a title ([label_nouns])
        ("de", "Das Buch ist ihr Erstlingswerk: „Wir gingen im Regen nach Hause“."),
    ],
)
construction(
    "direct.headline_speaker",
    "direct.Direct.direct",
    "a name or role and a colon, then the quotation: Merz: „…“",
    [
        (
            "de",
            "Merz: „Wir werden die Wahl im Herbst gewinnen.“",
            "Wir werden die Wahl im Herbst gewinnen",
            "Merz",
        )
    ],
)
construction(
    "direct.introducer",
    "direct.Direct.direct",
    "a quotation after an introducing phrase: mit den Worten „…“",
    [
        (
            "de",
            "Der Trainer verabschiedete sich mit den Worten „Wir sehen uns nächste Woche wieder“.",
            "Wir sehen uns nächste Woche wieder",
            "Trainer",
        )
    ],
    needs=("attribution:quote_introducers",),
)
construction(
    "direct.split_quote",
    "direct.Direct.direct",
    "a quotation interrupted by its frame: „…“, sagte er, „…“",
    [("de", "„Wir gewinnen“, sagte sie, „und zwar morgen.“", "Wir gewinnen und zwar morgen", None)],
)
construction(
    "direct.unframed",
    "direct.Direct.direct",
    "a quotation that is a sentence or paragraph of its own, with no frame",
    [("de", f"Die Mannschaft spielte gut. Der Trainer lobte sie.\n\n„{_GAME}.“", _GAME, None)],
)
construction(
    "direct.paragraph",
    "continuation.Continuation.paragraphs",
    "a later paragraph of a quotation that runs over several paragraphs: no cue, the speaker of the first",
    [
        ("en", f'{_TRIED} "It failed in the end.\n\n"We will try again."', "We will try again", "Dana Pratt"),
        (
            "en",
            'The coach said: "We tried everything we could.\n\n"It failed in the end."',
            "It failed in the end",
            "coach",
        ),
    ],
    [
        ("en", 'The coach said: "We tried everything we could. It failed in the end."'),  # one paragraph
        # German annotates a quotation over paragraphs as one message
        ("de", "Die Trainerin sagte: „Wir haben alles versucht.\n\n„Es hat nicht gereicht.“"),
    ],
)
construction(
    "direct.interrupted",
    "continuation.Continuation.interrupted",
    "a quotation, its frame as a sentence, and an unframed quotation that continues it: "
    '"We tried," she said. "It failed."',
    [
        (
            "en",
            f'{_TRIED} "It failed in the end."',
            "We tried everything we could It failed in the end",
            "Pratt",
        ),
        (
            "fr",
            "« Nous avons tout essayé », a déclaré la ministre. « Cela n'a pas suffi. »",
            "Nous avons tout essayé Cela n'a pas suffi",
            "ministre",
        ),
        (  # the sentence mark after the closing quotation mark (Romance and British style)
            "es",
            '"La obra es urgente", afirmó la alcaldesa Marta Gil. "No podemos esperar más".',
            "La obra es urgente No podemos esperar más",
            "Marta Gil",
        ),
        (
            "pt",
            '"Foi um jogo difícil", disse o treinador Rui Lopes. "Sofremos até ao fim".',
            "Foi um jogo difícil Sofremos até ao fim",
            "Rui Lopes",
        ),
    ],
    [
        ("en", f'{_TRIED} "It failed in the end," she added.'),  # a frame of its own
        ("en", f'{_TRIED} Then she left. "It failed in the end."'),  # a narrated sentence between
        ("en", f'{_TRIED}\n\n"It failed in the end."'),  # a new paragraph
        # German annotates the second quotation as a message of its own
        ("de", "„Wir haben alles versucht“, sagte die Trainerin. „Es hat nicht gereicht.“"),
    ],
)
construction(
    "direct.shared_frame",
    "continuation.Continuation.interrupted",
    "a quotation after a framed one and its frame, with no frame of its own, as a statement of its own "
    "with that frame: „A“, sagte X. „B“",
    [("de", f"„{_GAME}“, sagte die Trainerin. „Wir sind bereit.“", "Wir sind bereit", "Trainerin")],
    [("en", f'{_TRIED} "It failed in the end."')],  # English joins the two (direct.interrupted)
)
construction(
    "direct.dialogue_dash",
    "dialogue.Dialogue._dash_turn",
    "a paragraph opening with a dash, then a dash and the frame: —No cederemos —dijo el ministro—.",
    [
        (
            "es",
            "El ministro habló ayer en Madrid.\n\n—No cederemos ante nadie —dijo el ministro—. "
            "Lo repetiremos mañana.",
            "No cederemos ante nadie Lo repetiremos mañana",
            "ministro",
        ),
        (
            "es",
            "—No cederemos ante nadie —afirmó la ministra de Defensa.",
            "No cederemos ante nadie",
            "ministra",
        ),
    ],
    [
        ("es", "—Hoy es lunes —y mañana será martes, como siempre."),
        ("es", "Hoy es lunes —dijo el ministro—."),
    ],
)
construction(
    "mixed.quoted_report",
    "direct.Direct.direct",
    "a reported sentence ending in a quotation, then the frame: Die Regel sei „…“, sagte X",
    [
        (
            "de",
            "Die Regel sei „völlig unsinnig und veraltet“, sagte der Trainer.",
            "Die Regel sei „völlig unsinnig und veraltet“",
            "Trainer",
        ),
        (  # the comma inside the closing mark: the mark after it is no part of the content
            "en",
            'Hosting the final in the city "is a dream for all of us," the mayor said.',
            'Hosting the final in the city "is a dream for all of us',
            "mayor",
        ),
        (  # a Konjunktiv I clause ending in a comma before the quotation is part of the report
            "de",
            "Im Winter könne die Gemeinde wenig tun, „weil die Straßen dann gesperrt sind“, "
            "sagte die Bürgermeisterin.",
            "Im Winter könne die Gemeinde wenig tun, „weil die Straßen dann gesperrt sind“",
            "Bürgermeisterin",
        ),
    ],
    [
        ("en", 'The mayor has changed her account once — "I now recall the meeting," she said.'),
        # an indicative clause and a comma before the quotation: the writer's words
        ("de", "Die Lage ist ernst, „wir müssen jetzt gemeinsam handeln“, sagte die Bürgermeisterin."),
    ],
)
construction(
    "mixed.partial_quote",
    "partial.Partial.partial",
    "a quoted phrase in a sentence with a cue: Er nannte die Lage „ernst“",
    [("de", "Der Minister nannte die Lage am Montag „sehr ernst“.", "sehr ernst", "Minister")],
    [
        ("de", _PLAY),
        # a name given, not words said: a naming verb with sich or man
        ("de", "Im Sommer findet die Messe wieder statt, dann nennt sie sich „neue Messe der Stadt“."),
        # a word before it makes the quotation a motto or a title ([label_nouns])
        ("de", "Die Vereine informierten unter dem Motto „Wasser für alle Dörfer“ über den Bau."),
        # a definite article and two capitalised words: a name, however long
        ("de", "Die Leiterin der „Initiative Saubere Luft für Kinder e.V. (ISL)“ forderte mehr Messstellen."),
    ],
)
