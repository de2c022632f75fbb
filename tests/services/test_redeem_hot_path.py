"""The redemption's hot path: a redemption by code is a few plain statements, with every
rule still applied and the ledger's chain and balances intact."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import timedelta
from typing import Any

import psycopg
import pytest
from sqlalchemy import event, select

from posapp import edge
from posapp.db.models import GiftCard
from posapp.domain.errors import ErrorCode, PosError
from posapp.services.accounting import integrity
from posapp.services.checkout.sale_parts import GoodsLine
from tests.conftest import Store
from tests.services.helpers import snapshot
from tests.support.driver_spy import statements
from tests.support.postgres import to_libpq_url


def test_a_redemption_by_code_is_one_look_up_and_one_write_that_reads_the_holds(
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
    # The open sales' holds are read by the card's UPDATE, not by a statement of their own.
    assert not any(s.startswith("SELECT") and "FROM HOLDS" in s for s in work)
    if store.ctx.db.is_sqlite:
        # Writers hold the database from BEGIN IMMEDIATE: no row lock to take.
        assert [s.split()[0] for s in work[1:]] == ["INSERT", "UPDATE"]
        update = work[2]
    else:
        # No transaction of its own: the look-up takes no lock, and the one write (the
        # card's UPDATE, checked against the version read, with the entry's INSERT) commits
        # itself. Two round trips, no BEGIN, no COMMIT.
        assert sent == work and len(work) == 2
        assert "FOR UPDATE" not in work[0]
        assert work[1].startswith("WITH CARD AS (UPDATE GIFT_CARDS")
        assert "VERSION =" in work[1] and "INSERT INTO LEDGER_ENTRIES" in work[1]
        update = work[1]
    assert "UPDATE GIFT_CARDS" in update and "FROM HOLDS" in update
    assert result.redeemed.amount_str() == "1.00"
    assert result.card.balance.amount_str() == "8.99"
    assert edge.balance(store.ctx, store.cashier, code).balance.amount_str() == "8.99"


@pytest.mark.postgres
def test_a_card_moved_between_the_look_up_and_the_write_is_redeemed_in_a_locking_transaction(
    store: Store,
) -> None:
    """The unlocked look-up reads the card; another till then redeems it before the write.
    The write finds a newer version, writes nothing, and the redemption runs again in a
    transaction that locks the card: both redemptions count, once each."""
    if store.ctx.db.is_sqlite:
        pytest.skip("SQLite redeems in a BEGIN IMMEDIATE transaction")
    code = edge.issue(store.ctx, store.manager, "10.00").card.code
    assert code is not None
    edge.redeem(store.ctx, store.cashier, code, "0.01")  # settings and store code cached
    original = psycopg.Cursor.execute
    other: list[object] = []

    def execute(self: psycopg.Cursor[Any], query: Any, *args: Any, **kwargs: Any) -> Any:
        text = " ".join(str(query).split())
        if text.startswith("WITH card AS (UPDATE gift_cards") and not other:
            # Another till's redemption lands between this one's look-up and its write.
            worker = threading.Thread(
                target=lambda: other.append(edge.redeem(store.ctx, store.manager, code, "2.00"))
            )
            psycopg.Cursor.execute = original  # type: ignore[method-assign]
            worker.start()
            worker.join(timeout=30)
        return original(self, query, *args, **kwargs)

    psycopg.Cursor.execute = execute  # type: ignore[method-assign]
    try:
        result = edge.redeem(store.ctx, store.cashier, code, "1.00")
    finally:
        psycopg.Cursor.execute = original  # type: ignore[method-assign]
    assert len(other) == 1
    assert result.card.balance.amount_str() == "6.99"
    assert edge.balance(store.ctx, store.cashier, code).balance.amount_str() == "6.99"
    entries = [e for e in edge.history(store.ctx, store.manager, code) if e.kind == "redeem"]
    assert sorted(e.amount.amount_str() for e in entries) == ["-0.01", "-1.00", "-2.00"]
    # Having lost a race, the card is redeemed under its lock for a while: one locking look-up,
    # no unlocked one first.
    with statements(store.ctx) as sent:
        edge.redeem(store.ctx, store.cashier, code, "0.50")
    looked_up = [s for s in sent if s.startswith("SELECT GIFT_CARDS.")]
    assert len(looked_up) == 1 and "FOR UPDATE" in looked_up[0]
    assert integrity.verify(store.ctx, store.admin).problem_count == 0


def test_placing_a_hold_gives_the_card_a_new_version(store: Store) -> None:
    """A redemption that read the card without a lock finds a hold placed since by the
    card's version (the hold-placing test below places its hold the same way)."""
    card = edge.issue(store.ctx, store.manager, "40.00").card
    assert card.code is not None

    def version() -> int:
        with store.ctx.db.engine.connect() as conn:
            return int(
                conn.execute(select(GiftCard.version).where(GiftCard.id == card.id)).scalar_one()
            )

    before = version()
    sale = edge.open_sale(store.ctx, store.cashier, [GoodsLine("Shoes", "30.00")])
    edge.apply_card(store.ctx, store.cashier, sale.sale_id, card.code)
    assert version() == before + 1


