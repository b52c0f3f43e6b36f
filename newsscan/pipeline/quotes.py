"""Quotation-mark spans: pairing opening and closing marks, across paragraphs when a
quote continues (a paragraph that ends open and a next one that reopens)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Quoted:
    open: int  # offset of the opening mark
    close: int  # offset just after the closing mark (or the paragraph end)
    parts: tuple  # (start, end) of the content, one part per paragraph

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def contains(self, offset: int) -> bool:
        return self.open <= offset < self.close


def _opens(text: str, i: int, same: bool) -> bool:
    """A symmetric mark (") opens a quote at a word start, not after a letter."""
    if not same:
        return True
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-/") and not after.isspace()


def find(text: str, pairs: tuple) -> tuple[Quoted, ...]:
    closers: dict[str, tuple] = {}
    for o, c in pairs:
        closers[o] = closers.get(o, ()) + (c,)
    # « and » are both openers in the pair list; the first one seen fixes the convention.
    first_guillemet = next((ch for ch in text if ch in "»«"), None)
    out: list[Quoted] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch not in closers or (ch in "»«" and ch != first_guillemet):
            i += 1
            continue
        ends = closers[ch]
        same = ch in ends
        if not _opens(text, i, same):
            i += 1
            continue
        parts = []
        start = i + 1
        j = start
        close = None
        while j < n:
            c = text[j]
            if c in ends and (not (same or c == "’") or j + 1 >= n or not text[j + 1].isalnum()):
                close = j
                break
            if c == "\n" and text.startswith("\n\n", j):
                nxt = j + 2
                while nxt < n and text[nxt] == "\n":
                    nxt += 1
                if nxt < n and text[nxt] == ch:
                    parts.append((start, j))
                    start = j = nxt + 1
                    continue
                break
            j += 1
        if close is None and ch == "'":
            i += 1  # a lone straight apostrophe ('90s, players' union) opens nothing
            continue
        if close is None:
            end = j
            parts.append((start, end))
            out.append(Quoted(i, end, tuple(parts)))
            i = end
            continue
        parts.append((start, close))
        out.append(Quoted(i, close + 1, tuple(parts)))
        i = close + 1
    return tuple(q for q in out if any(e > s for s, e in q.parts))
