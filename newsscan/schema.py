"""The JSON wire form of an analysis, version ``newsscan/1``.

One article is one object::

    {"schema": "newsscan/1",
     "input":    {"path" | "url": str, "format": "text" | "html", "encoding": str | null},
     "metadata": {"title": str | null, "source_url": str | null, ...},
     "language": {"code": str, "probability": float | null,    # null when the language was given
                  "supported": bool,       # false: newsscan has no data of its own for this language
                  "data": str | null},     # whose data read it: the code, a related one, or null
                                           # (null: only quotation marks were used, no speakers)
     "text":     str,                      # the cleaned text; every offset indexes into it
     "boilerplate": [{"text", "kind", "line"}],
     "actors":   [{"id", "name", "role", "kind", "mentions": [str]}],
     "quotes":   [{"id", "speaker", "speaker_mention", "actor", "role", "text", "type", "cue",
                   "via", "start", "end", "sentence", "spans": [[start, end]]}],
     "agencies": [{"name", "mentions", "quotes": [quote id]}]}

A source that failed is an error record::

    {"schema": "newsscan/1", "input": {"path" | "url": str}, "error": {"kind": str, "message": str}}

Keys are always present (null when unknown); lists are ordered by offset or first
mention, so output is deterministic. Fields may be added in a minor change; a field
is only removed or renamed with a new schema version.
"""
from __future__ import annotations

from .model import Analysis

SCHEMA = "newsscan/1"

ANALYSIS_KEYS = ("schema", "input", "metadata", "language", "text", "boilerplate", "actors", "quotes", "agencies")
QUOTE_KEYS = ("id", "speaker", "speaker_mention", "actor", "role", "text", "type", "cue", "via",
              "start", "end", "sentence", "spans")
ACTOR_KEYS = ("id", "name", "role", "kind", "mentions")
AGENCY_KEYS = ("name", "mentions", "quotes")


def to_dict(a: Analysis) -> dict:
    quotes = []
    for q in a.quotes:
        st = q.statement
        quotes.append({
            "id": q.id,
            "speaker": q.actor.name if q.actor else None,
            "speaker_mention": st.mention.text if st.mention is not None else None,
            "actor": q.actor.id if q.actor else None,
            "role": q.actor.role if q.actor else None,
            "text": st.text,
            "type": st.type,
            "cue": st.cue,
            "via": st.via,
            "start": st.start,
            "end": st.end,
            "sentence": st.sentence,
            "spans": [list(s) for s in st.spans],
        })
    return {
        "schema": SCHEMA,
        "input": dict(a.input),
        "metadata": dict(a.metadata),
        "language": {"code": a.language.code, "probability": a.language.probability,
                     "supported": a.language.supported, "data": a.language.data},
        "text": a.text,
        "boilerplate": [{"text": r.text, "kind": r.kind, "line": r.line} for r in a.boilerplate],
        "actors": [{"id": x.id, "name": x.name, "role": x.role, "kind": x.kind, "mentions": list(x.mentions)}
                   for x in a.actors],
        "quotes": quotes,
        "agencies": [{"name": g.name, "mentions": g.mentions, "quotes": list(g.quotes)} for g in a.agencies],
    }


def error_record(source: str, kind: str, message: str) -> dict:
    key = "url" if source.startswith(("http://", "https://")) else "path"
    return {"schema": SCHEMA, "input": {key: source}, "error": {"kind": kind, "message": message}}
