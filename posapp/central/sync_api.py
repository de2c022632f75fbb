"""The service's endpoints for tills that work offline: the pull of changes and the
reconciliation queue.

``POST /v1/changes`` ``{"since": N}`` answers with the cards changed after sequence
number N at or for the till's store (a page; ``more`` says whether to ask again from
``seq``), the terminal look-up key and a copy of the reference data. The queue is read
and worked by managers: ``GET /v1/reconciliation`` and
``POST /v1/reconciliation/resolve`` ``{"id", "note"}``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from posapp.central import changes, protocol
from posapp.central.requests import json_body, outbox_waiting, text
from posapp.domain.errors import InvalidInput
from posapp.services.back_office import reconciliation
from posapp.services.command_path.context import Actor, Context

Acting = Callable[[Request, str], Awaitable[Actor]]


def router(ctx: Context, acting: Acting) -> APIRouter:
    """The endpoints above, for the actor ``acting`` names from a request's credentials."""
    api = APIRouter(prefix=protocol.API)

    @api.post("/changes")
    async def pull(request: Request) -> dict[str, Any]:
        """Cards changed since a sequence number, the look-up key and the reference data."""
        body = await json_body(request)
        actor = await acting(request, "changes")
        since = body.get("since", 0)
        if not isinstance(since, int) or isinstance(since, bool):
            raise InvalidInput("since is a sequence number (a whole number, 0 or more).")
        found = await run_in_threadpool(changes.pull, ctx, actor, since)
        if not found["more"]:
            await run_in_threadpool(changes.synced, ctx, actor, outbox_waiting(request))
        return found

    @api.get("/reconciliation")
    async def queue(request: Request, all: bool = False) -> dict[str, Any]:
        """This store's reconciliation queue (open items; ``?all=true`` for resolved too)."""
        actor = await acting(request, "reconciliation_list")
        found = await run_in_threadpool(
            lambda: reconciliation.list_items(ctx, actor, open_only=not all)
        )
        return {"items": [item.to_dict() for item in found]}

    @api.post("/reconciliation/resolve")
    async def resolve(request: Request) -> dict[str, Any]:
        """Close a queue item with a note of what was done (managers; audited)."""
        body = await json_body(request)
        actor = await acting(request, "reconciliation_resolve")
        item, note = text(body, "id"), text(body, "note")
        assert item is not None and note is not None
        done = await run_in_threadpool(reconciliation.resolve, ctx, actor, item, note)
        return done.to_dict()

    return api
