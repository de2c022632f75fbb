"""Balance check: one look-up for the card, one for its last entries, off the UI thread."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QTableWidgetItem

from posapp.domain.roles import Permission
from posapp.edge_counter import COUNTER_ENTRIES
from posapp.services.checkout.cashout import CashedOut, Offer
from posapp.services.command_path.commands import CashOut
from posapp.services.command_path.results import CardView, EntryView
from ui.counter.port import BalanceFound
from ui.deps import Deps
from ui.dialogs.override_dialog import authority_for
from ui.models.cells import last_day_text
from ui.models.status import kind_label
from ui.printing import print_cashout
from ui.views.balance_view import BalanceView
from ui.views.common import set_state

#: How many of the card's latest ledger entries the counter shows.
LAST_ENTRIES = COUNTER_ENTRIES


def status_text(status: str) -> str:
    names = {
        "active": QCoreApplication.translate("status", "Active"),
        "inactive": QCoreApplication.translate("status", "Not activated"),
        "depleted": QCoreApplication.translate("status", "Used up"),
        "expired": QCoreApplication.translate("status", "Expired"),
        "frozen": QCoreApplication.translate("status", "Frozen"),
        "voided": QCoreApplication.translate("status", "Voided"),
    }
    return names.get(status, status)


class BalanceController(QObject):
    def __init__(self, view: BalanceView, deps: Deps) -> None:
        super().__init__(view)
        self.view = view
        self._deps = deps
        # The code last checked, while its card is shown: what a cash-out pays out.
        self._code: str | None = None
        self._offer: Offer | None = None
        self._connect_callbacks()
        self._show(None)

    def _connect_callbacks(self) -> None:
        self.view.check_button.clicked.connect(lambda: self.check(self.view.code.text()))
        self.view.code.returnPressed.connect(lambda: self.check(self.view.code.text()))
        self.view.cashout_button.clicked.connect(self.cash_out)

    def handle_scan(self, code: str) -> bool:
        self.check(code)
        return True

    def focus_input(self) -> None:
        self.view.code.setFocus()

    def back_out(self) -> None:
        self._code, self._offer = None, None
        self.view.code.clear()
        self.view.banner.clear_message()
        self._show(None)

    def check(self, code: str) -> None:
        code = code.strip()
        if not code:
            return
        deps = self._deps
        actor = deps.actor()

        counter = deps.counter

        def work() -> tuple[BalanceFound, Offer | None]:
            found = counter.check(actor, code, last=LAST_ENTRIES)
            return found, counter.cash_out_offer(actor, found)

        deps.runner.run(work, lambda done: self._found(*done, code=code), self._refused)

    def cash_out(self) -> None:
        """Pay the shown card's remainder out; a manager approves above the manager amount."""
        code, offer, deps = self._code, self._offer, self._deps
        if code is None or offer is None:
            return
        key = str(uuid.uuid4())  # one cash-out, which a manager's approval is for
        actor = (authority_for(self.view, deps, Permission.CASH_OUT_OVER_LIMIT,
                               command=CashOut.name, key=key)
                 if offer.needs_manager else deps.actor())
        if actor is None:
            return
        counter, config = deps.counter, deps.config

        def work() -> tuple[CashedOut, str]:
            return print_cashout(counter, actor, config,
                                 lambda: counter.cash_out(actor, code, key=key))

        self.view.cashout_button.setEnabled(False)
        deps.runner.run(work, lambda result: self._paid(*result), self._refused)

    def _paid(self, done: CashedOut, printed_to: str) -> None:
        locale = self._deps.actor().locale
        self._code, self._offer = None, None
        self._show((done.card, []))
        said = self.tr("Paid out %1 in cash.").replace("%1", done.paid.format(locale))
        if printed_to:
            said += " " + self.tr("The slip did not print: %1").replace("%1", printed_to)
        self.view.banner.show_info(said)

    def _found(self, found: BalanceFound, offer: Offer | None, *, code: str) -> None:
        self.view.code.clear()
        self._code, self._offer = (code, offer) if offer else (None, None)
        self._show((found.card, found.entries))
        if found.as_of is None:
            self.view.banner.clear_message()
        else:
            seen = found.as_of.astimezone().strftime("%Y-%m-%d %H:%M")
            self.view.banner.show_info(self.tr(
                "Offline: the last balance the till knows, as of %1, less what this till "
                "took since. Its last entries need the link.").replace("%1", seen))

    def _refused(self, error: BaseException) -> None:
        self._code, self._offer = None, None
        self._show(None)
        self.view.banner.show_failure(error)
        self.view.code.selectAll()
        self.view.code.setFocus()

    def _show(self, found: tuple[CardView, list[EntryView]] | None) -> None:
        v = self.view
        card, entries = found if found else (None, [])
        locale = self._deps.actor().locale if card else "en_US"
        v.masked.setText(card.masked_code if card else "—")
        v.balance.setText(card.balance.format(locale) if card else "—")
        available = card.available if card and card.available is not None else None
        v.available.setText(available.format(locale) if available is not None else "—")
        v.status.setText(status_text(card.status) if card else "—")
        set_state(v.status, card.status if card else "")
        set_state(v.balance, card.status if card else "")
        v.expiry.setText(last_day_text(card.expires_at) if card and card.expires_at
                         else (self.tr("Never") if card else "—"))
        offer = self._offer
        v.cashout_button.setVisible(offer is not None)
        v.cashout_button.setEnabled(True)
        if offer is not None:
            v.cashout_button.setText(self.tr("Pay out %1 in cash").replace(
                "%1", offer.paid.format(locale)))
        v.entries.setRowCount(len(entries))
        for row, entry in enumerate(reversed(entries)):
            cells = (entry.created_at.strftime("%Y-%m-%d %H:%M"), kind_label(entry.kind),
                     entry.amount.format(locale), entry.balance_after.format(locale))
            for col, text in enumerate(cells):
                v.entries.setItem(row, col, QTableWidgetItem(text))
        v.code.setFocus()
