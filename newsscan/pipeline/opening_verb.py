"""An auxiliary opening a sentence whose subject is not written is the verb, never a name."""

from __future__ import annotations

from .context import Context, SentenceView


def opening_auxiliary(ctx: Context, view: SentenceView, i: int) -> bool:
    """Token i opens the sentence (after opening punctuation at most), is an auxiliary the
    language lists in ``subjectless_auxiliaries`` and a lowercase word follows it: the verb of a
    sentence whose subject is left unwritten, capitalised only for its place, never a name.

    - it ``Ha detto che …``, ``Ha però avvertito che …``; es ``Ha dicho que …``;
      fr ``A déclaré le ministre que …``; pt ``Tem dito que …``; nl ``Heeft gezegd dat …``
    - not: ``Ha Seung-jin said`` (a capitalised word follows: a name), ``la ha detto`` (lowercase)
    """
    tokens = view.tokens
    if i + 1 >= len(tokens) or view.quoted[i] or not tokens[i].text[:1].isupper():
        return False
    if any(t.text[:1].isalnum() for t in tokens[:i]):
        return False
    nxt = tokens[i + 1].text
    return tokens[i].lower in ctx.lang.word_class("subjectless_auxiliaries") and nxt[:1].islower()
