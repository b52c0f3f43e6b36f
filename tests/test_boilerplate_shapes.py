"""Boilerplate recognised by its shape, in every shipped language: captions that end in a
photo credit, share lists, cookie consent, copyright lines and tag lines go; prose lines
that look close (networks named in a sentence, a quotation holding ©, a sentence that
opens with a label word) stay."""

import pytest

from newsscan.model import Document
from newsscan.pipeline import clean
from newsscan.pipeline.shapes import shape_kind

from .conftest import analyse

# One article a language: (line, kind it is removed as, or None for a line that stays).
ARTICLES = {
    "de": [
        ("Streik legt den Nahverkehr in Hannover lahm", None),
        (
            "Die Gewerkschaft hat am Montag zu einem ganztägigen Streik im Nahverkehr aufgerufen. Der Sprecher "
            "sagte, man sei zu weiteren Gesprächen bereit, doch das Angebot reiche nicht aus.",
            None,
        ),
        ("Demonstranten vor dem Landtag in Hannover. (Foto: dpa)", "caption"),
        ("Die Ministerin schrieb auf Facebook und X, die Landesregierung werde sich nicht einmischen.", None),
        ("Diesen Beitrag teilen: Facebook / X / Mail", "share"),
        ("„Das © auf dem Plakat war ein Versehen“, sagte ein Sprecher der Gewerkschaft.", None),
        ("Themen wie Löhne, Arbeitszeiten und Sicherheit bestimmten die Verhandlungen am Abend.", None),
        (
            "Die Kommission will Cookie-Banner vereinfachen, sagte eine Sprecherin der Verbraucherzentrale.",
            None,
        ),
        (
            "Diese Website verwendet Cookies. Wenn Sie weiter surfen, stimmen Sie der Verwendung von Cookies zu.",
            "cookie-consent",
        ),
        ("© 2024 Beispiel Medien GmbH. Alle Rechte vorbehalten.", "copyright"),
        ("Schlagwörter: Hannover · Landtag · Streik", "tags"),
    ],
    "en": [
        ("Transit strike halts buses across the city", None),
        (
            "The union called a one-day strike on Monday, its spokesman said, adding that talks could resume "
            "if the city improved its offer.",
            None,
        ),
        ("Protesters outside the state house in Albany on Monday. Photo: AP", "caption"),
        (
            "The mayor posted a video on Facebook and X on Monday evening and said the city would not give in.",
            None,
        ),
        ("Share: Reddit · X · Email", "share"),
        ('"The © sign on the poster was a mistake," a union spokesman said.', None),
        (
            "Tags later found on the luggage showed that the bags had been checked in at another airport.",
            None,
        ),
        (
            "Regulators want websites to make rejecting cookies as easy as accepting them, the agency said.",
            None,
        ),
        (
            "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use "
            "of cookies.",
            "cookie-consent",
        ),
        ("© 2024 Example Media. All rights reserved.", "copyright"),
        ("Tags: Albany | transit | strikes", "tags"),
    ],
    "fr": [
        ("Grève dans les transports à Paris", None),
        (
            "Le syndicat a appelé lundi à une grève de vingt-quatre heures, a déclaré son porte-parole, qui s'est "
            "dit prêt à reprendre les discussions.",
            None,
        ),
        ("Des manifestants devant l'Assemblée nationale, lundi. Photo : AFP", "caption"),
        (
            "Le ministre a publié la vidéo sur Facebook et X lundi soir et a affirmé que l'État ne céderait pas.",
            None,
        ),
        ("Partager : Facebook, X, E-mail", "share"),
        ("« Le © sur l'affiche était une erreur », a déclaré le porte-parole du syndicat.", None),
        ("Thèmes de campagne, le logement et les transports ont dominé le débat de la soirée.", None),
        (
            "La Cnil veut que les sites permettent de refuser les cookies aussi facilement que de les accepter.",
            None,
        ),
        (
            "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous "
            "acceptez leur utilisation.",
            "cookie-consent",
        ),
        ("© 2024 Le Journal Exemple. Tous droits réservés.", "copyright"),
        ("Mots-clés : Paris, grève, retraites", "tags"),
    ],
    "es": [
        ("Huelga de transporte en Madrid", None),
        (
            "El sindicato convocó el lunes una huelga de veinticuatro horas, según dijo su portavoz, que se mostró "
            "dispuesto a retomar las negociaciones.",
            None,
        ),
        ("Manifestantes frente al Congreso en Madrid. (Foto: EFE)", "caption"),
        ("El ministro publicó el vídeo en Facebook y X el lunes por la noche y aseguró que no cederá.", None),
        ("Compartir en: Facebook | X | WhatsApp", "share"),
        ("«El © del cartel fue un error», dijo el portavoz del sindicato.", None),
        ("Temas como la vivienda y el transporte dominaron la campaña durante toda la semana.", None),
        (
            "La agencia quiere que las webs permitan rechazar las cookies con un solo clic, dijo su director.",
            None,
        ),
        (
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, "
            "acepta su uso.",
            "cookie-consent",
        ),
        ("© 2024 Diario Ejemplo. Todos los derechos reservados.", "copyright"),
        ("Etiquetas: Madrid · huelga · pensiones", "tags"),
    ],
    "it": [
        ("Sciopero dei trasporti a Roma", None),
        (
            "Il sindacato ha proclamato lunedì uno sciopero di ventiquattro ore, ha detto il suo portavoce, che si "
            "è detto pronto a riprendere le trattative.",
            None,
        ),
        ("Manifestanti davanti a Montecitorio, a Roma. (Foto: Ansa)", "caption"),
        (
            "Il ministro ha pubblicato il video su Facebook e X lunedì sera e ha detto che il governo non cederà.",
            None,
        ),
        ("Condividi: Facebook · X · Email", "share"),
        ("«Il © sul manifesto è stato un errore», ha detto il portavoce del sindacato.", None),
        ("Temi come la casa e i trasporti hanno dominato la campagna elettorale in città.", None),
        (
            "Il Garante vuole che i siti permettano di rifiutare i cookie con un solo clic, ha detto il presidente.",
            None,
        ),
        (
            "Questo sito utilizza cookie tecnici e di profilazione. Proseguendo la navigazione acconsenti al loro "
            "uso.",
            "cookie-consent",
        ),
        ("© 2024 Giornale Esempio. Tutti i diritti riservati.", "copyright"),
        ("Argomenti: Roma, sciopero, pensioni", "tags"),
    ],
    "pt": [
        ("Greve nos transportes de Lisboa", None),
        (
            "O sindicato convocou na segunda-feira uma greve de vinte e quatro horas, disse o seu porta-voz, que "
            "se mostrou disponível para retomar as negociações.",
            None,
        ),
        ("Manifestantes em frente à Assembleia da República, em Lisboa. (Foto: Lusa)", "caption"),
        (
            "O ministro publicou o vídeo no Facebook e no X na segunda-feira e afirmou que o governo não vai ceder.",
            None,
        ),
        ("Partilhe: Facebook / X / E-mail", "share"),
        ("“O © no cartaz foi um erro”, disse o porta-voz do sindicato.", None),
        ("Temas como a habitação e os transportes dominaram a campanha durante toda a semana.", None),
        (
            "A autoridade quer que os sites permitam recusar cookies com um só clique, disse o seu presidente.",
            None,
        ),
        (
            "Este site utiliza cookies para melhorar a sua experiência. Ao continuar a navegar, concorda com a sua "
            "utilização.",
            "cookie-consent",
        ),
        ("© 2024 Jornal Exemplo. Todos os direitos reservados.", "copyright"),
        ("Tópicos: Lisboa | greve | pensões", "tags"),
    ],
    "nl": [
        ("Staking legt openbaar vervoer in Den Haag stil", None),
        (
            "De vakbond heeft maandag een staking van vierentwintig uur aangekondigd, zei een woordvoerder, die "
            "bereid is de gesprekken te hervatten.",
            None,
        ),
        ("Demonstranten voor het Binnenhof in Den Haag. Foto: ANP", "caption"),
        (
            "De minister plaatste de video maandagavond op Facebook en X en zei dat het kabinet niet toegeeft.",
            None,
        ),
        ("Deel dit artikel: Facebook · X · LinkedIn · Mail", "share"),
        ("“Het © op de affiche was een vergissing”, zei de woordvoerder van de vakbond.", None),
        ("Onderwerpen als wonen en vervoer domineerden de campagne de hele week.", None),
        (
            "De toezichthouder wil dat websites het weigeren van cookies even makkelijk maken als het accepteren.",
            None,
        ),
        (
            "Wij gebruiken cookies om de website goed te laten werken. Door verder te klikken gaat u akkoord met "
            "ons cookiebeleid.",
            "cookie-consent",
        ),
        ("© 2024 Voorbeeld Media. Alle rechten voorbehouden.", "copyright"),
        ("Trefwoorden: Den Haag, demonstratie, pensioenen", "tags"),
    ],
}


