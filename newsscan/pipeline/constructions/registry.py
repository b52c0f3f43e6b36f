"""The registry of statement constructions: every rule name a statement can carry
(``quotes[].rule``), the family method that emits it, and its examples and counter-examples.
The direct family (``direct.*``) is registered first, from ``registry_direct``.

An example is ``(language, text, content, speaker)``: analysing ``text`` in ``language`` yields
a statement of this rule with this content and, unless ``speaker`` is None, a speaker whose
name contains ``speaker``.
A counter-example is ``(language, text)``: a near miss on which the rule must not fire.
``needs`` names the language data a construction cannot work without (``attribution:nach``,
``words:anaphoric_subjects``): a language that lists the construction in its
``constructions.txt`` but lacks that data is an error when the data loads.
``tests/test_constructions.py`` runs every example and counter-example of every construction.
"""

from __future__ import annotations

from dataclasses import dataclass

Example = tuple[str, str, str, str | None]
Counter = tuple[str, str]


@dataclass(frozen=True)
class Construction:
    """One named construction: its rule name, the family method that finds it, a one-line
    description, examples and counter-examples."""

    name: str
    finder: str
    description: str
    examples: tuple[Example, ...]
    counter: tuple[Counter, ...] = ()
    needs: tuple[str, ...] = ()


REGISTRY: dict[str, Construction] = {}


def construction(
    name: str,
    finder: str,
    description: str,
    examples: list[Example],
    counter: list[Counter] | None = None,
    needs: tuple[str, ...] = (),
) -> Construction:
    """Register a construction under its rule name; a name registered twice or a construction
    with no example is an error."""
    if name in REGISTRY:
        raise ValueError(f"construction {name!r} registered twice")
    if not examples:
        raise ValueError(f"construction {name!r} has no example")
    REGISTRY[name] = Construction(name, finder, description, tuple(examples), tuple(counter or ()), needs)
    return REGISTRY[name]


from . import registry_direct  # noqa: E402, F401  (the direct family, registered first)

_PLAY = "Das Stück heißt „Die Räuber“ und ist sehr bekannt."

