"""Given names and their gender: whether ``Anna Berg`` is a woman, so that ``he said`` is never
bound to her.

Source and licence: Jörg Michael's first-name dictionary ``nam_dict.txt`` (2007–2008), some
48,000 given names from 55 countries, each with a sex class and a frequency per country.
It is licensed under the GNU Free Documentation License 1.2 or later. newsscan does not ship
it: the file is read at run time from the installed ``gender-guesser`` package (a dependency,
whose code is GPLv3 and is never imported: only its data file is read, located through the
package metadata). Without that package every name's gender is unknown.

How a name is read (all of it in :func:`gender`):

- classes ``M`` and ``1M`` are male, ``F`` and ``1F`` female; ``?M``, ``?F`` and ``?`` are
  unisex (``?M``: mostly male, and so not certain);
- the columns that count are the countries of the text's language (``forename_countries`` in
  the language's ``settings.json``: Germany, Austria and Switzerland for German); a name none
  of them lists is read over all countries, where it must be at least moderately frequent
  (``FOREIGN_FLOOR``: a rare Turkish man's name is no evidence about an American woman);
- one sex wins when no other class is listed there, or when it is at least ``MARGIN`` steps
  more frequent (the file's scale runs from 1, rare, to 13, extremely common) than each of
  the other sex and unisex;
- a name that is common for the other sex, or common as unisex, anywhere (``COMMON`` or more
  in any country) is unknown in every language: ``Andrea`` (a man's name in Italy, a woman's
  in Germany), ``Jean``, ``Kim``, ``Nicola`` and ``Simone`` are unknown, whatever the text.

An unknown gender is the honest answer: it leaves a pronoun free to refer to the person.
Loading costs about 0.25 s and 20 MB (on an idle machine) once per process, and happens
only when a named person's gender is asked for.
"""

from __future__ import annotations

import os
import unicodedata
from functools import lru_cache
from typing import Literal

Gender = Literal["m", "f"]

# the file's country columns, in order (its header documents them)
COUNTRIES = (
    "great_britain ireland usa italy malta portugal spain france belgium luxembourg the_netherlands "
    "east_frisia germany austria swiss iceland denmark norway sweden finland estonia latvia lithuania "
    "poland czech_republic slovakia hungary romania bulgaria bosnia_and_herzegovina croatia kosovo "
    "macedonia montenegro serbia slovenia albania greece russia belarus moldova ukraine armenia "
    "azerbaijan georgia kazakhstan_uzbekistan turkey arabia israel china india japan korea vietnam "
    "other_countries"
).split()
CLASSES = {"M": "m", "1M": "m", "F": "f", "1F": "f", "?M": "?", "?F": "?", "?": "?"}
MARGIN = 2  # frequency steps by which one sex must outweigh each rival class
COMMON = 5  # a rival class this frequent in any country makes a name unknown everywhere
FOREIGN_FLOOR = 3  # a name read over all countries must be at least this frequent
_COLUMN = 30  # where the country columns start; column 29 holds the umlaut-sorting marker


def _data_path() -> str | None:
    """The installed dictionary file, or None when the gender-guesser package is missing."""
    from importlib import metadata

    try:
        path = metadata.distribution("gender-guesser").locate_file("gender_guesser/data/nam_dict.txt")
    except metadata.PackageNotFoundError:
        return None
    return str(path) if os.path.isfile(str(path)) else None


def _rows(lines) -> dict[str, list[tuple[str, str]]]:
    """Lowercase name -> its (class, country frequencies) rows. Lines sorted by expanded
    umlauts (``+`` in column 29) repeat others and are skipped; a ``+`` inside a name stands
    for nothing or a hyphen (``Jun+Wei``)."""
    names: dict[str, list[tuple[str, str]]] = {}
    for line in lines:
        if line[:1] in "#=" or line[29:30] == "+" or len(line) < _COLUMN:
            continue
        kind = line[:2].strip()
        if kind not in CLASSES:
            continue
        name = unicodedata.normalize("NFC", line[3:29].strip()).lower()
        row = (kind, line[_COLUMN : _COLUMN + len(COUNTRIES)])
        for form in dict.fromkeys((name.replace("+", ""), name.replace("+", "-"))):
            names.setdefault(form, []).append(row)
    return names


@lru_cache(maxsize=1)
def table() -> dict[str, list[tuple[str, str]]]:
    """The dictionary, read once (empty when the package is missing)."""
    path = _data_path()
    if path is None:
        return {}
    with open(path, encoding="utf-8") as fh:
        return _rows(fh)


def _frequency(values: str, columns) -> int:
    """The highest frequency (1-13) of a row in ``columns``; 0 when none lists it."""
    best = 0
    for k in columns:
        c = values[k] if k < len(values) else " "
        if c.strip():
            best = max(best, int(c, 16))
    return best


def _by_sex(rows: list, columns) -> dict[str, int]:
    """The highest frequency of male, female and unisex rows in ``columns``."""
    best = {"m": 0, "f": 0, "?": 0}
    for kind, values in rows:
        sex = CLASSES[kind]
        best[sex] = max(best[sex], _frequency(values, columns))
    return best


def _columns(countries: tuple) -> tuple[int, ...]:
    return tuple(COUNTRIES.index(c) for c in countries if c in COUNTRIES)


def _decide(rows: list, countries: tuple) -> Gender | None:
    """The sex the rows show for these countries, by the rules in the module docstring."""
    everywhere = _by_sex(rows, range(len(COUNTRIES)))
    local = _by_sex(rows, _columns(countries))
    floor = 1
    if not any(local.values()):
        local, floor = everywhere, FOREIGN_FLOOR
    sexes: tuple[tuple[Gender, str], ...] = (("m", "f"), ("f", "m"))
    for sex, other in sexes:
        rival = max(local[other], local["?"])
        if (
            local[sex] >= floor
            and (rival == 0 or local[sex] >= rival + MARGIN)
            and everywhere[other] < COMMON
            and everywhere["?"] < COMMON
        ):
            return sex
    return None


def known(word: str) -> bool:
    """Is ``word`` a given name of the dictionary (``Ann``, ``Pedro``; not ``Consumer``)?"""
    return unicodedata.normalize("NFC", word.strip(".")).lower() in table()


@lru_cache(maxsize=4096)
def gender(forename: str, countries: tuple = ()) -> Gender | None:
    """The gender of a given name in a text whose language is spoken in ``countries``
    (names from :data:`COUNTRIES`); None when the name is unknown or ambiguous.

    >>> gender("Anna", ("germany",)), gender("Michael", ("usa",)), gender("Andrea", ("italy",))
    ('f', 'm', None)
    """
    word = unicodedata.normalize("NFC", forename.strip(".")).lower()
    rows = table().get(word)
    if not rows or len(word) < 2:
        return None
    return _decide(rows, tuple(countries))