def _article(code: str) -> str:
    return "\n\n".join(line for line, _ in ARTICLES[code]) + "\n"


@pytest.mark.parametrize("code", sorted(ARTICLES))
def test_every_class_is_removed_and_recorded_and_prose_stays(code):
    text = _article(code)
    out = clean.clean(Document(raw=text), language=code)
    expected = [(kind, line, 2 * i + 1) for i, (line, kind) in enumerate(ARTICLES[code]) if kind]
    assert [(r.kind, r.text, r.line) for r in out.boilerplate] == expected
    for line, kind in ARTICLES[code]:
        assert (line in out.text) == (kind is None), line


@pytest.mark.parametrize("code", sorted(ARTICLES))
def test_the_whole_analysis_detects_the_language_and_removes_the_same_lines(code):
    out = analyse(_article(code), language=None)
    assert out["language"]["code"] == code
    assert sorted(b["kind"] for b in out["boilerplate"]) == sorted(k for _, k in ARTICLES[code] if k)
    assert not any("©" in q["text"] and "Example" in q["text"] for q in out["quotes"])


def test_shapes_apply_to_html_extractions_too():
    text = "Der Minister sagte, die Reform komme.\nDemonstranten vor dem Landtag. (Foto: dpa)\n"
    out = clean.clean(Document(raw=text, format="html"), language="de")
    assert [(r.kind, r.line) for r in out.boilerplate] == [("caption", 2)]


