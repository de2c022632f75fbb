"""The counter of a till in central mode: the same commands, sent through the till's link.

Commands are built by the edge's own builders (:mod:`posapp.edge_counter`), then run by
:class:`posapp.central.till.Till`: on the service when online, from the till's outbox when
offline (what its policy allows; the rest is refused with ``Offline``). Results come back
as their JSON and are read into the same result types a local till gets. The till is used
from the operation runner's threads one call at a time (it keeps the link's state).
"""

from __future__ import annotations

import dataclasses
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication

from posapp import edge_counter as build
from posapp.central import receipts
from posapp.central.till import Till
from posapp.documents import CashOutSlip, Receipt, StoreInfo
from posapp.domain.errors import AmountMissing, AuthFailed, NotFound, Offline
from posapp.domain.roles import Permission, Role
from posapp.edge_counter import CardCare
from posapp.money import Money
from posapp.services.back_office.reconciliation import ItemView
from posapp.services.cards.lookup import CardRef, canonical
from posapp.services.checkout import cashout
from posapp.services.checkout.cashout import CashedOut, Offer
from posapp.services.checkout.sale_parts import CardLine, GoodsLine, Payment
from posapp.services.checkout.selling import check_denomination
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor
from posapp.services.command_path.results import CardView, EntryView, SaleResult
from posapp.services.configuration.settings import Settings
from ui.counter.port import BalanceFound, LinkState, ProductChoice, Queued

if TYPE_CHECKING:
    from ui.terminal_config import TerminalConfig

T = TypeVar("T")
#: Seconds between two health requests of an idle till that is online.
PROBE_ONLINE_EVERY = 10.0


@dataclass(frozen=True)
class Approved(Actor):
    """A manager's authority on the cashier's till for one operation, with the approval the
    service sealed for it: the operation is sent with it (see ``central/approvals.py``)."""

    approval: str = ""


def _approval(actor: Actor) -> str | None:
    return actor.approval if isinstance(actor, Approved) else None


