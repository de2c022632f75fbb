"""Commands: every operation that changes cards, sales or the back office, as a frozen
dataclass of values.

A command holds only what was already parsed at the edge (the CLI, the app):
:class:`~posapp.money.Money`, a canonical code, ids. It carries no text to
parse, so the same command can be run in-process, sent to the central service
or replayed from an outbox: :meth:`Command.to_dict` gives a JSON-able dict and
:func:`from_dict` rebuilds the same command from it. The handlers that run
them live in :mod:`posapp.services.command_path.bus`.

This module holds the commands of cards and sales and the list of every command
(:data:`COMMANDS`); the back office's are in
:mod:`posapp.services.command_path.admin_commands`.
"""

from __future__ import annotations

import typing
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from posapp.domain.errors import InvalidInput
from posapp.money import Money
from posapp.services.cards.issuing import CardTerms
from posapp.services.cards.lookup import CardRef
from posapp.services.checkout.sale_parts import CardLine, GoodsLine, Payment
from posapp.services.command_path.admin_commands import (
    AddLocation,
    AddProduct,
    AddStaff,
    AddTerminal,
    CancelEmail,
    CreateBatch,
    MarkBatchPrinted,
    MarkCards,
    ReceiveBatch,
    RescheduleEmail,
    ResendEmail,
    SetRate,
    SetSettings,
    SetSmtpPassword,
    SetStaff,
    ShipBatch,
    UnlockStaff,
)
from posapp.services.command_path.codec import decode
from posapp.services.command_path.command_base import Command


@dataclass(frozen=True)
class IssueCard(Command):
    name = "card_issue"
    amount: Money
    terms: CardTerms = field(default_factory=CardTerms)
    code: str | None = None
    reference: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class ActivateCard(Command):
    name = "card_activate"
    card: CardRef
    amount: Money
    reference: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class RedeemCard(Command):
    name = "card_redeem"
    card: CardRef
    amount: Money
    reference: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class ReloadCard(Command):
    name = "card_reload"
    card: CardRef
    amount: Money
    key: str | None = None


@dataclass(frozen=True)
class RefundCard(Command):
    name = "card_refund"
    card: CardRef
    amount: Money
    reference: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class AdjustCard(Command):
    name = "card_adjust"
    card: CardRef
    amount: Money
    note: str
    key: str | None = None


@dataclass(frozen=True)
class FreezeCard(Command):
    name = "card_freeze"
    card: CardRef
    reason: str
    key: str | None = None


@dataclass(frozen=True)
class UnfreezeCard(Command):
    name = "card_unfreeze"
    card: CardRef
    key: str | None = None


@dataclass(frozen=True)
class VoidCard(Command):
    name = "card_void"
    card: CardRef
    reason: str
    key: str | None = None


@dataclass(frozen=True)
class TransferCard(Command):
    name = "card_transfer"
    card: CardRef
    key: str | None = None


@dataclass(frozen=True)
class CashOut(Command):
    """Pay a card's small remainder out in cash (the store's cash-out threshold)."""

    name = "card_cashout"
    card: CardRef
    key: str | None = None


@dataclass(frozen=True)
class PaySale(Command):
    """Goods paid in one go with gift cards and other tenders."""

    name = "sale_pay"
    total: Money
    codes: tuple[str, ...] = ()
    payment: Payment = field(default_factory=Payment)
    lines: tuple[GoodsLine, ...] = ()
    reference: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class SellCards(Command):
    name = "sale_sell"
    lines: tuple[CardLine, ...]
    payment: Payment
    reference: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class OpenSale(Command):
    name = "sale_open"
    lines: tuple[GoodsLine, ...]
    reference: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class ApplyCard(Command):
    name = "sale_apply_card"
    sale_id: uuid.UUID
    code: str
    key: str | None = None


@dataclass(frozen=True)
class RemoveCard(Command):
    name = "sale_remove_card"
    sale_id: uuid.UUID
    card_id: uuid.UUID
    key: str | None = None


@dataclass(frozen=True)
class CompleteSale(Command):
    name = "sale_complete"
    sale_id: uuid.UUID
    payment: Payment = field(default_factory=Payment)
    key: str | None = None


@dataclass(frozen=True)
class CancelSale(Command):
    name = "sale_cancel"
    sale_id: uuid.UUID
    key: str | None = None


@dataclass(frozen=True)
class VoidSale(Command):
    name = "sale_void"
    sale_id: uuid.UUID
    reason: str
    key: str | None = None


@dataclass(frozen=True)
class RefundSale(Command):
    name = "sale_refund"
    sale_id: uuid.UUID
    amount: Money | None = None
    key: str | None = None


@dataclass(frozen=True)
class SettleOfflineRedemption(Command):
    """A redemption a till took while offline, replayed: the card pays what it still has
    (never below zero) and any shortfall goes to the reconciliation queue."""

    name = "card_redeem_offline"
    card_id: uuid.UUID
    amount: Money
    cashier: str
    taken_at: datetime
    reference: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class ReportOfflineRefusal(Command):
    """An operation a till took while offline that the service refused on replay: kept in
    the reconciliation queue so that nothing a customer was given is lost."""

    name = "offline_refused"
    command: str
    #: The refused operation's own key: closed here, so a late first send is not applied.
    operation_key: str
    reason: str
    cashier: str
    taken_at: datetime
    amount: Money | None = None
    card_id: uuid.UUID | None = None
    sale_id: uuid.UUID | None = None
    reference: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class ExpireCards(Command):
    name = "cards_expire"
    now: datetime | None = None
    key: str | None = None


# The back office: staff, stores, terminals, settings, rates, products and batches.


@dataclass(frozen=True)
class ExtendExpiry(Command):
    """Move a card's expiry later: it is usable through ``until`` (in its store's time zone)."""

    name = "card_extend_expiry"
    card: CardRef
    until: date
    key: str | None = None


COMMANDS: dict[str, type[Command]] = {
    c.name: c
    for c in (
        IssueCard,
        ActivateCard,
        RedeemCard,
        ReloadCard,
        RefundCard,
        AdjustCard,
        FreezeCard,
        UnfreezeCard,
        VoidCard,
        TransferCard,
        CashOut,
        PaySale,
        SellCards,
        OpenSale,
        ApplyCard,
        RemoveCard,
        CompleteSale,
        CancelSale,
        VoidSale,
        RefundSale,
        SettleOfflineRedemption,
        ReportOfflineRefusal,
        ExpireCards,
        AddStaff,
        SetStaff,
        UnlockStaff,
        SetSettings,
        SetRate,
        AddProduct,
        AddLocation,
        AddTerminal,
        CreateBatch,
        MarkBatchPrinted,
        ShipBatch,
        ReceiveBatch,
        MarkCards,
        SetSmtpPassword,
        ResendEmail,
        RescheduleEmail,
        CancelEmail,
        ExtendExpiry,
    )
}


def from_dict(data: dict[str, Any]) -> Command:
    """The command :meth:`Command.to_dict` wrote (refuses an unknown type or field)."""
    try:
        cls = COMMANDS[data["type"]]
        return typing.cast(Command, decode(cls, {k: v for k, v in data.items() if k != "type"}))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidInput(
            "Not a command this version understands: {problem}",
            problem=exc,
        ) from exc
