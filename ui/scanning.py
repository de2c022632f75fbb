"""Scanners in Qt: the application-wide keyboard-wedge filter and the serial scanner bridge.

Both end in one signal carrying the scanner's raw payload or parsed code; the main
window parses and routes it to the page in front of the user.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from posapp.devices import (
    Key,
    KeyFate,
    ScannerState,
    SerialScanner,
    SerialSettings,
    Verdict,
    WedgeDetector,
)
from posapp.domain.errors import DeviceError, PosError
from ui.terminal_config import ScannerConfig

_MODIFIER_KEYS = frozenset({
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R,
    Qt.Key.Key_Mode_switch, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock,
})
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)
#: Windows reports AltGr as Ctrl+Alt: with both, a key that types a character is typing.
_ALTGR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
_FLUSH_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                 QEvent.Type.TouchBegin, QEvent.Type.TabletPress)


def as_key(event: QKeyEvent, target: QObject | None = None, at: float | None = None) -> Key:
    """A Qt key event (a press, its shortcut override, or a release) as the wedge detector
    sees it; the event is copied for a later replay."""
    copy = (QKeyEvent(event), target)
    if event.key() in _MODIFIER_KEYS:
        return Key(press=event.type() != QEvent.Type.KeyRelease, modifier=True, event=copy)
    if event.type() == QEvent.Type.KeyRelease:
        return Key(press=False, event=copy)
    text = "\r" if event.text() == "\n" else event.text()
    mods = event.modifiers() & _COMMAND_MODIFIERS
    typing = (len(text) == 1 and (text.isprintable() or text in "\r\t")
              and (not mods or mods == _ALTGR) and not event.isAutoRepeat())
    return Key(text=text if typing else "", event=copy, at=at)


class WedgeFilter(QObject):
    """Watches every key event in the app and takes out keyboard-wedge scans.

    Keys that may belong to a scan are held back (with their Shift and release
    events, which a scanner sends too); those that turn out to be typing are
    sent again, in order, to the widget they were typed into: as soon as the
    gap shows a person typed them, on a mouse click, on a focus change, or when
    a command key (Backspace, Esc, a shortcut) comes. Commands and modifiers
    that come while nothing is held are never touched.

    Shortcuts given to :meth:`give_way_to` win over text fields' own key
    bindings (a line edit takes Ctrl+U as "delete the line").
    """

    #: The scan's payload, prefix and suffix removed (not parsed yet).
    scanned = Signal(str)

    def __init__(self, clock: Callable[[], float], config: ScannerConfig) -> None:
        super().__init__()
        self._clock = clock
        self._replaying = False
        self._swallowed: set[int] = set()  # keys whose press a scan consumed: drop the release
        self._priority: list[QKeySequence] = []
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setTimerType(Qt.TimerType.PreciseTimer)
        self._idle.timeout.connect(self.flush_idle)
        self._detector = self._detector_for(config)
        self._idle.setInterval(config.wedge_max_gap_ms + 5)

    def configure(self, config: ScannerConfig) -> None:
        """Use new scanner settings from now on; keys held so far are delivered first."""
        detector = self._detector_for(config)  # refuses bad settings before anything changes
        self.flush()
        self._detector = detector
        self._idle.setInterval(config.wedge_max_gap_ms + 5)

    def _detector_for(self, config: ScannerConfig) -> WedgeDetector:
        return WedgeDetector(
            self._clock,
            max_gap=config.wedge_max_gap_ms / 1000,
            min_length=config.wedge_min_length,
            prefix=config.wedge_prefix,
            suffix=config.wedge_suffix,
        )

    def give_way_to(self, *sequences: QKeySequence) -> None:
        self._priority.extend(sequences)

    def install(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)
        app.focusChanged.connect(self._focus_changed)

    def remove(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.removeEventFilter(self)
        app.focusChanged.disconnect(self._focus_changed)
        self.flush()

    @Slot()
    def flush(self) -> None:
        """Deliver every held key now, to where it was typed."""
        self._idle.stop()
        self._deliver(self._detector.reset())

    @Slot()
    def flush_idle(self) -> None:
        """Once no key came for the configured gap: the held keys were typing, or a scan."""
        self._apply(self._detector.flush_idle())
        if self._detector.held:
            self._idle.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if self._replaying:
            return False
        if kind in _FLUSH_EVENTS:
            self.flush()
            return False
        if kind == QEvent.Type.ShortcutOverride and self._is_target(obj):
            assert isinstance(event, QKeyEvent)
            return self._shortcut_override(event)
        if kind not in _KEY_EVENTS or not self._is_target(obj):
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.KeyRelease and event.key() in self._swallowed:
            self._swallowed.discard(event.key())
            return True
        stamp = event.timestamp()  # ms on the window system's clock; 0 if made by Qt or a test
        key = as_key(event, QApplication.focusWidget() or obj, stamp / 1000 if stamp else None)
        verdict = self._detector.feed(key)
        self._apply(verdict)
        if verdict.fate is KeyFate.SCAN:
            self._swallowed.add(event.key())
            return True
        if verdict.fate is KeyFate.HOLD:
            self._idle.start()
            return True
        return False

    def _shortcut_override(self, event: QKeyEvent) -> bool:
        """Before a key press, Qt asks the focused widget whether it wants the key or a
        shortcut may have it."""
        key = as_key(event)
        if self._detector.held and key.text:
            event.accept()  # a scan's next key, Enter included, is no shortcut: keep it
            return True
        if not key.modifier:
            self.flush()  # what was typed before a shortcut is in its field when it acts
        combo = QKeySequence(event.keyCombination())
        if any(seq.matches(combo) == QKeySequence.SequenceMatch.ExactMatch
               for seq in self._priority):
            event.ignore()  # the focused widget never claims it, so the shortcut fires
            return True
        return False

    def _apply(self, verdict: Verdict) -> None:
        self._deliver(verdict.release)
        if verdict.scan:
            self._swallowed.clear()
            self.scanned.emit(verdict.scan)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self._detector.held:
            self.flush()

    @staticmethod
    def _is_target(obj: QObject) -> bool:
        """Each key event once: at the focused widget, not again as it propagates."""
        focus = QApplication.focusWidget()
        if focus is not None:
            return obj is focus
        return isinstance(obj, QWidget) and obj is QApplication.activeWindow()

    def _deliver(self, keys: tuple[Key, ...]) -> None:
        """Send held keys, as typed, to the widget each was typed into (if it still exists)."""
        if not keys:
            return
        self._replaying = True
        try:
            for key in keys:
                event, target = key.event
                if target is not None and isValid(target):
                    QCoreApplication.sendEvent(target, event)
        finally:
            self._replaying = False


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
