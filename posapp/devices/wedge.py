"""Telling a keyboard-wedge scan from a person typing, by the time between keys.

A wedge (USB HID) scanner types its payload far faster than a person can,
then presses Enter (or a configured suffix), optionally after a configured
prefix. The UI's event filter feeds every key that produces text to
:class:`WedgeDetector`, which answers for each key whether to hold it back
(it may belong to a scan), let it through as typing, or report a finished
scan. Keys held back and later found to be typing come back in
``Verdict.release`` so the UI can deliver them, in order, where they belong.

The clock is a parameter because Qt's synthetic test key events carry no
timestamps; the UI passes ``time.monotonic`` and tests pass a fake clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from posapp.domain.errors import InvalidInput


class KeyFate(StrEnum):
    #: Keep this key back: it may be part of a scan. Call ``flush_idle`` after ``max_gap``.
    HOLD = "hold"
    #: Deliver this key to the focused widget, after the keys in ``release``.
    TYPE = "type"
    #: This key finished a scan: swallow it; ``Verdict.scan`` holds the payload.
    SCAN = "scan"


@dataclass(frozen=True)
class Verdict:
    """What to do with one key, and with keys held back before it.

    ``release`` holds earlier keys now known to be typing: deliver them first,
    whatever the fate of this key. ``scan`` is the scanned text (prefix and
    suffix removed) when ``fate`` is ``SCAN``, otherwise empty.
    """

    fate: KeyFate
    release: str = ""
    scan: str = ""

    @property
    def is_scan(self) -> bool:
        return self.fate is KeyFate.SCAN


class WedgeDetector:
    """Recognises scans in a stream of typed characters.

    A scan is: the prefix (if configured), at least ``min_length`` characters,
    then the suffix, every key less than ``max_gap`` seconds after the one
    before. Guarantees:

    - every character fed comes back exactly once: in a scan's payload, as a
      ``TYPE`` key, in a later ``release``, or as part of the prefix/suffix of a
      recognised scan;
    - keys are never reordered;
    - with a prefix configured, a key that cannot begin it is let through at
      once, so typing is never delayed; without one, each key is held for at
      most ``max_gap`` (until the next key or :meth:`flush_idle`);
    - a pause of ``max_gap`` or more mid-scan releases what was held as typing
      and the next key starts afresh.
    """

    def __init__(
        self,
        clock: Callable[[], float],
        max_gap: float = 0.035,
        min_length: int = 6,
        prefix: str = "",
        suffix: str = "\r",
        *,
        max_length: int = 256,
    ) -> None:
        if max_gap <= 0:
            raise InvalidInput("The scanner's key gap must be more than zero seconds.")
        if min_length < 1 or max_length < min_length:
            raise InvalidInput("A wedge scan must be at least one character, within its maximum.")
        if not suffix:
            raise InvalidInput("A wedge scanner needs a suffix (usually Enter) to end its scans.")
        self._clock = clock
        self._max_gap = max_gap
        self._min_length = min_length
        self._max_length = max_length
        self._prefix = prefix
        self._suffix = suffix
        self._held = ""
        self._last_key_at = 0.0

    @property
    def held(self) -> str:
        """The keys currently held back."""
        return self._held

    def feed(self, ch: str) -> Verdict:
        """Judge one typed character (a key's text, exactly one character)."""
        if len(ch) != 1:
            raise InvalidInput("Feed the wedge detector one character at a time.")
        now = self._clock()
        release = self._take_held() if self._held and self._is_pause(now) else ""
        self._last_key_at = now
        if not self._held:
            return self._start(ch, release)
        candidate = self._held + ch
        if len(candidate) <= len(self._prefix):
            if self._prefix.startswith(candidate):
                self._held = candidate
                return Verdict(KeyFate.HOLD, release)
            return self._start(ch, release + self._take_held())
        if candidate.endswith(self._suffix):
            payload = candidate[len(self._prefix) : len(candidate) - len(self._suffix)]
            if len(payload) >= self._min_length:
                self._held = ""
                return Verdict(KeyFate.SCAN, release, payload)
            return Verdict(KeyFate.TYPE, release + self._take_held())
        if len(candidate) - len(self._prefix) >= self._max_length + len(self._suffix):
            return Verdict(KeyFate.TYPE, release + self._take_held())
        self._held = candidate
        return Verdict(KeyFate.HOLD, release)

    def flush_idle(self) -> str:
        """Release held keys if no key came for ``max_gap``; return them for delivery."""
        if self._held and self._is_pause(self._clock()):
            return self._take_held()
        return ""

    def reset(self) -> str:
        """Release every held key at once (focus moved, window closed); return them."""
        return self._take_held()

    def _start(self, ch: str, release: str) -> Verdict:
        """Judge a key that no held key precedes."""
        could_begin = (
            self._prefix.startswith(ch) if self._prefix else not self._suffix.startswith(ch)
        )
        if not could_begin:
            return Verdict(KeyFate.TYPE, release)
        self._held = ch
        return Verdict(KeyFate.HOLD, release)

    def _is_pause(self, now: float) -> bool:
        return now - self._last_key_at >= self._max_gap

    def _take_held(self) -> str:
        held, self._held = self._held, ""
        return held
