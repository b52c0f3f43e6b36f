"""The library entry point: ``analyze(source)`` runs the whole pipeline."""
from __future__ import annotations

from . import lang as langdata
from .model import Analysis, Document, Language, Options
from .pipeline import actors, agencies, clean, language, load, segment, speakers, statements
from .pipeline.context import Context


def clean_document(doc: Document, options: Options = Options()):
    """Detect the language and strip boilerplate; returns (Cleaned, Language)."""
    detected = Language(options.language, None) if options.language else language.detect(doc.raw)
    return clean.clean(doc, keep_boilerplate=options.keep_boilerplate, language=detected.code), detected


def analyze_document(doc: Document, options: Options = Options()) -> Analysis:
    """Run the pipeline on a loaded document (text or extracted HTML)."""
    cleaned, detected = clean_document(doc, options)
    data = langdata.get(options.language or detected.code)
    sentences = segment.sentences(cleaned.text, data)
    ctx = Context(cleaned.text, sentences, data)
    found = speakers.attribute(ctx, statements.find(ctx))
    actor_list, quotes = actors.resolve(found, speakers.people(ctx), tuple(data.word_class("distinct_roles")),
                                        data.word_class("definite_determiners"))
    quotes, agency_list = agencies.find(ctx, quotes)
    metadata = {"title": None, "source_url": None}
    for key, value in cleaned.metadata:
        metadata.setdefault(key, None)
        if metadata[key] is None:
            metadata[key] = value
    if doc.url and not metadata.get("url"):
        metadata["url"] = doc.url
    source = {"path": doc.path} if doc.path is not None else {"url": doc.url}
    source.update({"format": doc.format, "encoding": doc.encoding})
    return Analysis(input=source, metadata=metadata, language=detected, text=cleaned.text,
                    boilerplate=cleaned.boilerplate, sentences=sentences, actors=actor_list,
                    quotes=quotes, agencies=agency_list)


def analyze_text(text: str, options: Options = Options(), path: str | None = None) -> Analysis:
    """Analyse an article given as a string of plain text."""
    return analyze_document(Document(raw=text, path=path, format="text"), options)


def analyze(source: str, options: Options = Options()) -> Analysis:
    """Analyse a path, ``-`` (stdin) or an http(s) URL.

    Raises :class:`newsscan.errors.InputError` or :class:`newsscan.errors.FetchError`.
    """
    return analyze_document(load.load(source, options), options)
