"""What opens a sentence before its subject and is no part of it: a dateline (``SEATTLE
(Reuters) -``)."""

from __future__ import annotations

from ..context import SentenceView
from . import Chunker

DATELINE_REACH = 8  # tokens of a dateline before its dash: WASHINGTON (Reuters) -, Ankara (Türkei) –


def past_dateline(np: Chunker, view: SentenceView) -> int:
    """The token after a dateline that opens a paragraph, else 0: capitalised words (a place,
    an agency or a date in parentheses) before a dash set off by spaces, then a capitalised word
    (``SEATTLE (Reuters) - The firm will …``, ``Berlin – Die Stadtwerke erhöhen …``; not ``Merz –
    der Kanzler – sagte``).

    >>> # SEATTLE (Reuters) - Boeing will cut …  -> at Boeing
    """
    text, tokens, start = np.ctx.text, view.tokens, view.sentence.start
    if start and text[start - 1] != "\n":
        return 0
    depth = 0
    for k, t in enumerate(tokens[:DATELINE_REACH]):
        if view.quoted[k]:
            return 0
        if t.text in ("-", "–", "—") and k and text[t.start - 1 : t.start] == " ":
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            return k + 1 if after is not None and after.text[:1].isupper() else 0
        depth += (t.text == "(") - (t.text == ")")
        if not depth and t.text[:1].islower():
            return 0
    return 0


HEADING_REACH = 10  # tokens of a heading glued to the sentence after it


def past_glued_heading(np: Chunker, view: SentenceView) -> int:
    """The token opening the sentence proper after a heading glued to it with no full stop
    (``Vorschlag an den Bundestag Der Bundesrat schlug … vor``), else 0: within
    ``HEADING_REACH`` tokens, a capitalised article after a word, whose noun phrase a verb
    follows; before it a heading, which has no verb: each lowercase word a preposition, an
    article or a coordinator, no punctuation and no quotation. An article is written
    capitalised inside a sentence only in a title, which a verb does not follow as its
    subject here (``sagte er der Zeitung Die Welt``: a lowercase verb before it).

    >>> # Vorschlag an den Bundestag Der Bundesrat schlug dem Bundestag vor, …  -> at Der
    """
    tokens, words = view.tokens, np.ctx.lang.word_class
    heading = (
        words("prepositions") | words("article_prepositions") | words("determiners") | words("coordinators")
    )
    for k in range(1, min(HEADING_REACH, len(tokens) - 2)):
        t = tokens[k]
        if view.quoted[k] or not t.text[:1].isalnum():
            return 0
        if t.text[:1].islower():
            if t.lower not in heading:
                return 0
            continue
        if np.ctx.is_det(t) and tokens[k - 1].text[:1].isalnum():
            span = np.forward(view, k)
            if not span or span[1] >= len(tokens):
                return 0
            after = tokens[span[1]]
            verb = after.text[:1].islower() and not np.ctx.is_det(after) and after.lower not in heading
            return k if verb else 0
    return 0
