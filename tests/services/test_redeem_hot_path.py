"""The redemption's hot path: a redemption by code is a few plain statements, with every
rule still applied and the ledger's chain and balances intact."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from sqlalchemy import event

from posapp import edge
from posapp.services import integrity
from posapp.services.context import Context
from tests.conftest import Store


@contextmanager
def statements(ctx: Context) -> Iterator[list[str]]:
    """Every statement the driver is given, seen at the driver itself: the hot path sends
    plain SQL on the DBAPI cursor, which SQLAlchemy's events never see."""
    sent: list[str] = []

    def spy(statement: object) -> None:
        text = statement.decode() if isinstance(statement, bytes) else str(statement)
        sent.append(" ".join(text.split()).upper())

    if ctx.db.is_sqlite:
        # sqlite3 reports each statement it runs (BEGIN and COMMIT included) to a callback.
        traced: list[Any] = []

        def trace(dbapi: Any, _record: object, _proxy: object) -> None:
            dbapi.set_trace_callback(spy)
            traced.append(dbapi)

        event.listen(ctx.db.engine, "checkout", trace)
        try:
            yield sent
        finally:
            event.remove(ctx.db.engine, "checkout", trace)
            for dbapi in traced:
                dbapi.set_trace_callback(None)
        return
    original = psycopg.Cursor.execute

    def execute(self: psycopg.Cursor[Any], query: Any, *args: Any, **kwargs: Any) -> Any:
        spy(query)
        return original(self, query, *args, **kwargs)

    psycopg.Cursor.execute = execute  # type: ignore[method-assign]
    try:
        yield sent
    finally:
        psycopg.Cursor.execute = original  # type: ignore[method-assign]


def test_a_redemption_by_code_is_a_locking_select_the_holds_sum_and_one_write(
    store: Store,
) -> None:
    code = edge.issue(store.ctx, store.manager, "10.00").card.code
    assert code is not None
    edge.redeem(store.ctx, store.cashier, code, "0.01")  # settings and store code cached
    with statements(store.ctx) as sent:
        result = edge.redeem(store.ctx, store.cashier, code, "1.00")
    work = [s for s in sent if not s.startswith(("BEGIN", "COMMIT"))]
    # The card and this terminal's recent failed look-ups in one statement.
    assert work[0].startswith("SELECT GIFT_CARDS.") and "AUDIT_EVENTS" in work[0]
    assert "FROM HOLDS" in work[1]
    if store.ctx.db.is_sqlite:
        # Writers hold the database from BEGIN IMMEDIATE: no row lock to take.
        assert [s.split()[0] for s in work[2:]] == ["INSERT", "UPDATE"]
    else:
        assert "FOR UPDATE" in work[0]
        # The entry's INSERT rides in the card's UPDATE: one round trip for both.
        assert len(work) == 3
        assert work[2].startswith("WITH") and "INSERT INTO LEDGER_ENTRIES" in work[2]
        assert "UPDATE GIFT_CARDS" in work[2]
    assert result.redeemed.amount_str() == "1.00"
    assert result.card.balance.amount_str() == "8.99"
    assert edge.balance(store.ctx, store.cashier, code).balance.amount_str() == "8.99"


def test_redemptions_on_the_hot_path_keep_the_chain_the_version_and_the_change_number(
    store: Store,
) -> None:
    code = edge.issue(store.ctx, store.manager, "5.00").card.code
    assert code is not None

    def card_row() -> tuple[int, int, int]:
        with store.ctx.db.engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT version, change_seq, last_seq FROM gift_cards"
            ).one()
        return int(row[0]), int(row[1]), int(row[2])

    before = card_row()
    for _ in range(3):
        edge.redeem(store.ctx, store.cashier, code, "1.00")
    version, change_seq, last_seq = card_row()
    assert version == before[0] + 3
    assert change_seq > before[1]
    assert last_seq == before[2] + 3
    report = integrity.verify(store.ctx, store.admin)
    assert report.problem_count == 0, report
    kinds = [e.kind for e in edge.history(store.ctx, store.cashier, code)]
    assert kinds == ["issue", "redeem", "redeem", "redeem"]
