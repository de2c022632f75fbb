"""Imports from other systems: columns found by their other names or an explicit mapping,
a preview listing every bad line with its reason, a dry run that writes nothing, and a
commit of every row or none."""

from __future__ import annotations

from pathlib import Path

import pytest

from posapp import edge
from posapp.domain.errors import ErrorCode, PosError
from posapp.services.back_office import csv_io
from posapp.services.back_office.import_check import Mapping
from tests.conftest import Store
from tests.services.helpers import snapshot


def _file(tmp_path: Path, text: str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_other_names_for_the_columns_are_understood(store: Store, tmp_path: Path) -> None:
    path = _file(tmp_path, "Card Number,Balance,CUR,Expiry,E-Mail\n"
                           "OTHER00001,12.50,usd,2030-01-31,ann@example.com\n"
                           "OTHER00002,7.00,,,\n")
    result = csv_io.import_cards(store.ctx, store.manager, path)
    assert result.imported == 2
    assert result.columns == {"code": "Card Number", "amount": "Balance", "currency": "CUR",
                              "expires_at": "Expiry", "recipient_email": "E-Mail"}
    card = edge.balance(store.ctx, store.cashier, "OTHER00001")
    assert card.balance.amount_str() == "12.50"
    assert card.expires_at is not None and card.expires_at.date().isoformat() == "2030-01-31"


def test_an_explicit_mapping_names_columns_and_leaves_others_out(
    store: Store, tmp_path: Path
) -> None:
    path = _file(tmp_path, "CardNo,Amt,Notes,Customer\nMAPPED0001,3.00,x,42\n")
    with pytest.raises(PosError) as err:
        csv_io.import_cards(store.ctx, store.manager, path)
    assert "Unknown columns" in err.value.message and "Amt" in err.value.message
    mapping = Mapping.parse("code=CardNo, balance=Amt, ignore=Notes, ignore=Customer")
    assert csv_io.import_cards(store.ctx, store.manager, path, mapping=mapping).imported == 1
    assert edge.balance(store.ctx, store.cashier, "MAPPED0001").balance.amount_str() == "3.00"


@pytest.mark.parametrize(
    ("text", "needle"),
    [("code=", "FIELD=COLUMN"), ("colour=X", "Unknown field"), ("code=A,card=B", "twice"),
     ("code", "FIELD=COLUMN")],
)
def test_a_bad_mapping_is_refused_clearly(text: str, needle: str) -> None:
    with pytest.raises(PosError) as err:
        Mapping.parse(text)
    assert err.value.code is ErrorCode.INVALID_INPUT and needle in err.value.message


@pytest.mark.parametrize(
    ("header", "mapping", "needle"),
    [("code,amount\n", "code=Nope", "no column 'Nope'"),
     ("code,balance,amount\n", "", "both hold the amount"),
     ("number,currency\n", "", "missing: amount")],
)
def test_columns_that_cannot_be_placed_are_refused(
    store: Store, tmp_path: Path, header: str, mapping: str, needle: str
) -> None:
    path = _file(tmp_path, header + "ABCDEF1234,1.00,USD\n")
    before = snapshot(store.ctx)
    with pytest.raises(PosError) as err:
        csv_io.import_cards(store.ctx, store.manager, path, mapping=Mapping.parse(mapping))
    assert needle in err.value.message
    assert snapshot(store.ctx) == before


def test_the_preview_lists_every_bad_line_with_its_reason(store: Store, tmp_path: Path) -> None:
    edge.issue(store.ctx, store.manager, "1.00", code="TAKEN00001")
    path = _file(tmp_path, "\n".join([
        "code,amount,currency,expires_at,recipient_email",
        "GOOD000001,5.00,USD,,",          # 2 good
        "GOOD000002,-1,USD,,",            # 3 negative amount
        "GOOD000003,1e3,USD,,",           # 4 exponent notation
        "GOOD000004,5.00,XXX,,",          # 5 unknown currency
        "GOOD000005,5.00,USD,31/12/2030,",  # 6 not a date
        "GOOD000006,5.00,USD,,not-an-address",  # 7 bad e-mail
        "BAD!,5.00,USD,,",                # 8 bad code
        "GOOD000001,5.00,USD,,",          # 9 duplicate of line 2
        "TAKEN00001,5.00,USD,,",          # 10 already a card
        "GOOD000007,5.00,USD,,,extra",    # 11 more fields than the header
        "GOOD000008,5.001,USD,,",         # 12 too precise
    ]) + "\n")
    before = snapshot(store.ctx)
    preview = csv_io.preview_import(store.ctx, store.manager, path)
    assert preview.rows == 11
    lines = [p.line for p in preview.problems]
    assert lines == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    reasons = {p.line: p.reason for p in preview.problems}
    assert "same code as line 2" in reasons[9]
    assert "already exists" in reasons[10]
    assert "more fields" in reasons[11]
    assert "not a date" in reasons[6]
    assert all(p.reason for p in preview.problems)
    assert preview.to_dict()["good"] == 1
    assert snapshot(store.ctx) == before
    with pytest.raises(PosError) as err:
        csv_io.import_cards(store.ctx, store.manager, path)
    assert "line 3" in err.value.message and "9 bad lines" in err.value.message
    assert snapshot(store.ctx) == before


def test_a_dry_run_checks_everything_and_writes_nothing(store: Store, tmp_path: Path) -> None:
    path = _file(tmp_path, "code,value\nDRYRUN0001,5.00\nDRYRUN0002,6.00\n")
    before = snapshot(store.ctx)
    result = csv_io.import_cards(store.ctx, store.manager, path, dry_run=True)
    assert result.dry_run and result.imported == 0 and result.checked == 2
    assert snapshot(store.ctx) == before
    edge.issue(store.ctx, store.manager, "1.00", code="DRYRUN0002")
    before = snapshot(store.ctx)
    with pytest.raises(PosError) as err:
        csv_io.import_cards(store.ctx, store.manager, path, dry_run=True)
    assert err.value.code is ErrorCode.CONFLICT and "line 3" in err.value.message
    assert snapshot(store.ctx) == before


def test_a_cashier_may_not_preview_an_import(store: Store, tmp_path: Path) -> None:
    path = _file(tmp_path, "code,amount\nCASHIER001,5.00\n")
    with pytest.raises(PosError) as err:
        csv_io.preview_import(store.ctx, store.cashier, path)
    assert err.value.code is ErrorCode.PERMISSION_DENIED


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_100000_rows_from_another_system_with_progress(store: Store, tmp_path: Path) -> None:
    if not store.ctx.db.is_sqlite:
        # The mapping and checks are the database's no more than the small files above
        # show; the 100,000 rows weigh on the embedded database's one writer.
        pytest.skip("the 100,000-row run is the embedded database's (SQLite)")
    rows = 100_000
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("Card Number,Balance,CUR,Notes\n")
        out.writelines(f"BIGSYS{n:08d},5.00,USD,x\n" for n in range(rows))
    mapping = Mapping.parse("ignore=Notes")
    preview = csv_io.preview_import(store.ctx, store.manager, path, mapping=mapping)
    assert (preview.rows, preview.problems) == (rows, [])
    dry = csv_io.import_cards(store.ctx, store.manager, path, mapping=mapping, dry_run=True)
    assert dry.checked == rows and dry.imported == 0
    seen: list[tuple[int, int]] = []
    result = csv_io.import_cards(store.ctx, store.manager, path, mapping=mapping,
                                 progress=lambda done, total: seen.append((done, total)) or True)
    assert result.imported == rows
    assert seen[-1] == (rows, rows) and len(seen) > 100
    balance = edge.balance(store.ctx, store.cashier, "BIGSYS00099999").balance.amount_str()
    assert balance == "5.00"
