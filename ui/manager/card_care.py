"""Card care: a manager scans one card, sees it and its history, and freezes, unfreezes,
voids, adjusts, transfers it or extends its expiry.

Everything goes through the counter port, so the page works on a till of a chain
(the card and its history come from the central service, each change is the same command
a till on the database dispatches) as well as on the database itself. A till that is
offline refuses all of it with its own message: nothing is queued, nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from posapp import edge_counter as build
from posapp.domain.lifecycle import Status
from posapp.domain.roles import Permission, allows
from posapp.services.cards.lookup import CardRef
from posapp.services.command_path import commands as c
from posapp.services.command_path.results import CardView
from ui.controllers.balance_controller import status_text
from ui.counter.port import BalanceFound
from ui.deps import Deps
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
from ui.manager.card_care_view import CardCareView
from ui.models.cells import last_day_text
from ui.views.common import set_state

# How many of the card's latest ledger entries the page shows.
LAST_ENTRIES = 50


class CardCareScreen(QObject):
    def __init__(self, view: CardCareView, deps: Deps) -> None:
        super().__init__(view)
        self.view = view
        self._deps = deps
        self.card: CardView | None = None
        self._busy = False
        v = view
        v.find_button.clicked.connect(lambda: self.look_up(v.code.text()))
        v.code.returnPressed.connect(lambda: self.look_up(v.code.text()))
        v.freeze_button.clicked.connect(self.freeze)
        v.unfreeze_button.clicked.connect(self.unfreeze)
        v.adjust_button.clicked.connect(self.adjust)
        v.extend_button.clicked.connect(self.extend)
        v.transfer_button.clicked.connect(self.transfer)
        v.void_button.clicked.connect(self.void)
        self._show(None)

    # the page's part in the window ------------------------------------------------------
    def handle_scan(self, code: str) -> bool:
        self.look_up(code)
        return True

    def focus_input(self) -> None:
        self.view.code.setFocus()

    def back_out(self) -> None:
        if self._busy:
            return
        self.view.code.clear()
        self.view.banner.clear_message()
        self._show(None)

    # looking a card up ------------------------------------------------------------------
    def look_up(self, code: str) -> None:
        code = code.strip()
        if not code or self._busy:
            return
        actor, counter = self._deps.actor(), self._deps.counter
        self._set_busy(True)
        self._deps.runner.run(lambda: counter.card_care(actor, code, last=LAST_ENTRIES),
                              self._found, self._refused_look_up)

    def _found(self, found: BalanceFound) -> None:
        self._set_busy(False)
        self.view.code.clear()
        self.view.banner.clear_message()
        self._show(found)

    def _refused_look_up(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show(None)
        self.view.banner.show_failure(error)
        self.view.code.selectAll()
        self.view.code.setFocus()

    # the actions ------------------------------------------------------------------------
    def freeze(self) -> None:
        card = self.card
        entered = CardActionDialog.ask(self.view, card, freeze_spec()) if card else None
        if card and entered:
            self._change(lambda: build.freeze(CardRef(card_id=card.id), entered.text),
                         self.tr("Card frozen."))

    def unfreeze(self) -> None:
        card = self.card
        if card:
            self._change(lambda: build.unfreeze(CardRef(card_id=card.id)),
                         self.tr("Card unfrozen."))

    def adjust(self) -> None:
        card = self.card
        entered = CardActionDialog.ask(self.view, card, adjust_spec()) if card else None
        if card and entered:
            currency = self._deps.actor().currency
            self._change(lambda: build.adjust(currency, CardRef(card_id=card.id),
                                              entered.amount, entered.text),
                         self.tr("Balance adjusted."))

    def extend(self) -> None:
        card = self.card
        until = ExpiryDialog.ask_for_card(self.view, card) if card else None
        if card and until:
            self._change(lambda: c.ExtendExpiry(CardRef(card_id=card.id), until),
                         self.tr("Expiry extended."))

    def void(self) -> None:
        card, locale = self.card, self._deps.actor().locale
        entered = CardActionDialog.ask(self.view, card, void_spec()) if card else None
        if card and entered and confirm_void(self.view, card, locale):
            self._change(lambda: build.void(CardRef(card_id=card.id), entered.text),
                         self.tr("Card voided."))

    def transfer(self) -> None:
        card = self.card
        if card and confirm_transfer(self.view, card):
            self._change(lambda: build.transfer(CardRef(card_id=card.id)), "", moved=True)

    def _change(self, command: Callable[[], build.CardCare], done: str, *,
                moved: bool = False) -> None:
        """Build the command and run it off the UI thread (a typed amount is read there,
        so a refusal shows like the service's), then show the card afresh."""
        card = self.card
        assert card is not None
        actor, counter = self._deps.actor(), self._deps.counter

        def work() -> tuple[CardView, BalanceFound]:
            changed = counter.change_card(actor, command())
            return changed, counter.card_care(actor, card.id, last=LAST_ENTRIES)

        def changed(result: tuple[CardView, BalanceFound]) -> None:
            new, found = result
            self._set_busy(False)
            self._show(found)
            self._deps.events.cards_changed.emit()
            if moved:
                self.view.banner.show_info(
                    self.tr("Balance moved to %1.").replace("%1", new.masked_code))
                NewCodeDialog.show_once(self.view, new, actor.locale)
            else:
                self.view.banner.show_info(done)

        self._set_busy(True)
        self._deps.runner.run(work, changed, self._refused)

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.view.banner.show_failure(error)

    # what is shown ----------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.view.find_button.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        v, card = self.view, self.card
        role = self._deps.actor().role
        frozen = card is not None and card.status == Status.FROZEN
        open_card = card is not None and card.status != Status.VOIDED and not self._busy
        for button, permission, shown in (
            (v.freeze_button, Permission.FREEZE, not frozen),
            (v.unfreeze_button, Permission.FREEZE, frozen),
            (v.adjust_button, Permission.ADJUST, True),
            (v.extend_button, Permission.EXTEND_EXPIRY, True),
            (v.transfer_button, Permission.TRANSFER, True),
            (v.void_button, Permission.VOID, True),
        ):
            button.setVisible(shown and allows(role, permission))
            button.setEnabled(open_card)
        # A card that never expires keeps "never": there is no date to move.
        v.extend_button.setEnabled(open_card and card is not None and card.expires_at is not None)

    def _show(self, found: BalanceFound | None) -> None:
        v = self.view
        self.card = card = found.card if found else None
        locale = self._deps.actor().locale if card else "en_US"
        v.masked.setText(card.masked_code if card else "—")
        v.status.setText(status_text(card.status) if card else "—")
        set_state(v.status, card.status if card else "")
        v.balance.setText(card.balance.format(locale) if card else "—")
        set_state(v.balance, card.status if card else "")
        v.expiry.setText(last_day_text(card.expires_at) if card and card.expires_at
                         else (self.tr("Never") if card else "—"))
        v.history_model.set_entries(found.entries if found else [], locale)
        self._update_buttons()
