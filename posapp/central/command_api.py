"""The command endpoints: ``POST /v1/commands/<name>``, one for each command of the core.

They are one plain Starlette route rather than a FastAPI route per command: commands
are most of the service's traffic (redemptions above all), and FastAPI's handling of a
request (solving its dependencies, its exit stack) and matching some forty routes in
turn cost every command for nothing it uses. FastAPI describes only its own routes, so
:func:`document` adds each command's path to the OpenAPI description.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from posapp.central.protocol import API
from posapp.central.requests import json_body
from posapp.services.command_path import bus
from posapp.services.command_path import commands as c

Run = Callable[[Request, type[c.Command], dict[str, Any]], Awaitable[Any]]


def add(app: FastAPI, run: Run, made_cards: Callable[[], None] | None) -> None:
    """Serve every command through ``run``, ahead of the other routes; ``made_cards`` is
    called after a command that made or changed cards."""
    kinds = {kind.name: kind for kind in bus.ROUTES}

    async def endpoint(request: Request) -> JSONResponse:
        kind = kinds.get(request.path_params["name"])
        if kind is None:
            raise HTTPException(404, "There is no such command.")
        body = await json_body(request)
        result = await run(request, kind, body)
        if made_cards is not None and getattr(result, "cards", None):
            made_cards()
        # The result's JSON form as it is: FastAPI's jsonable_encoder would walk it again.
        return JSONResponse(result.to_dict())

    app.router.routes.insert(0, Route(f"{API}/commands/{{name}}", endpoint, methods=["POST"]))
    document(app)


def document(app: FastAPI) -> None:
    """Describe each command's path in ``app``'s OpenAPI description."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title, version=app.version, description=app.description,
                routes=app.routes,
            )
            for kind in bus.ROUTES:
                schema["paths"][f"{API}/commands/{kind.name}"] = {"post": _operation(kind)}
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
