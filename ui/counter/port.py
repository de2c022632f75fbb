"""The counter port: the calls the screens make, and the values only central mode has."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from posapp.documents import CashOutSlip, Receipt
    from posapp.domain.roles import Permission
    from posapp.edge_counter import CardCare
    from posapp.money import Money
    from posapp.services.back_office.reconciliation import ItemView
    from posapp.services.checkout.cashout import CashedOut, Offer
    from posapp.services.checkout.sale_parts import CardLine, GoodsLine, Payment
    from posapp.services.command_path.context import Actor
    from posapp.services.command_path.results import CardView, EntryView, SaleResult
    from posapp.services.configuration.settings import Settings
    from ui.terminal_config import TerminalConfig


@dataclass(frozen=True)
class Queued:
    """An operation a till in central mode kept in its outbox while offline: it reaches the
    service, exactly once, when the link is back."""

    key: str
    kind: str


@dataclass(frozen=True)
class BalanceFound:
    card: CardView
    entries: list[EntryView]
    #: When the balance shown was last seen at the service (offline), else None (now).
    as_of: datetime | None = None


@dataclass(frozen=True)
class ProductChoice:
    """A card product the counter offers, and its fixed amounts (if any)."""

    sku: str
    name: str
    currency: str
    denominations: tuple[Money, ...] = ()


@dataclass(frozen=True)
class LinkState:
    online: bool
    waiting: int
    #: What the service answered to operations replayed since the last look.
    replayed: list[dict[str, Any]] = field(default_factory=list)
    #: False when the link is up but the service knows nobody signed in here: the person
    #: signed in offline, or the service ended their session. They sign in again.
    signed_in: bool = True


class Counter(Protocol):
    #: True for a till of a chain working through the central service.
    central: bool

    def names(self) -> list[str]: ...

    def sign_in(self, name: str, pin: str, config: TerminalConfig) -> Actor: ...

    def approvers(self, actor: Actor) -> list[str]:
        """The names of the staff who may approve at ``actor``'s till (managers and up)."""
        ...

    def approve(self, actor: Actor, name: str, pin: str, permission: Permission, *,
                command: str, key: str) -> Actor:
        """A manager's PIN authorises ``permission`` for ``actor``'s one operation (the
        command named ``command``, with idempotency key ``key``; audited): the actor to run
        that operation as."""
        ...

    def settings(self, actor: Actor) -> Settings: ...

    def products(self, actor: Actor) -> list[ProductChoice]: ...

    def check_amount(self, actor: Actor, text: str, *, product_sku: str | None,
                     code: str | None) -> Money: ...

    def sell(self, actor: Actor, lines: Sequence[CardLine], payment: Payment, *,
             key: str) -> SaleResult | Queued: ...

    def check(self, actor: Actor, code: str, *, last: int) -> BalanceFound: ...

    def cash_out_offer(self, actor: Actor, found: BalanceFound) -> Offer | None:
        """Whether the till offers to pay ``found``'s remainder out in cash now."""
        ...

    def cash_out(self, actor: Actor, code: str, *, key: str) -> CashedOut: ...

    def cashout_slip(self, actor: Actor, done: CashedOut) -> CashOutSlip: ...

    def card_care(self, actor: Actor, card: str | uuid.UUID, *, last: int) -> BalanceFound:
        """A card (by code or id) and its last entries, for a manager."""
        ...

    def change_card(self, actor: Actor, command: CardCare) -> CardView:
        """Run a manager's change to one card: the card afterwards (a transfer: the new
        card, with its code)."""
        ...

    def open_sale(self, actor: Actor, lines: Sequence[GoodsLine]) -> SaleResult: ...

    def apply_card(self, actor: Actor, sale_id: uuid.UUID, code: str) -> SaleResult: ...

    def remove_card(self, actor: Actor, sale_id: uuid.UUID, card_id: uuid.UUID
                    ) -> SaleResult: ...

    def cancel_sale(self, actor: Actor, sale_id: uuid.UUID) -> SaleResult: ...

    def complete_sale(self, actor: Actor, sale_id: uuid.UUID, payment: Payment, *,
                      key: str) -> SaleResult | Queued: ...

    def find_sale(self, actor: Actor, receipt_number: str) -> SaleResult: ...

    def last_sale(self, actor: Actor) -> SaleResult: ...

    def void_sale(self, actor: Actor, sale_id: uuid.UUID, reason: str, *,
                  key: str) -> SaleResult: ...

    def refund_sale(self, actor: Actor, sale_id: uuid.UUID, amount: str | None, *,
                    key: str) -> SaleResult: ...

    def receipt(self, actor: Actor, sale: SaleResult,
                gift_codes: dict[uuid.UUID, str] | None) -> Receipt: ...

    def queue(self, actor: Actor, *, everything: bool) -> list[ItemView]: ...

    def resolve(self, actor: Actor, item_id: uuid.UUID, note: str) -> ItemView: ...

    def link(self) -> LinkState | None:
        """The link to the central service (probed when due), or None for a local till."""
        ...
