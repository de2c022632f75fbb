"""Engine and transactions for SQLite (embedded) and PostgreSQL (central).

The SQLite file (and so its WAL and shared-memory files) is readable by its
owner only. SQLite runs in WAL mode with ``synchronous=FULL`` and foreign keys on, and
every writing transaction starts with ``BEGIN IMMEDIATE`` so that two
terminals never both read a balance and then both write it. PostgreSQL runs
at Read Committed; services lock card rows with ``SELECT ... FOR UPDATE``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from posapp.db.lazy_session import LazySession
from posapp.domain.errors import Busy

T = TypeVar("T")

_READONLY = "posapp_readonly"
#: How long a SQLite writer waits for another's lock before giving up with `busy`. Long
#: back-office work commits in short chunks, so a till waits a moment at most.
BUSY_TIMEOUT_MS = 10_000
#: PostgreSQL serialization failure and deadlock: the transaction may simply be run again.
_RETRYABLE_PG = {"40001", "40P01"}


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event, not the driver, start transactions.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        readonly = conn.get_execution_options().get(_READONLY, False)
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def _make_private(path: Path) -> None:
    """Create the SQLite file readable by its owner only, and tighten one that is not.

    SQLite gives the -wal and -shm files the database file's permissions, so they
    follow; ones left over from a looser past are tightened too.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if file.stat().st_mode & 0o077:
                file.chmod(0o600)
        except (FileNotFoundError, PermissionError):
            continue  # gone, or another user's file: nothing to tighten here


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine configured for GiftPOS's locking rules on either database."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _make_private(Path(parsed.database).expanduser())
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        kwargs.setdefault("isolation_level", "READ COMMITTED")
        if parsed.drivername == "postgresql":
            url = str(parsed.set(drivername="postgresql+psycopg").render_as_string(False))
        return create_engine(url, **kwargs)
    raise ValueError(f"unsupported database {parsed.get_backend_name()!r}")


def is_locked(exc: BaseException) -> bool:
    """SQLite's "database is locked": its busy timeout has already been waited out."""
    return isinstance(exc, OperationalError) and "database is locked" in str(exc)


def busy() -> Busy:
    return Busy(
        "The database is busy with other work. Nothing was changed; try again in a moment."
    )


def is_retryable(exc: BaseException, *, committing: bool = False) -> bool:
    """True for a failure a fresh attempt may get past without doing anything twice.

    Lock and serialization failures never commit. A lost connection is retried
    only before the commit was sent: after it, the outcome is unknown and only
    an idempotency key can tell (the caller sees the error).
    """
    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return not committing
        code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
        return code in _RETRYABLE_PG
    return False


class _Attempt:
    """One run of a transaction: whether its commit was under way."""

    committing = False


class Database:
    """The engine and session factory; every service call runs in one transaction of it."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self.dialect = self.engine.dialect.name
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readonly_sessions = sessionmaker(
            self.engine.execution_options(**{_READONLY: True}), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def transaction(self, *, readonly: bool = False) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        factory = self._readonly_sessions if readonly else self._sessions
        try:
            with factory() as session, session.begin():
                yield session
        except OperationalError as exc:
            if is_locked(exc):
                raise busy() from exc
            raise

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A read-only transaction in which every query sees the same moment of the database
        (Repeatable Read on PostgreSQL; a deferred read transaction on SQLite's WAL)."""
        options: dict[str, Any] = {_READONLY: True}
        if not self.is_sqlite:
            options["isolation_level"] = "REPEATABLE READ"
        with self.engine.connect().execution_options(**options) as conn, conn.begin():
            yield conn

    def run(
        self,
        work: Callable[[Session], T],
        *,
        readonly: bool = False,
        attempts: int = 5,
        lazy: bool = False,
    ) -> T:
        """Run ``work`` in one transaction and commit; retry it on a lock or serialization
        failure, or on a connection lost before the commit (pooled connections are not
        pinged first: a dead one fails at its first statement and the work runs again).

        With ``lazy``, ``work`` runs on a Core connection and is given a
        :class:`~posapp.db.lazy_session.LazySession`, whose ORM Session is made only if
        used (a hot path of plain statements pays for none).
        """
        factory = self._readonly_sessions if readonly else self._sessions

        def in_session(attempt: _Attempt) -> T:
            with factory() as session, session.begin():
                result = work(session)
                attempt.committing = True
                return result

        def on_connection(attempt: _Attempt) -> T:
            with self.engine.connect() as conn, conn.begin():
                unit = LazySession(conn)
                try:
                    result = work(cast(Session, unit))
                    unit.finish()
                except BaseException:
                    unit.discard()
                    raise
                attempt.committing = True
                return result

        return self._retrying(on_connection if lazy else in_session, attempts)

    def _retrying(self, once: Callable[[_Attempt], T], attempts: int) -> T:
        """``once`` until it succeeds or fails for good; it marks its attempt just before
        its commit (a connection lost after that is not retried)."""
        failures = 0
        while True:
            attempt = _Attempt()
            try:
                return once(attempt)
            except DBAPIError as exc:
                if is_locked(exc):
                    # SQLite has already waited BUSY_TIMEOUT_MS: say so rather than hang.
                    raise busy() from exc
                failures += 1
                if failures >= attempts or not is_retryable(exc, committing=attempt.committing):
                    raise
            time.sleep(0.01 * 2**failures)

    def dispose(self) -> None:
        self.engine.dispose()
