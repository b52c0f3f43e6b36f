"""Where a cue form frames speech, by the words around it: some forms only in one place (a
participial form after a comma, an auxiliary or a coordinator; an agreeing participle or a
reflexive verb after its reflexive pronoun); a form where only a noun can stand is no cue (the
editor's note, a phone call, …, state news agency X reported); a verb marked @unreflexive with a
reflexive pronoun after it is another verb (meldete sich bei …); a verb of calling gives a name
(wie er sich nannte)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .prose import straight

if TYPE_CHECKING:
    from ..lang import Language
    from .context import SentenceView


def form_out_of_place(lang: Language, view: SentenceView, i: int, verbs: tuple) -> bool:
    """The cue form at token i frames speech only in a place it does not stand in: a
    participial form only after a comma (…, saying the plan failed), an agreeing participle
    or a reflexive verb only after its reflexive pronoun (s'est indignée, se désole; not la
    réforme, qualifiée de …; a défendu le projet)."""
    if all("participial" in v.kind for v in verbs) and not participle_frames(lang, view, i):
        return True
    # kinds are joined with + (speech+reflexive); "unreflexive" is another kind
    reflexive_only = all({"agreed", "reflexive"} & set(v.kind.split("+")) for v in verbs)
    return reflexive_only and not after_reflexive(lang, view, i)


def participle_frames(lang: Language, view: SentenceView, i: int) -> bool:
    """A present participle at i frames a report after a comma (``…, saying the plan
    failed``), an auxiliary (``are alleging that …``, the progressive) or a coordinator
    (``threatening them with tariffs and suggesting he might …``)."""
    if i == 0:
        return False
    prev = view.tokens[i - 1]
    words = lang.word_class
    return prev.text == "," or prev.lower in words("auxiliaries") or prev.lower in words("coordinators")


def after_reflexive(lang: Language, view: SentenceView, i: int) -> bool:
    """Token i follows a reflexive pronoun (se désole), with an auxiliary or an inverted one
    between them (s'est indignée, si è detta, s'est-elle indignée)."""
    tokens, reflexive = view.tokens, lang.word_class("reflexive_pronouns")
    if i > 0 and tokens[i - 1].lower in reflexive:
        return True
    return (
        i > 1
        and tokens[i - 2].lower in reflexive
        and (
            tokens[i - 1].lower in lang.word_class("auxiliaries")
            or bool(lang.rules.inverted_pronoun(tokens[i - 1].lower))
        )
    )


def base_form_before_cue(lang: Language, view: SentenceView, i: int, verbs: tuple) -> bool:
    """``…, state news agency X reported``: a base form right after a comma, with another cue
    form within six words of its clause, is a noun of that cue's subject."""
    tokens = view.tokens
    base = all(tokens[i].lower == v.lemma and "participial" not in v.kind for v in verbs)
    if i == 0 or tokens[i - 1].text != "," or not base:
        return False  # …, saying he recalled …: a participle is a cue of its own
    for k in range(i + 1, min(i + 7, len(tokens))):
        if view.quoted[k] or not tokens[k].text[:1].isalnum():
            return False
        if tokens[k].lower in lang.cue_forms:
            return True
    return False


def noun_by_position(lang: Language, view: SentenceView, i: int, verbs: tuple) -> bool:
    """The cue form at i stands where only a noun can (strategy ``cue.noun_by_position``):
    in a present form opening the sentence (Hopes of a truce drove …), after a possessive (the
    editor's note; not after he's, it's), or after a word of ``[noun_markers]`` or a number
    (no mention, 10-year notes; not the 56-year-old said); in its base form after a word that
    cannot be its subject (a phone call; ``_base_form_subject``)."""
    t, words = view.tokens[i], lang.word_class
    present = t.lower not in lang.participles and not t.lower.endswith(tuple(words("past_endings")))
    if i == 0:
        return present
    prev = view.tokens[i - 1]
    low = straight(prev.lower)
    if low.endswith("'s") and low[:-2] not in words("contracting_pronouns"):
        return True
    if present and (low in words("noun_markers") or prev.text[:1].isdigit()):
        return True
    if present and _object_of_infinitive(lang, view, i):
        return True
    if not all(t.lower == v.lemma for v in verbs) or not prev.text[:1].isalpha():
        return False
    return not _base_form_subject(lang, view, i)


def _object_of_infinitive(lang: Language, view: SentenceView, i: int) -> bool:
    """The -s form at i (no base form) follows a verb after ``to`` (``[infinitive_markers]``) or
    an auxiliary, so it is that verb's object, a noun: ``agreed to settle claims that …``,
    ``will dismiss reports that …``; not a base form (``People close to him say …``), not after
    a participle or an object pronoun (``The man who was arrested says …``), a determiner (``to
    the agency says``) or an adverb (``should also note``)."""
    if i < 2:
        return False
    t, prev, marker = view.tokens[i], view.tokens[i - 1], view.tokens[i - 2]
    words = lang.word_class
    if any(t.lower == v.lemma for v in lang.cue_forms.get(t.lower, ())):
        return False
    return (
        marker.lower in words("infinitive_markers") | words("auxiliaries")
        and prev.text.isalpha()
        and prev.text.islower()
        and prev.lower not in words("determiners") | words("adverb_starters") | words("negations")
        and prev.lower not in words("object_pronouns") | lang.participles
        and not prev.lower.endswith(("ly", *words("past_endings")))
    )


