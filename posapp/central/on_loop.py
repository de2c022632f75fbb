"""Redemptions answered on the service's event loop, without a trip to the thread pool.

Database work runs in the thread pool, so that a request waiting on the database never
holds up the others. For the service's most frequent request that costs more than the
work: the trip to a thread and back, and the threads taking turns at the interpreter's
lock while many tills' requests interleave, were about a third of the service's CPU per
redemption (``bench/bench_redeem_service.py``). So a command whose common case is one
self-committing statement (a redemption without an idempotency key; see
:func:`posapp.services.command_path.bus.dispatch_now`) is first tried right on the event
loop, on a database connection kept for it that never makes the loop wait long:

* one connection per process (the loop runs one command at a time), used only while it is
  open and idle: it is opened, and opened again after it was lost, by a pool thread after a
  command the loop handed over (:meth:`OnLoop.open`), never by the loop;
* PostgreSQL gives up a lock wait after :data:`LOCK_WAIT_MS` and a statement after
  :data:`STATEMENT_MS` on it, so a card another transaction holds or a slow server costs
  the loop at most that.

Whatever is not the common case (a refusal, a card moved or contended, an idempotency key,
a manager's approval, a malformed command, a lost connection) has changed nothing there
and runs in the thread pool as ever, which records a refusal and retries what may be.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy.pool import QueuePool

from posapp.central.identification import Caller
from posapp.central.requests import command
from posapp.db.engine import Database
from posapp.db.lazy_session import NeedsTransaction
from posapp.domain.errors import PosError
from posapp.services.command_path import bus
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import Context

#: The longest the loop waits for a card's row lock before handing the command over.
LOCK_WAIT_MS = 100
#: The longest a statement sent from the loop may run.
STATEMENT_MS = 500
#: How long the loop would wait for its connection (it never should: see :meth:`OnLoop.ready`).
_CHECKOUT_WAIT_S = 1


class OnLoop:
    """The event loop's database connection and the commands run on it."""

    def __init__(self, ctx: Context) -> None:
        db = Database(
            ctx.db.url,
            pool_size=1,
            max_overflow=0,
            pool_timeout=_CHECKOUT_WAIT_S,
            connect_args={
                "options": f"-c lock_timeout={LOCK_WAIT_MS} -c statement_timeout={STATEMENT_MS}"
            },
        )
        #: ``ctx`` on that connection (the same keys, clock and settings cache).
        self.ctx = dataclasses.replace(ctx, db=db)

    @classmethod
    def of(cls, ctx: Context) -> OnLoop | None:
        """For a service on PostgreSQL (on SQLite every command takes a transaction)."""
        return None if ctx.db.is_sqlite else cls(ctx)

    def _pool(self) -> QueuePool:
        pool = self.ctx.db.engine.pool
        assert isinstance(pool, QueuePool)
        return pool

    def ready(self) -> bool:
        """Whether the connection is open and idle, so that running a command now cannot
        wait for one."""
        return self._pool().checkedin() > 0

    def open(self) -> None:
        """Open the connection unless it is open (in a pool thread: connecting may wait)."""
        pool = self._pool()
        if not (pool.checkedin() or pool.checkedout()):
            self.ctx.db.engine.raw_connection().close()

    def run(self, who: Caller, kind: type[c.Command], body: dict[str, Any]) -> Any:
        """The ``kind`` command ``body`` holds, for ``who``, run now, or
        :class:`~posapp.db.lazy_session.NeedsTransaction` having changed nothing."""
        try:
            cmd = command(kind, body)
        except PosError as exc:
            raise NeedsTransaction() from exc
        return bus.dispatch_now(self.ctx, who, cmd)

    def close(self) -> None:
        self.ctx.db.dispose()
