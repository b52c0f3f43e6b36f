"""The library entry points.

``analyze(source)`` reads a path, ``-`` or a URL; ``analyze_text`` and ``analyze_html``
take a string; ``analyze_many`` runs a batch in worker processes and yields one record
(a dict in the JSON form) per source, in input order. Keyword options (``language``,
``keep_boilerplate``, ``max_bytes``, ``timeout``) may be given instead of an
:class:`~newsscan.model.Options`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from . import lang as langdata
from .model import Analysis, Document, Language, Options, Quote, Statement
from .pipeline import actors, agencies, clean, language, load, negation, segment, speakers, statements
from .pipeline.agreement import Reference
from .pipeline.context import Context

GENERIC_MIN_WORDS = 3  # a quotation of fewer words is a title or a scare quote


def _options(options: Options | None, overrides: dict) -> Options:
    """An :class:`Options` from an optional base and keyword overrides; the language code is
    checked against the known codes (``ValueError`` listing them otherwise)."""
    unknown = set(overrides) - {f.name for f in dataclasses.fields(Options)}
    if unknown:
        raise TypeError(f"unknown option(s): {', '.join(sorted(unknown))}")
    opts = dataclasses.replace(options or Options(), **overrides)
    if opts.language is not None:
        opts = dataclasses.replace(opts, language=langdata.validate(opts.language))
    return opts


def _language(doc: Document, options: Options) -> Language:
    """The language to read ``doc`` with: the given one or the detected one, with the data
    that will read it (its own, a related language's, or none) stated honestly."""
    detected = Language(options.language, None) if options.language else language.detect(doc.raw)
    used = langdata.data_code(detected.code)
    return dataclasses.replace(detected, supported=used == detected.code, data=used)


def clean_document(doc: Document, options: Options = Options()):
    """Detect the language and strip boilerplate; returns (Cleaned, Language)."""
    detected = _language(doc, options)
    return clean.clean(doc, keep_boilerplate=options.keep_boilerplate, language=detected.code), detected


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without the white space at its edges."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _generic_quotes(ctx: Context) -> tuple[Quote, ...]:
    """The language-independent rule: text in quotation marks of at least a few words is a
    direct statement, with no speaker or cue (used when no language data reads the text)."""
    out = []
    for q in ctx.quoted:
        if len(ctx.text[q.start : q.end].split()) < GENERIC_MIN_WORDS:
            continue
        spans = tuple(_stripped(ctx.text, a, b) for a, b in q.parts)  # a quote over paragraphs: its parts
        text = " ".join(ctx.text[a:b] for a, b in spans)
        sentence = ctx.sentence_at(q.start)
        st = Statement(type="direct", text=text, start=q.start, end=q.end, sentence=sentence, spans=spans)
        out.append(Quote(id=f"q{len(out) + 1}", statement=st, actor=None))
    return tuple(out)


def _metadata(doc: Document, cleaned) -> dict:
    metadata = {"title": None, "source_url": None}
    for key, value in cleaned.metadata:
        metadata.setdefault(key, None)
        if metadata[key] is None:
            metadata[key] = value
    if doc.url and not metadata.get("url"):
        metadata["url"] = doc.url
    return metadata


def analyze_document(doc: Document, options: Options = Options()) -> Analysis:
    """Run the pipeline on a loaded document (text or extracted HTML)."""
    cleaned, detected = clean_document(doc, options)
    data = langdata.get(detected.data) if detected.data else langdata.get(langdata.GENERIC)
    sentences = segment.sentences(cleaned.text, data)
    ctx = Context(cleaned.text, sentences, data)
    if detected.data:
        found = negation.mark(ctx, speakers.attribute(ctx, statements.find(ctx)))
        actor_list, quotes = actors.resolve(found, speakers.people(ctx), Reference.of(data), ctx.text)
    else:
        actor_list, quotes = (), _generic_quotes(ctx)
    quotes, agency_list = agencies.find(ctx, quotes)
    source = {"url": doc.url} if doc.url is not None else {"path": doc.path}
    if doc.requested_url is not None:
        source["requested_url"] = doc.requested_url
    source.update({"format": doc.format, "encoding": doc.encoding})
    return Analysis(
        input=source,
        metadata=_metadata(doc, cleaned),
        language=detected,
        text=cleaned.text,
        boilerplate=cleaned.boilerplate,
        sentences=sentences,
        actors=actor_list,
        quotes=quotes,
        agencies=agency_list,
    )


def analyze_text(
    text: str,
    options: Options | None = None,
    path: str | None = None,
    *,
    language: str | None = None,
    **overrides,
) -> Analysis:
    """Analyse an article given as plain text: ``analyze_text(text, language="de")``;
    ``language=None`` detects it. ``path`` is only recorded as ``input.path``."""
    if language is not None:
        overrides["language"] = language
    return analyze_document(Document(raw=text, path=path, format="text"), _options(options, overrides))


def analyze_html(
    html: str | bytes, url: str | None = None, options: Options | None = None, **overrides
) -> Analysis:
    """Analyse a web page given as a string (or bytes): its main text and metadata are
    extracted first. ``url`` is recorded as ``input.url`` and ``metadata.url``."""
    from .pipeline import html as html_stage

    data = html.encode("utf-8") if isinstance(html, str) else html
    doc = html_stage.load(
        data, url=url, content_type="text/html; charset=utf-8" if isinstance(html, str) else None
    )
    return analyze_document(doc, _options(options, overrides))


def analyze(source: str, options: Options | None = None, **overrides) -> Analysis:
    """Analyse a path, ``-`` (stdin) or an http(s) URL.

    Raises :class:`newsscan.errors.InputError` or :class:`newsscan.errors.FetchError`.
    """
    opts = _options(options, overrides)
    return analyze_document(load.load(source, opts), opts)


def analyze_many(
    sources: Iterable[str], jobs: int = 1, options: Options | None = None, policy=None, **overrides
) -> Iterator[dict]:
    """Analyse many sources (paths, folders, URLs) and yield one dict per article in input
    order, in the JSON form; a source that fails yields an error record instead of raising.
    With ``jobs > 1`` the work is spread over that many processes. URLs are fetched by the
    download pool under ``policy`` (a :class:`newsscan.download.FetchPolicy`: robots.txt,
    retries, limits per host; the default one when None)."""
    from . import batch
    from .download import Downloader, FetchPolicy

    opts = _options(options, overrides)
    if isinstance(sources, str):  # one source, not the characters of its name
        sources = [sources]
    with Downloader(opts, policy or FetchPolicy()) as downloader:
        yield from batch.run(batch.expand(sources), opts, jobs=max(1, int(jobs)), downloader=downloader)
