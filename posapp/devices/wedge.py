"""Telling a keyboard-wedge scan from a person typing, by the time between keys.

A wedge (USB HID) scanner is a keyboard: it types its payload far faster than a
person can, pressing Shift (or AltGr) around each upper-case letter or symbol
as a keyboard would, then presses Enter (or Tab, or nothing: a configured
suffix), optionally after a configured prefix. The UI's event filter turns each
key event into a :class:`Key` and feeds it to :class:`WedgeDetector`, which
answers whether to hold it back (it may belong to a scan), let it through as
typing, or report a finished scan. Keys held back and later found to be typing
come back in ``Verdict.release`` so the UI can deliver them, in order, where
they were typed.

The clock is a parameter because Qt's synthetic test key events carry no
timestamps; the UI passes ``time.monotonic`` and tests pass a fake clock. The gap
between two keys that carry the time they were typed (``Key.at``) is taken from
those times.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from posapp.domain.errors import InvalidInput

#: Keys that may end a scan; any other character that is not printable never belongs to one.
_SUFFIX_KEYS = "\r\t\n"


@dataclass(frozen=True)
class Key:
    """One key event as the detector sees it.

    ``text`` is the one character a key press types (``"\\r"`` for Enter,
    ``"\\t"`` for Tab), with Shift or AltGr already applied; it is empty for key
    releases, for a modifier on its own and for keys that type nothing or act as
    commands (Backspace, Delete, Esc, arrows, function keys, Ctrl/Alt shortcuts,
    auto-repeat). ``event`` is the UI's own event, handed back on release.
    """

    text: str = ""
    press: bool = True
    modifier: bool = False
    event: Any = None
    #: When the key was pressed, in seconds on the window system's clock, if the event
    #: says. A busy app handles keys late and all at once: then only the times they were
    #: typed tell a person from a scanner. Without it, the detector reads its own clock.
    at: float | None = None

    @property
    def is_command(self) -> bool:
        """A key a person presses to act (Backspace, Esc, a shortcut): never part of a scan."""
        return self.press and not self.modifier and not self.text


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

    ``release`` holds earlier keys now known to be typing: deliver them first.
    ``scan`` is a scan's payload (prefix and suffix removed) that ended before
    or with this key, empty if none; its keys were consumed. Then this key:
    held, delivered (``TYPE``) or consumed as the scan's suffix (``SCAN``).
    """

    fate: KeyFate
    release: tuple[Key, ...] = ()
    scan: str = ""

    @property
    def is_scan(self) -> bool:
        return bool(self.scan)


