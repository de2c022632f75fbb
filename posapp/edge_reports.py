"""Report periods as typed: dates parsed once at the edge for the CLI and the app."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

from posapp.domain.errors import InvalidInput

_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def day(text: str) -> date:
    """A calendar day written YYYY-MM-DD; anything else (other digits, exponents, a
    time) is refused, quoting at most 40 characters of it."""
    given = text.strip()
    try:
        if _DATE_RE.fullmatch(given):
            return date.fromisoformat(given)
    except ValueError:
        pass
    raise InvalidInput("{text!r} is not a date such as 2026-11-21.", text=text[:40])


def period(first: str, last: str) -> tuple[datetime, datetime]:
    """The UTC instants [start of ``first``, end of ``last``): both days included."""
    start, end = day(first), day(last)
    if end < start:
        raise InvalidInput("The period must end after it starts.")
    return (
        datetime.combine(start, time(), UTC),
        datetime.combine(end + timedelta(days=1), time(), UTC),
    )
