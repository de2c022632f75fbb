"""What services return: plain frozen dataclasses with the CLI's JSON shapes.

``to_dict`` gives the CLI's JSON; ``to_record``/``from_record`` store and
rebuild a result for an idempotency key, so a replay returns the first
result. A full code is only ever set on the results that may show it (issue,
sale sell, activate, transfer, the new card of a replacement) and is never
stored: a record says only that it was shown.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from posapp.codes import mask
from posapp.db.models import GiftCard, LedgerEntry
from posapp.money import Money
from posapp.services.cards.rows import CardRow


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _from_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _money(text: str, currency: str) -> Money:
    return Money.parse(text, currency, allow_zero=True, allow_negative=True)


def scope_text(scope: str, locations: list[str]) -> str:
    return ",".join(locations) if scope == "list" else scope


@dataclass(frozen=True)
class CardView:
    id: uuid.UUID
    masked_code: str
    last4: str
    status: str
    balance: Money
    initial_balance: Money
    currency: str
    expires_at: datetime | None
    scope: str
    location: str
    created_at: datetime | None = None
    recipient_name: str | None = None
    recipient_email: str | None = None
    purchaser_name: str | None = None
    code: str | None = None  # full code: only on the results that may show it
    available: Money | None = None
    #: Rebuilt from a record whose first result showed the full code.
    shown: bool = False

    @classmethod
    def of(
        cls, card: GiftCard | CardRow, location_code: str, *, code: str | None = None
    ) -> CardView:
        return cls(
            id=card.id,
            masked_code=mask(card.code_last4, prefix=card.code_prefix or None),
            last4=card.code_last4,
            status=card.status,
            balance=Money(card.balance_minor, card.currency),
            initial_balance=Money(card.initial_balance_minor, card.currency),
            currency=card.currency,
            expires_at=card.expires_at,
            scope=scope_text(card.scope, card.scope_locations),
            location=location_code,
            created_at=card.created_at,
            recipient_name=card.recipient_name,
            recipient_email=card.recipient_email,
            purchaser_name=card.purchaser_name,
            code=code,
        )

    def with_available(self, available_minor: int) -> CardView:
        return replace(self, available=Money(available_minor, self.currency))

    def without_code(self) -> CardView:
        return replace(self, code=None)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": str(self.id)}
        if self.code is not None:
            out["code"] = self.code
        out.update(
            masked_code=self.masked_code,
            status=self.status,
            balance=self.balance.amount_str(),
            initial_balance=self.initial_balance.amount_str(),
            currency=self.currency,
            expires_at=_iso(self.expires_at),
            scope=self.scope,
            location=self.location,
        )
        if self.available is not None:
            out["available"] = self.available.amount_str()
        return out

    def to_record(self) -> dict[str, Any]:
        """What is stored for a replay: never the full code, but whether it was shown."""
        out = self.without_code().to_dict()
        out.update(last4=self.last4, code_shown=self.code is not None)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CardView:
        cur = data["currency"]
        return cls(
            id=uuid.UUID(data["id"]),
            masked_code=data["masked_code"],
            last4=data.get("last4", data["masked_code"][-4:]),
            status=data["status"],
            balance=_money(data["balance"], cur),
            initial_balance=_money(data["initial_balance"], cur),
            currency=cur,
            expires_at=_from_iso(data["expires_at"]),
            scope=data["scope"],
            location=data["location"],
            code=data.get("code"),
            available=_money(data["available"], cur) if data.get("available") else None,
            shown=bool(data.get("code_shown")),
        )

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> CardView:
        return cls.from_dict(data)


@dataclass(frozen=True)
class EntryView:
    id: uuid.UUID
    kind: str
    amount: Money
    balance_before: Money
    balance_after: Money
    staff: str | None
    location: str
    reference: str | None
    note: str | None
    created_at: datetime

    @classmethod
    def of(cls, entry: LedgerEntry, staff: str | None, location: str) -> EntryView:
        cur = entry.currency
        return cls(
            id=entry.id,
            kind=entry.kind,
            amount=Money(entry.amount_minor, cur),
            balance_before=Money(entry.balance_before, cur),
            balance_after=Money(entry.balance_after, cur),
            staff=staff,
            location=location,
            reference=entry.reference,
            note=entry.note,
            created_at=entry.created_at,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "kind": self.kind,
            "amount": self.amount.amount_str(),
            "balance_before": self.balance_before.amount_str(),
            "balance_after": self.balance_after.amount_str(),
            "staff": self.staff,
            "location": self.location,
            "reference": self.reference,
            "note": self.note,
            "created_at": _iso(self.created_at),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], currency: str) -> EntryView:
        def money(name: str) -> Money:
            return _money(data[name], currency)

        created = _from_iso(data["created_at"])
        assert created is not None
        return cls(
            id=uuid.UUID(data["id"]), kind=data["kind"], amount=money("amount"),
            balance_before=money("balance_before"), balance_after=money("balance_after"),
            staff=data.get("staff"), location=data["location"], reference=data.get("reference"),
            note=data.get("note"), created_at=created,
        )


@dataclass(frozen=True)
class CardResult:
    """A card-changing operation's outcome: the card and the entry that changed it."""

    card: CardView
    entry_id: uuid.UUID | None

    def to_dict(self) -> dict[str, Any]:
        return self.card.to_dict()

    def to_record(self) -> dict[str, Any]:
        return {"card": self.card.to_record(), "entry_id": _str(self.entry_id)}

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> CardResult:
        return cls(CardView.from_dict(data["card"]), _uuid(data["entry_id"]))


