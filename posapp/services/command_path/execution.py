"""How a service call runs: one retried transaction, refusals audited, clashes explained."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from posapp.domain.errors import Conflict, PosError
from posapp.services.accounting import audit
from posapp.services.command_path.context import Actor, Caller, Context

R = TypeVar("R")


class Identified:
    """The actor a :class:`~posapp.services.command_path.context.Caller` named in the latest
    attempt of a transaction (None before it, or when it was refused)."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller
        self.actor: Actor | None = None

    def identify(self, session: Session) -> Actor:
        self.actor = None
        self.actor = self._caller.identify(session)
        return self.actor


def run(
    ctx: Context,
    actor: Actor | Identified,
    work: Callable[[Session], R],
    *,
    readonly: bool = False,
    lazy: bool = False,
    single: bool = False,
) -> R:
    """Run ``work`` as one transaction; a refusal rolls it back and may leave an audit event.
    ``lazy`` and ``single``: see :meth:`posapp.db.engine.Database.run` (an ORM Session only
    if used; one self-committing write where it can).
    ``actor`` may be found by ``work`` itself (:class:`Identified`): a refusal of the
    caller's identity is then no one's to audit.

    A uniqueness clash with a transaction that committed first (two terminals
    creating the same thing at once) is refused as :class:`Conflict`, in words,
    never with the database's message: nothing was written, and trying again
    sees the other change.
    """
    try:
        return ctx.db.run(work, readonly=readonly, lazy=lazy, single=single)
    except IntegrityError as exc:
        raise Conflict(
            "Another change to the same record was made at the same moment: try again."
        ) from exc
    except PosError as exc:
        who = actor.actor if isinstance(actor, Identified) else actor
        if who is None:
            raise
        shown = audit.record_refusal(ctx, who, exc)
        if shown is exc:
            raise
        raise shown from exc
