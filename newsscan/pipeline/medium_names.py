"""The medium a phrase names, by the shared gazetteer (``lang/agencies.txt``), read with the
article a title is written with and without the language's own institutions that share an
alias with a medium."""

from __future__ import annotations

from ..lang import media_aliases
from .context import QUOTE_MARKS, Context, SentenceView, named_source_end

_STRIP = "".join(sorted(QUOTE_MARKS)) + " "


def local_institution(ctx: Context, alias: str) -> bool:
    """The alias names an institution of the text's language, not the medium the gazetteer
    gives it (``[local_institutions]``): nl ``CBS`` is the statistics office, not CBS News.

    >>> # nl: local_institution(ctx, "CBS") -> True; en: False
    """
    return alias.lower() in ctx.lang.word_class("local_institutions")


def medium_named(ctx: Context, text: str, name: str | None) -> str | None:
    """The gazetteer's name of the medium a phrase names: by its name (``des Bayerischen
    Rundfunks`` -> Bayerischer Rundfunk), else the phrase as written, with its article and
    without quotation marks (``„Die Zeit“`` -> Die Zeit, not a person Zeit); None when neither is
    a medium's alias, or the alias is one of the language's own institutions (nl ``het CBS``).

    - ``„Die Zeit“ berichtete, …`` -> Die Zeit; ``Volgens het CBS …`` (nl) -> None
    """
    aliases = media_aliases()
    for form in (name, text.strip(_STRIP)):
        if form and form in aliases and not local_institution(ctx, form):
            return aliases[form]
    return None


def quoted_medium_at(ctx: Context, view: SentenceView, k: int) -> tuple[int, int] | None:
    """The token span, with its marks and an article before them, of a medium's title in
    quotation marks at token k, when the gazetteer knows the title (``…, meldt "NRC".``;
    ``…, "The Guardian" reported``; ``berichtet der „Spiegel“``); None for any other quoted
    words, which may be what was said.

    - ``…, berichtet „Die Zeit“.`` -> the span of „Die Zeit“; not ``…, sagte „ein Freund“``
    """
    tokens = view.tokens
    start = k
    if k + 1 < len(tokens) and ctx.is_det(tokens[k]) and not view.quoted[k]:
        k += 1  # der „Spiegel“
    end = named_source_end(view, k) if k < len(tokens) and tokens[k].text in QUOTE_MARKS else None
    if end is None:
        return None
    title = ctx.text[tokens[k + 1].start : tokens[end - 2].end]
    return (start, end) if title in media_aliases() else None


def medium_title(inner: str) -> bool:
    """A quotation whose words are a medium's title in the gazetteer is that title, never words
    said (``zei tegen "de Volkskrant" dat …``, ``ha detto a "la Repubblica" che …``).

    >>> medium_title(" de Volkskrant "), medium_title("unfair")
    (True, False)
    """
    return inner.strip() in media_aliases()
