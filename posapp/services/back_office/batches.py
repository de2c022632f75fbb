"""Batches of physical cards: generated inactive, printed, activated one by one at sale."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, insert, select
from sqlalchemy.orm import Session

from posapp import codes
from posapp.db.models import Batch, CardProduct, GiftCard
from posapp.domain.card import check_ceiling
from posapp.domain.errors import InvalidAmount, InvalidInput, NotFound
from posapp.domain.lifecycle import Status
from posapp.domain.roles import Permission
from posapp.money import Money
from posapp.services.accounting import audit, ledger
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run
from posapp.services.configuration import settings
from posapp.services.configuration.store_codes import parse_scope

MAX_BATCH = 100_000
#: Rows per INSERT: keeps memory flat for the largest batch.
CHUNK = 5_000


@dataclass(frozen=True)
class BatchView:
    batch_id: uuid.UUID
    count: int
    face_value: Money | None
    currency: str
    created_at: datetime
    printed_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"batch_id": str(self.batch_id), "count": self.count}

    def to_record(self) -> dict[str, Any]:
        return {
            **self.to_dict(),
            "face_value": self.face_value.minor if self.face_value else None,
            "currency": self.currency,
            "created_at": self.created_at.isoformat(),
            "printed_at": self.printed_at.isoformat() if self.printed_at else None,
        }

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> BatchView:
        cur, face, printed = data["currency"], data["face_value"], data["printed_at"]
        return cls(
            uuid.UUID(data["batch_id"]),
            data["count"],
            Money(face, cur) if face is not None else None,
            cur,
            datetime.fromisoformat(data["created_at"]),
            datetime.fromisoformat(printed) if printed else None,
        )

    @classmethod
    def of(cls, b: Batch) -> BatchView:
        face = Money(b.face_value_minor, b.currency) if b.face_value_minor is not None else None
        return cls(b.id, b.count, face, b.currency, b.created_at, b.printed_at)


def generate(
    session: Session, ctx: Context, actor: Actor, cmd: c.CreateBatch, op_key: str
) -> BatchView:
    """An admin generates ``count`` inactive cards (face value optional) in one transaction.

    Every code is random, hashed for look-up and encrypted for reprinting;
    none is stored or returned in plain text.
    """
    count = cmd.count
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_BATCH:
        raise InvalidInput("A batch holds 1 to {max_batch:,} cards.", max_batch=MAX_BATCH)
    st = settings.current(session, ctx, actor.store_id)
    product = None
    if cmd.product_sku:
        product = session.scalar(select(CardProduct).where(CardProduct.sku == cmd.product_sku))
        if product is None:
            raise NotFound("There is no gift card product {sku}.", sku=cmd.product_sku)
    currency = product.currency if product else actor.currency
    face = cmd.amount
    # The face value is in the cards' currency: the product's, not the signed-in store's.
    if face is not None and face.currency != currency:
        raise InvalidAmount(
            "These cards are in {currency}, not {given}.",
            currency=currency, given=face.currency,
        )
    if face is not None:
        if face.minor <= 0:
            raise InvalidAmount("The amount must be above zero.")
        check_ceiling(face.minor, ledger.ceiling(st, face.currency))
    batch = Batch(
        product_id=product.id if product else None,
        location_id=actor.store_id,
        count=count,
        face_value_minor=face.minor if face else None,
        currency=currency,
        created_by=actor.staff_id,
        created_at=ctx.now(),
    )
    session.add(batch)
    session.flush()
    _insert_cards(session, ctx, batch, product, st)
    audit.record(session, ctx, actor, "batch_created", {"batch": str(batch.id), "count": count})
    return BatchView.of(batch)


def face_currency(ctx: Context, actor: Actor, product_sku: str | None) -> str:
    """The currency a batch's face value is typed in: its product's, or the store's."""
    if not product_sku:
        return actor.currency
    found = ctx.db.run(
        lambda s: s.scalar(select(CardProduct.currency).where(CardProduct.sku == product_sku)),
        readonly=True,
    )
    if found is None:
        raise NotFound("There is no gift card product {sku}.", sku=product_sku)
    return str(found)


def _insert_cards(
    session: Session,
    ctx: Context,
    batch: Batch,
    product: CardProduct | None,
    st: settings.Settings,
) -> None:
    scope, scope_list = parse_scope(product.scope if product else st.scope_default)
    if product and product.scope == "list":
        scope_list = product.scope_locations
    terms = RowTerms(
        prefix=st.code_prefix,
        length=st.code_length,
        scope=scope,
        scope_locations=scope_list,
        strategy=product.strategy if product else st.strategy_default,
        now=ctx.now(),
        change_seq=ledger.next_change_seq(session),
    )
    for start in range(0, batch.count, CHUNK):
        serials = range(start + 1, min(batch.count, start + CHUNK) + 1)
        session.execute(insert(GiftCard), card_rows(ctx.keys, batch, serials, terms))


