from newsscan.pipeline import language, segment


def test_language_detection_is_deterministic():
    text = "Der Bundestag hat am Donnerstag über den Haushalt für das kommende Jahr beraten."
    first = language.detect(text)
    assert first.code == "de" and first.probability > 0.9
    assert all(language.detect(text) == first for _ in range(5))
    assert (
        language.detect("The minister said on Monday that the budget would be balanced next year.").code
        == "en"
    )


def test_empty_text_has_undetermined_language():
    assert language.detect("   ").code == "und"


def test_abbreviations_and_ordinals_do_not_split(de):
    text = "Am 28. Oktober sprach Dr. Meier z. B. über Nr. 5 der Liste. Danach ging er."
    sents = segment.sentences(text, de)
    assert [text[s.start : s.end] for s in sents] == [
        "Am 28. Oktober sprach Dr. Meier z. B. über Nr. 5 der Liste.",
        "Danach ging er.",
    ]


def test_three_digit_ordinals_after_a_determiner_do_not_split(de):
    """An ordinal of up to three digits after a determiner (``seines 100. Geburtstages``) is no
    sentence end; a number with no determiner before it still ends the sentence."""
    text = "Zur Feier seines 125. Jubiläums kamen viele Gäste. Die Zahl stieg bis 300. Dann kam Regen."
    sents = segment.sentences(text, de)
    assert [text[s.start : s.end] for s in sents] == [
        "Zur Feier seines 125. Jubiläums kamen viele Gäste.",
        "Die Zahl stieg bis 300.",
        "Dann kam Regen.",
    ]


def test_abbreviated_titles_do_not_split():
    from newsscan import lang

    text = "Capt. Joan Reyes said the crew was safe. Later it rained."
    sents = segment.sentences(text, lang.get("en"))
    assert [text[s.start : s.end] for s in sents] == [
        "Capt. Joan Reyes said the crew was safe.",
        "Later it rained.",
    ]


def test_sentence_offsets_and_paragraphs(de):
    text = "Erster Satz. Zweiter Satz!\n\n„Ein Zitat.“ Dritter Satz?"
    sents = segment.sentences(text, de)
    assert [(text[s.start : s.end], s.paragraph) for s in sents] == [
        ("Erster Satz.", 0),
        ("Zweiter Satz!", 0),
        ("„Ein Zitat.“", 1),
        ("Dritter Satz?", 1),
    ]
