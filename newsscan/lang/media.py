"""The shared gazetteer of news agencies and media (``agencies.txt``): each medium's name
and the forms it is written in, with the case forms of multi-word names."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import product


@dataclass(frozen=True)
class Medium:
    name: str
    aliases: tuple


@lru_cache(maxsize=1)
def media_gazetteer() -> tuple:
    """The shared gazetteer of news agencies and media (``agencies.txt``)."""
    text = (
        resources.files(__package__ or "newsscan.lang").joinpath("agencies.txt").read_text(encoding="utf-8")
    )
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        names = [n.strip() for n in line.split("|")]
        out.append(Medium(names[0], tuple(dict.fromkeys(names))))
    return tuple(out)


def _inflected(alias: str) -> list[str]:
    """German case forms of a multi-word name: der Deutschen Presse-Agentur, des Bayerischen
    Rundfunks. Each adjective-like word may take -en, the last word a genitive -s."""
    words = alias.split()
    if len(words) < 2:
        return []
    options = []
    for w in words[:-1]:
        stem = w[:-2] if w.endswith(("er", "es")) else w[:-1] if w.endswith("e") else None
        options.append([w, stem + "en"] if stem and w[:1].isupper() else [w])
    last = words[-1]
    options.append([last, last + "s"] if not last.endswith("s") else [last])
    return [" ".join(c) for c in product(*options)]


@lru_cache(maxsize=1)
def media_aliases() -> dict:
    """Every written form of a medium in the gazetteer (aliases and their case forms) -> its name."""
    canonical: dict[str, str] = {}
    for medium in media_gazetteer():
        for alias in medium.aliases:
            for variant in _inflected(alias):
                canonical.setdefault(variant, medium.name)
        for alias in medium.aliases:
            canonical[alias] = medium.name
    return canonical
