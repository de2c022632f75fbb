"""Reports as CSV files: cells quoted against formula injection, files readable by their
owner only, like every other export."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from posapp.domain.errors import InvalidInput
from posapp.domain.roles import Permission
from posapp.money import Money
from posapp.paths import open_private
from posapp.services.accounting import audit
from posapp.services.back_office.csv_io import cell
from posapp.services.command_path.context import Actor, Context

Table = tuple[Sequence[str], Iterable[Sequence[Any]]]


def export(ctx: Context, actor: Actor, report: str, table: Table, path: str | Path) -> int:
    """Write a report's ``table`` (header, rows) to ``path``; audited as an export."""
    actor.require(Permission.REPORT)
    count = write_csv(path, *table)
    record(ctx, actor, report, path, rows=count)
    return count


def record(ctx: Context, actor: Actor, report: str, path: str | Path, **counts: int) -> None:
    """Audit an export written to ``path`` (a CSV's ``rows``, a PDF pack's ``pages``)."""
    actor.require(Permission.REPORT)
    audit.record_apart(
        ctx, actor, "report_exported", {"report": report, "file": Path(path).name, **counts}
    )


def write_csv(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write ``header`` and ``rows`` to ``path`` (a ``.csv`` file); returns the row count."""
    target = Path(path)
    if target.suffix.lower() != ".csv":
        raise InvalidInput("The export file name must end in .csv.")
    try:
        handle = open_private(target, "w")
    except OSError as exc:
        raise InvalidInput(
            "Cannot write {target}: {reason}.", target=target, reason=exc.strerror
        ) from exc
    count = 0
    with handle:
        writer = csv.writer(handle)
        writer.writerow([cell(h) for h in header])
        for row in rows:
            writer.writerow([_value(v) for v in row])
            count += 1
    return count


def _value(value: Any) -> str:
    """An amount as a plain signed number a spreadsheet sums (it is ours, never typed
    text); everything else quoted when a spreadsheet would run it."""
    return value.amount_str() if isinstance(value, Money) else cell(value)
