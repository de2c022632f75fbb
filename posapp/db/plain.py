"""Hot statements rendered once per dialect and sent on the driver's cursor.

A Core ``execute`` costs about a tenth of a millisecond of Python before the
driver sees the statement (execution context, parameter processing, result
set-up), several times what the driver itself spends. A redemption sends a
few statements and nothing else, so for it that overhead was most of its CPU.
:class:`Plain` renders a Core statement once per dialect, with SQLAlchemy's
own compiler, and keeps what each parameter and result column needs (the
type's bind and result processors, the statement's constant parameters); a
call binds the values positionally and runs the SQL on the transaction's DBAPI
cursor. Same SQL, same types, none of the per-call machinery.

What is given up: SQLAlchemy's events and logging do not see these
statements (a test spies on the driver instead). The driver's errors are
raised as SQLAlchemy's, with a lost connection invalidated, as for any other
statement.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, cast

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.orm import Session
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

Processor = Callable[[Any], Any]

#: Where a pooled connection keeps the cursor its plain statements run on.
_CURSOR = "posapp.plain_cursor"


@dataclass(frozen=True)
class _Rendered:
    sql: str
    positional: bool
    #: Per parameter, in the order the SQL names them: its name in the SQL, the caller's
    #: name for it (None for a constant of the statement, already processed), the
    #: constant, the type's processor of the caller's value (None when it needs none).
    slots: tuple[tuple[str, str | None, Any, Processor | None], ...]
    #: Result columns' processors by position, only for the columns that need one.
    readers: tuple[tuple[int, Processor], ...]

    @cached_property
    def _constants(self) -> dict[str, Any]:
        return {name: constant for name, key, constant, _b in self.slots if key is None}

    @cached_property
    def _given(self) -> tuple[tuple[str, str, Processor | None], ...]:
        return tuple((name, key, b) for name, key, _c, b in self.slots if key is not None)

    def bind(self, params: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
        if self.positional:
            return [
                constant if key is None else (
                    params[key] if binder is None else binder(params[key])
                )
                for _name, key, constant, binder in self.slots
            ]
        bound = dict(self._constants)
        for name, key, binder in self._given:
            bound[name] = params[key] if binder is None else binder(params[key])
        return bound

    def read(self, rows: list[Any]) -> list[tuple[Any, ...]]:
        """The driver's rows with each value as its column's type gives it."""
        if not self.readers:
            return [tuple(row) for row in rows]
        out = []
        for row in rows:
            values = list(row)
            for i, reader in self.readers:
                values[i] = reader(values[i])
            out.append(tuple(values))
        return out


class Plain:
    """A Core statement run on the DBAPI cursor; rendered at first use per dialect."""

    def __init__(self, statement: ClauseElement) -> None:
        self.statement = statement
        self._rendered: dict[str, _Rendered] = {}

    def _render(self, dialect: Dialect) -> _Rendered:
        found = self._rendered.get(dialect.name)
        if found is None:
            found = self._rendered[dialect.name] = _render(self.statement, dialect)
        return found

    def execute(self, session: Session, params: Mapping[str, Any]) -> None:
        """Run the statement in ``session``'s transaction (no result wanted)."""
        self._run(session, params, fetch=False)

    def rows(self, session: Session, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Every row of the result, each value as its column's type gives it."""
        rows, rendered = self._run(session, params, fetch=True)
        return rendered.read(rows)

    def _run(
        self, session: Session, params: Mapping[str, Any], *, fetch: bool
    ) -> tuple[list[Any], _Rendered]:
        dialect, owner, cursor = _cursor(session)
        rendered = self._render(dialect)
        bound = rendered.bind(params)
        try:
            cursor.execute(rendered.sql, bound)
            rows = cursor.fetchall() if fetch else []
        except dialect.loaded_dbapi.Error as exc:
            raise _wrapped(dialect, owner, cursor, rendered.sql, bound, exc) from exc
        return rows, rendered

    def scalar(self, session: Session, params: Mapping[str, Any]) -> Any:
        """The first column of the one row the statement returns."""
        return self.rows(session, params)[0][0]


#: Whatever holds the transaction's DBAPI connection: a Core connection, or (a lazy
#: session that has run nothing else) the pool's connection itself.
Owner = Connection | PoolProxiedConnection


def _cursor(session: Session) -> tuple[Dialect, Owner, Any]:
    """The dialect, the owner of the DBAPI connection of ``session``'s transaction (begun
    through SQLAlchemy, so SQLite's ``BEGIN IMMEDIATE`` and the isolation level apply; on
    PostgreSQL the driver opens it at the first statement) and its DBAPI cursor, one per
    connection."""
    pooled = getattr(session, "pooled", None)  # a LazySession's, while it has no Connection
    owner: Owner
    if pooled is not None:
        owner, dialect, dbapi = pooled, session.get_bind().dialect, pooled.dbapi_connection
    else:
        conn = session.connection()
        owner, dialect, dbapi = conn, conn.dialect, conn.connection.dbapi_connection
    # The info dictionary lives as long as the DBAPI connection (cleared when it is
    # closed or invalidated); the identity check is belt and braces.
    found = owner.info.get(_CURSOR)
    if found is None or found[0] is not dbapi:
        assert dbapi is not None
        # psycopg's binary format: cheaper to send and read (ids, times, integers) on both
        # ends than their text.
        cursor = dbapi.cursor(binary=True) if dialect.name == "postgresql" else dbapi.cursor()
        found = owner.info[_CURSOR] = (dbapi, cursor)
    return dialect, owner, found[1]


def driver_call(dialect: Dialect, owner: Owner, call: Callable[[], Any]) -> Any:
    """``call`` (a DBAPI method, such as the commit) with the driver's errors raised as
    SQLAlchemy raises them."""
    try:
        return call()
    except dialect.loaded_dbapi.Error as exc:
        raise _wrapped(dialect, owner, None, None, None, exc) from exc


def _wrapped(
    dialect: Dialect, owner: Owner, cursor: Any, sql: str | None, params: Any, exc: Any
) -> StatementError:
    """The driver's error as SQLAlchemy raises it for its own statements, so that callers
    treat both alike (a lost connection invalidated and retried, a deadlock retried, a
    uniqueness clash explained); SQLAlchemy's own handler is not public."""
    pooled = owner.connection if isinstance(owner, Connection) else owner
    lost = dialect.is_disconnect(exc, pooled.dbapi_connection, cursor)
    if lost:
        owner.invalidate(exc)
    return DBAPIError.instance(
        sql,
        params,
        exc,
        dialect.loaded_dbapi.Error,
        connection_invalidated=lost,
        dialect=dialect,
    )


def _render(statement: ClauseElement, dialect: Dialect) -> _Rendered:
    compiled = cast(SQLCompiler, statement.compile(dialect=dialect))
    if "POSTCOMPILE" in compiled.string:
        raise ValueError("a statement with expanding parameters is rendered at every call")
    names: Sequence[str] = (
        (compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
    )
    slots: list[tuple[str, str | None, Any, Processor | None]] = []
    for name in names:
        param = compiled.binds[name]
        caller = param.key if param.required or param.callable is not None else None
        binder = param.type.dialect_impl(dialect).bind_processor(dialect)
        if caller is None:
            constant = param.effective_value
            slots.append((name, None, binder(constant) if binder else constant, None))
        else:
            slots.append((name, caller, None, binder))
    readers: tuple[tuple[int, Processor], ...] = ()
    if getattr(statement, "is_select", False):
        readers = tuple(
            (i, reader)
            for i, col in enumerate(statement.selected_columns)  # type: ignore[attr-defined]
            if (reader := col.type.dialect_impl(dialect).result_processor(dialect, None))
        )
    return _Rendered(compiled.string, compiled.positional, tuple(slots), readers)
