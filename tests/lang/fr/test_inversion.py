"""French quotation frames with the subject pronoun after the verb: ``«…», a-t-elle déclaré``
(the participle is the cue), ``«…», ajoute-t-il`` / ``dit-elle`` (the verb and its pronoun are
one word); the speaker is the person the pronoun refers back to."""

import pytest

from ...conftest import analyse

_PARIS = "La maire Claire Dubois a visité le chantier lundi. "
_LYON = "Le maire Paul Martin a visité le chantier lundi. "


@pytest.mark.parametrize(
    "text,cue,speaker",
    [
        (_PARIS + "« Nous avons besoin de ce projet », a-t-elle déclaré.", "déclaré", "Claire Dubois"),
        (_LYON + "« Nous avons besoin de ce projet », a-t-il ajouté.", "ajouté", "Paul Martin"),
        (_LYON + "« Nous avons besoin de ce projet », ajoute-t-il.", "ajoute", "Paul Martin"),
        (_PARIS + "« Nous avons besoin de ce projet », dit-elle.", "dit", "Claire Dubois"),
        (
            _PARIS + "« Nous avons besoin de ce projet », souligne-t-elle devant la presse.",
            "souligne",
            "Claire Dubois",
        ),
    ],
)
def test_an_inverted_frame_after_a_quote(text, cue, speaker):
    (q,) = analyse(text, language="fr")["quotes"]
    assert (q["text"], q["type"], q["rule"]) == (
        "Nous avons besoin de ce projet",
        "direct",
        "direct.post_frame",
    )
    assert (q["cue"], q["speaker"]) == (cue, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # an inverted verb that is no speech verb
        _LYON + "« Nous avons besoin de ce projet », va-t-il falloir expliquer aux habitants.",
        # an inverted auxiliary before a participle that is no speech verb
        _LYON + "« Nous avons besoin de ce projet », a-t-il souri.",
    ],
)
def test_no_frame_without_a_speech_verb(text):
    assert all(q["rule"] != "direct.post_frame" for q in analyse(text, language="fr")["quotes"])


def test_an_inverted_frame_between_two_quotes_joins_them():
    text = _PARIS + "« Nous avons besoin de ce projet », ajoute-t-elle. « Il sera prêt en mars. »"
    (q,) = analyse(text, language="fr")["quotes"]
    assert (q["text"], q["rule"], q["cue"], q["speaker"]) == (
        "Nous avons besoin de ce projet Il sera prêt en mars",
        "direct.interrupted",
        "ajoute",
        "Claire Dubois",
    )
