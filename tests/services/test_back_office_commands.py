"""Back-office operations are commands: one path through the bus, at most once per key,
with the permission and the checks of their handler whoever sends them."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from posapp import edge_admin
from posapp.db.models import (
    AuditEvent,
    Batch,
    CardProduct,
    ExchangeRate,
    GiftCard,
    Location,
    Setting,
    Staff,
    Terminal,
)
from posapp.domain.errors import ErrorCode, PosError
from posapp.domain.roles import Role
from posapp.money import Money
from posapp.services.command_path import bus
from posapp.services.command_path import commands as c
from tests.conftest import Store

Call = Callable[[Store, str, str | None], Any]


def _rows(store: Store) -> tuple[int, ...]:
    """How many rows each back-office table holds, and how many audit events."""
    models = (Staff, Location, Terminal, Setting, ExchangeRate, CardProduct, Batch, GiftCard,
              AuditEvent)
    return store.ctx.db.run(
        lambda s: tuple(s.scalar(select(func.count()).select_from(m)) for m in models),
        readonly=True,
    )


def _batch(store: Store) -> uuid.UUID:
    return edge_admin.create_batch(store.ctx, store.admin, 2).batch_id


def _mark(store: Store, arg: str, key: str | None) -> Any:
    """Mark the first batch printed ("a"; its id as typed text) or a new one ("b")."""
    first = store.ctx.db.run(
        lambda s: s.scalar(select(Batch.id).order_by(Batch.created_at).limit(1)), readonly=True
    )
    if arg == "a":
        return edge_admin.mark_printed(store.ctx, store.admin, str(first or _batch(store)), key=key)
    return edge_admin.mark_printed(store.ctx, store.admin, _batch(store), key=key)


#: Each operation with a key, sent with a first argument and then with another one.
OPERATIONS: dict[str, Call] = {
    "add_staff": lambda s, arg, key: edge_admin.add_staff(
        s.ctx, s.admin, f"ann {arg}", "cashier", "4821", key=key
    ),
    "set_staff": lambda s, arg, key: edge_admin.set_staff(
        s.ctx, s.admin, "carl", active=arg == "a", key=key
    ),
    "unlock_staff": lambda s, arg, key: edge_admin.unlock_staff(
        s.ctx, s.admin, "carl" if arg == "a" else "mia", key=key
    ),
    "set_settings": lambda s, arg, key: edge_admin.set_settings(
        s.ctx, s.admin, {"hold_timeout_minutes": "5" if arg == "a" else "6",
                         "custom_min": "USD 2"}, key=key
    ),
    "set_setting": lambda s, arg, key: edge_admin.set_setting(
        s.ctx, s.admin, "failed_lookup_limit", "7" if arg == "a" else "8", key=key
    ),
    "set_rate": lambda s, arg, key: edge_admin.set_rate(
        s.ctx, s.admin, "USD", "EUR", "0.92" if arg == "a" else "0.93", key=key
    ),
    "add_product": lambda s, arg, key: edge_admin.add_product(
        s.ctx, s.admin, f"P-{arg}", "Gift", denominations=["10", "25.50"], minimum="5",
        maximum="500", scope="S1", categories=["Books"], key=key,
    ),
    "add_location": lambda s, arg, key: edge_admin.add_location(
        s.ctx, s.admin, f"S{arg}", "Uptown", "JPY", "ja_JP", key=key
    ),
    "add_terminal": lambda s, arg, key: edge_admin.add_terminal(
        s.ctx, s.admin, f"Till {arg}", "S1", key=key
    ),
    "create_batch": lambda s, arg, key: edge_admin.create_batch(
        s.ctx, s.admin, 3 if arg == "a" else 4, amount="25.00", key=key
    ),
    "mark_printed": _mark,
}


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_a_replayed_key_returns_the_first_result_and_changes_nothing_more(
    store: Store, operation: str
) -> None:
    call = OPERATIONS[operation]
    first = call(store, "a", "op-1")
    after_first = _rows(store)
    store.clock.advance(seconds=30)
    again = call(store, "a", "op-1")
    assert again == first
    assert _rows(store) == after_first


def test_a_key_used_for_other_staff_is_a_conflict_and_adds_nobody(store: Store) -> None:
    first = edge_admin.add_staff(store.ctx, store.admin, "ann", "cashier", "4821", key="hire-1")
    assert edge_admin.add_staff(
        store.ctx, store.admin, "ann", "cashier", "4821", key="hire-1"
    ) == first
    before = _rows(store)
    with pytest.raises(PosError) as err:
        edge_admin.add_staff(store.ctx, store.admin, "bea", "cashier", "4821", key="hire-1")
    assert err.value.code is ErrorCode.CONFLICT
    assert _rows(store) == before
    names = store.ctx.db.run(lambda s: list(s.scalars(select(Staff.name))), readonly=True)
    assert names.count("ann") == 1 and "bea" not in names


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_the_same_key_with_other_arguments_is_a_conflict(store: Store, operation: str) -> None:
    OPERATIONS[operation](store, "a", "op-1")
    with pytest.raises(PosError) as err:
        OPERATIONS[operation](store, "b", "op-1")
    assert err.value.code is ErrorCode.CONFLICT


def test_a_cashier_adding_staff_is_refused_even_with_a_key(store: Store) -> None:
    before = _rows(store)
    with pytest.raises(PosError) as err:
        edge_admin.add_staff(store.ctx, store.cashier, "zed", "admin", "482915", key="k")
    assert err.value.code is ErrorCode.PERMISSION_DENIED
    with pytest.raises(PosError) as err:
        edge_admin.add_terminal(store.ctx, store.manager, "Till 9", "S1")
    assert err.value.code is ErrorCode.PERMISSION_DENIED
    assert _rows(store)[:-1] == before[:-1]  # only refusals were audited


def test_a_command_from_its_json_runs_as_the_edge_would(store: Store) -> None:
    """The central service and a till's outbox send commands as JSON."""
    sent = c.AddStaff("ann", Role.MANAGER, "482915", "hire-1")
    wire = c.from_dict(sent.to_dict())
    made = bus.dispatch(store.ctx, store.admin, wire)
    assert (made.name, made.role) == ("ann", "manager")
    assert bus.dispatch(store.ctx, store.admin, sent) == made
    signed_in = store.ctx.db.run(
        lambda s: s.scalar(select(Staff.role).where(Staff.name == "ann")), readonly=True
    )
    assert signed_in == "manager"


