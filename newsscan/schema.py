"""The JSON wire form of an analysis, version ``newsscan/1``.

One article is one object::

    {"schema": "newsscan/1",
     "input":    {"path" | "url": str, "format": "text" | "html", "encoding": str | null,
                  "requested_url": str},   # only when a fetched URL was redirected
     "metadata": {"title": str | null, "source_url": str | null, ...},
     "language": {"code": str, "probability": float | null,    # null when the language was given
                  "supported": bool,       # false: newsscan has no data of its own for this language
                  "data": str | null},     # whose data read it: the code, a related one, or null
                                           # (null: only quotation marks were used, no speakers)
     "text":     str,                      # the cleaned text; every offset indexes into it
     "boilerplate": [{"text", "kind", "line"}],
     "actors":   [{"id", "name", "role", "kind", "gender", "mentions": [str]}],
     "quotes":   [{"id", "speaker", "speaker_mention", "actor", "role", "text", "type", "cue",
                   "via", "start", "end", "sentence", "spans": [[start, end]], "rule", "negated",
                   "speaker_rule"}],
     "agencies": [{"name", "mentions", "quotes": [quote id]}]}

A source that failed is an error record::

    {"schema": "newsscan/1", "input": {"path" | "url": str}, "error": {"kind": str, "message": str}}

Keys are always present (null when unknown), except ``input.requested_url``; lists are
ordered by offset or first mention, so output is deterministic. Fields may be added in a minor change; a field
is only removed or renamed with a new schema version.

Added within ``newsscan/1``:

- ``quotes[].rule``: the name of the construction that found the statement, as
  ``family.construction`` (``direct.post_frame``, ``indirect.cue_then_report``,
  ``according.preposition``, ``free_indirect.konjunktiv``, …; the list is ``RULES``).
  It says how a statement was found, so that precision and recall can be measured per
  rule (``newsscan eval --by-rule``); names may be added as rules are added.
- ``input.requested_url``: present only when a fetched URL was redirected: the URL asked
  for, while ``input.url`` is the final one. Outputs name the source by it (the SQLite and
  Parquet ``source`` column), so ``--skip-existing`` recognises the URL it was given.
- ``actors[].gender``: ``"f"``, ``"m"`` or null (unknown), for a person or an unnamed
  actor: from a gendered honorific (*Frau*, *Ms.*), a gendered role noun (*Ministerin*,
  *spokeswoman*, *la directrice*), a pronoun bound to the actor, else the given name
  (the forename dictionary, :mod:`newsscan.lang.forenames`; ambiguous names such as
  *Andrea* or *Kim* stay null). Always null for an organisation or a document.
- ``actors[].kind`` may be ``document``: a document quoted as the source with no named
  author (*the statement read*, *according to court records*, *laut der Mitteilung*). It is
  never a person; ``newsscan actors`` leaves documents out of its rows. The other kinds are
  ``person``, ``organisation`` and ``unnamed``.
- ``quotes[].negated``: true when the cue verb is negated (*did not confirm that …*,
  *bestätigte nicht, dass …*, *n'a pas confirmé que …*); the cue then holds the negation as
  written (``did not confirm``, ``bestätigte nicht``, ``teilte nicht mit``). A negated report
  says what the speaker did not say or confirm: a consumer that wants only claims drops these.
  The negation words are language data (``[negations]`` in each language's ``grammar.txt``).
- ``quotes[].speaker_rule``: how ``speaker_mention`` was found, null when there is none:
  ``frame`` (the construction that found the statement read the speaker phrase in its frame:
  ``"…," the minister said``), the name of the speaker strategy that found the subject of the
  cue (``subject_before_cue``, ``pronoun_after_cue``, …; the list, in the order they are
  tried, is ``speaker_rules()``), ``topic`` (a cue with no written subject, ``ha assicurato``,
  continues the subject of the narrated sentence before it), ``cataphora`` (an unframed
  Konjunktiv report takes the speaker of the report framed at its end right after it: ``Das
  System habe sich bewährt. Es sei gelobt worden, berichtete X.``), or ``inherited`` (a
  statement with no speaker of its own took the speaker of the statement before it). ``newsscan eval
  --by-rule`` scores speakers per speaker rule.
"""

from __future__ import annotations

from .model import Analysis

SCHEMA = "newsscan/1"

