"""Acronyms of organisations, so that one organisation is one actor: ``the WHO`` after ``the
World Health Organization``, ``the Chinese CDC`` after ``the Chinese Center for Disease Control
and Prevention``, and an acronym defined in parentheses (``Die Weltgesundheitsorganisation
(WHO)``).

>>> acronym_of("Chinese CDC"), acronym_of("Weltgesundheitsorganisation")
('CDC', None)
>>> sorted(initials_keys("World Health Organization")), sorted(initials_keys("European Union"))
(['who'], ['eu'])
>>> defined_acronym("Die Weltgesundheitsorganisation (WHO)")
'WHO'
"""

from __future__ import annotations

import re

_ACRONYM = re.compile(r"[A-ZÀ-Ý]{2,6}")
_DEFINED = re.compile(r"\(\s*([A-ZÀ-Ý]{2,6})\s*\)")
MAX_WORDS = 12  # a name longer than this files no initials


def acronym_of(name: str) -> str | None:
    """The acronym a name ends in (``WHO``, ``Chinese CDC``), or None."""
    words = name.split()
    return words[-1] if words and _ACRONYM.fullmatch(words[-1]) else None


def initials_keys(name: str) -> set[str]:
    """The acronyms a name may be written as, lowercase: the initials of its capitalised words
    (function words skipped), and runs of three or more of them (``Chinese Center for Disease
    Control and Prevention`` -> ``cdc``); two letters only for the whole name (``European
    Union`` -> ``eu``; ``European Central Bank`` is no ``EC``)."""
    initials = "".join(w[0] for w in name.split()[:MAX_WORDS] if w[:1].isupper() and w[:1].isalpha())
    runs = {initials[a:b].lower() for a in range(len(initials)) for b in range(a + 3, len(initials) + 1)}
    return runs | ({initials.lower()} if len(initials) >= 2 else set())


def defined_acronym(text: str) -> str | None:
    """An acronym defined in parentheses after a name (``… Organization (WHO)``), or None."""
    m = _DEFINED.search(text)
    return m.group(1) if m else None


def others_agree(acronym_name: str, name: str) -> bool:
    """The words of an acronym's mention besides the acronym all stand in the full name
    (``Chinese CDC`` and ``Chinese Center for Disease Control``)."""
    words = {w.lower() for w in name.split()}
    return all(w.lower() in words for w in acronym_name.split()[:-1])
