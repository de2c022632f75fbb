"""The edge of bulk card actions: a filter or a file of card ids, as typed, into the ids of
the cards to act on (both the CLI and the manager grid use it)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from posapp.domain.errors import InvalidInput
from posapp.services.cards import queries
from posapp.services.cards.bulk import MAX_CARDS
from posapp.services.command_path.context import Actor, Context

_FILTER_KEYS = ("status", "search", "store")


def card_filter(pairs: Sequence[str]) -> queries.CardFilter:
    """``status=frozen``, ``store=S1``, ``search=text`` (any of them) as a card filter."""
    given: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lower()
        if not sep or name not in _FILTER_KEYS:
            raise InvalidInput(
                "A filter is NAME=VALUE with NAME one of {names}; got {pair!r}.",
                names=", ".join(_FILTER_KEYS),
                pair=pair,
            )
        if name in given:
            raise InvalidInput("The filter names {name} twice.", name=name)
        given[name] = value.strip()
    return queries.CardFilter(
        status=given.get("status") or None,
        search=given.get("search") or None,
        store=given.get("store") or None,
    ).checked()


def described(f: queries.CardFilter) -> dict[str, str]:
    """The filter as the audit event keeps it (what was asked, not which cards). A search
    with a digit may be a whole code, which is never stored: only its last four are."""
    kept = {"status": f.status, "store": f.store, "search": f.search}
    if f.search and any(ch.isdigit() for ch in f.search):
        kept["search"] = "…" + f.search.strip()[-4:]
    for name, when in (("created_from", f.created_from), ("created_to", f.created_to)):
        kept[name] = when.isoformat() if when else None
    return {k: v for k, v in kept.items() if v}


def ids_from_file(path: str | Path) -> list[uuid.UUID]:
    """Card ids, one a line (blank lines and a header ``id`` skipped), as exported."""
    source = Path(path)
    try:
        if source.stat().st_size > 64 * MAX_CARDS:
            raise InvalidInput("{file} is too large for a list of card ids.", file=source.name)
        lines = source.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError as exc:
        raise InvalidInput("There is no file {path}.", path=source) from exc
    except UnicodeDecodeError as exc:
        raise InvalidInput("{file} is not a UTF-8 text file.", file=source.name) from exc
    ids: list[uuid.UUID] = []
    for n, line in enumerate(lines, start=1):
        text = line.split(",", 1)[0].strip()
        if not text or (n == 1 and text.lower() == "id"):
            continue
        try:
            ids.append(uuid.UUID(text))
        except ValueError as exc:
            raise InvalidInput(
                "{file} line {n}: {text!r} is not a card id.", file=source.name, n=n, text=text
            ) from exc
    if not ids:
        raise InvalidInput("{file} names no cards.", file=source.name)
    return ids


def matching(
    ctx: Context, actor: Actor, pairs: Sequence[str]
) -> tuple[list[uuid.UUID], dict[str, object]]:
    """The ids of every card matching the typed filter, and the filter for the audit."""
    return matching_filter(ctx, actor, card_filter(pairs))


def matching_filter(
    ctx: Context, actor: Actor, f: queries.CardFilter
) -> tuple[list[uuid.UUID], dict[str, object]]:
    """The ids of every card matching ``f`` (the grid's filter), and it for the audit."""
    return queries.matching_ids(ctx, actor, f), {"filter": described(f)}
