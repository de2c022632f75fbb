"""Reading a card import from another system: which column holds what, and every row
checked before anything is written.

Columns are found by name: each field of a card has the names other systems give it
(``balance``, ``value`` or ``amount`` for the amount, ``card`` or ``number`` for the code,
...), compared without case, spaces, dashes or underscores. A mapping (``code=CardNo``)
names a column outright and wins over the names; ``ignore=Column`` leaves a column out.
Any other column is refused, so a misspelt column (an expiry date read as nothing) never
passes unseen. The check lists every bad line with its reason, so one preview shows all
that must be fixed; the import itself refuses a file with any bad line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from posapp.domain.errors import InvalidInput, PosError
from posapp.money import Money, check_currency
from posapp.services.back_office import staged_import
from posapp.services.cards import lookup
from posapp.services.cards.issuing import CardTerms
from posapp.services.command_path.context import Context
from posapp.services.configuration import settings

MAX_ROWS = 100_000
MAX_BYTES = 50 * 1024 * 1024

#: Each field, and the column names other systems give it (the field's own name first).
ALIASES: dict[str, tuple[str, ...]] = {
    "code": ("code", "card", "card_code", "card_number", "cardno", "number", "giftcard"),
    "amount": ("amount", "balance", "value", "remaining", "card_balance"),
    "currency": ("currency", "cur", "ccy", "currency_code"),
    "expires_at": ("expires_at", "expires", "expiry", "expiry_date", "expiration",
                   "expiration_date", "valid_until"),
    "recipient_name": ("recipient_name", "recipient", "name", "holder"),
    "recipient_email": ("recipient_email", "email", "e_mail", "recipient_e_mail"),
    "message": ("message", "note", "greeting"),
    "reference": ("reference", "ref", "order", "order_id", "external_id"),
}
IGNORE = "ignore"


def _plain(name: str) -> str:
    return "".join(ch for ch in name.strip().lower() if ch not in " -_.")


_BY_NAME = {_plain(alias): f for f, aliases in ALIASES.items() for alias in aliases}


def field_of(name: str) -> str | None:
    """The field a column name (or a field's other name) stands for, if any."""
    return _BY_NAME.get(_plain(name))


@dataclass(frozen=True)
class Mapping:
    """Columns named outright: field -> column, and columns to leave out."""

    columns: dict[str, str] = field(default_factory=dict)
    ignored: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str | None) -> Mapping:
        """``code=CardNo,amount=Amt,ignore=Notes`` (a field by any of its names)."""
        columns: dict[str, str] = {}
        ignored: list[str] = []
        for part in (text or "").split(","):
            if not part.strip():
                continue
            name, sep, column = part.partition("=")
            column = column.strip()
            if not sep or not column:
                raise InvalidInput("A mapping is FIELD=COLUMN; got {part!r}.", part=part.strip())
            if _plain(name) == IGNORE:
                ignored.append(column)
                continue
            target = field_of(name)
            if target is None:
                raise InvalidInput(
                    "Unknown field {name!r} in the mapping; use one of {fields}.",
                    name=name.strip(), fields=", ".join([*ALIASES, IGNORE]),
                )
            if target in columns:
                raise InvalidInput("The mapping names {name} twice.", name=target)
            columns[target] = column
        return cls(columns, tuple(ignored))