@dataclass(frozen=True)
class RowTerms:
    """What every card of a batch shares."""

    prefix: str
    length: int
    scope: str
    scope_locations: list[str]
    strategy: str
    now: datetime
    change_seq: int


def card_rows(
    keys: codes.KeyRing, batch: Batch, serials: range, terms: RowTerms
) -> list[dict[str, Any]]:
    """New inactive cards as table rows: random codes, hashed and encrypted, never plain."""
    rows = []
    for serial in serials:
        code = codes.generate(terms.prefix, terms.length)
        code_hash = keys.lookup_hash(code)
        rows.append(
            {
                "id": uuid.uuid4(),
                "code_hash": code_hash,
                "code_last4": codes.visible_tail(code, terms.prefix),
                "code_prefix": terms.prefix,
                "code_encrypted": keys.encrypt(code, code_hash),
                "product_id": batch.product_id,
                "batch_id": batch.id,
                "batch_serial": serial,
                "currency": batch.currency,
                "initial_balance_minor": 0,
                "balance_minor": 0,
                "face_value_minor": batch.face_value_minor,
                "status": Status.INACTIVE.value,
                "issuing_location_id": batch.location_id,
                "stock_state": "stock_room",
                "stock_location_id": batch.location_id,
                "scope": terms.scope,
                "scope_locations": terms.scope_locations,
                "strategy": terms.strategy,
                "created_at": terms.now,
                "source": "batch",
                "version": 1,
                "last_seq": 0,
                "change_seq": terms.change_seq,
            }
        )
    return rows


@dataclass(frozen=True)
class BatchCard:
    """One card of a batch for printing: its full code (decrypted) and position."""

    serial: int
    code: str
    face_value: Money | None


def batch_cards(
    ctx: Context, actor: Actor, batch_id: uuid.UUID | str, *, page: int = 1000
) -> tuple[BatchView, Iterator[BatchCard]]:
    """A batch and its cards in serial order, decrypted page by page for printing.

    Records a ``batch_printed`` audit event. Only managers and admins may
    read full codes back.
    """
    actor.require(Permission.REPRINT)
    bid = parse_batch_id(batch_id)
    view = ctx.db.run(lambda s: BatchView.of(_load(s, bid)), readonly=True)
    audit.record_apart(ctx, actor, "batch_codes_read", {"batch": str(bid)})

    def after(done: int) -> Callable[[Session], list[Row[int, bytes, str]]]:
        def read(session: Session) -> list[Row[int, bytes, str]]:
            query = (
                select(GiftCard.batch_serial, GiftCard.code_encrypted, GiftCard.code_hash)
                .where(GiftCard.batch_id == bid, GiftCard.batch_serial > done)
                .order_by(GiftCard.batch_serial)
                .limit(page)
            )
            return list(session.execute(query).all())  # type: ignore[arg-type]

        return read

    def pages() -> Iterator[BatchCard]:
        done = 0
        while rows := ctx.db.run(after(done), readonly=True):
            for serial, blob, code_hash in rows:
                yield BatchCard(serial, ctx.keys.decrypt(blob, code_hash), view.face_value)
            done = rows[-1][0]

    return view, pages()


def record_printed(
    session: Session, ctx: Context, actor: Actor, cmd: c.MarkBatchPrinted, op_key: str
) -> BatchView:
    """Record that a batch's cards were printed (whoever may print them may mark them)."""
    batch = _load(session, cmd.batch_id)
    batch.printed_at = ctx.now()
    audit.record(session, ctx, actor, "batch_printed", {"batch": str(cmd.batch_id)})
    return BatchView.of(batch)


def list_batches(ctx: Context, actor: Actor) -> list[BatchView]:
    actor.require(Permission.MANAGE_BATCHES)
    return run(
        ctx,
        actor,
        lambda s: [
            BatchView.of(b) for b in s.scalars(select(Batch).order_by(Batch.created_at.desc()))
        ],
        readonly=True,
    )


def parse_batch_id(value: uuid.UUID | str) -> uuid.UUID:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError as exc:
        raise InvalidInput("{value!r} is not a batch id.", value=value) from exc


def _load(session: Session, bid: uuid.UUID) -> Batch:
    batch = session.get(Batch, bid)
    if batch is None:
        raise NotFound("There is no such batch.")
    return batch
