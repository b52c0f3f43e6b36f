"""Role nouns of the press in the Romance languages and Dutch (sport, courts, local news), a
subject's article that is also a preposition (pt), and an epithet after a person named with no
role (invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "code,text,mention",
    [
        ("pt", '"Não há dúvidas", afirmou a magistrada durante a leitura do acórdão.', "a magistrada"),
        ("pt", '"Foi um erro", disse o autarca após a reunião.', "o autarca"),
        ("es", '"No hay dudas", afirmó una vecina durante la reunión.', "una vecina"),
        ("it", '"Siamo pronti", ha detto il capitano dopo la partita.', "il capitano"),
        ("fr", "« C'est fini », a lancé une riveraine pendant la réunion.", "une riveraine"),
        ("nl", '"We gaan door", zei de aanvoerder na afloop.', "de aanvoerder"),
    ],
)
def test_role_after_cue(code, text, mention):
    (q,) = analyze_text(text, language=code).quotes
    assert q.statement.mention is not None and q.statement.mention.text == mention


def test_epithet_after_person_named_without_role_is_not_the_earlier_role():
    """l'attaccante after a player named with no role is not the coach named before him."""
    text = (
        '"Dobbiamo ripartire", ha detto il tecnico Paolo Verdi. '
        'Marco Lenti, autore di una doppietta, ha spiegato che la squadra "non si ferma". '
        '"Lo scudetto è il nostro obiettivo", ha ribadito l\'attaccante argentino.'
    )
    speakers = [q.actor.name if q.actor else None for q in analyze_text(text, language="it").quotes]
    assert speakers[:2] == ["Paolo Verdi", "Marco Lenti"]
    assert speakers[2] != "Paolo Verdi"


@pytest.mark.parametrize(
    "code,text,speaker",
    [
        (
            "es",
            "Los que no votaron la moción dijeron que el texto llegaba tarde.",
            "Los que no votaron la moción",
        ),
        ("pt", "Os que não votaram disseram que o texto chegou tarde.", "Os que não votaram"),
        ("fr", "Ceux qui n'ont pas voté ont dit que le texte arrivait trop tard.", "Ceux qui n'ont pas voté"),
        (
            "it",
            "Quelli che non hanno votato hanno detto che il testo arriva tardi.",
            "Quelli che non hanno votato",
        ),
    ],
)
def test_group_with_its_relative_clause(code, text, speaker):
    """A group pronoun (or an article standing for one) speaks with its relative clause."""
    (q,) = analyze_text(text, language=code).quotes
    assert q.statement.mention is not None and q.statement.mention.text == speaker


@pytest.mark.parametrize(
    "code,text,name,role",
    [
        (
            "fr",
            "L'adjointe au maire de Lyon chargée des transports, Marie Vidal, a déclaré que la ville aiderait.",
            "Marie Vidal",
            "adjointe au maire de Lyon chargée des transports",
        ),
        (
            "es",
            "El concejal encargado de Hacienda, Pedro Gil, dijo que no habrá subidas.",
            "Pedro Gil",
            "concejal encargado de Hacienda",
        ),
    ],
)
def test_role_with_attribute_and_apposed_name(code, text, name, role):
    (q,) = analyze_text(text, language=code).quotes
    assert q.actor is not None and (q.actor.name, q.actor.role) == (name, role)


@pytest.mark.parametrize(
    "code,text,mention",
    [
        # a medium whose article the preposition took in is the addressee, not the role's domain
        ("fr", "« Le débat continue », a déclaré le ministre délégué au Figaro.", "le ministre délégué"),
        (
            "fr",
            "« Le débat continue », a déclaré le ministre délégué aux Transports.",
            "le ministre délégué aux Transports",
        ),
    ],
)
def test_domain_or_addressee(code, text, mention):
    (q,) = analyze_text(text, language=code).quotes
    assert q.statement.mention is not None and q.statement.mention.text == mention


@pytest.mark.parametrize(
    "code,text",
    [
        (
            "it",
            '"Dobbiamo ripartire", ha detto l\'allenatore Paolo Verdi. '
            '"Lo scudetto è il nostro obiettivo", ha ribadito l\'attaccante argentino.',
        ),
        (
            "pt",
            '"Foi justo", afirmou o treinador Rui Lage. "Oferecemos dois golos", disse o capitão.',
        ),
        (
            "fr",
            "« On a tout donné », a déclaré l'entraîneur Paul Sarde. « C'est frustrant », a regretté le gardien.",
        ),
    ],
)
def test_player_is_not_the_coach(code, text):
    """A role several people hold in a team (a striker, the captain, a goalkeeper) never refers
    back to the coach named before; with the noun first and an adjective after it too."""
    first, second = analyze_text(text, language=code).quotes
    assert first.actor is not None and second.actor is not None
    assert second.actor.name != first.actor.name


@pytest.mark.parametrize(
    "code,text,speaker",
    [
        (
            "fr",
            "Auteur d'un doublé, l'attaquant Paul Sarde a savouré : « C'est une soirée magique. »",
            "Paul Sarde",
        ),
        ("es", 'Autor de dos goles, el delantero Luis Vera sonrió: "Es un día feliz".', "Luis Vera"),
        # a name with particles opening the sentence is the subject
        (
            "fr",
            "Jean-Pierre de la Tour, maire du village, a dit : « C'est fini. »",
            "Jean-Pierre de la Tour",
        ),
    ],
)
def test_bare_noun_opener_is_no_subject(code, text, speaker):
    (q,) = analyze_text(text, language=code).quotes
    assert q.actor is not None and q.actor.name == speaker


def test_lowercase_domain_before_apposed_name():
    text = '"É o maior investimento", afirmou o presidente da câmara, Carlos Moedas, aos jornalistas.'
    (q,) = analyze_text(text, language="pt").quotes
    assert q.actor is not None and (q.actor.name, q.actor.role) == ("Carlos Moedas", "presidente da câmara")


def test_report_subject_is_not_the_speaker_of_a_cue_with_no_subject():
    """``…, añadió``: the subject of the report before the cue does not speak; the speaker
    before continues."""
    text = (
        'El concejal Javier Ruiz criticó la decisión. "Es un ataque", afirmó. '
        "Su partido llevará el asunto al pleno, añadió."
    )
    speakers = [q.actor.name if q.actor else None for q in analyze_text(text, language="es").quotes]
    assert speakers == ["Javier Ruiz", "Javier Ruiz"]


def test_relative_clause_is_not_part_of_the_speaker():
    text = '"Por fin se hace justicia", comentó a este diario una jubilada que prefirió no dar su nombre.'
    (q,) = analyze_text(text, language="es").quotes
    assert q.statement.mention is not None and q.statement.mention.text == "una jubilada"
