"""German speaker phrases (invented sentences)."""

from newsscan.api import analyze_text


def test_relative_clause_does_not_reach_back_past_a_comma():
    """German: X, die …, teilte Y mit — no second apposition is looked for after a relative clause."""
    text = (
        "Als Kämpfer die Stadt einnahmen, töteten sie viele Zivilisten, die sich auf der Flucht "
        "befanden, teilten die Vereinten Nationen mit."
    )
    a = analyze_text(text, language="de")
    assert a.quotes and a.quotes[0].actor is not None and a.quotes[0].actor.name == "Vereinten Nationen"


def test_article_is_no_relative_pronoun():
    """Das Kabinett der Landesregierung kündigte an …: "der" is an article here, so no subject is
    cut off before it as before a relative clause."""
    from newsscan import lang
    from newsscan.pipeline import segment
    from newsscan.pipeline.context import Context
    from newsscan.pipeline.np import Chunker

    text = "Das Kabinett der Landesregierung kündigte an, einen Gesetzentwurf einzubringen."
    ctx = Context(text, segment.sentences(text, lang.get("de")), lang.get("de"))
    view = ctx.views[0]
    i = next(k for k, t in enumerate(view.tokens) if t.text == "kündigte")
    assert Chunker(ctx)._relative_subject(view, i) is None
