"""What every scanner offers the application, whatever its connection."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Protocol

from posapp.domain.errors import DeviceError, PosError


class ScannerState(StrEnum):
    #: The port is open and being read.
    CONNECTED = "connected"
    #: The port could not be opened or was lost; it is being retried.
    RECONNECTING = "reconnecting"
    #: Not running: before ``start()`` and after ``stop()``.
    DISCONNECTED = "disconnected"


#: Receives each normalised code scanned.
CodeCallback = Callable[[str], None]
#: Receives a refusal for each scan that carried no usable code (``InvalidCode``).
ErrorCallback = Callable[[PosError], None]
#: Receives each state change, with the port problem behind it when there is one.
StateCallback = Callable[[ScannerState, DeviceError | None], None]


class Scanner(Protocol):
    """A source of scanned codes that runs on its own until stopped."""

    @property
    def state(self) -> ScannerState: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...