@dataclass(frozen=True)
class Redemption:
    card: CardView
    redeemed: Money
    entry_id: uuid.UUID
    new_card: CardView | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "card": self.card.to_dict(),
            "redeemed": self.redeemed.amount_str(),
            "entry_id": str(self.entry_id),
            "new_card": self.new_card.to_dict() if self.new_card else None,
        }

    def to_record(self) -> dict[str, Any]:
        return {
            "card": self.card.to_record(),
            "redeemed": self.redeemed.amount_str(),
            "entry_id": str(self.entry_id),
            "new_card": self.new_card.to_record() if self.new_card else None,
        }

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> Redemption:
        card = CardView.from_dict(data["card"])
        return cls(
            card=card,
            redeemed=_money(data["redeemed"], card.currency),
            entry_id=uuid.UUID(data["entry_id"]),
            new_card=CardView.from_dict(data["new_card"]) if data["new_card"] else None,
        )


@dataclass(frozen=True)
class TenderView:
    type: str
    amount: Money
    masked_code: str | None = None
    card_id: uuid.UUID | None = None
    remaining_balance: Money | None = None
    returned: Money | None = None  # given back to the customer by refunds or a void

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "masked_code": self.masked_code,
            "amount": self.amount.amount_str(),
        }
        if self.card_id is not None:
            out["card_id"] = str(self.card_id)  # a till takes a card off a sale by its id
        return out

    def to_record(self) -> dict[str, Any]:
        out = self.to_dict()
        out.update(
            card_id=_str(self.card_id),
            remaining_balance=self.remaining_balance.amount_str()
            if self.remaining_balance
            else None,
            remaining_currency=self.remaining_balance.currency if self.remaining_balance else None,
            returned=self.returned.amount_str() if self.returned else None,
        )
        return out

    @classmethod
    def from_record(cls, data: dict[str, Any], currency: str) -> TenderView:
        remaining = data.get("remaining_balance")
        return cls(
            type=data["type"],
            amount=_money(data["amount"], currency),
            masked_code=data.get("masked_code"),
            card_id=_uuid(data.get("card_id")),
            remaining_balance=_money(remaining, data["remaining_currency"]) if remaining else None,
            returned=_money(data["returned"], currency) if data.get("returned") else None,
        )


@dataclass(frozen=True)
class SaleResult:
    sale_id: uuid.UUID
    receipt_number: str
    state: str
    total: Money
    tenders: tuple[TenderView, ...]
    due: Money
    change: Money
    cards: tuple[CardView, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "sale_id": str(self.sale_id),
            "receipt_number": self.receipt_number,
            "state": self.state,
            "total": self.total.amount_str(),
            "tenders": [t.to_dict() for t in self.tenders],
            "due": self.due.amount_str(),
            "change": self.change.amount_str(),
            "cards": [c.to_dict() for c in self.cards],
        }

    def to_record(self) -> dict[str, Any]:
        out = self.to_dict()
        out.update(
            currency=self.total.currency,
            tenders=[t.to_record() for t in self.tenders],
            cards=[c.to_record() for c in self.cards],
        )
        return out

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> SaleResult:
        cur = data["currency"]
        return cls(
            sale_id=uuid.UUID(data["sale_id"]),
            receipt_number=data["receipt_number"],
            state=data["state"],
            total=_money(data["total"], cur),
            tenders=tuple(TenderView.from_record(t, cur) for t in data["tenders"]),
            due=_money(data["due"], cur),
            change=_money(data["change"], cur),
            cards=tuple(CardView.from_dict(c) for c in data["cards"]),
        )


def _str(value: uuid.UUID | None) -> str | None:
    return str(value) if value else None


def _uuid(value: str | None) -> uuid.UUID | None:
    return uuid.UUID(value) if value else None
