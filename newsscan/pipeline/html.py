"""Stage 1b: main text and metadata out of an HTML page (trafilatura)."""

from __future__ import annotations

import re

from ..errors import InputError
from ..model import Document
from .encoding import decode

# a meta tag's attributes are looked at within 512 bytes, so a page of unclosed "<meta" costs
# a bounded scan per tag (linear), not a scan to the end of the head per tag (quadratic)
_CHARSET = re.compile(rb"""<meta[^>]{1,512}?charset\s{0,8}=\s{0,8}["']?([\w.:-]+)""", re.IGNORECASE)


def _encoding(data: bytes, content_type: str | None) -> str | None:
    if content_type:
        m = re.search(r"charset=([\w.:-]+)", content_type, re.IGNORECASE)
        if m:
            return m.group(1)
    meta = _CHARSET.search(data[:8192])
    return meta.group(1).decode("ascii", "ignore") if meta else None


def _decode(data: bytes, content_type: str | None) -> tuple[str, str]:
    return decode(data, _encoding(data, content_type), check=False)


MIN_PRECISE_CHARS = 500


def _extract(trafilatura, page: str, url: str | None, favor_precision: bool):
    try:
        return trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
            favor_precision=favor_precision,
        )
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise InputError(f"malformed HTML: {exc}") from None


def load(
    data: bytes, *, path: str | None = None, url: str | None = None, content_type: str | None = None
) -> Document:
    import trafilatura  # heavy: imported only for HTML input

    page, encoding = _decode(data, content_type)
    result = _extract(trafilatura, page, url, favor_precision=True)
    if result is None or len((result.text or "").strip()) < MIN_PRECISE_CHARS:
        # precision mode found (almost) nothing: fall back to the default balance
        fallback = _extract(trafilatura, page, url, favor_precision=False)
        if fallback is not None and len(fallback.text or "") > 2 * len((result.text or "") if result else ""):
            result = fallback
    if result is None or not (result.text or "").strip():
        raise InputError("no article text found in the HTML page")
    meta = []
    for key, attr in (
        ("title", "title"),
        ("author", "author"),
        ("date", "date"),
        ("site_name", "sitename"),
        ("canonical_url", "url"),
        ("description", "description"),
    ):
        value = getattr(result, attr, None)
        if value:
            meta.append((key, value))
    return Document(
        raw=result.text, path=path, url=url, format="html", encoding=encoding, metadata=tuple(meta)
    )
