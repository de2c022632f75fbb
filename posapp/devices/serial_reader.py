"""Serial scanners read by pyserial in a worker thread.

The worker owns the port: it opens it, cuts the byte stream into frames,
parses each frame into a code and hands the result to callbacks. When the
device goes away (unplugged, the pty closed, the port never there) it keeps
trying to reopen the port, waiting longer after each failure, until stopped.
No Qt here: the UI wraps the callbacks into signals.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import serial

from posapp.codes import DEFAULT_LENGTH, DEFAULT_PREFIX
from posapp.devices.framing import Dropped, Event, FrameAssembler
from posapp.devices.payload import parse_scan_bytes
from posapp.devices.scanner import CodeCallback, ErrorCallback, ScannerState, StateCallback
from posapp.domain.errors import DeviceError, InvalidCode, InvalidInput

log = logging.getLogger(__name__)

#: How long one read waits for bytes: bounds how late an idle frame is dropped.
_READ_TIMEOUT = 0.05
_PARITIES = {
    "N": serial.PARITY_NONE,
    "E": serial.PARITY_EVEN,
    "O": serial.PARITY_ODD,
    "M": serial.PARITY_MARK,
    "S": serial.PARITY_SPACE,
}


@dataclass(frozen=True)
class SerialSettings:
    """How to reach a serial scanner and read its frames. Defaults: 9600 8N1, CR/LF/CRLF.

    ``suffix=None`` ends a frame at CR, LF or CRLF; a byte string ends it only
    there. ``retry_min``/``retry_max`` bound the wait between reopen attempts,
    which doubles after each failure. Invalid values raise :class:`InvalidInput`.
    """

    port: str
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    suffix: bytes | None = None
    idle_timeout: float = 0.5
    max_frame: int = 256
    code_prefix: str = DEFAULT_PREFIX
    code_length: int = DEFAULT_LENGTH
    retry_min: float = 0.1
    retry_max: float = 5.0

    def __post_init__(self) -> None:
        if not self.port.strip():
            raise InvalidInput("Choose the scanner's serial port.")
        if self.baudrate <= 0:
            raise InvalidInput(
                "The scanner's baud rate must be positive, not {value}.",
                value=self.baudrate,
            )
        if self.bytesize not in (5, 6, 7, 8):
            raise InvalidInput(
                "The scanner's data bits must be 5 to 8, not {value}.",
                value=self.bytesize,
            )
        if self.parity not in _PARITIES:
            raise InvalidInput(
                "The scanner's parity must be one of N, E, O, M, S, not {value!r}.",
                value=self.parity,
            )
        if self.stopbits not in (1, 1.5, 2):
            raise InvalidInput(
                "The scanner's stop bits must be 1, 1.5 or 2, not {value}.",
                value=self.stopbits,
            )
        if not 0 < self.retry_min <= self.retry_max:
            raise InvalidInput("The scanner's retry delays must be positive, the least first.")
        # The assembler checks suffix, idle timeout and frame length the same way, at once.
        FrameAssembler(
            clock=time.monotonic,
            idle_timeout=self.idle_timeout,
            max_length=self.max_frame,
            suffix=self.suffix,
        )


class SerialScanner:
    """Reads codes from a serial scanner in a worker thread until stopped.

    Guarantees:

    - every complete frame produces exactly one call: ``on_code(code)`` with
      the normalised code, or ``on_error(InvalidCode)`` when it carries none;
      a partial, interrupted or overlong frame produces one ``on_error`` too;
    - ``on_state`` is called on every change of :attr:`state`, with a
      :class:`DeviceError` saying what went wrong when the port failed;
    - the port is reopened after any failure, with a delay doubling from
      ``retry_min`` to ``retry_max``, until :meth:`stop`;
    - a callback that raises is logged and does not stop the reader.

    Callbacks run on the worker thread, never on the caller's.
    """

    def __init__(
        self,
        settings: SerialSettings,
        *,
        on_code: CodeCallback,
        on_error: ErrorCallback | None = None,
        on_state: StateCallback | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self._on_code = on_code
        self._on_error = on_error
        self._on_state = on_state
        self._clock = clock
        self._state = ScannerState.DISCONNECTED
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        # Guards _port so that stop() can interrupt a read on the worker's port.
        self._port_lock = threading.Lock()
        self._port: serial.Serial | None = None

    @property
    def state(self) -> ScannerState:
        return self._state

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start the worker; does nothing if it is already running."""
        if self.running:
            return
        self._stopping.clear()
        self._thread = threading.Thread(
            target=self._run, name=f"serial-scanner {self.settings.port}", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop the worker and close the port; returns once the thread has ended.

        Raises :class:`DeviceError` if the worker is still alive after ``timeout``.
        """
        self._stopping.set()
        with self._port_lock:
            if self._port is not None:
                self._port.cancel_read()
        thread = self._thread
        if thread is None:
            return
        thread.join(timeout)
        if thread.is_alive():
            raise DeviceError(
                "The scanner on {port} did not stop in time.",
                port=self.settings.port,
            )
        self._thread = None

    def _run(self) -> None:
        delay = self.settings.retry_min
        while not self._stopping.is_set():
            try:
                port = self._open()
            except (serial.SerialException, OSError, ValueError) as exc:
                self._set_state(ScannerState.RECONNECTING, self._device_error("open", exc))
                self._stopping.wait(delay)
                delay = min(delay * 2, self.settings.retry_max)
                continue
            delay = self.settings.retry_min
            self._set_state(ScannerState.CONNECTED, None)
            try:
                self._read_until_stopped(port)
            except (serial.SerialException, OSError) as exc:
                self._set_state(ScannerState.RECONNECTING, self._device_error("read", exc))
            finally:
                self._close(port)
        self._set_state(ScannerState.DISCONNECTED, None)

    def _open(self) -> serial.Serial:
        s = self.settings
        port = serial.Serial(
            s.port,
            baudrate=s.baudrate,
            bytesize=s.bytesize,
            parity=_PARITIES[s.parity],
            stopbits=s.stopbits,
            timeout=_READ_TIMEOUT,
            exclusive=True,
        )
        with self._port_lock:
            self._port = port
        # stop() may have run between the check in _run and publishing the port.
        if self._stopping.is_set():
            port.cancel_read()
        return port

    def _close(self, port: serial.Serial) -> None:
        with self._port_lock:
            self._port = None
        try:
            port.close()
        except (serial.SerialException, OSError):
            log.debug("closing the lost scanner port failed", exc_info=True)

    def _read_until_stopped(self, port: serial.Serial) -> None:
        s = self.settings
        # A fresh assembler per connection: half a frame from before a loss is meaningless.
        assembler = FrameAssembler(
            clock=self._clock, idle_timeout=s.idle_timeout, max_length=s.max_frame, suffix=s.suffix
        )
        while not self._stopping.is_set():
            chunk = port.read(max(1, port.in_waiting))
            for event in assembler.feed(chunk) if chunk else assembler.expire():
                self._deliver(event)

    def _deliver(self, event: Event) -> None:
        if isinstance(event, Dropped):
            self._call(self._on_error, event.reason.refusal())
            return
        try:
            code = parse_scan_bytes(
                event.payload, prefix=self.settings.code_prefix, length=self.settings.code_length
            )
        except InvalidCode as exc:
            self._call(self._on_error, exc)
            return
        self._call(self._on_code, code)

    def _set_state(self, state: ScannerState, error: DeviceError | None) -> None:
        if state == self._state:
            return
        self._state = state
        if error is None:
            log.info("scanner on %s: %s", self.settings.port, state.value)
        else:
            log.warning("scanner on %s: %s (%s)", self.settings.port, state.value, error.message)
        self._call(self._on_state, state, error)

    def _device_error(self, action: str, exc: BaseException) -> DeviceError:
        if action == "open":
            return DeviceError(
                "The scanner on {port} cannot be opened ({problem}); retrying.",
                port=self.settings.port, problem=exc,
            )
        return DeviceError(
            "The scanner on {port} stopped answering ({problem}); retrying.",
            port=self.settings.port, problem=exc,
        )

    @staticmethod
    def _call(callback: Callable[..., None] | None, *args: object) -> None:
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:
            # A broken consumer must not take the scanner down with it.
            log.exception("a scanner callback failed")
