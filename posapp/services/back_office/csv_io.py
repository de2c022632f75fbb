"""CSV import (all rows or none) and export (masked codes only) of gift cards."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp.db.models import GiftCard, Location
from posapp.domain.errors import Conflict, InvalidInput, PosError
from posapp.domain.roles import Permission
from posapp.money import Money, check_currency
from posapp.paths import open_private
from posapp.services.accounting import audit
from posapp.services.back_office import staged_import
from posapp.services.cards import lookup
from posapp.services.cards.issuing import CardTerms
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import CardView
from posapp.services.configuration import settings

IMPORT_COLUMNS = (
    "code",
    "amount",
    "currency",
    "expires_at",
    "recipient_name",
    "recipient_email",
    "message",
    "reference",
)
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
MAX_ROWS = 100_000
MAX_BYTES = 50 * 1024 * 1024


#: Called with (rows done, rows in all); returning False before the import is committed
#: cancels it (nothing is kept).
Progress = staged_import.Progress


@dataclass(frozen=True)
class ImportResult:
    imported: int
    file: str
    cancelled: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"imported": self.imported, "file": self.file, "cancelled": self.cancelled}


def _read(path: Path) -> list[dict[str, str]]:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InvalidInput("{file} is larger than 50 MB.", file=path.name)
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError as exc:
        raise InvalidInput("There is no file {path}.", path=path) from exc
    except UnicodeDecodeError as exc:
        raise InvalidInput("{file} is not a UTF-8 text file.", file=path.name) from exc
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        header = reader.fieldnames or []
        missing = {"code", "amount"} - set(header)
        if missing:
            raise InvalidInput(
                "{file} needs the columns code and amount (missing: {columns}).",
                file=path.name, columns=", ".join(sorted(missing)),
            )
        unknown = set(header) - set(IMPORT_COLUMNS)
        if unknown:
            raise InvalidInput(
                "Unknown columns in {file}: {columns}.",
                file=path.name, columns=", ".join(sorted(unknown)),
            )
        rows = list(reader)
    except csv.Error as exc:
        raise InvalidInput(
            "{file} is not a valid CSV file: {problem}.",
            file=path.name, problem=exc,
        ) from exc
    if not rows:
        raise InvalidInput("{file} has no cards.", file=path.name)
    if len(rows) > MAX_ROWS:
        raise InvalidInput(
            "{file} has more than {max_rows:,} rows; split it.",
            file=path.name, max_rows=MAX_ROWS,
        )
    return rows


def _parse(
    raw: dict[str, str], line: int, st: settings.Settings, default_cur: str
) -> staged_import.Staged:
    if None in raw:
        raise InvalidInput("it has more fields than the header")
    cur = check_currency(raw.get("currency") or default_cur)
    amount = Money.parse(raw.get("amount") or "", cur, maximum=st.max_value(cur))
    expires = None
    if raw.get("expires_at"):
        try:
            expires = datetime.fromisoformat(raw["expires_at"])
        except ValueError as exc:
            raise InvalidInput("{text!r} is not a date", text=raw["expires_at"]) from exc
        expires = expires if expires.tzinfo else expires.replace(tzinfo=UTC)
    terms = CardTerms(
        recipient_name=raw.get("recipient_name") or None,
        recipient_email=raw.get("recipient_email") or None,
        message=raw.get("message") or None,
    ).checked(st)
    code = lookup.normalize(lookup.canonical(raw.get("code") or ""), st)
    return staged_import.Staged(
        line,
        code,
        amount.currency,
        amount.minor,
        expires,
        terms.recipient_name,
        terms.recipient_email,
        terms.message,
        raw.get("reference") or None,
    )


def import_cards(
    ctx: Context, actor: Actor, path: str | Path, *, progress: Progress | None = None
) -> ImportResult:
    """A manager imports active cards from another system: every row is checked first,
    and one bad row (named by its line) refuses the whole file, changing nothing.

    The cards are written in short transactions (see
    :mod:`posapp.services.back_office.staged_import`) so that tills are
    never kept waiting; none is visible until all are committed, and a
    cancel before that point leaves nothing. An import interrupted after its commit is
    finished first.
    """
    actor.require(Permission.IMPORT)
    source = Path(path)
    raw_rows = _read(source)
    staged_import.finish_interrupted(ctx, actor)
    st = ctx.db.run(lambda s: settings.current(s, ctx, actor.store_id), readonly=True)
    rows: list[staged_import.Staged] = []
    seen: dict[str, int] = {}
    for n, raw in enumerate(raw_rows, start=2):
        try:
            row = _parse(raw, n, st, actor.currency)
        except PosError as exc:
            raise InvalidInput(
                "{file} line {n}: {problem}",
                file=source.name, n=n, problem=exc,
            ) from exc
        if row.code in seen:
            raise InvalidInput(
                "{file} line {n}: same code as line {earlier}.",
                file=source.name, n=n, earlier=seen[row.code],
            )
        seen[row.code] = n
        rows.append(row)
    taken = staged_import.existing_codes(ctx, [row.code for row in rows])
    if taken:
        first = min(seen[code] for code in taken)
        code = next(c for c in taken if seen[c] == first)
        raise Conflict(
            "{file} line {first}: a card with the code ending {last4} already exists ({count} "
            "such codes in the file).",
            file=source.name, first=first, last4=code[-4:], count=len(taken),
        )
    import_id = staged_import.stage(ctx, actor, source.name, rows, progress)
    if import_id is None:
        return ImportResult(0, source.name, cancelled=True)
    made = staged_import.apply(ctx, actor, import_id, progress)
    return ImportResult(made, source.name)


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
) -> int:
    """A manager exports every card with masked codes (never a full code); returns the count.

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
        last: tuple[datetime, uuid.UUID] | None = None
        while True:
            batch = ctx.db.run(partial(_page, after=last, size=page), readonly=True)
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
            if len(batch) < page:
                break
            newest = batch[-1]
            assert newest.created_at is not None  # every card row has its creation time
            last = (newest.created_at, newest.id)
    audit.record_apart(ctx, actor, "cards_exported", {"file": target.name, "count": count})
    return count


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
