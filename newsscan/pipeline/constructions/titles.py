"""Quotation marks around a name: a title, an organisation, a motto or a product written in
quotation marks (``die Organisation „Reporter ohne Grenzen“``, ``in der „Bild am Sonntag“``)
is no quotation, where nouns are capitalised and a quote of speech has lowercase words."""

from __future__ import annotations

from ..context import END_PUNCT, Context, SentenceView
from ..prose import has_finite_verb
from .base import _WORD

_NAME_SLOT_PUNCT = frozenset(",;(")  # a name after an opening bracket or in a list


def title_words(ctx: Context) -> frozenset:
    """The lowercase words a name may hold between its capitalised ones: articles,
    prepositions, the links and particles of names, coordinators and the language's
    ``[title_words]`` (am, ohne, of)."""
    words = ctx.lang.word_class
    return (
        words("determiners")
        | words("prepositions")
        | words("name_links")
        | words("name_particles")
        | words("coordinators")
        | words("article_prepositions")
        | words("title_words")
    )


def capitalised_phrase(ctx: Context, inner: str) -> bool:
    """Every word of ``inner`` is capitalised, a number or a title word, the first is
    capitalised, and no sentence mark ends it: ``Reporter ohne Grenzen``, ``Bild am Sonntag``;
    not ``Wir kommen``, ``Nein!``."""
    inner = inner.strip()
    words = _WORD.findall(inner)
    if not words or not words[0][:1].isupper() or inner[-1:] in END_PUNCT or inner[-1:] == ",":
        return False
    small = title_words(ctx)
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in words)


def in_name_slot(ctx: Context, view: SentenceView, q) -> bool:
    """The quotation stands where a name stands: after an article, a capitalised noun, a
    preposition joined to an article or a coordinator (``die Organisation „…“``, ``mit dem
    „…“``, ``im „…“``, ``„…“ und „…“``), after an opening bracket or a list comma, or opening
    the sentence with its verb right after it (``„BBC News“ berichtet``, not ``„Nein“, sagte
    er``). Not after ``als``, an indefinite article, a bare preposition or a verb, where words
    are quoted as said (``nannte es einen „Wortbruch“``, ``sprach von „Panikverkäufen“``)."""
    k = view.index_at(q.open)
    if k is None:
        return False
    words = ctx.lang.word_class
    if k == 0:
        after = ctx.text[q.close : q.close + 2].lstrip()
        return bool(after) and after[:1].isalpha()
    before = view.tokens[k - 1]
    if before.text in _NAME_SLOT_PUNCT:
        return True
    low = before.lower
    if low in words("indefinite") or view.quoted[k - 1]:
        return False
    slot = words("determiners") | words("article_prepositions") | words("coordinators")
    return low in slot or ctx.is_cap(before) and not ctx.lang.cue_forms.get(low)


def quoted_name(ctx: Context, view: SentenceView, q) -> bool:
    """A quotation of one part that is a name, not a quote: a capitalised phrase
    (``capitalised_phrase``) in a name's place (``in_name_slot``), where the language
    writes nouns capitalised (strategy ``quote.capitalised_name``)."""
    if not ctx.lang.uses("quote.capitalised_name") or len(q.parts) != 1:
        return False
    return capitalised_phrase(ctx, ctx.text[q.start : q.end]) and in_name_slot(ctx, view, q)


def labelled(ctx: Context, view: SentenceView, q) -> bool:
    """The word before the quotation's opening mark names the quotation as a title, a motto or
    a label (``_label_word``): ``unter dem Motto „…“``, ``der Film „…“``, ``ein sogenannter
    „…“``; before a colon only when it heads its lead (``_heads_label_lead``): ``ihr
    Erstlingswerk: „…“``. Not words said: ``nannte den Plan „…“``."""
    k = view.index_at(q.open)
    if not k:
        return False
    if view.tokens[k - 1].text == ":":
        return k > 1 and _heads_label_lead(ctx, view, k - 2)
    return _label_word(ctx, view.tokens[k - 1].text)


def _label_word(ctx: Context, word: str) -> bool:
    """A ``[label_nouns]`` word or, where nouns are capitalised, a compound whose headword is
    one in its base form, not another label with a genitive ``-s``/``-es`` (``Erstlingswerk``,
    ``Kinofilm``; not ``Kraftwerks``, ``Fachbuchs``)."""
    low, labels = word.lower(), ctx.lang.word_class("label_nouns")
    if low in labels:
        return True
    if ctx.lang.uses("nominal.lowercase_noun") or not word[:1].isupper():
        return False
    heads = (w for w in labels if not (w[-1:] == "s" and (w[:-1] in labels or w[:-2] in labels)))
    return any(low.endswith(w) and len(low) - len(w) >= 3 for w in heads)


_LEAD_BOUNDARY = frozenset(",;(–-")


def _heads_label_lead(ctx: Context, view: SentenceView, i: int) -> bool:
    """Token i, right before a colon and a quotation, is a label word (``_label_word``) that
    heads its lead (from the last comma, bracket or dash): the lead holds no cue and no finite
    verb but a copula, and no preposition governs the label (``Der Titel: „…“``, ``(Motto:
    „…“)``, ``Das Buch ist ihr Erstlingswerk: „…“``; not ``Er schreibt in seinem Buch: „…“``,
    ``Die Sängerin über ihren Song: „…“``)."""
    label = view.tokens[i]
    if not _label_word(ctx, label.text):
        return False
    start = i
    while start > 0 and view.tokens[start - 1].text not in _LEAD_BOUNDARY and i - start < 12:
        start -= 1
    lead = view.tokens[start:i]
    words = ctx.lang.word_class
    if any(ctx.lang.cue_forms.get(t.lower) for t in lead):
        return False
    governing = words("prepositions") | words("article_prepositions")
    for t in reversed(lead[-3:]):  # in seinem Buch, über den neuen Film
        if t.lower in governing:
            return False
        if t.text[:1].isupper() or not t.text[:1].isalpha():
            break
    text = ctx.text[lead[0].start : label.end] if lead else label.text
    return not has_finite_verb(text, ctx.lang.code) or any(t.lower in words("copulas") for t in lead)
