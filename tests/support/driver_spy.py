"""Every statement a database driver is given, seen at the driver itself: hot paths send
plain SQL on the DBAPI cursor, which SQLAlchemy's events never see."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from sqlalchemy import event

from posapp.services.command_path.context import Context


@contextmanager
def statements(ctx: Context) -> Iterator[list[str]]:
    """A list that collects, upper-cased and on one line, each statement the driver of
    ``ctx``'s database is given while the block runs."""
    sent: list[str] = []

    def spy(statement: object) -> None:
        text = statement.decode() if isinstance(statement, bytes) else str(statement)
        sent.append(" ".join(text.split()).upper())

    if ctx.db.is_sqlite:
        # sqlite3 reports each statement it runs (BEGIN and COMMIT included) to a callback.
        traced: list[Any] = []

        def trace(dbapi: Any, _record: object, _proxy: object) -> None:
            dbapi.set_trace_callback(spy)
            traced.append(dbapi)

        event.listen(ctx.db.engine, "checkout", trace)
        try:
            yield sent
        finally:
            event.remove(ctx.db.engine, "checkout", trace)
            for dbapi in traced:
                dbapi.set_trace_callback(None)
        return
    original = psycopg.Cursor.execute

    def execute(self: psycopg.Cursor[Any], query: Any, *args: Any, **kwargs: Any) -> Any:
        spy(query)
        return original(self, query, *args, **kwargs)

    psycopg.Cursor.execute = execute  # type: ignore[method-assign]
    try:
        yield sent
    finally:
        psycopg.Cursor.execute = original  # type: ignore[method-assign]