ANALYSIS_KEYS = (
    "schema",
    "input",
    "metadata",
    "language",
    "text",
    "boilerplate",
    "actors",
    "quotes",
    "agencies",
)
QUOTE_KEYS = (
    "id",
    "speaker",
    "speaker_mention",
    "actor",
    "role",
    "text",
    "type",
    "cue",
    "via",
    "start",
    "end",
    "sentence",
    "spans",
    "rule",
    "negated",
    "speaker_rule",
)
# every value of quotes[].rule, with the construction it names
RULES = {
    "direct.post_frame": "a quotation, then its frame: „…“, sagte sie / “…,” he said",
    "direct.post_frame_passive": "a quotation, then a passive frame: „…“, wird der Minister zitiert",
    "direct.pre_frame": "a frame with a cue, then the quotation: Er sagte: „…“",
    "direct.colon_frame": "a clause with no cue verb and a colon, then the quotation: Er fuhr fort: „…“",
    "direct.headline_speaker": "a name or role and a colon, then the quotation: Merz: „…“",
    "direct.introducer": "a quotation after an introducing phrase: mit den Worten „…“",
    "direct.split_quote": "a quotation interrupted by its frame: „…“, sagte er, „…“",
    "direct.interrupted": "a quotation, its frame as a sentence, and an unframed quotation that "
    'continues it: "We tried," she said. "It failed."',
    "direct.paragraph": "a later paragraph of a quotation that runs over several paragraphs: "
    "no cue, the speaker of the first",
    "direct.shared_frame": "a quotation after a framed one and its frame, with no frame of its own, as a "
    "statement of its own with that frame: „A“, sagte X. „B“",
    "direct.unframed": "a quotation that is a sentence or paragraph of its own, with no frame",
    "direct.dialogue_dash": "a paragraph opening with a dash, then a dash and the frame: "
    "—No cederemos —dijo él—.",
    "mixed.quoted_report": "a reported sentence ending in a quotation, then the frame: "
    "Die Regel sei „…“, sagte X",
    "mixed.partial_quote": "a quoted phrase in a sentence with a cue: Er nannte die Lage „ernst“",
    "indirect.cue_then_report": "a cue, then the reported clause: sagte, dass … / said (that) …",
    "indirect.report_then_cue": "the reported clause, then its frame: …, sagte er / …, the minister said",
    "indirect.so_frame": "the report with an inserted so-frame: …, so der Minister",
    "indirect.anaphoric_frame": "a sentence or clause, then a frame referring back to it: "
    "… Das teilte die Polizei mit. / …, das entschied die Behörde.",
    "indirect.noun_complement": "a speech noun with its source, then the clause completing it: "
    "die Forderung der SPD, die Steuern zu senken",
    "according.preposition": "an according-to preposition: laut X, according to X, selon X",
    "according.nach": "nach with a source noun: nach Angaben der Polizei",
    "according.postposition": "an according-to postposition: X zufolge",
    "according.anaphoric": "an anaphoric attribution opening the sentence: Demnach …",
    "free_indirect.continuation": "a Konjunktiv sentence right after a report or a narrated speech act",
    "free_indirect.konjunktiv": "a Konjunktiv I sentence a few sentences after a report",
    "free_indirect.hearsay": "soll … haben: hearsay in a main clause",
    "free_indirect.colon": "a clause and a colon, then a Konjunktiv I report",
}
ACTOR_KEYS = ("id", "name", "role", "kind", "gender", "mentions")
AGENCY_KEYS = ("name", "mentions", "quotes")


def speaker_rules() -> dict[str, str]:
    """Every value of ``quotes[].speaker_rule``, in the order they are tried, with what it
    means: ``frame``, the speaker strategies (the first line of each one's docstring),
    ``topic``, ``cataphora`` and ``inherited``."""
    from .pipeline.speaker_strategies import STRATEGIES

    rules = {"frame": "the construction that found the statement read the speaker phrase in its frame"}
    for strategy in STRATEGIES:
        rules[strategy.__name__] = " ".join((strategy.__doc__ or "").split("\n\n")[0].split())
    rules["topic"] = (
        "a cue whose subject the language leaves unwritten (ha assicurato, añadió) continues the "
        "subject of the narrated sentence before it"
    )
    rules["cataphora"] = (
        "an unframed report with no speaker takes the speaker of the report right after it, "
        "whose frame stands at its end (… habe sich bewährt. Es sei gelobt worden, berichtete X.)"
    )
    rules["inherited"] = "no speaker of its own: the speaker of the statement before"
    return rules


def to_dict(a: Analysis) -> dict:
    quotes = []
    for q in a.quotes:
        st = q.statement
        quotes.append(
            {
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
                "rule": st.rule,
                "negated": st.negated,
                "speaker_rule": st.speaker_rule,
            }
        )
    return {
        "schema": SCHEMA,
        "input": dict(a.input),
        "metadata": dict(a.metadata),
        "language": {
            "code": a.language.code,
            "probability": a.language.probability,
            "supported": a.language.supported,
            "data": a.language.data,
        },
        "text": a.text,
        "boilerplate": [{"text": r.text, "kind": r.kind, "line": r.line} for r in a.boilerplate],
        "actors": [
            {
                "id": x.id,
                "name": x.name,
                "role": x.role,
                "kind": x.kind,
                "gender": x.gender,
                "mentions": list(x.mentions),
            }
            for x in a.actors
        ],
        "quotes": quotes,
        "agencies": [{"name": g.name, "mentions": g.mentions, "quotes": list(g.quotes)} for g in a.agencies],
    }


def error_record(source: str, kind: str, message: str) -> dict:
    key = "url" if source[:8].lower().startswith(("http://", "https://")) else "path"
    return {"schema": SCHEMA, "input": {key: source}, "error": {"kind": kind, "message": message}}
