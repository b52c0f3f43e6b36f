"""Bytes to text: byte-order marks, a declared charset, UTF-8, then charset detection.

Detection uses charset-normalizer (already a dependency of trafilatura), so Polish
cp1250, Russian cp1251 or KOI8-R, Central European ISO-8859-2 and Japanese Shift-JIS
decode right instead of as cp1252 mojibake. Binary data is refused anywhere in the
input, not only in its first kilobytes: NUL bytes, or a window dense with control
characters.
"""

from __future__ import annotations

import codecs
import unicodedata
import zlib

from ..errors import InputError

# longest first: the UTF-32 LE mark begins with the UTF-16 LE one
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
WINDOW = 8192  # control characters are counted per window of this many characters
_ALLOWED_CONTROLS = frozenset("\n\r\t\f")
_CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in _ALLOWED_CONTROLS)


def _bom(data: bytes) -> str | None:
    for mark, name in _BOMS:
        if data.startswith(mark):
            return name
    return None


def _check_text(text: str) -> None:
    """Refuse text that is binary somewhere: any window with many control characters
    (``[:8192]`` alone let a text with a binary tail through)."""
    table = str.maketrans("", "", _CONTROLS)
    for start in range(0, len(text), WINDOW):
        window = text[start : start + WINDOW]
        controls = len(window) - len(window.translate(table))
        if controls > max(8, len(window) // 100):
            raise InputError("binary file, not a text or HTML article")


# Legacy encodings news sites actually use; among the encodings charset-normalizer finds
# plausible, these are preferred over rare ones that happen to look as clean (ISO-8859-10
# for Polish ISO-8859-2 text, for instance).
COMMON = (
    "cp1252",
    "cp1250",
    "cp1251",
    "iso8859_2",
    "iso8859_15",
    "koi8_r",
    "koi8_u",
    "cp1253",
    "iso8859_7",
    "cp1254",
    "iso8859_9",
    "cp1257",
    "iso8859_13",
    "cp1256",
    "cp1255",
    "shift_jis",
    "cp932",
    "euc_jp",
    "iso2022_jp",
    "gb18030",
    "gb2312",
    "gbk",
    "big5",
    "euc_kr",
    "cp949",
    "tis_620",
    "cp874",
    "cp1258",
    "mac_cyrillic",
    "cp866",
)


SAMPLE = 8192  # bytes judged when choosing between legacy encodings
_SCRIPT_GROUPS = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "CJK": "CJK", "IDEOGRAPHIC": "CJK"}


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0].split("-", 1)[0]
    return _SCRIPT_GROUPS.get(first, first)


def _oddities(text: str) -> int:
    """How implausible a decoding looks: words that mix scripts, symbols or superscript
    digits inside a word (``powiedzia³``), and a capital right after a small letter
    (``мИНИСТР``, KOI8-R read as cp1251). Correct decodings score (close to) zero."""
    odd = 0
    for word in text.split():
        letters = [ch for ch in word if ch.isalpha()]
        if len({_script(ch) for ch in letters}) > 1:
            odd += 1
        inner = word[1:-1]
        odd += sum(
            1 for ch in inner if unicodedata.category(ch) in ("So", "Sm", "Sc", "Sk", "No", "Co", "Cn")
        )
        odd += sum(1 for a, b in zip(word, word[1:]) if a.islower() and b.isupper())
    return odd


def _candidates(data: bytes) -> list[str]:
    """Encodings worth judging: charset-normalizer's plausible ones (best first) that are in
    common use, then the other common ones."""
    from charset_normalizer import from_bytes

    found = [m.encoding for m in from_bytes(data[: SAMPLE * 4]) if m.encoding in COMMON]
    return list(dict.fromkeys(found + list(COMMON)))


def _detect(data: bytes) -> tuple[str, str] | None:
    """The common encoding whose decoding of the first bytes looks least odd (ties go to
    charset-normalizer's ranking); the whole input is then decoded with it."""
    sample = data[:SAMPLE]
    best: tuple[int, int, str] | None = None
    for rank, name in enumerate(_candidates(data)):
        try:
            text = sample.decode(name, errors="strict" if len(data) <= SAMPLE else "ignore")
        except UnicodeDecodeError:
            continue
        score = (_oddities(text), rank, name)
        if best is None or score < best:
            best = score
    if best is None:
        return None
    name = best[2]
    text = data.decode(name, errors="replace")
    try:
        if data.decode("cp1252") == text:  # the same text in several encodings: name the usual one
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    return text, name


def decode(data: bytes, declared: str | None = None, *, check: bool = True) -> tuple[str, str]:
    """Decode the bytes of an article; returns ``(text, encoding name)``.

    Order: a byte-order mark (UTF-8, UTF-16, UTF-32), the declared charset (HTTP header or
    ``<meta>``), strict UTF-8, then the charset detected from the bytes; cp1252 with
    replacement characters is the last resort. Raises :class:`InputError` for binary data
    (with ``check``; HTML pages are judged by their extracted text instead).
    """
    bom = _bom(data)
    if bom:
        try:
            text = data.decode(bom)
        except UnicodeDecodeError as exc:
            raise InputError(f"cannot decode {bom.upper()} text: {exc.reason}") from None
        if check:
            _check_text(text)
        return text, bom
    if check and b"\x00" in data:
        raise InputError("binary file, not a text or HTML article")
    for name in filter(None, (declared, "utf-8")):
        try:
            text = data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
        if check:
            _check_text(text)
        return text, codecs.lookup(name).name
    found = _detect(data)
    text, name = found if found else (data.decode("cp1252", errors="replace"), "cp1252")
    if check:
        _check_text(text)
    return text, name


def inflate(data: bytes, wbits: int, limit: int) -> tuple[bytes, bool]:
    """Decompress ``data`` (gzip: ``16 + MAX_WBITS``, zlib: ``MAX_WBITS``, raw deflate:
    ``-MAX_WBITS``), never producing more than ``limit + 1`` bytes; returns the output and
    whether the stream was complete. Raises ``zlib.error`` for corrupt data and
    ``OverflowError`` past the limit."""
    inflater = zlib.decompressobj(wbits)
    out = inflater.decompress(data, limit + 1)
    if len(out) > limit:
        raise OverflowError(limit)
    return out, inflater.eof
