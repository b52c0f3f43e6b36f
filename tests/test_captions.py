"""Caption removal measured on both sides: photo captions between paragraphs must go,
short genuine paragraphs must stay."""

from newsscan.model import Document
from newsscan.pipeline import clean

BEFORE = {
    "de": "Die Regierung hat das Gesetz am Freitag im Bundestag beschlossen.",
    "en": "The government passed the bill in parliament on Friday.",
}
AFTER = {
    "de": "Die Opposition kündigte an, vor das Verfassungsgericht zu ziehen.",
    "en": "The opposition said it would challenge the law in court.",
}

CAPTIONS = [
    ("de", "Demonstranten vor dem Reichstagsgebäude in Berlin."),
    ("de", "Mitglieder einer Feuerwehr während einer Übung am Hafen."),
    ("de", "Bundeskanzler und Finanzminister bei der Pressekonferenz am Montag"),
    ("de", "Rettungskräfte im Einsatz nach dem Erdbeben in der Provinz."),
    ("en", "Protesters outside parliament in London on Monday."),
    ("en", "Firefighters at the scene of the blaze in the city centre."),
    ("en", "The finance minister during a news conference in Brussels"),
    ("en", "Members of a rescue team near the collapsed building."),
]
SHORT_PARAGRAPHS = [
    ("de", "Die Polizei ermittelt."),
    ("de", "Verletzt wurde niemand."),
    ("de", "Der Prozess beginnt im März."),
    ("de", "Die Gespräche sollen am Montag weitergehen."),
    ("en", "Nobody was hurt."),
    ("en", "The trial starts in March."),
    ("en", "Police are investigating."),
    ("en", "Talks will resume on Monday."),
]


def removed_as_caption(lang: str, line: str) -> bool:
    text = f"{BEFORE[lang]}\n{line}\n{AFTER[lang]}\n"
    out = clean.clean(Document(raw=text), language=lang)
    return any(r.kind == "caption" and r.text == line for r in out.boilerplate)


def test_captions_are_removed_and_short_paragraphs_kept():
    caught = sum(removed_as_caption(lang, line) for lang, line in CAPTIONS)
    wrongly = [line for lang, line in SHORT_PARAGRAPHS if removed_as_caption(lang, line)]
    assert caught == len(CAPTIONS), f"{caught}/{len(CAPTIONS)} captions removed"
    assert wrongly == []


def test_no_captions_in_html_or_for_languages_without_data():
    text = f"{BEFORE['en']}\n{CAPTIONS[4][1]}\n{AFTER['en']}\n"
    assert clean.clean(Document(raw=text, format="html"), language="en").boilerplate == ()
    assert clean.clean(Document(raw=text), language="ko").boilerplate == ()


def test_caption_right_after_the_title_is_removed():
    from newsscan.model import Document
    from newsscan.pipeline import clean

    text = (
        "Südkorea verstärkt Grenzschutz nach Raketentests\n\n"
        "Nordkoreanische Soldaten bei einer Parade in Pjöngjang.\n\n"
        "Das Ministerium erklärte am Dienstag, die Lage sei ernst.\n\n"
        "Die Regierung berief eine Sitzung ein."
    )
    out = clean.clean(Document(raw=text), language="de")
    assert [(r.kind, r.line) for r in out.boilerplate] == [("caption", 3)]
    assert dict(out.metadata)["title"] == "Südkorea verstärkt Grenzschutz nach Raketentests"