@pytest.mark.parametrize(
    "command",
    [
        c.AddStaff("ann", Role.MANAGER, "12"),
        c.AddStaff("", Role.CASHIER, "4821"),
        c.SetStaff("carl", pin="12ab"),
        c.SetRate("USD", "EUR", Decimal("NaN")),
        c.SetRate("USD", "EUR", Decimal("1E-20")),
        c.SetRate("usd", "USD", Decimal("1")),
        c.SetSettings({"no_such_setting": "1"}),
        c.SetSettings({"hold_timeout_minutes": "-1"}),
        c.AddProduct("P1", "P", "USD", (Money(1000, "EUR"),)),
        c.AddProduct("P1", "P", "USD", (Money(0, "USD"),)),
        c.AddProduct("P1", "P", "USD", (), Money(500, "USD"), Money(100, "USD")),
        c.AddProduct("P1", "P", "USD", (Money(1000, "USD"),), scope="list"),
        c.AddProduct("P1", "P", "USD", (Money(1000, "USD"),), categories=("BOOKS",)),
        c.AddProduct("P 1", "P", "USD", (Money(1000, "USD"),)),
        c.AddProduct("P1", "x" * 121, "USD", (Money(1000, "USD"),)),
        c.AddLocation("S2", "x" * 121, "USD"),
        c.AddLocation("S 2", "Uptown", "USD"),
        c.AddLocation("S2", "Uptown", "usd$"),
        c.AddTerminal("", "S1"),
        c.AddTerminal("Till", "NOPE"),
        c.CreateBatch(0),
        c.CreateBatch(1, Money(-100, "USD")),
        c.CreateBatch(1, Money(100, "EUR")),
        c.CreateBatch(1, None, "NO-SUCH-SKU"),
        c.MarkBatchPrinted(uuid.uuid4()),
    ],
    ids=lambda cmd: type(cmd).__name__,
)
def test_a_command_that_skipped_the_edge_is_still_checked(
    store: Store, command: c.Command
) -> None:
    """What the edge parses, the handler checks again: a command may come from anywhere."""
    before = _rows(store)
    with pytest.raises(PosError):
        bus.dispatch(store.ctx, store.admin, command)
    assert _rows(store)[:-1] == before[:-1]


def test_the_same_key_sent_twice_at_once_adds_one_staff_member(store: Store) -> None:
    """A till that resends before the first answer came: both get the one result."""

    def hire(_: int) -> Any:
        return edge_admin.add_staff(store.ctx, store.admin, "ann", "cashier", "4821", key="hire")

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(hire, range(2)))
    assert results[0] == results[1]
    count = store.ctx.db.run(
        lambda s: s.scalar(select(func.count()).select_from(Staff).where(Staff.name == "ann")),
        readonly=True,
    )
    assert count == 1
