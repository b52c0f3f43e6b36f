"""Examples and counter-examples of the indirect, according-to and free indirect constructions, registered in
:mod:`newsscan.pipeline.constructions.registry` (see there for the format)."""

from __future__ import annotations

from .registry import construction

construction(
    "indirect.cue_then_report",
    "indirect.Indirect.indirect",
    "a cue, then the reported clause: sagte, dass … / said (that) …",
    [
        (
            "de",
            "Der Minister sagte, die Lage sei ernst und man prüfe alle Möglichkeiten.",
            "die Lage sei ernst und man prüfe alle Möglichkeiten",
            "Minister",
        ),
        (  # the report ends where the frame's subject acts again after und
            "de",
            "Die Ministerin sagte, alle müssten sparen und bemühte das Bild vom Boot.",
            "alle müssten sparen",
            "Ministerin",
        ),
        (  # a zu-infinitive after a participle cue, with no comma between
            "de",
            "Der Verband hat am Montag angekündigt die Beiträge im Herbst zu erhöhen.",
            "die Beiträge im Herbst zu erhöhen",
            "Verband",
        ),
        (  # a zu-infinitive ends at its comma where the main clause resumes with its verb
            "de",
            "Die Gewerkschaft erneuerte ihre Forderung, die Löhne zu erhöhen, wurde aber nicht gehört.",
            "die Löhne zu erhöhen",
            "Gewerkschaft",
        ),
        (  # an intention verb (@intention) frames the zu-infinitive after its finite form
            "de",
            "Die Stadtverwaltung plant, im kommenden Jahr zwei neue Schulen zu bauen.",
            "im kommenden Jahr zwei neue Schulen zu bauen",
            "Stadtverwaltung",
        ),
        (
            "en",
            "The minister said that the situation was serious after the storm.",
            "the situation was serious after the storm",
            "minister",
        ),
        (  # a directive: the content starts at the infinitive marker, the addressee left out
            "en",
            "The mayor urged residents and visitors to stay away from the river.",
            "to stay away from the river",
            "mayor",
        ),
        (  # an accusation: the gerund clause after the preposition
            "en",
            "The union accused the company of hiding the losses from its workers.",
            "hiding the losses from its workers",
            "union",
        ),
        (  # the writer's clause after ", but" with its own subject and verb is no part of it
            "en",
            "The minister said the money would arrive next year, but he gave no date.",
            "the money would arrive next year",
            "minister",
        ),
    ],
    [
        ("de", "Der Minister sagte den Termin am Montag wegen des Wetters ab."),
        # a verb whose zu-infinitive is no report (@nozu), no comma before it
        ("de", "Der Sprecher hat abgelehnt den Fall vor der Wahl zu kommentieren."),
        ("en", "The union accused the company of fraud in its annual accounts."),
        # a directive phrase whose object is a thing: a visit, no addressee
        ("en", "Police called on the house to check on the residents."),
        # a noun-phrase object, no clause: the verb after the comma is the subject's own
        ("en", "The singer, who denies the claim, has left the country for two years."),
        # a purpose clause after the cue's object is not what was said
        ("de", "Die Partei forderte den Rücktritt des Kanzlers, um den Weg zu Neuwahlen freizumachen."),
        # the cue in a fronted clause: a finite verb after the comma opens the main clause
        ("de", "Als die Sängerin der Zeitung davon erzählte, verdoppelte ein Gericht die Strafe."),
        # a list with no verb after the colon is no report
        ("de", "Die Auslosung ergab folgende Paarungen: Italien – Frankreich und Peru – Chile."),
        # a declaring verb with a predicative object declares, it reports nothing
        ("de", "Das Gericht erklärte die Wahl für ungültig, die Stadt wählt im Mai erneut."),
        # a passive cue: its subject is what was said; an indicative clause after it is the writer's
        ("de", "Die Zahl der Besucher wird auf 4000 geschätzt, die meisten kommen aus Bayern."),
        # a link of consequence after the cue's object opens the writer's clause
        ("de", "Der Pilot meldete dem Tower einen Schaden, so dass der Flughafen gesperrt wurde."),
        # a cue in parentheses frames nothing after them
        ("de", "Ein Gesetz sorgte für Aufsehen (Wikinews berichtete): Der Entwurf wurde abgelehnt."),
        # a verb of calling that gives a name (@calling) frames nothing
        ("de", "Der Sänger Jan Roth oder „Jay“, wie er sich selbst gerne nannte, ist tot."),
        # a comparison clause with no speaker: the writer says it went to plan
        ("de", "Wie bereits angekündigt, wurde die neue Brücke am Montag eröffnet."),
        # an intention verb's participle in a passive is the writer's narration of a plan
        ("de", "Außerdem ist geplant, im kommenden Jahr zwei neue Schulen zu bauen."),
    ],
)
construction(
    "indirect.report_then_cue",
    "indirect.Indirect.indirect",
    "the reported clause, then its frame: …, sagte er / …, the minister said",
    [
        (
            "de",
            "Die Lage sei ernst und man prüfe alle Möglichkeiten, sagte der Minister.",
            "Die Lage sei ernst und man prüfe alle Möglichkeiten",
            "Minister",
        ),
        (  # a clause with its own comma after the adverbial clause is a report
            "de",
            "Falls der Plan scheitert, werde man die Stadt verlassen, sagte der Minister.",
            "Falls der Plan scheitert, werde man die Stadt verlassen",
            "Minister",
        ),
        (  # the frame set into the report: the predicate after it belongs to the report
            "en",
            "Many of the old bridges, the engineer said, are rusting and need repairs.",
            "Many of the old bridges are rusting and need repairs",
            "engineer",
        ),
        (  # a so-frame with its cue verb, set into the report
            "de",
            "Der Grund für den Streit, so vermutet die Zeitung, dürfte das Geld gewesen sein.",
            "Der Grund für den Streit dürfte das Geld gewesen sein",
            "Zeitung",
        ),
    ],
    [
        ("en", "The team played well on Sunday and won the game."),
        # so before a reflexive verb means thus: no frame
        ("de", "Die Kosten stiegen im Winter stark an, so erklärt sich das Defizit der Stadt."),
        # an adverbial clause alone before the frame
        ("en", "While the new unit still lags behind its rivals, the chief said he's proud of the team."),
        # an adverbial clause alone before the main clause's verb
        ("de", "Falls das Unternehmen Insolvenz anmelden muss, droht dem Verein der Abstieg."),
        # während with its verb last opens an adverbial clause too
        ("de", "Während sich der Vorstand bisher zurückgehalten hat, fordert der Betriebsrat Klarheit."),
        # a second predicate of the subject, after a comma and before aber
        ("de", "Die Rebellen bestreiten den Vorwurf, beharren aber auf ihrer Forderung."),
        # the subject with a relative clause before its own verb
        (
            "de",
            "Jan Weber, der bei der Stiftung für die Finanzen verantwortlich ist, wies den Vorwurf zurück.",
        ),
    ],
)
construction(
    "indirect.so_frame",
    "indirect.Indirect.indirect",
    "the report with an inserted so-frame: …, so der Minister",
    [
        ("de", "Die Lage sei ernst, so der Minister.", "Die Lage sei ernst", "Minister"),
        (  # set into the report before its dass, with no comma before dass
            "de",
            "Das Problem sei vielmehr, so die Ministerin dass die Kosten steigen.",
            "Das Problem sei vielmehr dass die Kosten steigen",
            "Ministerin",
        ),
    ],
    [
        # so before a bare adjective or verb: no speaker follows
        ("de", "Im Jahr 2011 wurden 3.538 Autos verkauft, so viele wie noch nie."),
    ],
    needs=("attribution:frame_words",),
)
construction(
    "indirect.anaphoric_frame",
    "indirect.Indirect._anaphoric_frame",
    "a sentence or clause, then a frame referring back to it: … Das teilte die Polizei mit.",
    [
        (
            "de",
            "In der Stadt brannte am Montag ein großes Lagerhaus. Das teilte die Polizei mit.",
            "In der Stadt brannte am Montag ein großes Lagerhaus",
            "Polizei",
        ),
        (  # the frame after a comma in the same sentence
            "de",
            "Die Raumfähre bleibt einen Tag länger im All, das entschied die Raumfahrtbehörde am Montag.",
            "Die Raumfähre bleibt einen Tag länger im All",
            "Raumfahrtbehörde",
        ),
    ],
    [("de", "Die Polizei fand ein Dokument, das belegt, dass der Mann in der Stadt war.")],
    needs=("words:anaphoric_subjects",),
)
construction(
    "indirect.noun_complement",
    "noun_complement.NounComplement.noun_complements",
    "a speech noun with its source, then the clause completing it: "
    "die Forderung der SPD, die Steuern zu senken",
    [
        (
            "de",
            "Der Verband lehnt die Forderung der Gewerkschaft, die Löhne um zehn Prozent zu erhöhen, "
            "weiter ab.",
            "die Löhne um zehn Prozent zu erhöhen",
            "Gewerkschaft",
        ),
        (  # a von phrase names the source; the clause is a dass clause
            "de",
            "Im Rat stieß der Vorschlag von Bürgermeisterin Anna Weber, dass die Bäder im Winter schließen, "
            "auf Widerstand.",
            "dass die Bäder im Winter schließen",
            "Weber",
        ),
        (  # the verb particle of the clause the noun is object of ends the attribute
            "de",
            "Die Kanzlerin lehnte den Vorschlag des Ministers Jan Roth (SPD) ab, die Aufsicht dem Bund "
            "zu übertragen.",
            "die Aufsicht dem Bund zu übertragen",
            "Jan Roth",
        ),
    ],
    [
        # a relative clause after the comma completes nothing
        ("de", "Die Forderung der Gewerkschaft, die am Montag bekannt wurde, stieß auf Kritik."),
        # no source attribute: a temporal phrase after the noun
        ("de", "Nach der Warnung am Montag, die Straße zu meiden, blieb es ruhig im Viertel."),
        # a purpose clause does not complete the noun
        ("de", "Die Bauern folgten dem Appell des Königs, um ihn um Hilfe zu bitten."),
    ],
)
construction(
    "according.preposition",
    "according.According._preposition_report",
    "an according-to preposition: laut X, according to X, selon X",
    [
        ("de", "Laut der Polizei wurde niemand verletzt.", "wurde niemand verletzt", "Polizei"),
        (  # in a relative clause the report is that clause, without the source
            "de",
            "Die Regierung will den Mann ausweisen, der laut dem Ministerium den Befehl gegeben habe.",
            "der den Befehl gegeben habe",
            "Ministerium",
        ),
        (
            "en",
            "According to the police, nobody was hurt in the fire.",
            "nobody was hurt in the fire",
            "police",
        ),
    ],
    [
        ("en", "The fire was reported to the police on Monday morning."),
        # gemäß a norm ([norm_prepositions]): in accordance with a rule, no source
        ("de", "Gemäß der neuen Regelung dürfen Radfahrer die Busspur benutzen."),
    ],
    needs=("attribution:prepositions",),
)
construction(
    "according.nach",
    "according.According._preposition_report",
    "nach with a source noun: nach Angaben der Polizei",
    [
        ("de", "Nach Angaben der Polizei wurde niemand verletzt.", "wurde niemand verletzt", "Polizei"),
        (
            "de",
            "Die Verzögerung lag am Verfahren, das nach Angaben eines Sprechers nicht beendet werden konnte.",
            "das nicht beendet werden konnte",
            "Sprecher",
        ),
        (  # the relative pronoun is the source, its antecedent a source noun
            "de",
            "Die Maßnahme folgt den Umfragen im Land, nach denen viele Briten den Vertrag ablehnen.",
            "viele Briten den Vertrag ablehnen",
            None,
        ),
        (  # in an adverbial clause: the report is that clause
            "de",
            "Die Gäste kamen spät, da nach Angaben der Fluggesellschaft die Genehmigung fehlte.",
            "da die Genehmigung fehlte",
            "Fluggesellschaft",
        ),
        (  # in the main clause resuming after a comma: the report is the sentence
            "de",
            "Nachdem er Probleme mit der Hitze hatte, geht es ihm nach Angaben der Ärzte wieder gut.",
            "Nachdem er Probleme mit der Hitze hatte, geht es ihm wieder gut",
            "Ärzte",
        ),
    ],
    [
        ("de", "Nach dem Spiel fuhr die Mannschaft mit dem Bus nach Hause."),
        ("de", "Er kam am Abend an, nach dem Spiel fuhr er mit dem Bus nach Hause."),
        ("de", "Sie bauten ein Haus, das nach dem Krieg zerstört wurde."),
        ("de", "Er sprach mit dem Mann, nach dem die Polizei seit Tagen sucht."),
    ],
    needs=("attribution:nach",),
)
construction(
    "according.postposition",
    "according.According._postposition_report",
    "an according-to postposition: X zufolge",
    [("de", "Der Polizei zufolge wurde niemand verletzt.", "wurde niemand verletzt", "Polizei")],
    needs=("attribution:postpositions", "attribution:postposition_links"),
)
construction(
    "according.anaphoric",
    "according.According._according_at",
    "an anaphoric attribution opening the sentence: Demnach …",
    [
        (
            "de",
            "Die Polizei veröffentlichte einen Bericht. Demnach wurde niemand verletzt.",
            "wurde niemand verletzt",
            None,
        )
    ],
    needs=("attribution:anaphoric",),
)
construction(
    "free_indirect.continuation",
    "free_indirect.FreeIndirect.free_indirect",
    "a Konjunktiv sentence right after a report or a narrated speech act",
    [
        (
            "de",
            "Der Minister sagte, die Lage sei ernst. Die Regierung habe alles versucht.",
            "Die Regierung habe alles versucht",
            "Minister",
        ),
        (  # a hearsay sentence before it is a statement of its own
            "de",
            "Die Polizei sagte, der Mann sei geflohen. Er soll eine Bank überfallen haben. "
            "Er habe eine Waffe getragen.",
            "Er habe eine Waffe getragen",
            "Polizei",
        ),
        (  # a Konjunktiv I main clause with a report of its own: the whole sentence continues
            "de",
            "Die Anwältin sagte, ihre Mandantin sei unschuldig. Zuerst habe sie nicht damit gerechnet, "
            "dass der Zeuge erscheine.",
            "Zuerst habe sie nicht damit gerechnet, dass der Zeuge erscheine",
            "Anwältin",
        ),
    ],
    [
        # a new frame: the sentence opens with a narrated main clause of its own
        (
            "de",
            "Der Minister sagte, die Lage sei ernst. Am Abend verteidigte der Verband den Plan "
            "mit dem Satz, Steuern würden nur im Notfall erhöht.",
        ),
        # ich habe: for the first person the form is the indicative
        ("de", "Der Minister sagte, die Lage sei ernst. Ich habe den Plan am Abend gelesen."),
        # the cue stands in the subordinate clause that opens the sentence: no speech act
        (
            "de",
            "Ob man das Bild als Kunstwerk bezeichnen kann, ist fraglich. "
            "Der Maler könnte damit aber viel Geld verdienen.",
        ),
    ],
)
construction(
    "free_indirect.konjunktiv",
    "free_indirect.FreeIndirect.free_indirect",
    "a Konjunktiv I sentence a few sentences after a report",
    [
        (
            "de",
            "Der Minister sagte am Montag, die Lage sei ernst. Das Wetter war schön. "
            "Die Regierung habe alles versucht.",
            "Die Regierung habe alles versucht",
            "Minister",
        ),
        (  # a narrated speech act two sentences before, in the same paragraph
            "de",
            "Die Feuerwehr spricht von einem Großbrand. In vielen Autos wurde Feuer gelegt. "
            "In einem Depot seien zwölf Busse zerstört worden.",
            "In einem Depot seien zwölf Busse zerstört worden",
            "Feuerwehr",
        ),
    ],
    [
        ("de", "Das Wetter war am Montag schön. Die Regierung habe alles versucht."),
        # a narrated act in the paragraph before is too far
        (
            "de",
            "Die Feuerwehr spricht von einem Großbrand.\n\nIn vielen Autos wurde Feuer gelegt. "
            "In einem Depot seien zwölf Busse zerstört worden.",
        ),
    ],
)
construction(
    "free_indirect.hearsay",
    "free_indirect.FreeIndirect.free_indirect",
    "soll … haben: hearsay in a main clause",
    [
        (
            "de",
            "Es gab am Montag einen Brand. Im Hafen sollen drei Lagerhallen abgebrannt sein.",
            "Im Hafen sollen drei Lagerhallen abgebrannt sein",
            None,
        )
    ],
    [
        ("de", "Es gab am Montag ein Spiel. Die Mannschaft soll morgen noch einmal spielen."),
        # soll … sein in a sentence about the future: a plan
        ("de", "Die Regeln wurden geändert. DNA-Proben sollen künftig grundsätzlich erlaubt sein."),
    ],
)
construction(
    "free_indirect.colon",
    "free_indirect.FreeIndirect.free_indirect",
    "a clause and a colon, then a Konjunktiv I report",
    [
        (
            "de",
            "Der Film lief im Kino. Die Kritikerin sieht ein Problem: Der Film sei viel zu lang und zu laut.",
            "Der Film sei viel zu lang und zu laut",
            "Kritikerin",
        )
    ],
)