construction(
    "mixed.quoted_report",
    "direct.Direct.direct",
    "a reported sentence ending in a quotation, then the frame: Die Regel sei „…“, sagte X",
    [
        (
            "de",
            "Die Regel sei „völlig unsinnig und veraltet“, sagte der Trainer.",
            "Die Regel sei „völlig unsinnig und veraltet“",
            "Trainer",
        )
    ],
)
construction(
    "mixed.partial_quote",
    "partial.Partial.partial",
    "a quoted phrase in a sentence with a cue: Er nannte die Lage „ernst“",
    [("de", "Der Minister nannte die Lage am Montag „sehr ernst“.", "sehr ernst", "Minister")],
    [("de", _PLAY)],
)
construction(
    "indirect.cue_then_report",
    "indirect.Indirect.indirect",
    "a cue, then the reported clause: sagte, dass … / said (that) …",
    [
        (
            "de",
            "Der Minister sagte, die Lage sei ernst und man prüfe alle Möglichkeiten.",
            "die Lage sei ernst und man prüfe alle Möglichkeiten",
            "Minister",
        ),
        (
            "en",
            "The minister said that the situation was serious after the storm.",
            "that the situation was serious after the storm",
            "minister",
        ),
    ],
    [("de", "Der Minister sagte den Termin am Montag wegen des Wetters ab.")],
)
construction(
    "indirect.report_then_cue",
    "indirect.Indirect.indirect",
    "the reported clause, then its frame: …, sagte er / …, the minister said",
    [
        (
            "de",
            "Die Lage sei ernst und man prüfe alle Möglichkeiten, sagte der Minister.",
            "Die Lage sei ernst und man prüfe alle Möglichkeiten",
            "Minister",
        )
    ],
    [("en", "The team played well on Sunday and won the game.")],
)
construction(
    "indirect.so_frame",
    "indirect.Indirect.indirect",
    "the report with an inserted so-frame: …, so der Minister",
    [("de", "Die Lage sei ernst, so der Minister.", "Die Lage sei ernst", "Minister")],
    needs=("attribution:frame_words",),
)
construction(
    "indirect.anaphoric_frame",
    "indirect.Indirect._anaphoric_frame",
    "a sentence, then a frame referring back to it: … Das teilte die Polizei mit.",
    [
        (
            "de",
            "In der Stadt brannte am Montag ein großes Lagerhaus. Das teilte die Polizei mit.",
            "In der Stadt brannte am Montag ein großes Lagerhaus",
            "Polizei",
        )
    ],
    needs=("words:anaphoric_subjects",),
)
construction(
    "according.preposition",
    "according.According._preposition_report",
    "an according-to preposition: laut X, according to X, selon X",
    [
        ("de", "Laut der Polizei wurde niemand verletzt.", "wurde niemand verletzt", "Polizei"),
        (  # in a relative clause the report is that clause, without the source
            "de",
            "Die Regierung will den Mann ausweisen, der laut dem Ministerium den Befehl gegeben habe.",
            "der den Befehl gegeben habe",
            "Ministerium",
        ),
        (
            "en",
            "According to the police, nobody was hurt in the fire.",
            "nobody was hurt in the fire",
            "police",
        ),
    ],
    [("en", "The fire was reported to the police on Monday morning.")],
    needs=("attribution:prepositions",),
)
construction(
    "according.nach",
    "according.According._preposition_report",
    "nach with a source noun: nach Angaben der Polizei",
    [
        ("de", "Nach Angaben der Polizei wurde niemand verletzt.", "wurde niemand verletzt", "Polizei"),
        (
            "de",
            "Die Verzögerung lag am Verfahren, das nach Angaben eines Sprechers nicht beendet werden konnte.",
            "das nicht beendet werden konnte",
            "Sprecher",
        ),
        (  # the relative pronoun is the source, its antecedent a source noun
            "de",
            "Die Maßnahme folgt den Umfragen im Land, nach denen viele Briten den Vertrag ablehnen.",
            "viele Briten den Vertrag ablehnen",
            None,
        ),
    ],
    [
        ("de", "Nach dem Spiel fuhr die Mannschaft mit dem Bus nach Hause."),
        ("de", "Sie bauten ein Haus, das nach dem Krieg zerstört wurde."),
        ("de", "Er sprach mit dem Mann, nach dem die Polizei seit Tagen sucht."),
    ],
    needs=("attribution:nach",),
)
construction(
    "according.postposition",
    "according.According._postposition_report",
    "an according-to postposition: X zufolge",
    [("de", "Der Polizei zufolge wurde niemand verletzt.", "wurde niemand verletzt", "Polizei")],
    needs=("attribution:postpositions",),
)
construction(
    "according.anaphoric",
    "according.According._according_at",
    "an anaphoric attribution opening the sentence: Demnach …",
    [
        (
            "de",
            "Die Polizei veröffentlichte einen Bericht. Demnach wurde niemand verletzt.",
            "wurde niemand verletzt",
            None,
        )
    ],
    needs=("attribution:anaphoric",),
)
construction(
    "free_indirect.continuation",
    "free_indirect.FreeIndirect.free_indirect",
    "a Konjunktiv sentence right after a report or a narrated speech act",
    [
        (
            "de",
            "Der Minister sagte, die Lage sei ernst. Die Regierung habe alles versucht.",
            "Die Regierung habe alles versucht",
            "Minister",
        )
    ],
)
construction(
    "free_indirect.konjunktiv",
    "free_indirect.FreeIndirect.free_indirect",
    "a Konjunktiv I sentence a few sentences after a report",
    [
        (
            "de",
            "Der Minister sagte am Montag, die Lage sei ernst. Das Wetter war schön. "
            "Die Regierung habe alles versucht.",
            "Die Regierung habe alles versucht",
            "Minister",
        )
    ],
    [("de", "Das Wetter war am Montag schön. Die Regierung habe alles versucht.")],
)
construction(
    "free_indirect.hearsay",
    "free_indirect.FreeIndirect.free_indirect",
    "soll … haben: hearsay in a main clause",
    [
        (
            "de",
            "Es gab am Montag einen Brand. Im Hafen sollen drei Lagerhallen abgebrannt sein.",
            "Im Hafen sollen drei Lagerhallen abgebrannt sein",
            None,
        )
    ],
    [("de", "Es gab am Montag ein Spiel. Die Mannschaft soll morgen noch einmal spielen.")],
)
construction(
    "free_indirect.colon",
    "free_indirect.FreeIndirect.free_indirect",
    "a clause and a colon, then a Konjunktiv I report",
    [
        (
            "de",
            "Der Film lief im Kino. Die Kritikerin sieht ein Problem: Der Film sei viel zu lang und zu laut.",
            "Der Film sei viel zu lang und zu laut",
            "Kritikerin",
        )
    ],
)
