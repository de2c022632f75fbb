"""The web shop channel: ``/v1/shop/...`` for an online store's server, by API key.

A shop presents its key (``Authorization: Bearer gpk_...``) and acts as a till of
its store with a cashier signed in (see :mod:`posapp.central.shop_keys`): every
operation is a command run through :func:`posapp.services.command_path.bus.dispatch`, so the
store's rules, limits and failed look-up counter apply as at a till. A hold is
a sale of one line (the order) with the card applied: it keeps the amount from
being spent elsewhere until it is captured (the sale completes) or released (the
sale is cancelled). Every operation that moves money needs an idempotency
``key``: the shop's server sends a request again with the same key when it did
not see the answer, and it is applied once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from posapp import edge
from posapp.central import shop_keys
from posapp.central.protocol import API
from posapp.central.requests import command, json_body, text
from posapp.domain.errors import InvalidInput, InvalidState, PosError
from posapp.domain.lifecycle import SaleState
from posapp.services.cards.lookup import parse_code
from posapp.services.command_path import bus
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import SaleResult

PREFIX = f"{API}/shop"
#: Room for the suffixes that name a hold's steps under the shop's key.
MAX_KEY = 90
ORDER_LINE = "web shop order"
Note = Callable[..., None]


def _only(body: dict[str, Any], *allowed: str) -> dict[str, Any]:
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        raise InvalidInput("Unknown field(s) {fields}.", fields=", ".join(map(repr, unknown)))
    return body


def _key(body: dict[str, Any]) -> str:
    key = text(body, "key")
    assert key is not None
    if not 1 <= len(key) <= MAX_KEY or not key.isprintable():
        raise InvalidInput(
            "An idempotency key is 1-{max_key} printable characters.", max_key=MAX_KEY
        )
    return key


def _hold_id(body: dict[str, Any]) -> str:
    value = text(body, "hold")
    assert value is not None
    try:
        return str(uuid.UUID(value))
    except ValueError as exc:
        raise InvalidInput("hold is the id a hold request answered.") from exc


def _hold_reply(sale: SaleResult) -> dict[str, Any]:
    held = sale.total.minor - sale.due.minor
    return {
        "hold": str(sale.sale_id),
        "state": sale.state,
        "held": {"minor": held, "currency": sale.total.currency},
        "sale": sale.to_dict(),
    }


def _place_hold(
    ctx: Context, actor: Actor, code: str, open_sale: c.OpenSale, key: str
) -> SaleResult:
    """Open the order's sale and hold the card for it; a refused card leaves no sale open."""
    sale: SaleResult = bus.dispatch(ctx, actor, open_sale)
    if sale.state != SaleState.OPEN:
        if sale.tenders:  # a replay of a hold that was placed and since captured or released
            return sale
        raise InvalidState("This key's hold was refused or released: a new hold needs a new key.")
    apply = c.ApplyCard(sale.sale_id, code, key=f"{key}/card")
    try:
        held: SaleResult = bus.dispatch(ctx, actor, apply)
    except PosError:
        bus.dispatch(ctx, actor, c.CancelSale(sale.sale_id, key=f"{key}/refused"))
        raise
    return held


