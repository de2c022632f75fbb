"""The service's logs: one JSON object per line on stderr.

A request's line names the terminal, the staff member, the path, the status,
the duration and the kind of operation; never a body, so never a card code or
a PIN (those travel only in request bodies). An unexpected error is logged by
its type and stack frames only: a database error's message can quote the
statement's parameters.
"""

from __future__ import annotations

import json
import logging
import sys
import time
import traceback
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from posapp.central.identification import Caller

REQUESTS = "posapp.central.requests"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            line.update(fields)
        else:
            line["message"] = record.getMessage()
        if record.exc_info and record.exc_info[0] is not None:
            line["exception"] = record.exc_info[0].__name__
            line["stack"] = traceback.format_tb(record.exc_info[2])
        return json.dumps(line, ensure_ascii=False, default=str)


def config(level: str = "INFO") -> dict[str, Any]:
    """A :func:`logging.config.dictConfig` for uvicorn and the service: JSON lines only."""
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": sys.stderr}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {"stderr": handler},
        "loggers": {
            name: {"handlers": ["stderr"], "level": level, "propagate": False}
            for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "posapp")
        },
    }


def request_line(fields: dict[str, Any]) -> None:
    logging.getLogger(REQUESTS).info("request", extra={"fields": {"event": "request", **fields}})


_LOG = "posapp.log"


class RequestLog:
    """One JSON line per request: who, what, how it ended and how long it took."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        fields: dict[str, Any] = {"method": scope["method"], "path": scope["path"]}
        scope[_LOG] = fields
        started = time.monotonic()

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                fields["status"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            fields["duration_ms"] = round((time.monotonic() - started) * 1000, 1)
            fields.setdefault("status", 500)
            request_line(fields)


def note(request: Request, **fields: Any) -> None:
    """Add ``fields`` to the request's log line."""
    request.scope.setdefault(_LOG, {}).update(fields)


def noted(request: Request, who: Caller) -> None:
    """Name the request's terminal and person in its log line, as far as they were found."""
    if who.terminal is not None:
        note(request, terminal=who.terminal.name, store=who.terminal.store)
    if who.actor is not None:
        note(request, staff=who.actor.staff_name)
