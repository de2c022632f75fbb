"""Imports in chunks: staged rows stay invisible, a committed import is finished by the
next one when its process died, and no staged row ever becomes two cards."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from posapp.db.models import CardImport, GiftCard, ImportRow
from posapp.services import csv_io, integrity, staged_import
from posapp.services.staged_import import Staged
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