@pytest.mark.parametrize(
    "line,kind",
    [
        # captions ending in a credit, and credits alone
        ("Demonstranten vor dem Landtag. (Foto: picture alliance / dpa)", "caption"),
        ("Demonstranten vor dem Landtag. Foto: privat", "caption"),
        ("Der Kanzler am Montag in Berlin. Foto © dpa", "caption"),
        ("The president speaks at the White House on Monday. (AP Photo/Evan Vucci)", "caption"),
        ("The minister in Brussels on Tuesday, November 19, 2019. REUTERS/Jane Roe", "caption"),
        ("Firefighters at the scene. (Photo by Jane Roe/Getty Images)", "caption"),
        ("Installation views, photos © Example Studio, 2018", "caption"),
        ("Il premier durante la conferenza stampa. (foto Ansa)", "caption"),
        ("O primeiro-ministro no Parlamento. Foto: Miguel A. Lopes / Lusa", "caption"),
        ("De premier in de Tweede Kamer. Beeld ANP", "caption"),
        ("Frisch gebackene Cookies auf dem Weihnachtsmarkt. (Foto: dpa)", "caption"),
        ("El presidente del Gobierno, en el Congreso. EFE/Juan Pérez", "caption"),
        ("A fallen tree blocks a road in Portland on Monday. (Jane Roe/The Oregonian via AP)", "caption"),
        ("Ein Zug im Hauptbahnhof. (Kai Roe/Reuters)", "caption"),
        ("(Image credit: Example Space)", "photo-credit"),
        ("Foto: dpa", "photo-credit"),
        ("© dpa", "photo-credit"),
        ("Jane Roe/Getty Images", "photo-credit"),
        ("AFP via Getty Images", "photo-credit"),
        ("picture alliance / dpa", "photo-credit"),
        # share lines in any separator style
        ("Facebook | Twitter | WhatsApp", "share"),
        ("Facebook Twitter WhatsApp", "share"),
        ("Facebook • X • Threads", "share"),
        ("Teilen auf Facebook · X · E-Mail", "share"),
        ("Share this article Facebook Twitter LinkedIn Email", "share"),
        ("Follow us: Instagram / TikTok / YouTube", "share"),
        ("Compartilhe: WhatsApp - Telegram - E-mail", "share"),
        ("Auf Facebook teilen Auf X teilen Per E-Mail teilen", "share"),
        ("Share on Facebook Share on Twitter Share via Email", "share"),
        ("Partilhar no Facebook Partilhar no Twitter", "share"),
        # cookie consent
        ("Alle Cookies akzeptieren", "cookie-consent"),
        ("Cookie-Einstellungen", "cookie-consent"),
        ("Cookiebeleid", "cookie-consent"),
        ("Accept all cookies", "cookie-consent"),
        ("This website uses cookies to ensure you get the best experience.", "cookie-consent"),
        # copyright
        ("Copyright © 2023 Example GmbH", "copyright"),
        ("Alle Rechte vorbehalten.", "copyright"),
        ("Example Media 2024. All rights reserved.", "copyright"),
        ("Tous droits réservés © 2024 Le Journal", "copyright"),
        # tags
        ("Tags: climate change · elections · Europe", "tags"),
        ("Schlagworte Berlin | Verkehr | Polizei", "tags"),
        ("#Berlin #Verkehr #Polizei", "tags"),
        ("Filed under: Politics, Courts", "tags"),
        ("Filed under: Politics |", "tags"),
    ],
)
def test_shapes(line, kind):
    assert shape_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Facebook, X und Telegram sperrten seine Konten am Dienstag.",
        "He posted the video on Facebook and X on Monday.",
        "Share on Facebook was the most common way readers found the story.",
        "Video Games",
        "Sales rose at the unit (Video Games).",
        "Tags later, the minister said the plan would work.",
        "Themen: Die Regierung will sparen, die Opposition protestiert.",
        "Topics: the minister said the plan would work.",
        "„Das © auf dem Logo ist ein Witz“, sagte sie.",
        "Copyright law was changed in 2019.",
        "Die Regierung will die Steuern senken. (dpa/AFP)",
        "Die Koalition hat sich geeinigt. (Berlin/Brandenburg)",
        "He said all rights reserved.",
        "All rights reserved for the band would revert to its members, the label said in a statement.",
        "Die Arbeitslosenquote stieg auf 5,9 Prozent (Quelle: Bundesagentur für Arbeit).",
        "Er sprach mit der Bild: Die Lage sei ernst.",
        "Sie zeigte ein Foto: Kinder vor der geschlossenen Schule.",
        "(Graphic: Example bonds in 2019 - here)",
        "Die EU-Kommission will, dass Nutzer Cookies so leicht ablehnen wie akzeptieren können.",
        "Chocolate chip cookies",
        "Reuters",
        "Berlin / Brandenburg",
        "The president spoke to AP / Reuters reporters.",
        "Girl Scout cookies go on sale",
        '"We use cookies to track you," the company admitted in a statement on Monday.',
    ],
)
def test_prose_that_looks_close_is_no_boilerplate(line):
    assert shape_kind(line) is None
    out = clean.clean(Document(raw=f"Der Minister sagte, die Reform komme.\n{line}\n"), language="de")
    assert line in out.text