def _base_form_subject(lang: Language, view: SentenceView, i: int) -> bool:
    """A base verb form at i can have a subject: the word before it is a pronoun or plural of
    ``[plural_subjects]``, an auxiliary, a negation, a coordinator, a relative pronoun or an
    adverb (in -ly or of ``[adverb_starters]``), or a plural (a word in -s or of
    ``[plural_subjects]``) stands among the four words before that one in the same clause
    (executives across the world say; not a phone call, global demand)."""
    words = lang.word_class
    plural = tuple(words("plural_endings"))
    low = straight(view.tokens[i - 1].lower)  # didn’t say
    allowed = (
        words("auxiliaries")
        | words("negations")
        | words("coordinators")
        | words("relative_pronouns")
        | words("adverb_starters")
        | words("infinitive_markers")
    )
    if low in allowed or low.endswith("ly"):
        return True
    for t in view.tokens[max(0, i - 6) : i][::-1]:
        if not t.text[:1].isalpha():
            return False
        if t.lower in words("plural_subjects") or t.lower.endswith(plural) and len(t.lower) > 3:
            return True
    return False


def reflexive_after(lang: Language, view: SentenceView, i: int) -> bool:
    """A reflexive pronoun within two words after token i, in its clause (``meldete er
    sich``, ``ergibt sich``)."""
    reflexive = lang.word_class("reflexive_pronouns")
    stop = view.clause_last(i)
    last = i + 3 if stop is None else min(i + 3, stop + 1)
    return any(t.lower in reflexive for t in view.tokens[i + 1 : last])


CALLING_REACH = 12  # words before a verb of calling searched for its clause's start
CLAIM_REACH = 12  # words before a verb of claiming searched for its modal


def clause_first(view: SentenceView, i: int, reach: int) -> int:
    """The first token of token i's clause, at most ``reach`` tokens before it: the token after
    the nearest comma, semicolon or colon. Unlike ``SentenceView.clause_start`` a quotation,
    a parenthesis or a dash does not end the clause: a name the clause gives may be quoted
    (``das sich „Allianz für …“ nennt``)."""
    first = i
    while first > max(0, i - reach) and view.tokens[first - 1].text not in (",", ";", ":"):
        first -= 1
    return first


def calls_by_name(lang: Language, view: SentenceView, i: int) -> bool:
    """The verb of calling (@calling) at token i gives a name and frames no speech: with a
    reflexive pronoun before it in its clause (``das sich selbst „Allianz“ nennt``, ``wie er sich
    gerne nannte``), in the passive in a comparison clause (``„Trap“, wie er genannt wird, …``)
    or as a participle after a comma before a name (``…, genannt „Profil 1.1“``); not ``nannte
    die Lage ernst``, ``nannte sich einen „Brückenbauer“`` (a verdict) nor ``Als Grund wurde
    genannt, dass …``."""
    tokens, words = view.tokens, lang.word_class
    first = clause_first(view, i, CALLING_REACH)
    if any(t.lower in words("reflexive_pronouns") for t in tokens[first:i]):
        return True
    if tokens[first].lower in words("comparison_openers"):
        return any(t.lower in words("passive_auxiliaries") for t in tokens[first : i + 3])
    nxt = i + 1 < len(tokens) and (view.quoted[i + 1] or tokens[i + 1].text[:1].isupper())
    return first == i and i > 0 and tokens[i].lower in lang.participles and bool(nxt)


def claim_missing(lang: Language, view: SentenceView, i: int) -> bool:
    """A verb that frames a report only as a claim (@claimed: ``will wissen, dass …``, ``wollen
    wissen: „…“``) has no modal of ``[claim_modals]`` in its clause: ``weiß, dass …`` states
    knowledge, not what anyone said."""
    modals = lang.word_class("claim_modals")
    first = clause_first(view, i, CLAIM_REACH)
    return not any(t.lower in modals for t in view.tokens[first : i + 3])


def another_sense(lang: Language, view: SentenceView, i: int, verbs: tuple) -> bool:
    """The cue form at token i is used in a sense that is no speech: a verb of calling that
    gives a name (``calls_by_name``) or a verb of knowing with no claim (``claim_missing``)."""
    if all("calling" in v.kind for v in verbs) and calls_by_name(lang, view, i):
        return True
    return all("claimed" in v.kind for v in verbs) and claim_missing(lang, view, i)
