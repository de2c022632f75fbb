"""One QObject that announces what changed, so every view refreshes itself (Anki's hooks).

Operations emit after a successful change; views connect and reload what they show.
Signals carry no business data beyond what a view needs to decide whether to reload.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Application-wide change notifications; one instance per main window."""

    #: Card balances, states or details changed (sale, redeem, adjust, void, batch...).
    cards_changed = Signal()
    #: A sale was opened, completed, cancelled, voided or refunded.
    sales_changed = Signal()
    #: Batches were created or marked printed.
    batches_changed = Signal()
    #: Settings, locations, staff or products changed.
    settings_changed = Signal()
    #: This terminal's own settings (store, name, scanner, printer) were saved.
    terminal_changed = Signal()
    #: E-cards were sold: their ids (list of UUID), for the background sender to e-mail now.
    emails_due = Signal(object)
    #: The signed-in actor changed: ``Actor`` after a login or switch, ``None`` when locked.
    session_changed = Signal(object)
    #: The database answered (True) or failed to (False).
    db_state_changed = Signal(bool)
    #: The scanner's state in words for the status bar ("serial /dev/ttyUSB0: ready").
    scanner_state_changed = Signal(str)
