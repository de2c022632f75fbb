"""A single-statement unit (PostgreSQL: reads without a transaction, one self-committing
write) whose write was to check a guard: ended without that write, its result is not taken,
and the work runs again as a transaction."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import true
from sqlalchemy.orm import Session

from posapp.db.lazy_session import NeedsTransaction, WriteGuard, single_statement
from posapp.services.command_path.context import Context


def _guarded_without_write(units: list[bool]) -> Callable[[Session], str]:
    def work(session: Session) -> str:
        unit = single_statement(session)
        units.append(unit is not None)
        if unit is not None:
            unit.guard = WriteGuard(true(), {})
        return "shown"

    return work


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_guarded_unit_ended_without_its_write_runs_again_as_a_transaction(
    ctx: Context,
) -> None:
    units: list[bool] = []
    work = _guarded_without_write(units)
    with pytest.raises(NeedsTransaction):
        ctx.db.run_single(work)
    assert units == [True]
    assert ctx.db.run(work, lazy=True, single=True) == "shown"
    assert units == [True, True, False]  # tried as a unit, then in a transaction


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_an_unguarded_unit_may_end_without_a_write(ctx: Context) -> None:
    assert ctx.db.run_single(lambda session: "read") == "read"
