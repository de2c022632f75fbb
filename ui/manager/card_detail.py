"""One card for a manager: its summary, its whole history, and what may be done to it.

Every action runs its service off the UI thread, shows a refusal through
``ui.errors``, and announces a change with ``events.cards_changed``. Actions a role
may not take are hidden; the services refuse them anyway.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import shiboken6
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from posapp import edge, edge_expiry
from posapp.domain.lifecycle import Status
from posapp.domain.roles import Permission, allows
from posapp.services.cards import queries
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import CardView, EntryView
from printers import render_card
from ui.errors import show_error
from ui.events import AppEvents
from ui.manager.card_actions import (
    CardActionDialog,
    ExpiryDialog,
    NewCodeDialog,
    adjust_spec,
    confirm_transfer,
    confirm_void,
    freeze_spec,
    void_spec,
)
from ui.manager.card_detail_view import CardDetailView
from ui.manager.card_email import CardEmailPanel
from ui.manager.running import run_for
from ui.models.cells import last_day_text
from ui.models.lifetime import while_alive
from ui.models.status import status_label
from ui.operations import OperationRunner
from ui.views.common import set_state

T = TypeVar("T")


class CardDetailDialog(CardDetailView):
    """A card's summary, history and manager actions; open it with :meth:`open`."""

    def __init__(
        self,
        ctx: Context,
        actor_provider: Callable[[], Actor],
        runner: OperationRunner,
        events: AppEvents,
        card: CardView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor = actor_provider
        self._runner = runner
        self._events = events
        self.card = card
        self._busy = False
        self._connect_callbacks()
        self._apply_role(actor_provider())
        self.email_panel = CardEmailPanel(ctx, actor_provider, runner, card.id,
                                          card.recipient_email, self)
        self.layout().insertWidget(self.layout().indexOf(self.message), self.email_panel)
        self.email_panel.changed.connect(self._email_changed)
        self.email_panel.setVisible(self._may_list)
        self._show_card(card)
        self.load_history()

    @property
    def _locale(self) -> str:
        return self._actor().locale

    def _connect_callbacks(self) -> None:
        self.adjust_button.clicked.connect(self.adjust)
        self.freeze_button.clicked.connect(self.freeze)
        self.unfreeze_button.clicked.connect(self.unfreeze)
        self.extend_button.clicked.connect(self.extend)
        self.transfer_button.clicked.connect(self.transfer)
        self.reprint_button.clicked.connect(self.reprint)
        self.void_button.clicked.connect(self.void)
        self.close_button.clicked.connect(self.accept)
        self._events.session_changed.connect(self._on_session_changed)

    # -- what is shown ------------------------------------------------------------------

    def _show_card(self, card: CardView) -> None:
        self.card = card
        locale = self._locale
        self.setWindowTitle(self.tr("Card %1").replace("%1", card.masked_code))
        self.code_label.setText(card.masked_code)
        self.status_label.setText(status_label(card.status))
        set_state(self.status_label, card.status)
        self.balance_label.setText(card.balance.format(locale))
        self.initial_label.setText(card.initial_balance.format(locale))
        self.expiry_label.setText(last_day_text(card.expires_at) or self.tr("Never"))
        recipient = " ".join(x for x in (card.recipient_name, card.recipient_email) if x)
        self.recipient_label.setText(recipient or "—")
        self.purchaser_label.setText(card.purchaser_name or "—")
        self.store_label.setText(card.location)
        self._update_buttons()

    def _apply_role(self, actor: Actor) -> None:
        role = actor.role
        self.adjust_button.setVisible(allows(role, Permission.ADJUST))
        self._may_freeze = allows(role, Permission.FREEZE)
        self.extend_button.setVisible(allows(role, Permission.EXTEND_EXPIRY))
        self.transfer_button.setVisible(allows(role, Permission.TRANSFER))
        self.reprint_button.setVisible(allows(role, Permission.REPRINT))
        self.void_button.setVisible(allows(role, Permission.VOID))
        self._may_list = allows(role, Permission.LIST_CARDS)

    def _action_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.adjust_button,
            self.freeze_button,
            self.unfreeze_button,
            self.extend_button,
            self.transfer_button,
            self.reprint_button,
            self.void_button,
        )

    def _update_buttons(self) -> None:
        if self._busy:
            return
        frozen = self.card.status == Status.FROZEN
        open_card = self.card.status != Status.VOIDED
        self.freeze_button.setVisible(self._may_freeze and not frozen)
        self.unfreeze_button.setVisible(self._may_freeze and frozen)
        for button in self._action_buttons():
            button.setEnabled(open_card)
        # A card that never expires keeps "never": there is no date to move.
        self.extend_button.setEnabled(open_card and self.card.expires_at is not None)

    def _on_session_changed(self, actor: Actor | None) -> None:
        if actor is None:
            self.reject()
        else:
            self._apply_role(actor)

    def load_history(self) -> None:
        if not self._may_list:
            return
        ctx, actor, card_id = self._ctx, self._actor(), self.card.id
        run_for(
            self,
            self._runner,
            lambda: queries.card_history(ctx, actor, card_id),
            self._history_arrived,
        )

    def _history_arrived(self, entries: list[EntryView]) -> None:
        self.history_model.set_entries(entries, self._locale)
        self.email_panel.load()

    def _email_changed(self) -> None:
        """A resend may have corrected the recipient's address: show the card afresh."""
        self._events.emails_due.emit([self.card.id])
        self._events.cards_changed.emit()
        ctx, actor, card_id = self._ctx, self._actor(), self.card.id
        run_for(self, self._runner, lambda: edge.balance(ctx, actor, card_id), self._show_card)

    # -- actions ------------------------------------------------------------------------

    def adjust(self) -> None:
        entered = CardActionDialog.ask(self, self.card, adjust_spec())
        if entered:
            self._act(
                lambda ctx, actor, card_id: (
                    edge.adjust(ctx, actor, card_id, entered.amount, entered.text).card
                ),
                self.tr("Balance adjusted."),
            )

    def freeze(self) -> None:
        entered = CardActionDialog.ask(self, self.card, freeze_spec())
        if entered:
            self._act(
                lambda ctx, actor, card_id: edge.freeze(ctx, actor, card_id, entered.text),
                self.tr("Card frozen."),
            )

    def unfreeze(self) -> None:
        self._act(
            lambda ctx, actor, card_id: edge.unfreeze(ctx, actor, card_id),
            self.tr("Card unfrozen."),
        )

    def extend(self) -> None:
        until = ExpiryDialog.ask_for_card(self, self.card)
        if until:
            self._act(
                lambda ctx, actor, card_id: edge_expiry.extend(ctx, actor, card_id, until).card,
                self.tr("Expiry extended."),
            )

    def void(self) -> None:
        entered = CardActionDialog.ask(self, self.card, void_spec())
        if entered and confirm_void(self, self.card, self._locale):
            self._act(
                lambda ctx, actor, card_id: edge.void(ctx, actor, card_id, entered.text).card,
                self.tr("Card voided."),
            )

    def transfer(self) -> None:
        if not confirm_transfer(self, self.card):
            return
        ctx, actor, card_id = self._ctx, self._actor(), self.card.id

        def work() -> tuple[CardView, CardView]:
            new = edge.transfer(ctx, actor, card_id).card
            return edge.balance(ctx, actor, card_id), new

        locale = self._locale
        self._run_change(
            work,
            self._transferred,
            # The new code exists nowhere else: show it even if this window is gone.
            orphaned=lambda result: NewCodeDialog.show_once(None, result[1], locale),
        )

    def _transferred(self, result: tuple[CardView, CardView]) -> None:
        old, new = result
        self._changed(old, self.tr("Balance moved to %1.").replace("%1", new.masked_code))
        NewCodeDialog.show_once(self, new, self._locale)

    def reprint(self) -> None:
        out = self.ask_pdf_path()
        if out is None:
            return
        ctx, actor, card_id = self._ctx, self._actor(), self.card.id

        def work() -> Path:
            render_card(edge.card_face(ctx, actor, card_id), out)
            return out

        run_for(self, self._runner, work, self._printed, self._failed)

    def ask_pdf_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the card as PDF"),
            f"card-{self.card.last4}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        return Path(name) if name else None

    def _printed(self, out: Path) -> None:
        self.message.setText(self.tr("Card saved to %1.").replace("%1", str(out)))

    # -- running a change ---------------------------------------------------------------

    def _act(self, change: Callable[[Context, Actor, uuid.UUID], CardView], done: str) -> None:
        ctx, actor, card_id = self._ctx, self._actor(), self.card.id
        self._run_change(
            lambda: change(ctx, actor, card_id), lambda view: self._changed(view, done)
        )

    def _run_change(
        self,
        work: Callable[[], T],
        show: Callable[[T], None],
        *,
        orphaned: Callable[[T], None] | None = None,
    ) -> None:
        """Run a change; the dialog cannot be closed until it is answered, and every view
        hears of it (``orphaned`` gets the result if the dialog was destroyed meanwhile)."""
        self._set_busy(True)
        events, dialog = self._events, self

        def succeeded(result: T) -> None:
            events.cards_changed.emit()
            if shiboken6.isValid(dialog):
                dialog._set_busy(False)
                show(result)
            elif orphaned is not None:
                orphaned(result)

        self._runner.run(work, succeeded, while_alive(self, self._failed))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (*self._action_buttons(), self.close_button):
            button.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    def reject(self) -> None:
        """Esc and Close wait while a change is running: its answer must be seen."""
        if not self._busy:
            super().reject()

    def _changed(self, card: CardView, done: str) -> None:
        self._show_card(card)
        self.message.setText(done)
        self.load_history()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message.setText("")
        show_error(self, error)
