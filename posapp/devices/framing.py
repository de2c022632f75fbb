"""Cutting a serial scanner's byte stream into frames, without any I/O.

A frame ends in CR, LF or CRLF (or in a configured suffix instead) and may be
wrapped in STX (0x02) / ETX (0x03). The assembler is fed whatever bytes the
port returned and answers with what became complete; the clock is injected so
that the idle timeout is tested without sleeping.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from posapp.domain.errors import InvalidCode, InvalidInput

STX = 0x02
ETX = 0x03
_CR = 0x0D
_LF = 0x0A


@dataclass(frozen=True)
class Frame:
    """One complete frame: its bytes, without STX, ETX or the suffix."""

    payload: bytes


class DropReason(StrEnum):
    IDLE = "idle"
    TOO_LONG = "too_long"
    INTERRUPTED = "interrupted"

    @property
    def message(self) -> str:
        return self.refusal().message

    def refusal(self) -> InvalidCode:
        """The refusal to report for a scan dropped for this reason (a fresh exception)."""
        if self is DropReason.IDLE:
            return InvalidCode("The scanner stopped in the middle of a scan: scan again.")
        if self is DropReason.TOO_LONG:
            return InvalidCode("The scanner sent far more than a gift card code: scan again.")
        return InvalidCode("A scan was cut off by the next one: scan again.")


@dataclass(frozen=True)
class Dropped:
    """Bytes thrown away instead of becoming a frame, and why.

    Only the size is kept: the bytes may hold most of a card code, which must
    not end up in a log.
    """

    reason: DropReason
    size: int


Event = Frame | Dropped


class FrameAssembler:
    """Turns chunks of bytes into :class:`Frame` and :class:`Dropped` events.

    Guarantees:

    - a frame holds exactly the bytes between its delimiters, in order; empty
      frames (the LF of a CRLF, a CR after ETX) produce nothing;
    - with ``suffix=None`` a frame ends at CR or LF; with a suffix, only at that
      byte sequence; ETX always ends a frame, and STX always starts a new one
      (what was pending before it is dropped as ``INTERRUPTED``);
    - a partial frame with no new byte for ``idle_timeout`` seconds is dropped
      as ``IDLE``, on the next :meth:`feed` or :meth:`expire`;
    - a frame growing past ``max_length`` bytes is dropped once as ``TOO_LONG``
      and the rest of it, up to its end, is skipped silently;
    - no input makes it raise.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float],
        idle_timeout: float = 0.5,
        max_length: int = 256,
        suffix: bytes | None = None,
    ) -> None:
        if idle_timeout <= 0:
            raise InvalidInput("The scanner's idle timeout must be more than zero seconds.")
        if max_length < 1:
            raise InvalidInput("The scanner's longest frame must be at least one byte.")
        if suffix is not None and (not suffix or STX in suffix or ETX in suffix):
            raise InvalidInput("The scanner suffix must be one or more bytes other than STX/ETX.")
        self._clock = clock
        self._idle_timeout = idle_timeout
        self._max_length = max_length
        self._suffix = suffix
        self._buffer = bytearray()
        # True while the rest of an overlong frame is being thrown away.
        self._skipping = False
        self._last_byte_at = 0.0

    @property
    def pending(self) -> int:
        """How many bytes of an unfinished frame are held."""
        return len(self._buffer)

    def feed(self, data: bytes) -> list[Event]:
        """Take the next bytes from the port; return the events they complete, in order."""
        events = self.expire()
        if not data:
            return events
        self._last_byte_at = self._clock()
        for byte in data:
            event = self._take(byte)
            if event is not None:
                events.append(event)
        return events

    def expire(self) -> list[Event]:
        """Drop a partial frame that has been idle too long; call it when the port is quiet."""
        idle = self._clock() - self._last_byte_at >= self._idle_timeout
        if not idle or not (self._buffer or self._skipping):
            return []
        if self._skipping:
            # The overlong frame was reported when it overflowed.
            self._skipping = False
            self._buffer.clear()
            return []
        return [self._drop(DropReason.IDLE)]

    def _take(self, byte: int) -> Event | None:
        if byte == STX:
            self._skipping = False
            return self._drop(DropReason.INTERRUPTED) if self._buffer else None
        if byte == ETX or (self._suffix is None and byte in (_CR, _LF)):
            return self._end()
        self._buffer.append(byte)
        if self._suffix is not None and self._buffer.endswith(self._suffix):
            del self._buffer[-len(self._suffix) :]
            return self._end()
        if self._skipping:
            # Only the tail that might begin the suffix is worth keeping.
            keep = len(self._suffix) - 1 if self._suffix else 0
            del self._buffer[: len(self._buffer) - keep]
            return None
        if len(self._buffer) > self._max_length:
            self._skipping = True
            return self._drop(DropReason.TOO_LONG)
        return None

    def _end(self) -> Frame | None:
        if self._skipping:
            self._skipping = False
            self._buffer.clear()
            return None
        if not self._buffer:
            return None
        frame = Frame(bytes(self._buffer))
        self._buffer.clear()
        return frame

    def _drop(self, reason: DropReason) -> Dropped:
        dropped = Dropped(reason, len(self._buffer))
        self._buffer.clear()
        return dropped
