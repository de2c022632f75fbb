"""Card products: what a store sells as gift cards (amounts, lifetime, scope, strategy)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp.db.models import CardProduct
from posapp.domain.errors import Conflict, InvalidAmount, InvalidInput
from posapp.money import Money, check_currency
from posapp.services.accounting import audit
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.configuration.store_codes import check_store_code


@dataclass(frozen=True)
class ProductView:
    id: uuid.UUID
    sku: str
    name: str
    currency: str
    amount_type: str
    denominations: tuple[Money, ...]
    minimum: Money | None
    maximum: Money | None
    lifetime_days: int
    strategy: str
    scope: str

    @classmethod
    def of(cls, p: CardProduct) -> ProductView:
        cur = p.currency
        return cls(
            id=p.id,
            sku=p.sku,
            name=p.name,
            currency=cur,
            amount_type=p.amount_type,
            denominations=tuple(Money(d, cur) for d in p.denominations),
            minimum=Money(p.min_minor, cur) if p.min_minor is not None else None,
            maximum=Money(p.max_minor, cur) if p.max_minor is not None else None,
            lifetime_days=p.lifetime_days,
            strategy=p.strategy,
            scope=",".join(p.scope_locations) if p.scope == "list" else p.scope,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "sku": self.sku,
            "name": self.name,
            "currency": self.currency,
            "amount_type": self.amount_type,
            "denominations": [d.amount_str() for d in self.denominations],
            "min": self.minimum.amount_str() if self.minimum else None,
            "max": self.maximum.amount_str() if self.maximum else None,
            "lifetime_days": self.lifetime_days,
            "strategy": self.strategy,
            "scope": self.scope,
        }

    def to_record(self) -> dict[str, Any]:
        return self.to_dict()

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> ProductView:
        cur = data["currency"]

        def money(text: str | None) -> Money | None:
            return Money.parse(text, cur) if text is not None else None

        return cls(
            id=uuid.UUID(data["id"]),
            sku=data["sku"],
            name=data["name"],
            currency=cur,
            amount_type=data["amount_type"],
            denominations=tuple(Money.parse(d, cur) for d in data["denominations"]),
            minimum=money(data["min"]),
            maximum=money(data["max"]),
            lifetime_days=data["lifetime_days"],
            strategy=data["strategy"],
            scope=data["scope"],
        )


def create(
    session: Session, ctx: Context, actor: Actor, cmd: c.AddProduct, op_key: str
) -> ProductView:
    """An admin defines a card product: fixed denominations, a custom range, or both;
    ``categories`` restricts its cards to goods of those sale categories (none: all)."""
    cur = check_currency(cmd.currency)
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,40}", cmd.sku):
        raise InvalidInput("A SKU is 1-40 letters, digits, - or _.")
    fixed, low, high = cmd.denominations, cmd.minimum, cmd.maximum
    for money in (*fixed, *(m for m in (low, high) if m is not None)):
        if money.currency != cur or money.minor <= 0:
            raise InvalidAmount(
                "A product's amounts are above zero and in {currency}.", currency=cur
            )
    if (low is None) != (high is None) or (low and high and low > high):
        raise InvalidAmount("A custom range needs a minimum no larger than its maximum.")
    if not fixed and low is None:
        raise InvalidInput("A product needs denominations, a custom range, or both.")
    if cmd.strategy not in ("balance", "replacement"):
        raise InvalidInput("Strategy is balance or replacement.")
    if cmd.lifetime_days < 0:
        raise InvalidInput("Lifetime is zero (never expires) or more days.")
    if cmd.scope not in ("all", "issuing", "list") or (cmd.scope == "list") != bool(
        cmd.scope_stores
    ):
        raise InvalidInput("Scope is all, issuing or a comma-separated list of store codes.")
    stores = [check_store_code(code) for code in cmd.scope_stores]
    if any(not re.fullmatch(r"[a-z0-9_ -]{1,40}", k) for k in cmd.categories):
        raise InvalidInput("A category is 1-40 letters, digits, spaces, - or _.")
    if session.scalar(select(CardProduct).where(CardProduct.sku == cmd.sku)) is not None:
        raise Conflict("There is already a product with the SKU {sku}.", sku=cmd.sku)
    product = CardProduct(
        sku=cmd.sku,
        name=cmd.title.strip() or cmd.sku,
        currency=cur,
        amount_type="combined" if fixed and low else "fixed" if fixed else "custom",
        denominations=[m.minor for m in fixed],
        min_minor=low.minor if low else None,
        max_minor=high.minor if high else None,
        lifetime_days=cmd.lifetime_days,
        scope=cmd.scope,
        scope_locations=stores,
        strategy=cmd.strategy,
        allowed_categories=sorted(set(cmd.categories)),
        created_at=ctx.now(),
    )
    session.add(product)
    session.flush()
    audit.record(session, ctx, actor, "product_added", {"sku": cmd.sku})
    return ProductView.of(product)


def list_products(ctx: Context) -> list[ProductView]:
    return ctx.db.run(
        lambda s: [
            ProductView.of(p)
            for p in s.scalars(
                select(CardProduct).where(CardProduct.active.is_(True)).order_by(CardProduct.sku)
            )
        ],
        readonly=True,
    )
