"""Deliveries as results and lists show them: never with the card's code."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from posapp import codes
from posapp.db.models import EmailDelivery, GiftCard


def _when(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@dataclass(frozen=True)
class DeliveryView:
    id: uuid.UUID
    card_id: uuid.UUID
    masked_code: str
    recipient_email: str
    recipient_name: str | None
    state: str
    reason: str
    scheduled_for: datetime
    due_at: datetime
    attempts: int
    last_error: str | None
    sent_at: datetime | None
    message_id: str | None
    created_at: datetime

    @classmethod
    def of(cls, row: EmailDelivery, card: GiftCard) -> DeliveryView:
        return cls(
            id=row.id,
            card_id=row.card_id,
            masked_code=codes.mask(card.code_last4, prefix=card.code_prefix or None),
            recipient_email=row.recipient_email,
            recipient_name=row.recipient_name,
            state=row.state,
            reason=row.reason,
            scheduled_for=row.scheduled_for,
            due_at=row.due_at,
            attempts=row.attempts,
            last_error=row.last_error,
            sent_at=row.sent_at,
            message_id=row.message_id,
            created_at=row.created_at,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "card_id": str(self.card_id),
            "masked_code": self.masked_code,
            "recipient_email": self.recipient_email,
            "recipient_name": self.recipient_name,
            "state": self.state,
            "reason": self.reason,
            "scheduled_for": _when(self.scheduled_for),
            "due_at": _when(self.due_at),
            "attempts": self.attempts,
            "last_error": self.last_error,
            "sent_at": _when(self.sent_at),
            "message_id": self.message_id,
            "created_at": _when(self.created_at),
        }

    def to_record(self) -> dict[str, Any]:
        return self.to_dict()

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> DeliveryView:
        return cls(
            id=uuid.UUID(data["id"]),
            card_id=uuid.UUID(data["card_id"]),
            masked_code=data["masked_code"],
            recipient_email=data["recipient_email"],
            recipient_name=data["recipient_name"],
            state=data["state"],
            reason=data["reason"],
            scheduled_for=_parse(data["scheduled_for"]),  # type: ignore[arg-type]
            due_at=_parse(data["due_at"]),  # type: ignore[arg-type]
            attempts=int(data["attempts"]),
            last_error=data["last_error"],
            sent_at=_parse(data["sent_at"]),
            message_id=data["message_id"],
            created_at=_parse(data["created_at"]),  # type: ignore[arg-type]
        )
