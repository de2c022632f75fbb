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
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import PoolProxiedConnection

from posapp.db.plain import driver_call


class LazySession:
    """Stands in for a :class:`Session` in one transaction on a connection of ``engine``'s
    pool; :meth:`commit` ends it, :meth:`close` returns the connection (rolled back when
    not committed)."""

    def __init__(self, engine: Engine) -> None:
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
        if self.dialect.name != "postgresql":
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
        else:
            self._pooled.close()
