"""Scanners in Qt: the application-wide keyboard-wedge filter and the serial scanner bridge.

Both end in one signal carrying the scanner's raw payload or parsed code; the main
window parses and routes it to the page in front of the user.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from posapp.devices import KeyFate, ScannerState, SerialScanner, SerialSettings, WedgeDetector
from posapp.domain.errors import DeviceError, PosError
from ui.terminal_config import ScannerConfig

_TEXT_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


class WedgeFilter(QObject):
    """Watches every key press in the app and takes out keyboard-wedge scans.

    Keys that may belong to a scan are held back; those that turn out to be typing
    are re-sent, in order, to the widget that has focus. The clock is injected
    because synthetic test key events carry no timestamps.
    """

    #: The scan's payload, prefix and suffix removed (not parsed yet).
    scanned = Signal(str)

    def __init__(self, clock: Callable[[], float], config: ScannerConfig) -> None:
        super().__init__()
        self._detector = WedgeDetector(
            clock,
            max_gap=config.wedge_max_gap_ms / 1000,
            min_length=config.wedge_min_length,
            prefix=config.wedge_prefix,
            suffix=config.wedge_suffix or "\r",
        )
        self._replaying = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(config.wedge_max_gap_ms + 5)
        self._idle.timeout.connect(self.flush_idle)

    def install(self) -> None:
        QCoreApplication.instance().installEventFilter(self)

    def remove(self) -> None:
        QCoreApplication.instance().removeEventFilter(self)
        self._replay(self._detector.reset())

    @Slot()
    def flush_idle(self) -> None:
        """Deliver held keys once no key came for the configured gap."""
        self._replay(self._detector.flush_idle())
        if self._detector.held:
            self._idle.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._replaying or event.type() != QEvent.Type.KeyPress or not self._is_target(obj):
            return False
        assert isinstance(event, QKeyEvent)
        text = event.text()
        if len(text) != 1 or event.modifiers() & ~_TEXT_MODIFIERS:
            # Function keys, shortcuts, arrows: whatever was held was typing.
            self._replay(self._detector.reset())
            return False
        verdict = self._detector.feed("\r" if text == "\n" else text)
        self._replay(verdict.release)
        if verdict.is_scan:
            self.scanned.emit(verdict.scan)
            return True
        if verdict.fate is KeyFate.HOLD:
            self._idle.start()
            return True
        return False

    @staticmethod
    def _is_target(obj: QObject) -> bool:
        """Each key press once: at the focused widget, not again as it propagates."""
        focus = QApplication.focusWidget()
        if focus is not None:
            return obj is focus
        return isinstance(obj, QWidget) and obj is QApplication.activeWindow()

    def _replay(self, text: str) -> None:
        target = QApplication.focusWidget() or QApplication.activeWindow()
        if not text or target is None:
            return
        self._replaying = True
        try:
            for ch in text:
                key = Qt.Key.Key_Return if ch == "\r" else _key_for(ch)
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
                    QCoreApplication.sendEvent(target, event)
        finally:
            self._replaying = False


def _key_for(ch: str) -> Qt.Key:
    code = ord(ch.upper())
    return Qt.Key(code) if 0x20 <= code <= 0x7E else Qt.Key.Key_unknown


class SerialBridge(QObject):
    """Runs a :class:`SerialScanner` and re-emits its worker-thread callbacks as Qt signals."""

    code_scanned = Signal(str)
    scan_refused = Signal(object)  # PosError
    state_changed = Signal(str, object)  # ScannerState value, DeviceError | None

    def __init__(self, config: ScannerConfig, *, code_prefix: str, code_length: int) -> None:
        super().__init__()
        suffix = config.serial_suffix.encode().decode("unicode_escape").encode("latin-1")
        self.settings = SerialSettings(
            port=config.serial_port,
            baudrate=config.serial_baud,
            suffix=suffix or None,
            code_prefix=code_prefix,
            code_length=code_length,
        )
        self._scanner = SerialScanner(
            self.settings,
            on_code=self.code_scanned.emit,
            on_error=self.scan_refused.emit,
            on_state=self._on_state,
        )

    @property
    def state(self) -> ScannerState:
        return self._scanner.state

    def start(self) -> None:
        self._scanner.start()

    def stop(self) -> None:
        try:
            self._scanner.stop()
        except DeviceError:
            pass  # the daemon thread ends with the app; nothing else holds the port

    def _on_state(self, state: ScannerState, error: PosError | None) -> None:
        self.state_changed.emit(state.value, error)
