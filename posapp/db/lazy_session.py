"""A transaction on a pooled connection whose Core connection and ORM Session are made
only if they are used.

An ORM Session costs about a tenth of a millisecond of Python per transaction
(its set-up, its transaction, the commit's flush check, the close), more than
the statements of a redemption; SQLAlchemy's Core ``Connection`` around the
pooled connection (its set-up, transaction bookkeeping, commit and close) costs
about a third of that again. A command whose common case needs only plain
statements runs on a :class:`LazySession`. On PostgreSQL it starts as the
pool's connection alone: the plain statements run on its cursor (psycopg opens
the transaction at the first one) and the commit goes to the driver. The
``Connection``, and a real Session joined to its transaction, are made the
first time anything else is asked of it (a rare branch that loads an object,
say). Either way the work is one transaction on one connection. On SQLite the
``Connection`` is made at once: its begin event sends ``BEGIN IMMEDIATE``.

A **single-statement** unit (PostgreSQL only) goes one step further, for work whose
only write is one statement that checks what it read (a redemption: the card's
``UPDATE ... WHERE version = ...`` with its ledger entry). Its connection is in
autocommit: the reads before the write take no lock and open no transaction, and the
write commits itself, so neither ``BEGIN`` nor ``COMMIT`` costs a round trip. Anything
such work cannot do this way (the ORM, a Core connection, a card moved since it was
read) raises :class:`NeedsTransaction` before the write, and the work runs again as
an ordinary transaction. After the write nothing more may be sent.

Such a unit may carry a :class:`WriteGuard`: a condition its write checks too, in the same
statement. The central service uses it to trust what it knew of a till and its cashier a
moment ago instead of reading it again (:mod:`posapp.central.identification`): the write
then happens only if that is still so. A unit with a guard whose work ends without its
write has relied on what was not checked, and runs again as a transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import PoolProxiedConnection

from posapp.db.plain import driver_call


class NeedsTransaction(Exception):
    """Raised in a single-statement unit, before its write, by work that needs a real
    transaction; the work runs again in one. Never reaches a caller of the database."""



@dataclass(frozen=True)
class WriteGuard:
    """A condition the write of a single-statement unit must meet as well, checked by that
    write: ``condition`` is a module's constant (the write is rendered once per guard),
    ``params`` the values of its parameters for this unit."""

    condition: ColumnElement[bool]
    params: Mapping[str, Any]


def single_statement(session: Session) -> LazySession | None:
    """``session`` when it is a single-statement unit (its reads take no lock, its one write
    must check what they read), otherwise None."""
    return session if isinstance(session, LazySession) and session.single else None


def require_transaction(session: Session) -> None:
    """Refuse to go on in a single-statement unit (the work runs again in a transaction);
    nothing in any other session."""
    if isinstance(session, LazySession):
        session.require_transaction()


class LazySession:
    """Stands in for a :class:`Session` in one transaction on a connection of ``engine``'s
    pool; :meth:`commit` ends it, :meth:`close` returns the connection (rolled back when
    not committed)."""

    def __init__(
        self,
        engine: Engine,
        *,
        single: bool = False,
        before_write: Callable[[], None] | None = None,
    ) -> None:
        """``single``: a single-statement unit (PostgreSQL); ``before_write`` is called just
        before its write is sent (from then on, its outcome may be unknown)."""
        self._engine = engine
        self.dialect = engine.dialect
        try:
            self._pooled: PoolProxiedConnection = engine.raw_connection()
        except self.dialect.loaded_dbapi.Error as exc:
            # As a Core connection raises it: a server that is down reads as a lost
            # connection, which the caller may retry.
            raise DBAPIError.instance(
                None,
                None,
                exc,
                self.dialect.loaded_dbapi.Error,
                connection_invalidated=self.dialect.is_disconnect(exc, None, None),
                dialect=self.dialect,
            ) from exc
        self._conn: Connection | None = None
        self._session: Session | None = None
        self.single = single and self.dialect.name == "postgresql"
        self._before_write = before_write
        self._written = False
        #: What the write must check as well (see :class:`WriteGuard`).
        self.guard: WriteGuard | None = None
        if self.single:
            dbapi = self._pooled.dbapi_connection
            assert dbapi is not None
            dbapi.autocommit = True
        elif self.dialect.name != "postgresql":
            try:
                self.connection()
            except BaseException:
                self.close()  # SQLite busy at BEGIN IMMEDIATE: the connection goes back
                raise

    @property
    def pooled(self) -> PoolProxiedConnection | None:
        """The pool's connection while nothing but plain statements ran on it (None once
        a Core connection owns it)."""
        return self._pooled if self._conn is None else None

    def require_transaction(self) -> None:
        """Refuse to go on as a single-statement unit (the work runs again in a transaction)."""
        if self.single:
            if self._written:
                raise RuntimeError("a single-statement unit sends nothing after its write")
            raise NeedsTransaction()

    def writing(self) -> WriteGuard | None:
        """The one write of a single-statement unit is about to be sent; it must check the
        guard returned as well."""
        assert self.single and not self._written, "one write per single-statement unit"
        self._written = True
        if self._before_write is not None:
            self._before_write()
        return self.guard

    def require_guard_checked(self) -> None:
        """Refuse a result of a single-statement unit whose guard no write checked (the work
        runs again in a transaction)."""
        if self.guard is not None and not self._written:
            raise NeedsTransaction()

    @property
    def orm(self) -> Session:
        """The ORM Session of this transaction, made at first use."""
        if self._session is None:
            # "rollback_only": the Session rides in the connection's transaction, which
            # :meth:`commit` commits; a rollback of the Session rolls that back too.
            self._session = Session(
                bind=self.connection(),
                expire_on_commit=False,
                join_transaction_mode="rollback_only",
            )
        return self._session

    def connection(self, *args: Any, **kwargs: Any) -> Connection:
        """The Core connection of this transaction, made at first use around the pooled
        one (on PostgreSQL its transaction may already be open: beginning is a no-op)."""
        self.require_transaction()
        if self._conn is None:
            self._conn = Connection(self._engine, connection=self._pooled)
            self._conn.begin()
        return self._conn

    def get_bind(self, *args: Any, **kwargs: Any) -> Connection | Engine:
        return self._conn if self._conn is not None else self._engine

    def flush(self, objects: Any = None) -> None:
        """Nothing to flush unless the ORM was used."""
        if self._session is not None:
            self._session.flush(objects)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.orm, name)

    def finish(self) -> None:
        """Flush what the ORM holds (before the commit, so that a failure here may still be
        retried like any statement's)."""
        if self._session is not None:
            self._session.commit()  # flushes; the connection's transaction stays open
            self._session.close()
            self._session = None

    def commit(self) -> None:
        """Commit the transaction (after :meth:`finish`)."""
        assert self._session is None, "finish() flushes the ORM before the commit"
        if self.single:
            return  # the write committed itself
        if self._conn is not None:
            self._conn.commit()
            return
        dbapi = self._pooled.dbapi_connection
        assert dbapi is not None
        driver_call(self.dialect, self._pooled, dbapi.commit)

    def close(self) -> None:
        """Return the connection to the pool; a transaction still open is rolled back
        (by the Core connection, or by the pool's reset on return)."""
        if self._session is not None:
            self._session.close()
        if self._conn is not None:
            self._conn.close()
            return
        if self.single:
            dbapi = self._pooled.dbapi_connection
            if dbapi is not None and not dbapi.closed:
                dbapi.autocommit = False  # as every other user of the pool expects it
        self._pooled.close()
