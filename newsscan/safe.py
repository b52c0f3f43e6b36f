"""Text from outside (file names, article text) made safe to store and to show.

- :func:`display_name`: a file name that is not valid UTF-8 (Python keeps its bytes as
  surrogate escapes) becomes text with ``\\xNN`` escapes, so JSON, CSV and SQLite can
  hold it and the run goes on.
- :func:`one_line`: a message for stderr on one line: newlines, escape and other control
  characters are shown as escapes (``\\n``, ``\\x1b``), never acted on.
- :func:`for_terminal`: text for a terminal, with ANSI/OSC escape sequences, control
  characters and bidirectional overrides removed (newlines and tabs kept). Every terminal
  view (table, Markdown, ``show``) uses it.
"""

from __future__ import annotations

import re

# CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \\), other two-byte ESC sequences, and C1 controls.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|[\x80-\x9f]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def display_name(text: str) -> str:
    """``text`` with undecodable bytes (surrogate escapes) written as ``\\xNN``."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        try:
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a lone surrogate that is no escaped byte (from JSON "\ud800")
            return text.encode("utf-8", "backslashreplace").decode("utf-8")


def one_line(text: str) -> str:
    """A message fit for one line of stderr."""
    return _ONE_LINE.sub(lambda m: repr(m.group())[1:-1], display_name(text))


def for_terminal(text: str) -> str:
    """Text with whole escape sequences, then control characters (except newline and tab)
    and bidirectional overrides removed: an article cannot move the cursor, change colours,
    open links or reorder the text around it."""
    return _CONTROLS.sub("", _ESCAPES.sub("", display_name(text))).translate(_BIDI)
