"""Imports in chunks: staged rows stay invisible, a committed import is finished by the
next one when its process died, and no staged row ever becomes two cards."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from posapp import edge
from posapp.db.models import AuditEvent, CardImport, GiftCard, ImportRow, LedgerEntry
from posapp.services.accounting import integrity
from posapp.services.back_office import csv_io, staged_import
from posapp.services.back_office.staged_import import Staged
from posapp.services.cards.issuing import new_card
from posapp.services.configuration import settings
from tests.conftest import Store


def _rows(prefix: str, count: int) -> list[Staged]:
    return [
        Staged(n + 2, f"{prefix}{n:06d}", "USD", 500 + n, None, None, None, None, "old")
        for n in range(count)
    ]


def _count(store: Store, model: object, *where: object) -> int:
    query = select(func.count()).select_from(model).where(*where)  # type: ignore[arg-type]
    return int(store.ctx.db.run(lambda s: s.scalar(query), readonly=True))


def test_a_committed_import_whose_process_died_is_finished_by_the_next(
    store: Store, tmp_path: Path
) -> None:
    staged_rows = _rows("DIED", 250)
    import_id = staged_import.stage(store.ctx, store.manager, "died.csv", staged_rows, None)
    assert import_id is not None
    # The process "died" after the commit: nothing applied yet, nothing visible yet.
    assert _count(store, GiftCard) == 0
    assert _count(store, ImportRow) == 250
    path = tmp_path / "next.csv"
    path.write_text("code,amount\nNEXT000001,1.00\n", encoding="utf-8")
    result = csv_io.import_cards(store.ctx, store.manager, path)
    assert result.imported == 1
    assert _count(store, GiftCard) == 251
    assert _count(store, ImportRow) == 0
    states = store.ctx.db.run(
        lambda s: sorted(s.scalars(select(CardImport.state))), readonly=True
    )
    assert states == ["done", "done"]
    total = store.ctx.db.run(
        lambda s: s.scalar(select(func.sum(GiftCard.balance_minor))), readonly=True
    )
    assert total == sum(r.amount_minor for r in staged_rows) + 100
    assert integrity.verify(store.ctx, store.manager).ok


def test_applying_twice_makes_each_card_once(store: Store) -> None:
    import_id = staged_import.stage(store.ctx, store.manager, "x.csv", _rows("TWICE", 120), None)
    assert import_id is not None
    assert staged_import.apply(store.ctx, store.manager, import_id, None) == 120
    assert staged_import.apply(store.ctx, store.manager, import_id, None) == 0
    assert _count(store, GiftCard) == 120


def test_a_cancelled_staging_keeps_nothing(store: Store) -> None:
    calls: list[int] = []

    def cancel_at_200(done: int, total: int) -> bool:
        calls.append(done)
        return done < 200

    assert staged_import.stage(store.ctx, store.manager, "c.csv", _rows("GONE", 300),
                               cancel_at_200) is None
    assert calls == [0, 100, 200]
    assert _count(store, ImportRow) == 0 and _count(store, CardImport) == 0
    assert _count(store, GiftCard) == 0


def _statements(store: Store) -> list[str]:
    """Every statement the engine sends from now on (an executemany counts once)."""
    sent: list[str] = []
    event.listen(
        store.ctx.db.engine, "before_cursor_execute",
        lambda conn, cursor, statement, *rest: sent.append(statement),
    )
    return sent


def test_a_chunk_of_cards_is_inserted_in_a_handful_of_statements(store: Store) -> None:
    """The cards and entries of a chunk go in by executemany, not a statement or more per
    card: that is what lets 100,000 rows apply in about a minute."""
    import_id = staged_import.stage(store.ctx, store.manager, "b.csv", _rows("BULK", 400), None)
    assert import_id is not None
    sent = _statements(store)
    assert staged_import.apply(store.ctx, store.manager, import_id, None) == 400
    inserts = [s for s in sent if s.lstrip().upper().startswith("INSERT")]
    assert len(inserts) <= 3, len(inserts)  # cards, entries, the closing audit event
    assert len(sent) < 30, len(sent)


def test_imported_cards_are_active_chained_and_numbered_like_issued_ones(store: Store) -> None:
    before = store.ctx.db.run(
        lambda s: s.scalar(select(func.coalesce(func.max(GiftCard.change_seq), 0))),
        readonly=True,
    )
    gone = store.clock.now - timedelta(days=1)
    rows = [
        Staged(2, "LAYOUT0001", "USD", 2500, None, "Ann", "ann@example.com", "Hi", "r1"),
        Staged(3, "LAYOUT0002", "USD", 700, gone, None, None, None, None),
    ]
    import_id = staged_import.stage(store.ctx, store.manager, "l.csv", rows, None)
    assert import_id is not None
    assert staged_import.apply(store.ctx, store.manager, import_id, None) == 2
    cards = store.ctx.db.run(
        lambda s: [
            (c.code_last4, c.status, c.balance_minor, c.initial_balance_minor, c.version,
             c.last_seq, c.recipient_name, c.activated_at is not None, c.change_seq)
            for c in s.scalars(select(GiftCard).order_by(GiftCard.code_last4))
        ],
        readonly=True,
    )
    assert [c[:8] for c in cards] == [
        ("01", "active", 2500, 2500, 2, 1, "Ann", True),
        # Past its expiry already: issued, then expired, as a single card would be.
        ("02", "expired", 700, 700, 3, 2, None, True),
    ]
    seqs = [c[8] for c in cards]
    assert len(set(seqs)) == 2 and min(seqs) > before
    kinds = store.ctx.db.run(
        lambda s: sorted(s.execute(select(LedgerEntry.kind, LedgerEntry.reference)).all()),
        readonly=True,
    )
    assert kinds == [("expire", None), ("issue", "l.csv"), ("issue", "r1")]
    assert edge.balance(store.ctx, store.cashier, "LAYOUT0001").balance.amount_str() == "25.00"
    assert integrity.verify(store.ctx, store.manager).ok


def test_a_code_taken_after_the_commit_is_skipped_and_the_rest_stands(store: Store) -> None:
    rows = _rows("RACE", 30)
    import_id = staged_import.stage(store.ctx, store.manager, "r.csv", rows, None)
    assert import_id is not None

    def take(session: Session) -> None:
        st = settings.current(session, store.ctx, store.manager.store_id)
        new_card(session, store.ctx, location_id=store.manager.store_id, currency="USD",
                 source="issue", settings=st, code=rows[7].code)

    store.ctx.db.run(take)
    assert staged_import.apply(store.ctx, store.manager, import_id, None) == 29
    assert _count(store, GiftCard, GiftCard.source == "import") == 29
    assert _count(store, ImportRow) == 0
    skipped = store.ctx.db.run(
        lambda s: [e.detail for e in s.scalars(
            select(AuditEvent).where(AuditEvent.kind == "import_row_skipped"))],
        readonly=True,
    )
    assert skipped == [{"file": "r.csv", "line": rows[7].line, "reason": "code already in use"}]
    assert integrity.verify(store.ctx, store.manager).ok


def test_two_processes_finishing_one_import_make_each_card_once(store: Store) -> None:
    import_id = staged_import.stage(store.ctx, store.manager, "t.csv", _rows("PAIR", 1500), None)
    assert import_id is not None
    with ThreadPoolExecutor(2) as pool:
        made = list(pool.map(
            lambda _: staged_import.apply(store.ctx, store.manager, import_id, None), range(2)
        ))
    assert sum(made) == 1500
    assert _count(store, GiftCard) == 1500
    assert _count(store, LedgerEntry) == 1500
    assert integrity.verify(store.ctx, store.manager).ok
