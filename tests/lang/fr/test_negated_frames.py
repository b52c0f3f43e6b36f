"""French frames after a quotation: a negated auxiliary before the cue (``n'a pas confirmé``)
and the impersonal inversion ``dit-on``."""

from newsscan import api
from newsscan.lang.fr.rules import French


def test_negated_frame_after_quotation_is_a_post_frame():
    text = "« Le port restera fermé », n'a pas confirmé le ministre."
    quote = api.analyze_text(text, language="fr").quotes[0]
    assert quote.statement.rule == "direct.post_frame"
    assert quote.statement.negated and quote.statement.cue == "n'a pas confirmé"
    assert quote.actor is not None and quote.actor.role == "ministre"


def test_dit_on_is_an_inverted_pronoun():
    assert French().inverted_pronoun("dit-on") == "on"
    assert French().inverted_pronoun("rendez-vous") is None
    quote = api.analyze_text("« Le port restera fermé », dit-on au ministère.", language="fr").quotes[0]
    assert quote.statement.rule == "direct.post_frame" and quote.statement.cue == "dit"
