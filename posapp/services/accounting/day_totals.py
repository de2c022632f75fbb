"""Sealed days: the ledger's liability movements summed once per UTC day, so a roll-forward
over a year reads a few thousand sums instead of every entry.

A day is sealed once it ended more than :data:`MARGIN` ago (by the context's clock, the
clock that stamps ``recorded_at``): entries are only ever appended with the time of their
insertion, so a sealed day cannot gain entries unless a writer's clock is more than that
far behind. Sealing runs in short write transactions of :data:`DAYS_PER_TRANSACTION` days;
the seal row is locked and re-read first, so two reports sealing at once never count a
day twice. Everything after the seal, and any part of a period that does not start or end
on a day boundary, is summed from the entries themselves.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from functools import partial

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from posapp.db.models import LedgerDayTotal, LedgerEntry, LedgerSeal
from posapp.services.accounting.movements import Place, add, corrections, live, store_codes
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.execution import run

MARGIN = timedelta(days=1)
DAYS_PER_TRANSACTION = 7
_ONE_DAY = timedelta(days=1)

Fixes = list[tuple[datetime, Place, int]]


def midnight(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


def sealed_until(session: Session) -> date:
    return session.scalars(select(LedgerSeal.sealed_until).where(LedgerSeal.id == 1)).one()


def seal(ctx: Context, actor: Actor) -> date:
    """Seal every day with entries that ended more than :data:`MARGIN` ago; returns the day
    sealing reached (days without entries need no totals). Costs a scan of the unsealed
    entries once; nothing when all is sealed."""
    horizon = (ctx.now() - MARGIN).astimezone(UTC).date()

    def plan(session: Session) -> tuple[date, Fixes, dict[uuid.UUID, str]] | None:
        until = sealed_until(session)
        if until >= horizon:
            return None
        first = session.scalar(
            select(func.min(LedgerEntry.recorded_at)).where(
                LedgerEntry.recorded_at >= midnight(until)
            )
        )
        if first is None:
            return None  # nothing to seal: days without entries need no totals
        begin = max(until, first.astimezone(UTC).date())
        codes = store_codes(session)
        return begin, corrections(session, midnight(begin), midnight(horizon), None, codes), codes

    planned = run(ctx, actor, plan, readonly=True)
    if planned is None:
        return horizon
    day, fixes, codes = planned
    by_day: dict[date, Fixes] = {}
    for fix in fixes:
        by_day.setdefault(fix[0].astimezone(UTC).date(), []).append(fix)
    while day < horizon:
        last = min(day + timedelta(days=DAYS_PER_TRANSACTION), horizon)
        run(ctx, actor, partial(_seal_days, first=day, last=last, by_day=by_day, codes=codes))
        day = last
    return horizon


def _seal_days(
    session: Session,
    first: date,
    last: date,
    by_day: dict[date, Fixes],
    codes: dict[uuid.UUID, str],
) -> None:
    seal_row = session.scalars(
        select(LedgerSeal).where(LedgerSeal.id == 1).with_for_update()
    ).one()
    ids = {code: loc for loc, code in codes.items()}
    day = max(first, seal_row.sealed_until)
    rows = []
    while day < last:
        lo, hi = midnight(day), midnight(day + _ONE_DAY)
        sums = live(session, lo, hi, None, codes)
        for _, place, delta in by_day.get(day, []):
            add(sums, place, delta)
        rows += [
            {"day": day, "location_id": ids[store], "currency": cur, "movement": column,
             "amount_minor": amount}
            for (store, cur, column), amount in sums.items() if amount
        ]
        day += _ONE_DAY
    if rows:
        session.execute(insert(LedgerDayTotal), rows)
    seal_row.sealed_until = max(seal_row.sealed_until, last)


def range_totals(
    session: Session,
    lo: datetime | None,
    hi: datetime,
    store_id: uuid.UUID | None,
    codes: dict[uuid.UUID, str],
    until: date,
) -> dict[Place, int]:
    """Liability movements recorded in [``lo``, ``hi``): whole sealed days from their
    totals, the rest from the entries (with the lapse corrections of those entries)."""
    first_day = None if lo is None else _ceil_day(lo)
    last_day = min(hi.astimezone(UTC).date(), until)
    out: dict[Place, int] = {}
    if first_day is None or first_day < last_day:
        _sealed(session, out, first_day, last_day, store_id, codes)
        edges: list[tuple[datetime | None, datetime]] = []
        if lo is not None:
            edges.append((lo, midnight(first_day or last_day)))
        edges.append((midnight(last_day), hi))
    else:
        edges = [(lo, hi)]
    for a, b in edges:
        if a is not None and a >= b:
            continue
        for place, amount in live(session, a, b, store_id, codes).items():
            add(out, place, amount)
        for _, place, delta in corrections(session, a, b, store_id, codes):
            add(out, place, delta)
    return out


def _ceil_day(when: datetime) -> date:
    moment = when.astimezone(UTC)
    return moment.date() if moment == midnight(moment.date()) else moment.date() + _ONE_DAY


def _sealed(
    session: Session,
    out: dict[Place, int],
    first: date | None,
    last: date,
    store_id: uuid.UUID | None,
    codes: dict[uuid.UUID, str],
) -> None:
    t = LedgerDayTotal
    query = (
        select(t.location_id, t.currency, t.movement, func.sum(t.amount_minor))
        .where(t.day < last)
        .group_by(t.location_id, t.currency, t.movement)
    )
    if first is not None:
        query = query.where(t.day >= first)
    if store_id is not None:
        query = query.where(t.location_id == store_id)
    for loc, cur, column, amount in session.execute(query):
        add(out, (codes[loc], cur, column), amount)