def router(ctx: Context, *, note: Note, bearer: Callable[[Request], str]) -> APIRouter:
    """The web shop endpoints over ``ctx``; ``note`` adds fields to a request's log line."""
    shop = APIRouter(prefix=PREFIX, tags=["web shop"])

    async def acting(request: Request, kind: str) -> Actor:
        note(request, kind=f"shop_{kind}")
        actor = await run_in_threadpool(shop_keys.authorize, ctx, bearer(request))
        note(request, terminal=actor.terminal_name, store=actor.location_code,
             staff=actor.staff_name)
        return actor

    async def card_code(actor: Actor, body: dict[str, Any]) -> str:
        code = text(body, "code")
        assert code is not None
        # Parsed as a till parses a typed code: a malformed one counts as a failed look-up.
        return await run_in_threadpool(parse_code, ctx, actor, code)

    async def dispatch(actor: Actor, cmd: c.Command) -> Any:
        return await run_in_threadpool(bus.dispatch, ctx, actor, cmd)

    @shop.post("/balance")
    async def balance(request: Request) -> dict[str, Any]:
        """A card's balance and what it may still spend."""
        body = _only(await json_body(request), "code")
        actor = await acting(request, "balance")
        code = await card_code(actor, body)
        found = await run_in_threadpool(edge.balance, ctx, actor, code)
        return found.to_dict()

    @shop.post("/holds")
    async def hold(request: Request) -> dict[str, Any]:
        """Hold up to ``amount`` of a card for an order (less when the card has less)."""
        body = _only(await json_body(request), "code", "amount", "reference", "key")
        actor = await acting(request, "hold")
        key = _key(body)
        line = {"description": ORDER_LINE, "price": body.get("amount"), "quantity": 1,
                "category": None}
        open_sale = command(
            c.OpenSale, {"lines": [line], "reference": body.get("reference"), "key": f"{key}/hold"}
        )
        assert isinstance(open_sale, c.OpenSale)
        code = await card_code(actor, body)
        held = await run_in_threadpool(_place_hold, ctx, actor, code, open_sale, key)
        return _hold_reply(held)

    @shop.post("/holds/capture")
    async def capture(request: Request) -> dict[str, Any]:
        """Take what a hold holds; ``external`` is what the shop took otherwise for the rest."""
        body = _only(await json_body(request), "hold", "external", "key")
        actor = await acting(request, "capture")
        payment: dict[str, Any] = {"cash": None, "external": body.get("external"), "other": {}}
        done = await dispatch(actor, command(
            c.CompleteSale, {"sale_id": _hold_id(body), "payment": payment, "key": _key(body)}
        ))
        return _hold_reply(done)

    @shop.post("/holds/release")
    async def release(request: Request) -> dict[str, Any]:
        """Let a hold go: nothing is taken from the card."""
        body = _only(await json_body(request), "hold", "key")
        actor = await acting(request, "release")
        cmd = command(c.CancelSale, {"sale_id": _hold_id(body), "key": _key(body)})
        return _hold_reply(await dispatch(actor, cmd))

    @shop.post("/redeem")
    async def redeem(request: Request) -> dict[str, Any]:
        """Take ``amount`` from a card at once (all of it or nothing)."""
        body = _only(await json_body(request), "code", "amount", "reference", "key")
        actor = await acting(request, "redeem")
        key = _key(body)
        fields = {"amount": body.get("amount"), "reference": body.get("reference"), "key": key}
        code = await card_code(actor, body)
        cmd = command(c.RedeemCard, {"card": {"code": code, "card_id": None}, **fields})
        done: dict[str, Any] = (await dispatch(actor, cmd)).to_dict()
        return done

    @shop.post("/refund")
    async def refund(request: Request) -> dict[str, Any]:
        """Give money back: onto the card(s) of a captured hold (``hold``, all or ``amount``),
        or onto a card (``code`` and ``amount``). A key created with refunds may."""
        body = _only(await json_body(request), "hold", "code", "amount", "reference", "key")
        actor = await acting(request, "refund")
        key = _key(body)
        if ("hold" in body) == ("code" in body):
            raise InvalidInput("A refund names either a captured hold or a card's code.")
        if "hold" in body:
            if "reference" in body:
                raise InvalidInput("A refund of a hold takes no reference.")
            cmd = command(c.RefundSale, {
                "sale_id": _hold_id(body), "amount": body.get("amount"), "key": key,
            })
            return _hold_reply(await dispatch(actor, cmd))
        fields = {"amount": body.get("amount"), "reference": body.get("reference"), "key": key}
        code = await card_code(actor, body)
        cmd = command(c.RefundCard, {"card": {"code": code, "card_id": None}, **fields})
        out: dict[str, Any] = (await dispatch(actor, cmd)).to_dict()
        return out

    return shop
