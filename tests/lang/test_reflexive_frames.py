"""A frame after a quotation whose verb is reflexive and agrees with its subject (fr «…», s'est
indignée X; it "…", si è detta X; es "…", se quejó X), and press verbs of each language that
frame a quotation (invented sentences)."""

import pytest

from newsscan.api import analyze_text

CASES = [
    ("fr", "« Nous n'avons jamais lâché », s'est réjoui l'entraîneur Paul Sarde.", "réjoui", "Paul Sarde"),
    ("fr", "« C'est inacceptable », s'est indignée la maire, Anne Morel.", "indignée", "Anne Morel"),
    ("fr", "« Tout est à refaire », se désole la directrice Claire Vidal.", "désole", "Claire Vidal"),
    ("fr", "« Rien n'est joué », a glissé le ministre Paul Lenoir.", "glissé", "Paul Lenoir"),
    ("it", '"Sono felice", si è detta la sindaca Anna Neri.', "detta", "Anna Neri"),
    ("it", '"Non ci fermeremo", ha chiosato il presidente Marco Lenti.', "chiosato", "Marco Lenti"),
    ("es", '"Es una injusticia", se quejó el alcalde, Pedro Gil.', "quejó", "Pedro Gil"),
    ("es", '"No habrá cambios", puntualizó el ministro, Luis Vera.', "puntualizó", "Luis Vera"),
    ("pt", '"Não vamos desistir", frisou o ministro Rui Costa Neves.', "frisou", "Rui Costa Neves"),
    ("pt", '"O plano avança", adiantou a ministra Ana Lopes.', "adiantou", "Ana Lopes"),
    ("nl", '"Het plan is klaar", concludeert minister Joris Bakker.', "concludeert", "Joris Bakker"),
]


@pytest.mark.parametrize("code,text,cue,speaker", CASES)
def test_post_frame(code, text, cue, speaker):
    (q,) = analyze_text(text, language=code).quotes
    assert (q.statement.rule, q.statement.cue, q.actor and q.actor.name) == (
        "direct.post_frame",
        cue,
        speaker,
    )


def test_reflexive_verb_without_quotation_frames_a_report():
    (q,) = analyze_text("Le maire s'est réjoui que le projet soit enfin adopté.", language="fr").quotes
    assert q.statement.text == "que le projet soit enfin adopté"


def test_participle_agreement_forms_and_check():
    from newsscan.lang.inflections import agreed_participles, check_participle_agreement

    assert agreed_participles({"participle_agreement": [["", "e"], ["o", "a"]]}, "detto") == [
        "dettoe",
        "detta",
    ]
    with pytest.raises(ValueError, match="participle_agreement"):
        check_participle_agreement("xx", {"participle_agreement": [["o", ""]]})


@pytest.mark.parametrize(
    "code,text",
    [
        # an agreeing participle is an adjective, not a frame
        ("fr", "Le ministre a défendu la réforme, qualifiée d'« indispensable » par ses soutiens."),
        # a verb that frames speech only reflexively frames nothing without its pronoun
        ("fr", "Le maire a défendu le projet « Cœur de ville » devant le conseil."),
        ("fr", "Lyon l'a emporté « sans trembler » face à Nantes."),
        ("it", 'La riforma, annunciata "a breve" dal governo, è ferma.'),
    ],
)
def test_no_frame_without_reflexive(code, text):
    assert [q.statement.cue for q in analyze_text(text, language=code).quotes] == []
