"""The medium a phrase names, by the shared gazetteer (``lang/agencies.txt``), read with the
article a title is written with and without the language's own institutions that share an
alias with a medium."""

from __future__ import annotations

from ..lang import media_aliases
from .context import QUOTE_MARKS, Context

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