class WedgeDetector:
    """Recognises scans in a stream of key events.

    A scan is: the prefix (if configured), at least ``min_length`` characters,
    then the suffix, each character pressed less than ``max_gap`` seconds after
    the one before. With no suffix, a run of fast characters ends when no key
    comes for ``max_gap``. Guarantees:

    - every key fed comes back exactly once: as a ``TYPE`` key, in a later
      ``release``, or consumed by a recognised scan;
    - keys are never reordered;
    - a modifier pressed or released on its own, and key releases, never end a
      scan: a scanner sends Shift around every upper-case letter;
    - commands (Backspace, Esc, arrows, shortcuts) go straight through when
      nothing is held, and release what is held before them otherwise;
    - with a prefix configured, a key that cannot begin it is let through at
      once; without one, a key is held for at most ``max_gap`` (until the next
      key or :meth:`flush_idle`);
    - a pause of ``max_gap`` or more ends the held run: a scan if there is no
      suffix and it is long enough, otherwise typing, and the next key starts afresh.
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
        if any(ch not in _SUFFIX_KEYS and not ch.isprintable() for ch in prefix + suffix):
            raise InvalidInput(
                "A wedge prefix or suffix can hold only printable characters, Enter or Tab.")
        self._clock = clock
        self._max_gap = max_gap
        self._min_length = min_length
        self._max_length = max_length
        self._prefix = prefix
        self._suffix = suffix
        self._held: list[Key] = []
        self._text = ""  # the characters typed by the held keys
        self._last_char_at = 0.0
        self._last_char_typed: float | None = None

    @property
    def held(self) -> str:
        """The characters of the keys currently held back."""
        return self._text

    def feed(self, key: Key) -> Verdict:
        """Judge one key event."""
        if key.press and len(key.text) > 1:
            raise InvalidInput("Feed the wedge detector one key at a time.")
        now = self._clock()
        ended = Verdict(KeyFate.TYPE)
        if key.text and self._held and self._gap(key, now) >= self._max_gap:
            ended = self._end_run()
        verdict = self._judge(key, now)
        return Verdict(verdict.fate, ended.release + verdict.release, ended.scan or verdict.scan)

    def flush_idle(self) -> Verdict:
        """End the held run if no key came for ``max_gap``: a scan, or keys to deliver."""
        if self._held and self._is_pause(self._clock()):
            return self._end_run()
        return Verdict(KeyFate.TYPE)

    def reset(self) -> tuple[Key, ...]:
        """Release every held key at once (a click, focus moved, window closed)."""
        held, self._held, self._text = tuple(self._held), [], ""
        return held

    def _judge(self, key: Key, now: float) -> Verdict:
        if not key.text:
            if key.is_command or not self._held:
                return Verdict(KeyFate.TYPE, self.reset())
            self._held.append(key)  # a release or Shift inside a run belongs to it
            return Verdict(KeyFate.HOLD)
        self._last_char_at, self._last_char_typed = now, key.at
        if not self._held:
            return self._start(key)
        candidate = self._text + key.text
        if len(candidate) <= len(self._prefix):
            if self._prefix.startswith(candidate):
                return self._hold(key)
            return self._restart(key)
        payload = candidate[len(self._prefix):]
        if self._suffix and payload.endswith(self._suffix):
            if len(payload) - len(self._suffix) >= self._min_length:
                self.reset()
                return Verdict(KeyFate.SCAN, scan=payload[: len(payload) - len(self._suffix)])
            return Verdict(KeyFate.TYPE, self.reset())
        if not self._may_continue(payload) or len(payload) > self._max_length:
            return self._restart(key)
        return self._hold(key)

    def _may_continue(self, payload: str) -> bool:
        """Whether the payload's last character can still be in a scan: printable, or
        the start of a several-character suffix."""
        if payload[-1].isprintable():
            return True
        return any(payload.endswith(self._suffix[:n]) for n in range(1, len(self._suffix)))

    def _start(self, key: Key) -> Verdict:
        """Judge a character that no held key precedes."""
        could_begin = self._prefix.startswith(key.text) if self._prefix else key.text.isprintable()
        return self._hold(key) if could_begin else Verdict(KeyFate.TYPE)

    def _restart(self, key: Key) -> Verdict:
        """What was held was typing; judge this key afresh."""
        release = self.reset()
        verdict = self._start(key)
        return Verdict(verdict.fate, release)

    def _hold(self, key: Key) -> Verdict:
        self._held.append(key)
        self._text += key.text
        return Verdict(KeyFate.HOLD)

    def _end_run(self) -> Verdict:
        """The held run is over: a scan when no suffix is expected and it is long enough."""
        payload = self._text[len(self._prefix):]
        complete = self._text.startswith(self._prefix) and len(payload) >= self._min_length
        if not self._suffix and complete:
            self.reset()
            return Verdict(KeyFate.TYPE, scan=payload)
        return Verdict(KeyFate.TYPE, self.reset())

    def _gap(self, key: Key, now: float) -> float:
        """Time since the last character: by when both were typed if known, else by when
        they came (a negative difference means the window system's clock wrapped)."""
        if key.at is not None and self._last_char_typed is not None:
            typed = key.at - self._last_char_typed
            if typed >= 0:
                return typed
        return now - self._last_char_at

    def _is_pause(self, now: float) -> bool:
        return now - self._last_char_at >= self._max_gap
