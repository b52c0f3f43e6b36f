"""Article URLs from RSS/Atom/JSON feeds and XML/text sitemaps.

Feeds and sitemaps are fetched through a :class:`~newsscan.download.Downloader` (so
robots.txt, host limits, retries and the cache apply) and parsed with trafilatura's
feeds and sitemaps modules. Links are resolved against the feed's or sitemap's URL;
only http(s) links are kept, each once, in document order. Sitemap indexes are followed
up to ``MAX_SITEMAPS`` sitemaps.
"""

from __future__ import annotations

import urllib.parse
import zlib

from .errors import FetchError

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "text/html",
    "text/plain",
)
SITEMAP_TYPES = (
    "application/xml",
    "text/xml",
    "text/plain",
    "application/gzip",
    "application/x-gzip",
    "application/octet-stream",
)
MAX_SITEMAPS = 100


def _text(body: bytes, limit: int) -> str:
    """Decode a feed or sitemap body (gunzipping a ``.gz`` sitemap within ``limit``)."""
    if body.startswith(b"\x1f\x8b"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            body = inflater.decompress(body, limit + 1)
        except zlib.error as exc:
            raise FetchError(f"cannot decompress: {exc}") from None
        if len(body) > limit:
            raise FetchError(f"decompressed sitemap is larger than the limit of {limit} bytes")
    return body.decode("utf-8", errors="replace").lstrip("\ufeff")


def _absolute(base: str, links) -> list[str]:
    """Links resolved against ``base``: http(s) only, no fragment, each once, in order."""
    seen, out = set(), []
    for link in links:
        url = urllib.parse.urljoin(base, link.strip()).split("#", 1)[0]
        if url.startswith(("http://", "https://")) and url not in seen:
            seen.add(url)
            out.append(url)
    return out


def _is_article(url: str, own: str) -> bool:
    """Not the feed itself and not a home page (a channel's own link)."""
    return url != own and urllib.parse.urlsplit(url).path not in ("", "/")


def feed_links(url: str, downloader) -> list[str]:
    """Article URLs of the RSS, Atom or JSON feed at ``url``."""
    from trafilatura.feeds import FeedParameters, find_links

    page = downloader.get(url, accept=FEED_TYPES)
    text = _text(page.body, downloader.options.max_bytes).strip()
    host = urllib.parse.urlsplit(page.final_url).netloc
    links = find_links(text, FeedParameters(page.final_url, host, page.final_url))
    if not links and not text.startswith(("<", "{")):
        raise FetchError(f"{url}: not a feed (RSS, Atom or JSON)")
    return [u for u in _absolute(page.final_url, links) if _is_article(u, page.final_url)]


def _sitemap_object(url: str, text: str):
    """trafilatura's SitemapObject with our own link filter: every http(s) link is kept
    (trafilatura's filter would drop hosts such as IP addresses)."""
    from trafilatura.sitemaps import DETECT_SITEMAP_LINK, SitemapObject

    class Sitemap(SitemapObject):
        __slots__ = ()

        def handle_link(self, link: str) -> None:
            absolute = _absolute(self.current_url, [link])
            if not absolute or absolute[0] == self.current_url:
                return
            target = self.sitemap_urls if DETECT_SITEMAP_LINK.search(absolute[0]) else self.urls
            target.append(absolute[0])

    sitemap = Sitemap(url, urllib.parse.urlsplit(url).netloc, [])
    sitemap.current_url, sitemap.content = url, text
    return sitemap


def sitemap_links(url: str, downloader, max_sitemaps: int = MAX_SITEMAPS) -> list[str]:
    """Article URLs of the sitemap (or sitemap index) at ``url``, nested sitemaps included."""
    queue, seen, urls = [url], set(), []
    while queue and len(seen) < max_sitemaps:
        current = queue.pop(0)
        if current in seen:
            continue
        seen.add(current)
        page = downloader.get(current, accept=SITEMAP_TYPES)
        sitemap = _sitemap_object(page.final_url, _text(page.body, downloader.options.max_bytes))
        sitemap.process()
        if current == url and not sitemap.urls and not sitemap.sitemap_urls:
            raise FetchError(f"{url}: not a sitemap, or a sitemap with no links")
        urls.extend(sitemap.urls)
        queue.extend(sitemap.sitemap_urls)
    return _absolute(url, urls)