@pytest.mark.postgres
def test_a_redemption_on_postgresql_is_a_pooled_connection_s_transaction_alone(
    store: Store,
) -> None:
    """No Core ``Connection`` is made around the pooled one (its set-up, bookkeeping and
    close are a measurable share of a redemption); a branch that needs the ORM still joins
    the same transaction (here an idempotency key's record)."""
    if store.ctx.db.is_sqlite:
        pytest.skip("SQLite's BEGIN IMMEDIATE is sent by the Core connection's begin event")
    code = edge.issue(store.ctx, store.manager, "10.00").card.code
    assert code is not None
    edge.redeem(store.ctx, store.cashier, code, "0.01")  # settings and store code cached
    made: list[object] = []

    def count(conn: object) -> None:
        made.append(conn)

    event.listen(store.ctx.db.engine, "engine_connect", count)
    try:
        edge.redeem(store.ctx, store.cashier, code, "1.00")
        assert made == []
        keyed = edge.redeem(store.ctx, store.cashier, code, "2.00", key="k-1")
        assert len(made) == 1  # the key's record is written through the ORM
    finally:
        event.remove(store.ctx.db.engine, "engine_connect", count)
    again = edge.redeem(store.ctx, store.cashier, code, "2.00", key="k-1")
    assert again.entry_id == keyed.entry_id
    assert edge.balance(store.ctx, store.cashier, code).balance.amount_str() == "6.99"
    assert integrity.verify(store.ctx, store.admin).problem_count == 0


def test_the_hot_path_leaves_what_an_open_sale_holds_and_writes_nothing_when_refused(
    store: Store,
) -> None:
    code = edge.issue(store.ctx, store.manager, "40.00").card.code
    assert code is not None
    sale = edge.open_sale(store.ctx, store.cashier, [GoodsLine("Shoes", "30.00")])
    edge.apply_card(store.ctx, store.cashier, sale.sale_id, code)
    before = snapshot(store.ctx)
    with pytest.raises(PosError) as err:
        edge.redeem(store.ctx, store.cashier, code, "10.01")
    assert err.value.code is ErrorCode.INSUFFICIENT_FUNDS
    assert "10.00" in err.value.message
    assert snapshot(store.ctx) == before  # the write that read the holds was rolled back
    # Exactly what the hold leaves is available.
    assert edge.redeem(store.ctx, store.cashier, code, "10.00").card.balance.amount_str() == "30.00"
    done = edge.complete_sale(store.ctx, store.cashier, sale.sale_id)
    assert done.state == "completed"
    assert edge.balance(store.ctx, store.cashier, code).balance.amount_str() == "0.00"
    assert integrity.verify(store.ctx, store.admin).problem_count == 0


def _wait_for_a_lock_wait(watcher: psycopg.Connection[Any], worker: threading.Thread) -> None:
    deadline = time.monotonic() + 30
    while not watcher.execute(
        "SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
        "AND datname = current_database()"
    ).fetchone():
        assert worker.is_alive() and time.monotonic() < deadline
        time.sleep(0.01)