class CentralCounter:
    central = True

    def __init__(self, till: Till, *, probe_every: float = PROBE_ONLINE_EVERY) -> None:
        self.till = till
        self.probe_every = probe_every
        self._probed = 0.0
        self._lock = threading.Lock()
        self._last_receipt: str | None = None

    def close(self) -> None:
        with self._lock:
            self.till.close()

    def _locked(self, call: Callable[[], T]) -> T:
        with self._lock:
            return call()

    # staff ------------------------------------------------------------------------------
    def names(self) -> list[str]:
        """The staff the till learnt of at its last pull (none before the first sign-in)."""
        staff = self.till.store.reference().get("staff", [])
        return [str(s["name"]) for s in staff if s.get("active", True)]

    def sign_in(self, name: str, pin: str, config: TerminalConfig) -> Actor:
        signed = self._locked(lambda: self.till.sign_in(name, pin))
        who = signed["staff"]
        return Actor(
            staff_id=None, staff_name=str(who["name"]), role=Role(who["role"]),
            location_id=None, location_code=str(who["store"]), currency=str(who["currency"]),
            locale=str(who["locale"]), terminal_id=None, terminal_name=str(who["terminal"]),
        )

    def approvers(self, actor: Actor) -> list[str]:
        """The managers the till learnt of at its last pull."""
        ranks = {role.value for role in Role.MANAGER.and_above()}
        staff = self.till.store.reference().get("staff", [])
        return [str(s["name"]) for s in staff
                if s.get("role") in ranks and s.get("active", True) and not s.get("locked")]

    def approve(self, actor: Actor, name: str, pin: str, permission: Permission, *,
                command: str, key: str) -> Actor:
        """The service checks the manager's PIN (online only) and seals its approval of the
        one operation: the actor that operation is sent as."""
        answer = self._locked(
            lambda: self.till.approve(name, pin, permission.value, command, key))
        same = {f.name: getattr(actor, f.name) for f in dataclasses.fields(Actor)}
        return Approved(**{**same, "staff_name": str(answer["manager"]),
                           "role": Role(answer["role"])}, approval=str(answer["approval"]))

    # reference data ---------------------------------------------------------------------
    def _reference(self) -> dict[str, Any]:
        found = self.till.store.reference()
        if not found:
            raise Offline(QCoreApplication.translate(
                "central", "The till has not received its store's settings yet: it needs the "
                "link to the central service once."))
        return found

    def settings(self, actor: Actor) -> Settings:
        return Settings.from_record(self._reference()["settings_record"])

    def products(self, actor: Actor) -> list[ProductChoice]:
        return [
            ProductChoice(p["sku"], p["name"], p["currency"],
                          tuple(Money.parse(d, p["currency"])
                                for d in p.get("denominations", [])))
            for p in self._reference().get("products", [])
        ]

    def check_amount(self, actor: Actor, text: str, *, product_sku: str | None,
                     code: str | None) -> Money:
        """The amount as the sale will read it; a product's own range is checked by the
        service when the sale is sent, as is a pre-valued card's face value."""
        if code:
            canonical(code)
        if not text.strip():
            raise AmountMissing("Enter the amount to put on the card.")
        money = build.amount(text, actor.currency)
        st = self.settings(actor)
        if product_sku is None:
            check_denomination(money, st, None)
        return money

    # commands ---------------------------------------------------------------------------
    def _run(self, command: c.Command, approval: str | None = None) -> dict[str, Any]:
        def run() -> dict[str, Any]:
            try:
                return self.till.run(command, approval=approval)
            except AuthFailed:
                # The service ended the session (its lifetime, a new enrolment code): the
                # link watch sees nobody signed in and asks the person to sign in again.
                self.till.client.session = None
                raise
            except Offline:
                key = getattr(command, "key", None)
                if key is None or all(row.key != key for row in self.till.store.waiting()):
                    raise
                # Sent, and unanswered: the till confirms it on replay, by its key. The
                # cashier sees it kept, and the same key is never queued a second time.
                return {"offline": True, "queued": key, "type": command.name}

        return self._locked(run)

    def _sale(self, command: c.Command, currency: str, approval: str | None = None
              ) -> SaleResult | Queued:
        answer = self._run(command, approval)
        if answer.get("offline"):
            return Queued(str(answer["queued"]), str(answer["type"]))
        sale = SaleResult.from_record({**answer, "currency": currency})
        if sale.state == "completed":
            self._last_receipt = sale.receipt_number
        return sale

    def _open(self, command: c.Command, currency: str, approval: str | None = None
              ) -> SaleResult:
        done = self._sale(command, currency, approval)
        assert isinstance(done, SaleResult)  # only completions and sales of cards queue
        return done

    def sell(self, actor: Actor, lines: Sequence[CardLine], payment: Payment, *,
             key: str) -> SaleResult | Queued:
        return self._sale(build.sell(canonical, actor.currency, lines, payment, key=key),
                          actor.currency, _approval(actor))

    def card_care(self, actor: Actor, card: str | uuid.UUID, *, last: int) -> BalanceFound:
        named = card if isinstance(card, uuid.UUID) else canonical(card)
        found = self._locked(lambda: self.till.history(named, last=last))
        seen = CardView.from_dict(found["card"])
        return BalanceFound(seen, [EntryView.from_dict(e, seen.currency)
                                   for e in found["entries"]])

    def change_card(self, actor: Actor, command: CardCare) -> CardView:
        return CardView.from_dict(_confirmed(self._run(command)))

    def cash_out_offer(self, actor: Actor, found: BalanceFound) -> Offer | None:
        """Offered on the balance the service just answered, never on one known offline."""
        if found.as_of is not None:
            return None
        return cashout.offer_under(self.settings(actor), actor, found.card)

    def cash_out(self, actor: Actor, code: str, *, key: str) -> CashedOut:
        command = c.CashOut(CardRef(code=canonical(code)), key)
        return CashedOut.from_dict(_confirmed(self._run(command, _approval(actor))))

    def cashout_slip(self, actor: Actor, done: CashedOut) -> CashOutSlip:
        """The slip the till prints (and opens its drawer with), of the store it pulled."""
        found = self._reference().get("store_info")
        store = (receipts.store_from_json(found) if found else
                 StoreInfo(actor.location_code, actor.location_code, actor.locale))
        return CashOutSlip(store, done.card.masked_code, done.paid, actor.staff_name,
                           actor.terminal_name, self.till.clock())

    def open_sale(self, actor: Actor, lines: Sequence[GoodsLine]) -> SaleResult:
        return self._open(build.open_sale(actor.currency, lines), actor.currency)

    def apply_card(self, actor: Actor, sale_id: uuid.UUID, code: str) -> SaleResult:
        return self._open(build.apply_card(canonical, sale_id, code), actor.currency)

    def remove_card(self, actor: Actor, sale_id: uuid.UUID, card_id: uuid.UUID
                    ) -> SaleResult:
        return self._open(build.remove_card(sale_id, card_id), actor.currency)

    def cancel_sale(self, actor: Actor, sale_id: uuid.UUID) -> SaleResult:
        return self._open(build.cancel_sale(sale_id), actor.currency)

    def complete_sale(self, actor: Actor, sale_id: uuid.UUID, payment: Payment, *,
                      key: str) -> SaleResult | Queued:
        return self._sale(build.complete_sale(actor.currency, sale_id, payment, key=key),
                          actor.currency)

    def void_sale(self, actor: Actor, sale_id: uuid.UUID, reason: str, *,
                  key: str) -> SaleResult:
        return self._open(build.void_sale(sale_id, reason, key=key), actor.currency,
                          _approval(actor))

    def refund_sale(self, actor: Actor, sale_id: uuid.UUID, amount: str | None, *,
                    key: str) -> SaleResult:
        return self._open(build.refund_sale(actor.currency, sale_id, amount, key=key),
                          actor.currency, _approval(actor))

    # reads ------------------------------------------------------------------------------
    def _read(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        """A read that needs the service: refused offline with the till's own words."""
        def send() -> Any:
            if not self.till.check_link():
                raise Offline(QCoreApplication.translate(
                    "central", "The till is offline: this needs the link to the central "
                    "service."))
            return self.till._request(self.till.client.request, method, path, body)

        return self._locked(send)

    def check(self, actor: Actor, code: str, *, last: int) -> BalanceFound:
        found = self._locked(lambda: self.till.check(code, last=last))
        if not found.get("offline"):
            seen = CardView.from_dict(found["card"])
            return BalanceFound(seen, [EntryView.from_dict(e, seen.currency)
                                       for e in found["entries"]])
        cur = str(found["currency"])
        balance = _amount(found["balance"], cur)
        card = CardView(
            id=uuid.UUID(found["id"]), masked_code=found["masked_code"],
            last4=found["masked_code"][-4:], status=found["status"], balance=balance,
            initial_balance=balance, currency=cur,
            expires_at=datetime.fromisoformat(found["expires_at"])
            if found.get("expires_at") else None,
            scope="", location=actor.location_code,
            available=_amount(found["available"], cur),
        )
        return BalanceFound(card, [], as_of=datetime.fromisoformat(found["as_of"]))

    def find_sale(self, actor: Actor, receipt_number: str) -> SaleResult:
        number = receipt_number.strip()
        if not number or not number.isprintable() or len(number) > 64:
            raise NotFound(QCoreApplication.translate(
                "central", "There is no sale with receipt number %1.").replace(
                "%1", repr(receipt_number)))
        found = self._read("GET", f"/sales/receipt/{quote(number, safe='')}")
        return SaleResult.from_record({**found, "currency": actor.currency})

    def last_sale(self, actor: Actor) -> SaleResult:
        """The last sale this till completed since the app started."""
        if self._last_receipt is None:
            raise NotFound(QCoreApplication.translate(
                "central", "No sale was completed at this till since it started: type the "
                "receipt number."))
        return self.find_sale(actor, self._last_receipt)

    def receipt(self, actor: Actor, sale: SaleResult,
                gift_codes: dict[uuid.UUID, str] | None) -> Receipt:
        body: dict[str, Any] = {"sale_id": str(sale.sale_id)}
        if gift_codes is not None:
            body["gift_codes"] = {str(k): v for k, v in gift_codes.items()}
        return receipts.receipt_from_json(self._read("POST", "/sales/receipt", body))

    def queue(self, actor: Actor, *, everything: bool) -> list[ItemView]:
        path = "/reconciliation?all=true" if everything else "/reconciliation"
        return [item_from_json(i) for i in self._read("GET", path)["items"]]

    def resolve(self, actor: Actor, item_id: uuid.UUID, note: str) -> ItemView:
        done = self._read("POST", "/reconciliation/resolve", {"id": str(item_id), "note": note})
        return item_from_json(done)

    # the link ---------------------------------------------------------------------------
    def link(self) -> LinkState:
        """The link's state; an idle till online asks the service every ``probe_every``
        seconds whether it still answers (an operation's failure tells it sooner)."""
        def look() -> LinkState:
            if not self.till.online or time.monotonic() - self._probed >= self.probe_every:
                self._probed = time.monotonic()
                self.till.probe()
            return LinkState(self.till.online, self.till.store.count_waiting(),
                             self.till.replayed(),
                             signed_in=not self.till.online or self.till.client.session is not None)

        return self._locked(look)


def _confirmed(answer: dict[str, Any]) -> dict[str, Any]:
    """The service's answer to a change that is never queued offline."""
    if answer.get("offline"):
        raise Offline(QCoreApplication.translate(
            "central", "The central service stopped answering before it confirmed this. "
            "The till will confirm it by itself when the link is back: do not repeat it."))
    return answer


def _amount(text: str, currency: str) -> Money:
    """An amount the service wrote (zero and, for a correction, negative included)."""
    return Money.parse(text, currency, allow_zero=True, allow_negative=True)


def item_from_json(data: dict[str, Any]) -> ItemView:
    cur = str(data["currency"])

    def when(name: str) -> datetime | None:
        return datetime.fromisoformat(data[name]) if data.get(name) else None

    created = when("created_at")
    assert created is not None
    return ItemView(
        id=uuid.UUID(data["id"]), kind=data["kind"], command=data["command"],
        terminal=data.get("terminal"), cashier=data["cashier"],
        card_id=uuid.UUID(data["card_id"]) if data.get("card_id") else None,
        receipt_number=data.get("receipt_number"), reference=data.get("reference"),
        asked=_amount(data["asked"], cur), taken=_amount(data["taken"], cur),
        shortfall=_amount(data["shortfall"], cur), reason=data["reason"],
        terminal_time=when("terminal_time"), created_at=created,
        resolved_by=data.get("resolved_by"), resolved_at=when("resolved_at"),
        note=data.get("note"), card_masked=data.get("card_masked"),
    )