def resolve(header: Sequence[str], mapping: Mapping, file: str) -> dict[str, str]:
    """Field -> column of ``header``: the mapping first, then the names; refuses a column
    it cannot place, two columns for one field, or a file without code and amount."""
    present = set(header)
    for column in [*mapping.columns.values(), *mapping.ignored]:
        if column not in present:
            raise InvalidInput("{file} has no column {column!r}.", file=file, column=column)
    found = dict(mapping.columns)
    taken = set(mapping.columns.values()) | set(mapping.ignored)
    unknown: list[str] = []
    for column in header:
        if column in taken:
            continue
        target = field_of(column)
        if target is None:
            unknown.append(column)
        elif target in found:
            raise InvalidInput(
                "{file}: columns {first!r} and {second!r} both hold the {name}; map one.",
                file=file, first=found[target], second=column, name=target,
            )
        else:
            found[target] = column
    if unknown:
        raise InvalidInput(
            "Unknown columns in {file}: {columns}. Map them to a field or ignore them.",
            file=file, columns=", ".join(unknown),
        )
    missing = [f for f in ("code", "amount") if f not in found]
    if missing:
        raise InvalidInput(
            "{file} needs the columns code and amount (missing: {columns}).",
            file=file, columns=", ".join(missing),
        )
    return found


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The header and rows of a UTF-8 CSV file (50 MB, 100,000 rows at most)."""
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
        header = list(reader.fieldnames or [])
        rows = list(reader)
    except csv.Error as exc:
        raise InvalidInput(
            "{file} is not a valid CSV file: {problem}.", file=path.name, problem=exc
        ) from exc
    if len(set(header)) != len(header):
        raise InvalidInput("{file} names a column twice.", file=path.name)
    if not rows:
        raise InvalidInput("{file} has no cards.", file=path.name)
    if len(rows) > MAX_ROWS:
        raise InvalidInput(
            "{file} has more than {max_rows:,} rows; split it.", file=path.name, max_rows=MAX_ROWS
        )
    return header, rows


def _parse(
    raw: dict[str, str], columns: dict[str, str], line: int, st: settings.Settings,
    default_cur: str,
) -> staged_import.Staged:
    if None in raw:
        raise InvalidInput("it has more fields than the header")

    def get(name: str) -> str:
        column = columns.get(name)
        return (raw.get(column) or "").strip() if column else ""

    cur = check_currency(get("currency").upper() or default_cur)
    amount = Money.parse(get("amount"), cur, maximum=st.max_value(cur))
    expires = None
    if get("expires_at"):
        try:
            expires = datetime.fromisoformat(get("expires_at"))
        except ValueError as exc:
            raise InvalidInput("{text!r} is not a date", text=get("expires_at")) from exc
        expires = expires if expires.tzinfo else expires.replace(tzinfo=UTC)
    terms = CardTerms(
        recipient_name=get("recipient_name") or None,
        recipient_email=get("recipient_email") or None,
        message=get("message") or None,
    ).checked(st)
    code = lookup.normalize(lookup.canonical(get("code")), st)
    return staged_import.Staged(
        line, code, amount.currency, amount.minor, expires, terms.recipient_name,
        terms.recipient_email, terms.message, get("reference") or None,
    )


@dataclass(frozen=True)
class Problem:
    line: int
    reason: str
    #: The code belongs to a card already (the file may be right, the database moved on).
    taken: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "reason": self.reason}


@dataclass(frozen=True)
class Checked:
    """A file read and checked: its columns, the good rows, and every bad line."""

    file: str
    columns: dict[str, str]
    rows: list[staged_import.Staged]
    problems: list[Problem]
    total: int


def check(
    ctx: Context, st: settings.Settings, currency: str, path: Path, mapping: Mapping
) -> Checked:
    """Check every row of ``path`` (the codes against the cards already made as well)."""
    header, raw_rows = read(path)
    columns = resolve(header, mapping, path.name)
    rows: list[staged_import.Staged] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for n, raw in enumerate(raw_rows, start=2):
        try:
            row = _parse(raw, columns, n, st, currency)
        except PosError as exc:
            problems.append(Problem(n, exc.message))
            continue
        if row.code in seen:
            problems.append(Problem(n, f"same code as line {seen[row.code]}"))
            continue
        seen[row.code] = n
        rows.append(row)
    taken = staged_import.existing_codes(ctx, [row.code for row in rows])
    for row in rows:
        if row.code in taken:
            problems.append(
                Problem(row.line, f"a card with the code ending {row.code[-4:]} already exists",
                        taken=True)
            )
    problems.sort(key=lambda p: p.line)
    return Checked(path.name, columns, rows, problems, len(raw_rows))