@pytest.mark.postgres
def test_a_hold_committed_while_the_redemption_waits_for_the_card_is_respected(
    store: Store,
) -> None:
    """A sale holding the card's lock places a hold and commits while a redemption waits
    for that lock: the redemption must see the hold. (A locking SELECT that also summed the
    holds would not: after the wait it reads other rows as of its own start.)"""
    if store.ctx.db.is_sqlite:
        pytest.skip("SQLite serialises writers from BEGIN IMMEDIATE: nothing waits on a row")
    card = edge.issue(store.ctx, store.manager, "40.00").card
    assert card.code is not None
    edge.redeem(store.ctx, store.cashier, card.code, "0.01")  # warm: settings, store code
    sale = edge.open_sale(store.ctx, store.cashier, [GoodsLine("Shoes", "30.00")])
    now = store.clock()
    url = to_libpq_url(store.ctx.db.url)
    outcome: list[BaseException | object] = []
    with psycopg.connect(url) as seller, psycopg.connect(url, autocommit=True) as watcher:
        seller.execute("SELECT id FROM gift_cards WHERE id = %s FOR UPDATE", (card.id,))
        # As the app places a hold: the card gets a new version with it.
        seller.execute("UPDATE gift_cards SET version = version + 1 WHERE id = %s", (card.id,))
        seller.execute(
            "INSERT INTO holds (id, card_id, sale_id, amount_minor, currency, state, "
            "created_at, expires_at) VALUES (%s, %s, %s, 3000, 'USD', 'pending', %s, %s)",
            (uuid.uuid4(), card.id, sale.sale_id, now, now + timedelta(minutes=15)),
        )

        def redeem() -> None:
            try:
                outcome.append(edge.redeem(store.ctx, store.cashier, card.code or "", "20.00"))
            except BaseException as exc:  # reported to the test below
                outcome.append(exc)

        worker = threading.Thread(target=redeem)
        worker.start()
        _wait_for_a_lock_wait(watcher, worker)
        seller.commit()
        worker.join(timeout=30)
    assert len(outcome) == 1
    refused = outcome[0]
    assert isinstance(refused, PosError), refused
    assert refused.code is ErrorCode.INSUFFICIENT_FUNDS
    shown = edge.balance(store.ctx, store.cashier, card.code)
    assert (shown.balance.amount_str(), shown.available.amount_str()) == ("39.99", "9.99")
    assert integrity.verify(store.ctx, store.admin).problem_count == 0


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


@pytest.mark.postgres
def test_a_deadlock_at_the_hot_path_s_write_is_retried_like_any_statement_s(
    store: Store,
) -> None:
    """The plain write deadlocks for real with a transaction that locked the terminal and
    then wants the card: the database aborts the redemption, which runs again (the driver's
    error raised as SQLAlchemy's, as for every other statement) and succeeds once the other
    transaction is done. Raised as the driver's own error it would not be retried."""
    if store.ctx.db.is_sqlite:
        pytest.skip("SQLite serialises writers from BEGIN IMMEDIATE: no row locks to cross")
    card = edge.issue(store.ctx, store.manager, "5.00").card
    assert card.code is not None
    edge.redeem(store.ctx, store.cashier, card.code, "1.00")  # warm: settings, store code
    url = to_libpq_url(store.ctx.db.url)
    outcome: list[BaseException | object] = []
    with psycopg.connect(url) as other, psycopg.connect(url, autocommit=True) as watcher:
        # This side never gives up first: the redemption's wait is the one found to close
        # the cycle.
        other.execute("SET deadlock_timeout = '20s'")
        other.execute(
            "SELECT id FROM terminals WHERE id = %s FOR UPDATE", (store.cashier.terminal_id,)
        )

        def redeem() -> None:
            try:
                outcome.append(edge.redeem(store.ctx, store.cashier, card.code or "", "1.00"))
            except BaseException as exc:  # reported to the test below
                outcome.append(exc)

        worker = threading.Thread(target=redeem)
        worker.start()
        _wait_for_a_lock_wait(watcher, worker)  # its entry's FK waits on the terminal
        # Now want the card the redemption holds: a cycle, which the database breaks by
        # aborting the redemption; this side then has the card until it commits.
        other.execute("SELECT id FROM gift_cards WHERE id = %s FOR UPDATE", (card.id,))
        other.commit()
        worker.join(timeout=60)
    assert len(outcome) == 1
    assert not isinstance(outcome[0], BaseException), outcome[0]
    assert edge.balance(store.ctx, store.cashier, card.code).balance.amount_str() == "3.00"
    kinds = [e.kind for e in edge.history(store.ctx, store.cashier, card.code)]
    assert kinds == ["issue", "redeem", "redeem"]
    assert integrity.verify(store.ctx, store.admin).problem_count == 0


@pytest.mark.postgres
def test_a_redemption_on_a_lost_pooled_connection_runs_again_on_a_new_one(store: Store) -> None:
    """A connection the server dropped while it sat in the pool (none is pinged before
    use): the redemption runs again on a new one, and happens once."""
    if store.ctx.db.is_sqlite:
        pytest.skip("a file database has no server to lose")
    code = edge.issue(store.ctx, store.manager, "5.00").card.code
    assert code is not None
    edge.redeem(store.ctx, store.cashier, code, "1.00")  # its connection is now pooled
    with psycopg.connect(to_libpq_url(store.ctx.db.url), autocommit=True) as admin:
        dropped = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchone()
    assert dropped is not None and dropped[0] >= 1
    result = edge.redeem(store.ctx, store.cashier, code, "1.00")
    assert result.card.balance.amount_str() == "3.00"
    kinds = [e.kind for e in edge.history(store.ctx, store.cashier, code)]
    assert kinds == ["issue", "redeem", "redeem"]
    assert integrity.verify(store.ctx, store.admin).problem_count == 0
