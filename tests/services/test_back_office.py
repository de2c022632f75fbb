from __future__ import annotations

import csv
from pathlib import Path

import pytest

from posapp import edge, edge_admin
from posapp.codes import generate
from posapp.domain.errors import ErrorCode, PosError
from posapp.services.accounting import audit, reports
from posapp.services.back_office import admin, csv_io
from posapp.services.checkout.sale_parts import CardLine, Payment
from tests.conftest import Store
from tests.services.helpers import snapshot


def test_failed_look_ups_are_rate_limited_per_terminal_and_audited(store: Store) -> None:
    edge_admin.set_setting(store.ctx, store.admin, "failed_lookup_limit", "3")
    good = edge.issue(store.ctx, store.manager, "10.00").card.code
    for _ in range(3):
        with pytest.raises(PosError) as err:
            edge.balance(store.ctx, store.cashier, "NOSUCHCARD1")
        assert err.value.code is ErrorCode.CARD_NOT_FOUND
    with pytest.raises(PosError) as err:
        edge.balance(store.ctx, store.cashier, good)
    assert err.value.code is ErrorCode.RATE_LIMITED
    store.add_terminal("T2")
    other_terminal = store.sign_in("carl", terminal="T2")
    assert edge.balance(store.ctx, other_terminal, good).balance.amount_str() == "10.00"
    limited = store.ctx.db.run(
        lambda s: audit.count_recent(s, store.ctx, audit.RATE_LIMITED), readonly=True
    )
    assert limited == 1
    store.clock.advance(seconds=61)
    assert edge.balance(store.ctx, store.cashier, good).balance.amount_str() == "10.00"


def test_a_store_override_wins_over_the_global_setting(store: Store) -> None:
    edge_admin.add_location(store.ctx, store.admin, "S2", "Uptown", "USD")
    store.add_terminal("T1", "S2")
    edge_admin.set_setting(store.ctx, store.admin, "custom_min", "20")
    edge_admin.set_setting(store.ctx, store.admin, "custom_min", "2", store="S2")
    assert str(admin.effective_settings(store.ctx).custom_range("USD")[0]) == "20.00 USD"
    assert str(admin.effective_settings(store.ctx, "S2").custom_range("USD")[0]) == "2.00 USD"
    uptown = store.sign_in("carl", location="S2")
    edge.sell(store.ctx, uptown, [CardLine("3.00")], Payment(cash="3.00"))
    with pytest.raises(PosError) as err:
        edge.sell(store.ctx, store.cashier, [CardLine("3.00")], Payment(cash="3.00"))
    assert err.value.code is ErrorCode.INVALID_AMOUNT


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("no_such_key", "1"),
        ("hold_timeout_minutes", "-3"),
        ("code_prefix", "GI"),
        ("allow_message", "maybe"),
        ("max_card_value", "lots"),
    ],
)
def test_bad_settings_are_refused(store: Store, key: str, value: str) -> None:
    with pytest.raises(PosError) as err:
        edge_admin.set_setting(store.ctx, store.admin, key, value)
    assert err.value.code in (ErrorCode.INVALID_INPUT, ErrorCode.INVALID_AMOUNT)


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_an_import_takes_every_row_or_none(store: Store, tmp_path: Path) -> None:
    ours = generate()
    good = _write(
        tmp_path / "good.csv",
        [["code", "amount", "recipient_name"], ["LEGACY0001", "25.00", "Ann"], [ours, "10.00", ""]],
    )
    bad = _write(
        tmp_path / "bad.csv", [["code", "amount"], ["LEGACY0002", "5.00"], ["LEGACY0003", "-1"]]
    )
    before = snapshot(store.ctx)
    with pytest.raises(PosError) as err:
        csv_io.import_cards(store.ctx, store.manager, bad)
    assert "line 3" in err.value.message
    assert snapshot(store.ctx) == before
    assert csv_io.import_cards(store.ctx, store.manager, good).imported == 2
    assert edge.balance(store.ctx, store.cashier, "legacy-0001").balance.amount_str() == "25.00"
    with pytest.raises(PosError) as err:
        csv_io.import_cards(store.ctx, store.manager, good)
    assert err.value.code is ErrorCode.CONFLICT


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe\x00binary", b"code;amount\nX;1\n", b"code,amount\n", b'code,amount\n"AB,1\n'],
)
def test_a_malformed_import_file_is_refused_clearly(
    store: Store, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    with pytest.raises(PosError) as err:
        csv_io.import_cards(store.ctx, store.manager, path)
    assert err.value.code is ErrorCode.INVALID_INPUT


def test_an_export_lists_every_card_masked(store: Store, tmp_path: Path) -> None:
    codes = [edge.issue(store.ctx, store.manager, "10.00").card.code for _ in range(3)]
    count = csv_io.export_cards(store.ctx, store.manager, tmp_path / "out.csv", page=2)
    text = (tmp_path / "out.csv").read_text()
    assert count == 3 and all(c not in text for c in codes if c)
    assert all(f"****-{c[-4:]}" in text for c in codes if c)


def test_liability_counts_owed_balances_and_expired_ones_as_breakage(store: Store) -> None:
    from posapp.services.cards.issuing import CardTerms

    edge.issue(store.ctx, store.manager, "40.00")
    frozen = edge.issue(store.ctx, store.manager, "10.00").card.code
    edge.freeze(store.ctx, store.manager, frozen, "lost")
    edge.issue(store.ctx, store.manager, "5.00", terms=CardTerms(expires_days=1))
    edge_admin.create_batch(store.ctx, store.admin, 5, amount="100.00")
    store.clock.advance(days=2)
    edge.expire_cards(store.ctx, store.manager)
    report = reports.liability(store.ctx, store.manager).to_dict()
    assert report == {
        "total": {"USD": "50.00"},
        "by_location": {"S1": {"USD": "50.00"}},
        "breakage": {"USD": "5.00"},
    }


def test_an_import_reports_progress_and_a_cancel_keeps_nothing(
    store: Store, tmp_path: Path
) -> None:
    rows = [["code", "amount"]] + [[f"LEGACY{n:04d}", "5.00"] for n in range(250)]
    path = _write(tmp_path / "many.csv", rows)
    seen: list[tuple[int, int]] = []
    before = snapshot(store.ctx)

    def stop_at_200(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 200

    result = csv_io.import_cards(store.ctx, store.manager, path, progress=stop_at_200)
    assert result.cancelled and result.imported == 0
    assert seen == [(0, 250), (100, 250), (200, 250)]
    assert snapshot(store.ctx) == before
    done = csv_io.import_cards(store.ctx, store.manager, path, progress=lambda d, t: None)
    assert done.imported == 250 and not done.cancelled


def test_a_cancelled_export_leaves_no_file(store: Store, tmp_path: Path) -> None:
    for _ in range(3):
        edge.issue(store.ctx, store.manager, "10.00")
    target = tmp_path / "out.csv"
    assert csv_io.export_cards(store.ctx, store.manager, target, page=2,
                               progress=lambda n: n < 2) == 0
    assert not target.exists()
