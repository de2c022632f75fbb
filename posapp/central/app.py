"""The central service's HTTP API (FastAPI): ``/v1``, one endpoint per command and a till's reads.

Every command runs through :func:`posapp.services.command_path.bus.dispatch` for the actor a
request's terminal credential and staff session name, so permissions,
idempotency (scoped to the terminal) and every rule are the core's. The
service keeps no state of its own between requests: any number of processes
may serve one database. Database work runs in the thread pool, one
transaction per call, as it does in a till; a redemption's common case runs on the
event loop itself (:mod:`posapp.central.on_loop`).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse

from posapp import __version__, edge
from posapp.central import (
    approvals,
    command_api,
    enrolment,
    identification,
    logs,
    offline_tickets,
    protocol,
    receipts,
    sessions,
    sync_api,
    webshop_api,
)
from posapp.central.on_loop import OnLoop
from posapp.central.requests import (
    TooLarge,
    command,
    json_body,
    offline_ticket,
    outbox_waiting,
    text,
)
from posapp.db import migrate
from posapp.db.lazy_session import NeedsTransaction
from posapp.domain.errors import InvalidInput, PosError
from posapp.services.back_office import documents
from posapp.services.checkout import sales
from posapp.services.command_path import bus
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Actor, Context
from posapp.services.security import terminals

log = logging.getLogger("posapp.central")
T = TypeVar("T")


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status)


def _bearer(request: Request) -> str:
    scheme, _, value = request.headers.get(protocol.CREDENTIAL_HEADER, "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


def create_app(ctx: Context, *, made_cards: Callable[[], None] | None = None) -> FastAPI:
    """The API over ``ctx``; ``made_cards`` is called after a command that made or changed
    cards (the e-mail sender looks for what is due)."""
    on_loop = OnLoop.of(ctx)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if on_loop is not None:
            on_loop.close()

    app = command_api.ServiceApp(
        lifespan=lifespan,
        title="GiftPOS central service",
        version=__version__,
        openapi_url=f"{protocol.API}/openapi.json",
        docs_url=f"{protocol.API}/docs",
        redoc_url=None,
    )
    app.add_middleware(logs.RequestLog)

    @app.exception_handler(PosError)
    async def refused(request: Request, exc: PosError) -> JSONResponse:
        logs.note(request, error=exc.code.value)
        return JSONResponse(protocol.error_body(exc), status_code=protocol.status_of(exc))

    @app.exception_handler(TooLarge)
    async def too_large(request: Request, exc: TooLarge) -> JSONResponse:
        limit = protocol.MAX_BODY // 1024
        return _error(413, "invalid_input", f"The request is larger than {limit} KiB.")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        code = "not_found" if exc.status_code == 404 else "invalid_input"
        return _error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error", exc_info=exc)
        return _error(
            500,
            "unexpected",
            "The service failed unexpectedly (it is logged); an operation sent with an "
            "idempotency key may safely be sent again.",
        )

    def sender(request: Request, kind: str, staff: bool = True) -> identification.Caller:
        """Who sent ``request``, to be checked in the thread pool (it reads the database)."""
        logs.note(request, kind=kind)
        token = request.headers.get(protocol.SESSION_HEADER) if staff else None
        replayed = staff and kind in offline_tickets.OFFLINE_KINDS
        ticket = offline_ticket(request) if replayed else None
        return identification.Caller(
            ctx, _bearer(request), token, staff=staff,
            version=request.headers.get(protocol.VERSION_HEADER),
            waiting=outbox_waiting(request), ticket=ticket,
        )

    async def caller(request: Request, kind: str, *, staff: bool = True) -> tuple[
        identification.TerminalAccess, Actor | None
    ]:
        who = sender(request, kind, staff)
        try:
            return await run_in_threadpool(who.authorize)
        finally:
            logs.noted(request, who)

    async def acting(request: Request, kind: str) -> Actor:
        _, actor = await caller(request, kind)
        assert actor is not None
        return actor

    def then(request: Request, kind: str, work: Callable[[Actor], T]) -> Awaitable[T]:
        """``work`` for the person who sent ``request``, in one trip to the thread pool."""
        who = sender(request, kind)

        def both() -> T:
            try:
                _, actor = who.authorize()
            finally:
                logs.noted(request, who)
            assert actor is not None
            return work(actor)

        return run_in_threadpool(both)

    def run_command(request: Request, kind: type[c.Command], body: dict[str, Any]) -> Any:
        """The ``kind`` command ``body`` holds, for its sender, in one transaction that first
        checks who sent it (see :mod:`posapp.central.identification`)."""
        who = sender(request, kind.name)
        approval = request.headers.get(protocol.APPROVAL_HEADER)
        try:
            try:
                cmd = command(kind, body)
            except PosError:
                who.authorize()  # as ever, a sender who is refused learns nothing more
                raise
            if approval is None:
                return bus.dispatch(ctx, who, cmd)
            # A manager's approval (rare): the cashier is identified first, on their own,
            # and the command runs with the approving manager's authority.
            cashier = ctx.db.run(who.identify, lazy=True)
            return bus.dispatch(ctx, approvals.acting(ctx, cashier, approval, cmd), cmd)
        finally:
            who.record_contact()
            logs.noted(request, who)

    async def run_first_on_loop(
        request: Request, kind: type[c.Command], body: dict[str, Any]
    ) -> Any:
        """The ``kind`` command ``body`` holds, run on the event loop when it can be (see
        :mod:`posapp.central.on_loop`), otherwise by :func:`run_command` in the thread pool."""
        if on_loop is None:
            return await run_in_threadpool(run_command, request, kind, body)
        if on_loop.ready() and request.headers.get(protocol.APPROVAL_HEADER) is None:
            who = sender(request, kind.name)
            try:
                result = on_loop.run(who, kind, body)
                if who.contact_due:
                    await run_in_threadpool(who.record_contact)
                return result
            except NeedsTransaction:
                pass  # nothing was done: the thread pool runs it
            finally:
                logs.noted(request, who)

        def in_pool() -> Any:
            result = run_command(request, kind, body)
            on_loop.open()
            return result

        return await run_in_threadpool(in_pool)

    command_api.add(app, run_first_on_loop, made_cards)

    @app.get(f"{protocol.API}/health")
    async def health(request: Request) -> JSONResponse:
        """Whether the database answers, and its schema revision (no sign-in)."""
        logs.note(request, kind="health")
        try:
            revision = await run_in_threadpool(migrate.current_revision, ctx.db)
        except Exception:  # any failure to reach the database is what this reports
            log.warning("health check: database unreachable", exc_info=True)
            return JSONResponse({"status": "unavailable", "database": False}, status_code=503)
        return JSONResponse(
            {"status": "ok", "database": True, "schema": revision, "version": __version__}
        )

    @app.post(f"{protocol.API}/enroll")
    async def enroll(request: Request) -> dict[str, Any]:
        """A till exchanges its one-time enrolment code for a terminal credential."""
        logs.note(request, kind="enroll")
        code = text(await json_body(request), "code")
        assert code is not None
        address = request.client.host if request.client else ""
        done = await run_in_threadpool(enrolment.enrol, ctx, code, address)
        logs.note(request, terminal=done.terminal, store=done.store)
        return {"credential": done.credential, "terminal": done.terminal, "store": done.store}

    @app.post(f"{protocol.API}/sessions")
    async def sign_in(request: Request) -> dict[str, Any]:
        """A staff member signs in at this terminal with their PIN."""
        body = await json_body(request)
        name, pin = text(body, "name"), text(body, "pin")
        assert name is not None and pin is not None
        terminal, _ = await caller(request, "sign_in", staff=False)
        # The name only once it is known to be one: a PIN typed into the name field
        # must not reach the log.
        signed = await run_in_threadpool(sessions.sign_in, ctx, terminal, name, pin)
        logs.note(request, staff=signed.actor.staff_name)
        return {
            "session": signed.token,
            "expires_at": signed.expires_at.isoformat(),
            "staff": _who(signed.actor),
            "offline_ticket": signed.ticket,
            "offline_ticket_expires_at": signed.ticket_expires_at.isoformat(),
        }

    @app.delete(f"{protocol.API}/sessions")
    async def sign_out(request: Request) -> dict[str, Any]:
        terminal, _ = await caller(request, "sign_out")
        token = request.headers.get(protocol.SESSION_HEADER, "")
        await run_in_threadpool(sessions.sign_out, ctx, terminal, token)
        return {"signed_out": True}

    @app.get(f"{protocol.API}/me")
    async def me(request: Request) -> dict[str, Any]:
        """Who is signed in at this terminal."""
        return _who(await acting(request, "me"))

    @app.post(f"{protocol.API}/cards/balance")
    async def balance(request: Request) -> dict[str, Any]:
        """A card's balance; the code travels in the body, never in the URL."""
        body = await json_body(request)
        actor = await acting(request, "card_balance")
        found = await run_in_threadpool(edge.balance, ctx, actor, _card_name(body))
        return found.to_dict()

    @app.post(f"{protocol.API}/cards/history")
    async def history(request: Request) -> dict[str, Any]:
        """A card and its last ``last`` ledger entries (default 50, at most 500), for a
        manager; a cashier sees what the counter's balance page shows (by code, the last
        few). The code travels in the body, never in the URL."""
        body = await json_body(request)
        last = body.get("last", 50)
        if type(last) is not int or not 1 <= last <= 500:
            raise InvalidInput("last is a whole number of entries, 1-500.")
        name = _card_name(body)
        found = await then(
            request, "card_history", lambda actor: edge.card_history(ctx, actor, name, last=last)
        )
        return {"card": found.card.to_dict(), "entries": [e.to_dict() for e in found.last_entries]}

    @app.get(f"{protocol.API}/sales/receipt/{{number}}")
    async def sale_by_receipt(request: Request, number: str) -> dict[str, Any]:
        """A sale of this terminal's store by its printed receipt number."""
        actor = await acting(request, "sale_find")
        found = await run_in_threadpool(sales.find_sale, ctx, actor, number)
        return found.to_dict()

    @app.post(f"{protocol.API}/sales/receipt")
    async def sale_receipt(request: Request) -> dict[str, Any]:
        """A sale's receipt, as a till on the database prints it; the codes of cards the
        sale just made come in the body (``gift_codes``: card id to code), as a till that
        has them on screen passes them."""
        body = await json_body(request)
        actor = await acting(request, "sale_receipt")
        wanted = edge.sale_id(text(body, "sale_id") or "")
        given = body.get("gift_codes")
        if given is not None and not (
            isinstance(given, dict) and all(isinstance(v, str) for v in given.values())
        ):
            raise InvalidInput("gift_codes maps card ids to codes.")
        try:
            codes = None if given is None else {uuid.UUID(k): v for k, v in given.items()}
        except ValueError as exc:
            raise InvalidInput("gift_codes maps card ids to codes.") from exc
        found = await run_in_threadpool(documents.receipt, ctx, actor, wanted, gift_codes=codes)
        out: dict[str, Any] = receipts.to_json(found)
        return out

    @app.get(f"{protocol.API}/terminals")
    async def terminal_list(request: Request) -> dict[str, Any]:
        actor = await acting(request, "terminal_list")
        found = await run_in_threadpool(terminals.list_terminals, ctx, actor)
        return {"terminals": [t.to_dict() for t in found]}

    def admin_route(path: str, kind: str, action: Callable[..., Any], doc: str) -> None:
        async def endpoint(request: Request) -> dict[str, Any]:
            body = await json_body(request)
            actor = await acting(request, kind)
            name, store = text(body, "name"), text(body, "store", required=False)
            result = await run_in_threadpool(action, ctx, actor, name, store)
            out: dict[str, Any] = result.to_dict()
            return out

        app.add_api_route(path, endpoint, methods=["POST"], name=kind, description=doc)

    admin_route(
        f"{protocol.API}/terminals",
        "terminal_add",
        enrolment.add_terminal,
        "Register a till at a store; the answer holds its one-time enrolment code.",
    )
    admin_route(
        f"{protocol.API}/terminals/code",
        "terminal_code",
        enrolment.new_code,
        "A new one-time enrolment code for a registered till.",
    )
    admin_route(
        f"{protocol.API}/terminals/revoke",
        "terminal_revoke",
        enrolment.revoke,
        "Refuse a till's credential from its next request on.",
    )

    app.include_router(webshop_api.router(ctx, note=logs.note, bearer=_bearer))
    app.include_router(sync_api.router(ctx, acting))
    app.include_router(approvals.router(ctx, acting))
    return app


def _card_name(body: dict[str, Any]) -> str | uuid.UUID:
    """The card a request names: ``card_id`` (a manager's) or else ``code``."""
    card_id = text(body, "card_id", required=False)
    if card_id is not None:
        try:
            return uuid.UUID(card_id)
        except ValueError as exc:
            raise InvalidInput("card_id is not a card id.") from exc
    code = text(body, "code")
    assert code is not None
    return code


def _who(actor: Actor) -> dict[str, Any]:
    return {
        "name": actor.staff_name,
        "role": actor.role.value,
        "store": actor.location_code,
        "currency": actor.currency,
        "locale": actor.locale,
        "terminal": actor.terminal_name,
    }
