"""Fixed titles that stand for an office (``office_titles.txt``): ``le chef de l'État`` is the
president, ``il primo cittadino`` the mayor. A title with no name refers back to the holder of
its office named before, as the office's role noun would (``le président``)."""

from __future__ import annotations


def office_titles(code: str, lines: list[str], roles: tuple, abbreviations: frozenset = frozenset()) -> dict:
    """The lowercase title -> the tuple of its offices, from lines ``title = office | office``.
    Each office must be or hold a role noun of the language (``roles.txt``), and a title must
    have two words or more, be a role noun the writer varies for another office (``legale =
    avvocato``: il legale is the lawyer named before, never another person), or be an
    abbreviated title of ``[title_abbreviations]`` (``gov = governor``: Gov. Ron Hale is a
    governor); else ValueError.

    >>> office_titles("fr", ["chef de l'État = président"], ("président",))
    {"chef de l'état": ('président',)}
    >>> office_titles("it", ["legale = avvocato"], ("avvocato", "legale"))
    {'legale': ('avvocato',)}
    """
    known = set(roles)
    out: dict[str, tuple] = {}
    for line in lines:
        title, sep, offices = line.partition("=")
        names = tuple(o.strip().lower() for o in offices.split("|") if o.strip())
        one_word = len(title.split()) < 2 and title.strip().lower() not in known | abbreviations
        if not sep or one_word or not names:
            raise ValueError(f"language {code}: office_titles.txt line {line!r} is no 'title = office'")
        for office in names:
            if office not in known and not known & set(office.replace("-", " ").split()):
                raise ValueError(f"language {code}: office {office!r} of {title.strip()!r} is no role noun")
        out[" ".join(title.lower().split())] = names
    return out
