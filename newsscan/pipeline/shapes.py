"""Boilerplate recognised by its shape rather than by a fixed string.

Five shapes, shared by every language; the words they need (credit words such as
*Foto*/*Photo*, share and tag labels, cookie and copyright formulas) are data in each
language's ``boilerplate.json`` under ``"shapes"``, and the names of social networks are
in ``lang/networks.txt``. The words of every shipped language apply, as for the markers.

- ``caption``/``photo-credit``: a short line that ends in a photo credit
  (``Demonstranten vor dem Landtag. (Foto: dpa)``, ``… Photo : AFP``, ``… REUTERS/Jane Roe``,
  ``… on Monday. (Jane Roe/The Oregonian via AP)``);
- ``share``: a line that is a list of two or more social networks, with or without a
  label, in any separator style (``Diesen Beitrag teilen: Facebook / X / Mail``);
- ``cookie-consent``: a sentence about cookies in which the site speaks of itself or to
  its reader (``We use cookies …``, ``En poursuivant, vous acceptez …``);
- ``copyright``: a line opened by a copyright sign or word with a year or holder, or closed
  by a rights formula (``© 2024 Example Media. All rights reserved.``);
- ``tags``: a label followed by a list (``Schlagwörter: Berlin, Verkehr``) or a line of
  hashtags.

Every pattern here is linear: no quantified group contains another quantifier over the
same characters, and every free-text part is bounded.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .. import lang as langdata

MAX_LINE = 320  # longer lines are running prose, never boilerplate
CREDIT_CHARS = 60  # a credit (agency, photographer) is short
CREDIT_WORDS = 8
CREDIT_LOWER_WORDS = 3  # picture alliance/dpa
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
TAG_ITEM_WORDS = 5
TAG_ITEM_CHARS = 50
COOKIE_MAX = 600
STANDALONE_CHARS = 80  # Jane Roe/Getty Images
_CREDIT_PARTS = re.compile(r"(?<!\s)\s*[/|]\s*|(?<!\s)\s+via\s+")  # a blank run entered at its start
RIGHTS_TAIL = 80  # a rights formula closing a line lies in its last characters
RIGHTS_HOLDER_WORDS = 6  # Example Media. All rights reserved.
_EDGE = " .,|–—·-"
COOKIE_BUTTON_WORDS = 5  # Cookie-Einstellungen, Accept all cookies
_QUOTES = '„“”"«»‚‘'
_QUOTE_RX = re.compile("[" + _QUOTES + "]")
_ITEM_STOP = re.compile("[.!?:" + _QUOTES + "]")
_SEP = re.compile(r"\s*(?:[|/·•∙⋅,;]|[-–—](?=\s))\s*|\s+")
_TAG_SPLIT = re.compile(r"(?<!\s)\s*[|/·•∙⋅,;#]\s*|\s[-–—]\s|\.\s+")
_HASHTAGS = re.compile(r"(?:#\w[\w-]{0,40}[\s,]{0,3}){2,30}")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CREDIT_YEAR = re.compile(r"\b(?:19|20)\d\d\W{0,2}$")
_COOKIE = re.compile(r"\bcookie", re.IGNORECASE)  # cookies, Cookie-Einstellungen, cookiebeleid
_AGENCY_CREDIT = re.compile(
    r"[.!?…]\s+[A-Z][A-Z&]{1,15}(?:\s+[A-Z]{2,10})?\s*/\s*[A-Z][\w.'’-]{0,30}"
    r"(?:\s[A-Z][\w.'’-]{0,30}){0,3}$"
)


def _alternation(words) -> str:
    """A regex alternation of literal words, longest first, spaces matching any blank."""
    parts = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s") for p in parts) or "(?!)"


@lru_cache(maxsize=1)
def words() -> dict:
    """The shape words of every shipped language, merged by list name."""
    merged: dict[str, set] = {}
    for code in langdata.available():
        shapes = langdata._json(code, "boilerplate.json").get("shapes", {})
        for name, values in shapes.items():
            if not name.startswith("_"):
                merged.setdefault(name, set()).update(values)
    text = resources.files(langdata.__name__).joinpath("networks.txt").read_text(encoding="utf-8")
    merged["networks"] = {
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    }
    return {k: frozenset(v) for k, v in merged.items()}


@lru_cache(maxsize=1)
def _patterns() -> dict:
    """The shape patterns, compiled once from the merged words."""
    w = words()
    credit = _alternation(w.get("credit", ()))
    by = _alternation(w.get("credit_by", ()))
    value = r"[^()\[\]\s" + _QUOTES + r"][^()\[\]\n" + _QUOTES + r"]{0," + str(CREDIT_CHARS - 1) + "}"
    plain_value = r"[^()\[\]\s.!?:;" + _QUOTES + r"][^()\[\]\n!?:;" + _QUOTES + r"]{0,49}"
    name = r"[A-ZÀ-Ý][\w&'’.-]{0,30}(?:\s[A-ZÀ-Ý][\w&'’.-]{0,30}){0,3}"  # Ansa, ANP, Jane Roe
    lead = r"(?:[A-Z][\w&.-]{0,15}\s)?"  # AP Photo/…, dpa-Foto: …
    return {
        "bracketed": re.compile(
            r"[(\[]\s*"
            + lead
            + r"(?:"
            + credit
            + r")(?:\s*[:/©]|\s(?:"
            + by
            + r")\s)\s*"
            + "(?P<credit>"
            + value
            + r")[)\]]\W{0,2}$",
            re.IGNORECASE,
        ),
        "plain": re.compile(
            r"(?:^|[.!?…,|–—·]\s*|\s\s)(?:" + credit + r")\s*[:/©]\s*(?P<credit>" + plain_value + r")\.?$",
            re.IGNORECASE,
        ),
        "bare": re.compile(r"(?:[.!?…]\s+|[(\[]\s*)(?i:" + credit + r")\s+(?P<credit>" + name + r")[)\]]?$"),
        "sign": re.compile(r"(?:^|[.!?…,|–—·]\s*|\s\s)©\s*(?P<credit>" + plain_value + r")\.?$"),
        "share_label": re.compile(
            r"(?:" + _alternation(w.get("share_labels", ())) + r")\b\s*(?:[:：]\s*)?", re.IGNORECASE
        ),
        "connector": re.compile(
            r"(?:" + _alternation(w.get("share_connectors", ())) + r")(?:\s+|$)", re.IGNORECASE
        ),
        "channel": re.compile(
            r"(?:" + _alternation(w.get("networks", ()) | w.get("share_items", ())) + r")(?!\w)",
            re.IGNORECASE,
        ),
        "tag_label": re.compile(
            r"(?:" + _alternation(w.get("tag_labels", ())) + r")(?:\s*(?P<colon>[:：|])\s*|\s+)",
            re.IGNORECASE,
        ),
        "copyright_lead": re.compile(
            r"(?:©|\(c\)|℗|(?:"
            + _alternation(w.get("copyright_words", ()))
            + r")\s*(?=©|\(c\)|:|\d{4}|by\b))",
            re.IGNORECASE,
        ),
        "rights": re.compile(r"(?:" + _alternation(w.get("rights_formulas", ())) + r")(?!\w)", re.IGNORECASE),
        "rights_end": re.compile(
            r"(?<!\w)(?:" + _alternation(w.get("rights_formulas", ())) + r")\W{0,3}$", re.IGNORECASE
        ),
        "cookie_button": re.compile(
            r"(?<!\w)(?:" + _alternation(w.get("cookie_buttons", ())) + r")(?!\w)", re.IGNORECASE
        ),
        "cookie_self": re.compile(
            r"(?<!\w)(?:" + _alternation(w.get("cookie_phrases", ())) + r")(?!\w)", re.IGNORECASE
        ),
    }


def shape_kind(line: str) -> str | None:
    """The kind of boilerplate ``line`` is by its shape, or None for anything else."""
    text = line.strip()
    if not text or len(text) > COOKIE_MAX:
        return None
    if _COOKIE.search(text) and is_cookie_consent(text):
        return "cookie-consent"
    if len(text) > MAX_LINE:
        return None
    for test, kind in ((is_copyright, "copyright"), (is_share_list, "share"), (is_tag_line, "tags")):
        if test(text):
            return kind
    return credit_kind(text)


def credit_kind(text: str) -> str | None:
    """``photo-credit`` for a line that is only a credit, ``caption`` for a short line that
    ends in one (``Demonstranten vor dem Landtag. (Foto: dpa)``)."""
    m = _credit_match(text)
    if m is None:
        if is_standalone_credit(text):
            return "photo-credit"
        return "caption" if is_bracketed_photo_credit(text) else None
    if not _names_someone(m.group("credit") if "credit" in m.groupdict() else ""):
        return None
    head = text[: m.start()].strip(" .,|–—·")
    return "caption" if head else "photo-credit"


def is_standalone_credit(text: str) -> bool:
    """A line made only of names joined by ``/``, ``|`` or *via*, one of them a photo or
    news agency (``Jane Roe/Getty Images``, ``AFP via Getty Images``, ``picture alliance /
    dpa``); a single name only when it is a picture library (``Getty Images``)."""
    if len(text) > STANDALONE_CHARS or text.endswith((".", "!", "?", ":")) or _QUOTE_RX.search(text):
        return False
    parts = [part.strip() for part in _CREDIT_PARTS.split(text)]
    photo, agencies = _photo_agencies(), langdata.media_aliases()
    if not all(_credit_part(part, photo) for part in parts):
        return False
    known = [part for part in parts if part.lower() in photo or part in agencies]
    return bool(known) and (len(parts) >= 2 or parts[0].lower() in photo)


def is_bracketed_photo_credit(text: str) -> bool:
    """A sentence closed by a bracketed credit with no credit word that names a photographer
    or an outlet besides an agency: ``… on Monday. (Jane Roe/The Oregonian via AP)``,
    ``… in Berlin. (Kai Roe/Reuters)``. A bracket of agencies alone (``… (dpa/AFP)``) is the
    source of a paragraph of news, which stays."""
    if not text.endswith(")"):
        return False
    opening = text.rfind("(", max(0, len(text) - STANDALONE_CHARS - 2))
    head = text[:opening].rstrip()
    if opening < 0 or not head.endswith((".", "!", "?", "…")):
        return False
    inner = text[opening + 1 : -1].strip()
    if not is_standalone_credit(inner):
        return False
    agencies = langdata.media_aliases()
    return any(part not in agencies for part in _CREDIT_PARTS.split(inner))


def _credit_part(part: str, photo: frozenset) -> bool:
    """One name of a credit: one to four words, capitalised unless a known agency (``dpa``)."""
    tokens = part.split()
    if not 1 <= len(tokens) <= 4:
        return False
    return part.lower() in photo or part in langdata.media_aliases() or all(t[0].isupper() for t in tokens)


@lru_cache(maxsize=1)
def _photo_agencies() -> frozenset:
    """The picture libraries of ``lang/photo_agencies.txt``, lowercase."""
    text = resources.files(langdata.__name__).joinpath("photo_agencies.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _credit_match(text: str) -> re.Match | None:
    """The first credit pattern that ends ``text``, each tried only when a character it
    needs is there."""
    p = _patterns()
    tries = (
        (text.rstrip(" .!?,;")[-1:] in (")", "]"), p["bracketed"]),
        (":" in text or "/" in text or "©" in text, p["plain"]),
        ("©" in text, p["sign"]),
        (True, p["bare"]),  # … Tweede Kamer. Beeld ANP; (foto Ansa)
        ("/" in text, _AGENCY_CREDIT),
    )
    for needed, rx in tries:
        m = rx.search(text) if needed else None
        if m:
            return m
    return None


def _names_someone(credit: str) -> bool:
    """A credit names an agency or a photographer: a few words, mostly capitalised, no
    figures (``dpa``, ``picture alliance/dpa``, ``Jane Roe/AP``), unlike a link caption
    such as ``Global assets in 2019 - here``."""
    year = _CREDIT_YEAR.search(credit)  # photos © Example Studio, 2018
    credit = credit[: year.start()].rstrip(" ,") if year else credit
    tokens = _TOKEN.findall(credit)
    lower = sum(1 for t in tokens if t[0].islower())
    return (
        len(tokens) <= CREDIT_WORDS and lower <= CREDIT_LOWER_WORDS and not any(ch.isdigit() for ch in credit)
    )


def is_share_list(text: str) -> bool:
    """A list of social networks and share actions, two networks at least (or a share label
    and one network among two items): ``Share: Reddit · X · Email``, ``Facebook Twitter``."""
    p = _patterns()
    label = p["share_label"].match(text)
    pos = label.end() if label else 0
    items = networks = 0
    lowered = _network_names()
    while pos < len(text):
        pos = _skip_connectors(text, pos)
        m = p["channel"].match(text, pos)
        if m is None:
            return False
        items += 1
        networks += m.group(0).lower() in lowered
        pos = m.end()
        sep = _SEP.match(text, pos)
        if sep:
            pos = sep.end()
        pos = _skip_connectors(text, pos)
    return networks >= 2 or (label is not None and items >= 2 and networks >= 1)


@lru_cache(maxsize=1)
def _network_names() -> frozenset:
    """The social networks of ``lang/networks.txt``, lowercase."""
    return frozenset(n.lower() for n in words()["networks"])


def _skip_connectors(text: str, pos: int) -> int:
    """Past the share labels and connectors at ``pos`` (``Auf`` Facebook ``teilen``, ``Share
    on`` X): a share line may repeat its label before or after every network."""
    p = _patterns()
    while pos < len(text):
        m = p["share_label"].match(text, pos) or p["connector"].match(text, pos)
        if m is None or m.end() == pos:
            return pos
        pos = m.end()
    return pos


def is_tag_line(text: str) -> bool:
    """A tag label followed by a list of short items (``Tags: Berlin, Verkehr``), or two or
    more hashtags. A list never ends a sentence, and without a colon it must use a separator
    other than the comma, so that ``Tags later, …`` stays prose."""
    if _HASHTAGS.fullmatch(text):
        return True
    m = _patterns()["tag_label"].match(text)
    if m is None:
        return False
    rest = text[m.end() :].rstrip(" |/·•∙⋅,;#")
    if rest.endswith((".", "!", "?")):
        return False  # Topics: the minister said the plan would work.
    items = _TAG_SPLIT.split(rest)
    if not m.group("colon") and (len(items) < 2 or "," in rest):
        return False
    return bool(rest) and all(_tag_item(i) for i in items)


def _tag_item(item: str) -> bool:
    """One entry of a tag list: a few words, no sentence punctuation, no quotation."""
    item = item.strip()
    if not item or len(item) > TAG_ITEM_CHARS or len(item.split()) > TAG_ITEM_WORDS:
        return False
    return not _ITEM_STOP.search(item)


def is_copyright(text: str) -> bool:
    """A copyright sign or word with a year or holder (``© 2024 Example Media``,
    ``Copyright: dpa``) or a line closed by a rights formula (``Alle Rechte vorbehalten.``).
    A bare ``© dpa`` is a photo credit, not a copyright line."""
    if _QUOTE_RX.search(text):
        return False
    p = _patterns()
    if p["copyright_lead"].match(text):
        return bool(_YEAR.search(text) or _rights_span(text) or not text.startswith("©"))
    return _closed_by_rights(text)


def _closed_by_rights(text: str) -> bool:
    """A rights formula opens or closes the line, and what else it holds is a short holder,
    a ``©`` or a year (``Example Media 2024. All rights reserved.``)."""
    span = _rights_span(text)
    if span is None:
        return False
    before, after = text[: span[0]].strip(_EDGE), text[span[1] :].strip(_EDGE)
    if before and after:
        return False
    rest = before or after
    if before and not text[: span[0]].rstrip().endswith(tuple(_EDGE.strip())):
        return False  # He said all rights reserved.
    return not rest or "©" in rest or bool(_YEAR.search(rest)) or len(rest.split()) <= RIGHTS_HOLDER_WORDS


def _rights_span(text: str) -> tuple[int, int] | None:
    """Where a rights formula opens or closes ``text`` (``All rights reserved``), if it does."""
    p = _patterns()
    m = p["rights"].match(text) or p["rights_end"].search(text, max(0, len(text) - RIGHTS_TAIL))
    return m.span() if m else None


def is_cookie_consent(text: str) -> bool:
    """A sentence about cookies in which the site speaks of itself or to its reader (``We use
    cookies``, ``Diese Website verwendet Cookies``), or a short button line (``Accept all
    cookies``, ``Cookie-Einstellungen``); reporting about cookies, a heading such as
    ``Chocolate chip cookies``, or a quotation, is not."""
    if _QUOTE_RX.search(text):
        return False
    p = _patterns()
    if len(text.split()) <= COOKIE_BUTTON_WORDS and not text.endswith((".", "!", "?")):
        return bool(
            p["cookie_button"].search(text) or p["cookie_self"].search(text)
        )  # Alle Cookies akzeptieren
    return bool(p["cookie_self"].search(text))
