"""Engine and transactions for SQLite (embedded) and PostgreSQL (central).

The SQLite file (and so its WAL and shared-memory files) is readable by its
owner only. SQLite runs in WAL mode with ``synchronous=FULL`` and foreign keys on, and
every writing transaction starts with ``BEGIN IMMEDIATE`` so that two
terminals never both read a balance and then both write it. PostgreSQL runs
at Read Committed (or, with ``POSAPP_PG_ISOLATION=serializable``, at Serializable);
services lock card rows with ``SELECT ... FOR UPDATE`` either way.

Every transaction run by :meth:`Database.run` is retried on a serialization
failure or deadlock (SQLSTATE 40001, 40P01): the work runs again from the start
(with the same idempotency key, since the key is the command's), a few times
with jittered back-off so that colliding transactions do not collide again in
step, and then the caller is told ``busy``: nothing was changed.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from posapp.db.lazy_session import LazySession, NeedsTransaction
from posapp.domain.errors import Busy, InvalidInput

T = TypeVar("T")

_READONLY = "posapp_readonly"
#: PostgreSQL connections kept open for reuse (more are opened under load, then closed).
POOL_SIZE = 20
#: Further connections opened at a peak and closed when returned.
MAX_OVERFLOW = 10
#: How long a SQLite writer waits for another's lock before giving up with `busy`. Long
#: back-office work commits in short chunks, so a till waits a moment at most.
BUSY_TIMEOUT_MS = 10_000
#: PostgreSQL serialization failure and deadlock: the transaction may simply be run again.
_RETRYABLE_PG = {"40001", "40P01"}
#: How often a transaction runs before a serialization failure becomes ``busy``.
ATTEMPTS = 6
#: The first back-off; each later one doubles, and each is drawn at random below its cap.
BACKOFF_S = 0.005
#: The environment variable naming PostgreSQL's isolation level for every transaction.
ISOLATION_ENV = "POSAPP_PG_ISOLATION"
_ISOLATION_LEVELS = {"read committed": "READ COMMITTED", "serializable": "SERIALIZABLE"}
log = logging.getLogger("posapp.db")


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
        kwargs.setdefault("isolation_level", pg_isolation())
        # Connections open on demand, so a till or a CLI call still opens one or two; the
        # central service runs requests on up to 40 threads, and a connection closed on
        # return (beyond the pool) costs a new PostgreSQL backend for the next request.
        kwargs.setdefault("pool_size", POOL_SIZE)
        kwargs.setdefault("max_overflow", MAX_OVERFLOW)
        if parsed.drivername == "postgresql":
            url = str(parsed.set(drivername="postgresql+psycopg").render_as_string(False))
        return create_engine(url, **kwargs)
    raise ValueError(f"unsupported database {parsed.get_backend_name()!r}")


def pg_isolation() -> str:
    """PostgreSQL's isolation level from :data:`ISOLATION_ENV`: Read Committed unless it says
    ``serializable`` (SQLite's writers are serial already, with ``BEGIN IMMEDIATE``)."""
    given = os.environ.get(ISOLATION_ENV, "").strip().lower().replace("-", " ").replace("_", " ")
    if not given:
        return "READ COMMITTED"
    if given not in _ISOLATION_LEVELS:
        raise InvalidInput(
            "{variable}={value!r}: use 'read committed' or 'serializable'.",
            variable=ISOLATION_ENV, value=os.environ[ISOLATION_ENV],
        )
    return _ISOLATION_LEVELS[given]


def sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", None)
    code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    return str(code) if code else None


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
        return sqlstate(exc) in _RETRYABLE_PG
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
        #: Transactions run again, by the SQLSTATE (or "disconnect") that made them retry.
        self.retries: Counter[str] = Counter()
        self._retries_lock = threading.Lock()
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
        attempts: int = ATTEMPTS,
        lazy: bool = False,
        single: bool = False,
    ) -> T:
        """Run ``work`` in one transaction and commit; run it again on a serialization
        failure or deadlock, or on a connection lost before the commit (pooled connections
        are not pinged first: a dead one fails at its first statement and the work runs
        again). A serialization failure or deadlock on the last attempt is ``busy``.

        With ``lazy``, ``work`` runs on a pooled connection and is given a
        :class:`~posapp.db.lazy_session.LazySession`, whose Core connection and ORM Session
        are made only if used (a hot path of plain statements pays for neither).

        With ``single`` (and ``lazy``), on PostgreSQL ``work`` is first tried as a
        single-statement unit (see :mod:`posapp.db.lazy_session`): reads without a lock or a
        transaction, and one write that commits itself. If it cannot be done so,
        ``work`` runs again as above.
        """
        factory = self._readonly_sessions if readonly else self._sessions

        def in_session(attempt: _Attempt) -> T:
            with factory() as session, session.begin():
                result = work(session)
                attempt.committing = True
                return result

        def on_connection(attempt: _Attempt) -> T:
            unit = LazySession(self.engine)
            try:
                result = work(cast(Session, unit))
                unit.finish()
                attempt.committing = True
                unit.commit()
                return result
            finally:
                unit.close()

        if single and lazy and self.engine.dialect.name == "postgresql":
            try:
                return self._retrying(lambda attempt: self._single(work, attempt), attempts)
            except NeedsTransaction:
                pass
        return self._retrying(on_connection if lazy else in_session, attempts)

    def _single(self, work: Callable[[Session], T], attempt: _Attempt) -> T:
        """``work`` as one single-statement unit; ``attempt`` is marked as its write is sent."""

        def before_write() -> None:
            attempt.committing = True

        unit = LazySession(self.engine, single=True, before_write=before_write)
        try:
            result = work(cast(Session, unit))
            unit.require_guard_checked()
            return result
        finally:
            unit.close()

    def run_single(self, work: Callable[[Session], T]) -> T:
        """``work`` as a single-statement unit (PostgreSQL; see :mod:`posapp.db.lazy_session`),
        tried once, with no retry and no back-off: for a caller that must not wait.

        Raises :class:`NeedsTransaction`, having written nothing, when it cannot be done so:
        the work asked for a transaction, anything failed before its write, or the server
        refused the write itself (a lock or statement timeout, say: a statement in
        autocommit that fails is undone). Only what failed after the write was sent, other
        than the server's refusal of it (a connection lost meanwhile: the outcome is
        unknown), reaches the caller as it is.
        """
        if self.engine.dialect.name != "postgresql":
            raise NeedsTransaction()
        attempt = _Attempt()
        try:
            return self._single(work, attempt)
        except NeedsTransaction:
            raise
        except DBAPIError as exc:
            if attempt.committing and exc.connection_invalidated:
                raise
            raise NeedsTransaction() from exc
        except Exception as exc:
            if attempt.committing:
                raise
            raise NeedsTransaction() from exc

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
                if not is_retryable(exc, committing=attempt.committing):
                    raise
                reason = sqlstate(exc) or "disconnect"
                if failures >= attempts:
                    if reason in _RETRYABLE_PG:
                        raise busy() from exc
                    raise
                self._count_retry(reason, failures)
            # Full jitter: colliding transactions wait different times, so they part.
            time.sleep(random.uniform(0, BACKOFF_S * 2**failures))

    def _count_retry(self, reason: str, attempt: int) -> None:
        with self._retries_lock:
            self.retries[reason] += 1
        log.info(
            "transaction retried",
            extra={"fields": {"event": "retry", "sqlstate": reason, "attempt": attempt}},
        )

    def dispose(self) -> None:
        self.engine.dispose()
