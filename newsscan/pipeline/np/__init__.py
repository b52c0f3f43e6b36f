"""The noun-phrase chunker: the phrase that starts at a token (``forward``) or ends before it
(``backward``), with determiners, titles, honorifics, names, appositions and postmodifiers,
and whether a phrase names a medium."""

from .forward import Forward

__all__ = ["Chunker"]


class Chunker(Forward):
    """The noun-phrase chunker of one document: phrases forward from a token or backward from it."""
