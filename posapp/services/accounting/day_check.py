"""The sealed day totals recounted from the entries they were summed from.

A roll-forward reads whole sealed days from ``ledger_day_totals`` and never looks at their
entries again, so a total edited by SQL, or a sealed day whose entries were changed,
removed or back-dated into it, would change a report unseen. ``ledger verify`` therefore
recounts every sealed day in the same read transaction as the chain walk: one GROUP BY over
the entries before the seal (by UTC day of ``recorded_at``, issuing store, currency and
movement, exactly as the seal summed them) and the lapse corrections, compared with the
stored rows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Connection, Date, func, select
from sqlalchemy.orm import Session

from posapp.db.models import LedgerDayTotal, LedgerEntry, LedgerSeal
from posapp.services.accounting.movements import column_of, corrections, store_codes, sums_query

#: (day, issuing store code, currency, movement column)
DayPlace = tuple[date, str, str, str]


@dataclass(frozen=True)
class DayProblem:
    day: date | None
    store: str | None
    currency: str | None
    what: str


@dataclass(frozen=True)
class DayCheck:
    """How many sealed days hold totals, and what differs from their entries."""

    days: int
    problems: tuple[DayProblem, ...]


def check(conn: Connection) -> DayCheck:
    """Recount every sealed day through ``conn`` and compare it with its stored totals."""
    session = Session(bind=conn)
    try:
        until = session.scalar(select(LedgerSeal.sealed_until).where(LedgerSeal.id == 1))
        if until is None:
            return DayCheck(0, (DayProblem(None, None, None,
                                           "the record of which days are sealed is missing"),))
        codes = store_codes(session)
        expected = recount(session, until, codes)
        stored = _stored(session, codes)
    finally:
        session.close()
    problems = []
    for place in sorted(expected.keys() | stored.keys()):
        day, store, currency, column = place
        kept, counted = stored.get(place), expected.get(place, 0)
        if kept is not None and day >= until:
            what = f"{column} {kept} is stored for a day that is not sealed yet"
        elif kept != counted:
            what = f"{column} sealed as {kept or 0} but its entries sum to {counted}"
        else:
            continue
        problems.append(DayProblem(day, store, currency, what))
    return DayCheck(len({day for day, *_ in stored}), tuple(problems))


def recount(session: Session, until: date, codes: dict[uuid.UUID, str]) -> dict[DayPlace, int]:
    """What the seal stores for every day before ``until``, from the entries (no zeros)."""
    hi = datetime.combine(until, time(), UTC)
    out: dict[DayPlace, int] = {}

    def add(place: DayPlace, amount: int) -> None:
        out[place] = out.get(place, 0) + amount

    rows = session.execute(sums_query(None, hi, None, _utc_day(session)))
    for day, loc, cur, kind, was_sold, amount in rows:
        add((day, codes[loc], cur, column_of(kind, bool(was_sold))), int(amount or 0))
    for when, (store, cur, column), delta in corrections(session, None, hi, None, codes):
        add((when.astimezone(UTC).date(), store, cur, column), delta)
    return {place: amount for place, amount in out.items() if amount}


def _utc_day(session: Session) -> Any:
    """The UTC day of an entry's ``recorded_at`` in SQL (SQLite stores UTC text)."""
    recorded = LedgerEntry.recorded_at
    if session.get_bind().dialect.name == "sqlite":
        return func.date(recorded, type_=Date)
    return func.date(func.timezone("UTC", recorded), type_=Date)


def _stored(session: Session, codes: dict[uuid.UUID, str]) -> dict[DayPlace, int]:
    t = LedgerDayTotal
    rows = session.execute(select(t.day, t.location_id, t.currency, t.movement, t.amount_minor))
    return {(day, codes.get(loc, str(loc)), cur, column): amount
            for day, loc, cur, column, amount in rows}
