"""Dialogue introduced by dashes, as Spanish prints it: a paragraph opens with a dash, the
speech runs to the next dash, the frame follows it and a closing dash hands back to the speech:
``—No cederemos —dijo el ministro—. Lo repetiremos mañana.``"""

from __future__ import annotations

from collections.abc import Iterator

from .partial import Partial

DASH = "—"


class Dialogue(Partial):
    """Dialogue turns opened by a dash."""

    def dialogue(self) -> None:
        """Every paragraph that opens with a dash and whose speech is followed by a dash and a
        cue verb is one direct quotation; languages that do not list ``direct.dialogue_dash``
        skip the scan."""
        if "direct.dialogue_dash" not in self.allowed:
            return
        for start, end in self._dash_paragraphs():
            self._dash_turn(start, end)

    def _dash_paragraphs(self) -> Iterator[tuple[int, int]]:
        """(offset of the opening dash, end of the line) of every line that opens with a dash."""
        pos = 0
        for line in self.text.split("\n"):
            body = line.lstrip()
            if body.startswith(DASH):
                yield pos + len(line) - len(body), pos + len(line)
            pos += len(line) + 1

    def _dash_turn(self, start: int, end: int) -> None:
        """One turn: —speech —cue speaker—. more speech. The speech up to the second dash, and
        what follows a closing dash after the frame, when a cue verb opens the frame
        (``—dijo el ministro``); not a dash that only sets off an aside (``—y mañana más``)."""
        second = self.text.find(DASH, start + 1, end)
        if second < 0:
            return
        view = self._view_at(second + 1)
        i = self._token_after(view, second + 1)
        cue = self._cue_at(view, i) if i is not None else None
        if i is None or not cue:
            return
        spans = [(start + 1, second)]
        closing = self.text.find(DASH, second + 1, end)
        rest = closing + 1
        while 0 < rest < end and self.text[rest] in ".,; ":
            rest += 1
        if closing >= 0 and rest < end:
            spans.append((rest, end))  # —…—dijo—. Lo repetiremos mañana.
        self._propose(
            "direct",
            start + 1,
            spans[-1][1],
            cue=cue,
            cue_start=view.tokens[i].start,
            spans=tuple(spans),
            rule="direct.dialogue_dash",
            speaker=self._frame_speaker(view, i, closing),
        )

    def _frame_speaker(self, view, i: int, closing: int) -> tuple[int, int] | None:
        """The speaker phrase of a frame that is only the cue and one noun phrase up to the
        closing dash (``—dijo el ministro—``): its character span, handed on to the speaker
        stage; None for any other frame (``—dijo ayer en Madrid el ministro—``), whose speaker
        the speaker strategies find."""
        span = self.np.forward(view, i + 1) if closing >= 0 else None
        if not span or view.tokens[span[1] - 1].end > closing:
            return None
        after = span[1]
        if after >= len(view.tokens) or view.tokens[after].start != closing:
            return None
        return view.tokens[span[0]].start, view.tokens[span[1] - 1].end
