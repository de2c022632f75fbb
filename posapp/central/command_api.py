"""The command endpoints: ``POST /v1/commands/<name>``, one for each command of the core.

Commands are most of the service's traffic (redemptions above all), so they are answered
ahead of FastAPI's own handling (:class:`ServiceApp`): no route is matched in turn, no
dependency is solved, and none of the ASGI layers FastAPI and Starlette put around every
request (each wraps the request and every message of its answer) is passed through. The
request's log line is kept (:class:`~posapp.central.logs.RequestLog`) and every failure
is answered by the same handlers as any other request's. FastAPI describes only its own
routes, so :func:`document` adds each command's path to the OpenAPI description.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from posapp.central.logs import RequestLog
from posapp.central.protocol import API
from posapp.central.requests import json_body
from posapp.services.command_path import bus
from posapp.services.command_path import commands as c

Run = Callable[[Request, type[c.Command], dict[str, Any]], Awaitable[Any]]
PREFIX = f"{API}/commands/"


class ServiceApp(FastAPI):
    """FastAPI, with the commands' requests answered first (see the module's text)."""

    commands: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            self.commands is not None
            and scope["type"] == "http"
            and scope["path"].startswith(PREFIX)
        ):
            scope["app"] = self
            await self.commands(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def add(app: ServiceApp, run: Run, made_cards: Callable[[], None] | None) -> None:
    """Serve every command through ``run``; ``made_cards`` is called after a command that
    made or changed cards."""
    kinds = {kind.name: kind for kind in bus.ROUTES}

    async def endpoint(request: Request) -> Response:
        if request.method != "POST":
            raise HTTPException(405, "A command is sent with POST.")
        kind = kinds.get(request.scope["path"][len(PREFIX):])
        if kind is None:
            raise HTTPException(404, "There is no such command.")
        body = await json_body(request)
        result = await run(request, kind, body)
        if made_cards is not None and getattr(result, "cards", None):
            made_cards()
        # The result's JSON form as it is: FastAPI's jsonable_encoder would walk it again.
        return JSONResponse(result.to_dict())

    async def answer(scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive, send)
        try:
            response = await endpoint(request)
        except Exception as exc:
            response = await _handler(app, exc)(request, exc)
        await response(scope, receive, send)

    app.commands = RequestLog(answer)
    document(app)


def _handler(app: FastAPI, exc: Exception) -> Callable[[Request, Exception], Awaitable[Response]]:
    """The app's handler of ``exc``: the one registered for its nearest class."""
    for kind in type(exc).__mro__:
        found = app.exception_handlers.get(kind)
        if found is not None:
            return found  # type: ignore[return-value]
    raise exc


def document(app: FastAPI) -> None:
    """Describe each command's path in ``app``'s OpenAPI description."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title, version=app.version, description=app.description,
                routes=app.routes,
            )
            for kind in bus.ROUTES:
                schema["paths"][f"{PREFIX}{kind.name}"] = {"post": _operation(kind)}
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _operation(kind: type[c.Command]) -> dict[str, Any]:
    fields = ", ".join(f"`{f.name}`" for f in dataclasses.fields(kind))
    return {
        "operationId": kind.name,
        "summary": kind.__name__,
        "description": (
            f"Run {kind.__name__}: the body is the command's JSON (`to_dict()`: {fields}), "
            "the reply the result's. With a `key`, a replay returns the first result."
        ),
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"type": "object"}}},
        },
        "responses": {
            "200": {"description": "The command's result."},
            "default": {
                "description": "Refused: `error` (a code), `message`, `template` and `params`."
            },
        },
    }
