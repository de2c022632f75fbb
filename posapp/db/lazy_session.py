"""A transaction on a Core connection whose ORM Session is made only if it is used.

An ORM Session costs about a tenth of a millisecond of Python per transaction
(its set-up, its transaction, the commit's flush check, the close), more than
the statements of a redemption. A command whose common case needs only plain
statements runs on a :class:`LazySession`: it answers ``connection()``,
``get_bind()`` and ``flush()`` itself, from the transaction's connection, and
makes a real Session, joined to that same transaction, the first time anything
else is asked of it (a rare branch that loads an object, say). Either way the
work is one transaction on one connection.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session


class LazySession:
    """Stands in for a :class:`Session` in one transaction of ``conn``."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._session: Session | None = None

    @property
    def orm(self) -> Session:
        """The ORM Session of this transaction, made at first use."""
        if self._session is None:
            # "rollback_only": the Session rides in the connection's transaction, which
            # the caller commits; a rollback of the Session rolls that back too.
            self._session = Session(
                bind=self._conn, expire_on_commit=False, join_transaction_mode="rollback_only"
            )
        return self._session

    def connection(self, *args: Any, **kwargs: Any) -> Connection:
        return self._conn

    def get_bind(self, *args: Any, **kwargs: Any) -> Connection:
        return self._conn

    def flush(self, objects: Any = None) -> None:
        """Nothing to flush unless the ORM was used."""
        if self._session is not None:
            self._session.flush(objects)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.orm, name)

    def finish(self) -> None:
        """Flush what the ORM holds; the caller then commits the connection."""
        if self._session is not None:
            self._session.commit()  # flushes; the connection's transaction stays open
            self._session.close()

    def discard(self) -> None:
        if self._session is not None:
            self._session.close()
