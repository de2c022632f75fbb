"""CSV import (all rows or none) and export (masked codes only) of gift cards."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp.db.models import GiftCard, Location
from posapp.domain.errors import Conflict, InvalidInput
from posapp.domain.roles import Permission
from posapp.paths import open_private
from posapp.services.accounting import audit
from posapp.services.back_office import import_check, staged_import
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import CardView
from posapp.services.configuration import settings

EXPORT_COLUMNS = (
    "id",
    "masked_code",
    "status",
    "balance",
    "initial_balance",
    "currency",
    "expires_at",
    "location",
    "created_at",
    "recipient_name",
    "recipient_email",
)


#: Called with (rows done, rows in all); returning False before the import is committed
#: cancels it (nothing is kept).
Progress = staged_import.Progress


@dataclass(frozen=True)
class ImportResult:
    imported: int
    file: str
    cancelled: bool = False
    #: A dry run checked every row and wrote nothing; ``checked`` rows would be imported.
    dry_run: bool = False
    checked: int = 0
    columns: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"imported": self.imported, "file": self.file, "cancelled": self.cancelled,
                "dry_run": self.dry_run, "checked": self.checked, "columns": self.columns}


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do: the columns found, the rows and every bad line."""

    file: str
    columns: dict[str, str]
    rows: int
    problems: list[import_check.Problem]
    ignored: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "columns": self.columns, "ignored": list(self.ignored),
                "rows": self.rows,
                "good": self.rows - len(self.problems),
                "problems": [p.to_dict() for p in self.problems]}


def _checked(
    ctx: Context, actor: Actor, source: Path, mapping: import_check.Mapping | None
) -> import_check.Checked:
    st = ctx.db.run(lambda s: settings.current(s, ctx, actor.store_id), readonly=True)
    return import_check.check(ctx, st, actor.currency, source, mapping or import_check.Mapping())


def preview_import(
    ctx: Context, actor: Actor, path: str | Path, *, mapping: import_check.Mapping | None = None
) -> ImportPreview:
    """Check an import file without writing anything: every bad line with its reason."""
    actor.require(Permission.IMPORT)
    used = mapping or import_check.Mapping()
    found = _checked(ctx, actor, Path(path), used)
    return ImportPreview(found.file, found.columns, found.total, found.problems, used.ignored)


def import_cards(
    ctx: Context,
    actor: Actor,
    path: str | Path,
    *,
    mapping: import_check.Mapping | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """A manager imports active cards from another system: every row is checked first,
    and one bad row (named by its line) refuses the whole file, changing nothing.
    ``mapping`` names columns the header's names do not; ``dry_run`` checks everything
    and writes nothing.

    The cards are written in short transactions (see
    :mod:`posapp.services.back_office.staged_import`) so that tills are
    never kept waiting; none is visible until all are committed, and a
    cancel before that point leaves nothing. An import interrupted after its commit is
    finished first.
    """
    actor.require(Permission.IMPORT)
    source = Path(path)
    if not dry_run:
        staged_import.finish_interrupted(ctx, actor)
    found = _checked(ctx, actor, source, mapping)
    bad = [p for p in found.problems if not p.taken]
    if bad:
        raise InvalidInput(
            "{file} line {n}: {problem} ({count} bad lines in all; preview lists them).",
            file=source.name, n=bad[0].line, problem=bad[0].reason, count=len(bad),
        )
    if found.problems:
        first = found.problems[0]
        raise Conflict(
            "{file} line {first}: {problem} ({count} such codes in the file).",
            file=source.name, first=first.line, problem=first.reason,
            count=len(found.problems),
        )
    if dry_run:
        return ImportResult(0, source.name, dry_run=True, checked=len(found.rows),
                            columns=found.columns)
    import_id = staged_import.stage(ctx, actor, source.name, found.rows, progress)
    if import_id is None:
        return ImportResult(0, source.name, cancelled=True, columns=found.columns)
    made = staged_import.apply(ctx, actor, import_id, progress)
    return ImportResult(made, source.name, checked=len(found.rows), columns=found.columns)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    """Spreadsheets run cells that start with = + - @ (or a TAB or CR before one) as
    formulas: quote them."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in _FORMULA_STARTS else text


def export_cards(
    ctx: Context,
    actor: Actor,
    path: str | Path,
    *,
    page: int = 5000,
    progress: Callable[[int], bool | None] | None = None,
    ids: Sequence[uuid.UUID] | None = None,
) -> int:
    """A manager exports every card (or the cards ``ids``, a bulk export from the card
    grid) with masked codes (never a full code); returns the count.

    ``progress`` hears the number written after each page; returning False stops
    the export, leaving no file behind.
    """
    actor.require(Permission.EXPORT)
    target = Path(path)
    try:
        handle = open_private(target, "w")  # names and e-mail addresses: owner-only
    except OSError as exc:
        raise InvalidInput(
            "Cannot write {target}: {reason}.",
            target=target, reason=exc.strerror,
        ) from exc
    count = 0
    with handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_COLUMNS)
        for batch in _batches(ctx, page, ids):
            for view in batch:
                # The card view leaves its creation time out; the export needs it.
                created = view.created_at.isoformat() if view.created_at else None
                d = {**view.to_dict(), "created_at": created}
                writer.writerow(
                    [cell(d.get(c)) for c in EXPORT_COLUMNS[:-2]]
                    + [cell(view.recipient_name), cell(view.recipient_email)]
                )
            count += len(batch)
            if progress is not None and progress(count) is False:
                handle.close()
                target.unlink(missing_ok=True)
                return 0
    detail: dict[str, Any] = {"file": target.name, "count": count}
    if ids is not None:
        detail["selected"] = len(ids)
    audit.record_apart(ctx, actor, "cards_exported", detail)
    return count


def _batches(
    ctx: Context, page: int, ids: Sequence[uuid.UUID] | None
) -> Iterator[list[CardView]]:
    if ids is not None:
        chosen = list(dict.fromkeys(ids))
        size = min(page, 1000)  # the ids ride in an IN list
        for start in range(0, len(chosen), size):
            part = chosen[start:start + size]
            yield ctx.db.run(partial(_chosen, ids=part), readonly=True)
        return
    last: tuple[datetime, uuid.UUID] | None = None
    while True:
        batch = ctx.db.run(partial(_page, after=last, size=page), readonly=True)
        yield batch
        if len(batch) < page:
            return
        newest = batch[-1]
        assert newest.created_at is not None  # every card row has its creation time
        last = (newest.created_at, newest.id)


def _chosen(session: Session, ids: list[uuid.UUID]) -> list[CardView]:
    query = (
        select(GiftCard, Location.code)
        .join(Location, Location.id == GiftCard.issuing_location_id)
        .where(GiftCard.id.in_(ids))
        .order_by(GiftCard.created_at, GiftCard.id)
    )
    return [CardView.of(card, loc) for card, loc in session.execute(query)]


def _page(session: Session, after: tuple[datetime, uuid.UUID] | None, size: int) -> list[CardView]:
    query = (
        select(GiftCard, Location.code)
        .join(Location, Location.id == GiftCard.issuing_location_id)
        .order_by(GiftCard.created_at, GiftCard.id)
        .limit(size)
    )
    if after is not None:
        created, last_id = after
        query = query.where(
            (GiftCard.created_at > created)
            | ((GiftCard.created_at == created) & (GiftCard.id > last_id))
        )
    return [CardView.of(card, loc) for card, loc in session.execute(query)]