def test_lists_inside_a_block_and_prose_with_a_clause_are_no_captions():
    text = (
        "The festival opens in May.\n\nThe stages:\nMay 4 -- North Meadow, Riverside Park\n"
        "May 5 -- Harbour Hall, Old Town\n\nTickets go on sale on Friday.\n\n"
        "The council lost member Ann Example, who sat on the budget panel, to a rival party.\n\n"
        "The mayor said he did not know when a successor would be chosen.\n\n"
        "Australian-born Lee faces a charge of fraud.\n\n"
        "He denies the charge.\n\n"
        "Protesters outside parliament in London on Monday.\n\n"
        "The opposition said it would challenge the law in court.\n"
    )
    out = clean.clean(Document(raw=text), language="en")
    assert [(r.kind, r.text) for r in out.boilerplate] == [
        ("caption", "Protesters outside parliament in London on Monday.")
    ]


def test_the_words_of_every_language_are_data(tmp_path):
    from newsscan import lang
    from newsscan.pipeline import shapes

    merged = shapes.words()
    for name in (
        "credit",
        "share_labels",
        "share_items",
        "tag_labels",
        "rights_formulas",
        "cookie_phrases",
        "networks",
    ):
        assert merged.get(name), name
    for code in lang.available():
        assert all(kind != "shapes" for kind, _ in lang.get(code).boilerplate), code


@pytest.mark.parametrize(
    "code,text,caption",
    [
        (
            "de",
            "Die Regierung hat das Gesetz am Freitag beschlossen.\n\nDemonstranten vor dem Reichstag in Berlin.\n"
            "Foto: dpa\n\nDie Opposition kündigte Widerstand an.\n",
            "Demonstranten vor dem Reichstag in Berlin.",
        ),
        (
            "en",
            "The government passed the bill on Friday.\n\nProtesters outside parliament in London.\nPhoto: AP\n\n"
            "The opposition said it would fight the law.\n",
            "Protesters outside parliament in London.",
        ),
    ],
)
def test_a_caption_over_its_credit_line_goes_with_it(code, text, caption):
    out = clean.clean(Document(raw=text), language=code)
    assert [r.kind for r in out.boilerplate] == ["caption", "photo-credit"]
    assert caption not in out.text
