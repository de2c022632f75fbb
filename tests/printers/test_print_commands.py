"""The printing commands through the real entry point, on a real store."""

from __future__ import annotations

import io
import json
import os
import socket
import stat
from pathlib import Path

import pytest

from posapp import codes, edge, edge_admin
from posapp.__main__ import main
from posapp.codes import KeyRing
from posapp.domain.errors import InvalidCode
from posapp.services.back_office import batches
from posapp.services.checkout import sales
from posapp.services.checkout.sale_parts import CardLine, Payment
from posapp.services.command_path.context import Context
from tests.conftest import PINS, Clock, Store, open_store
from tests.printers.printer_helpers import decode, page_texts, parse_escpos, render_pages


@pytest.fixture
def shop(tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    db = tmp_path / "shop.sqlite3"
    db.write_bytes(sqlite_template.read_bytes())
    keys = tmp_path / "keys.json"
    keys.write_text(KeyRing.generate().to_json())
    keys.chmod(0o600)
    ctx = Context.open(f"sqlite:///{db}", keys)
    ctx.clock = Clock()
    return open_store(ctx, ctx.clock)


def _reads(text: str) -> bool:
    try:
        return bool(codes.candidates(text))
    except InvalidCode:
        return False


def run(shop: Store, tmp_path: Path, user: str, *args: str) -> tuple[int, dict]:
    out = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out):
        status = main(
            [
                "--db",
                shop.ctx.db.url,
                "--key-file",
                str(tmp_path / "keys.json"),
                "--json",
                "--terminal",
                "T1",
                "--user",
                user,
                "--pin",
                PINS[user],
                *args,
            ]
        )
    return status, json.loads(out.getvalue())


def test_batch_print_puts_every_card_of_the_batch_on_sheets_that_scan(
    shop: Store, tmp_path: Path
) -> None:
    batch = edge_admin.create_batch(shop.ctx, shop.admin, 12, amount="25.00")
    expected = {c.code for c in batches.batch_cards(shop.ctx, shop.manager, batch.batch_id)[1]}
    status, data = run(
        shop,
        tmp_path,
        "mia",
        "batch",
        "print",
        str(batch.batch_id),
        "--out",
        str(tmp_path / "batch.pdf"),
    )
    assert status == 0 and data["cards"] == 12
    decoded = {b.text for page in render_pages(tmp_path / "batch.pdf", 300) for b in decode(page)}
    assert decoded == expected
    printed = batches.list_batches(shop.ctx, shop.admin)[0].printed_at
    assert printed is not None


def test_a_cashier_may_not_print_a_batch_or_reprint_a_card(shop: Store, tmp_path: Path) -> None:
    batch = edge_admin.create_batch(shop.ctx, shop.admin, 2)
    status, data = run(
        shop,
        tmp_path,
        "carl",
        "batch",
        "print",
        str(batch.batch_id),
        "--out",
        str(tmp_path / "b.pdf"),
    )
    assert (status, data["error"]) == (4, "permission_denied")
    assert not (tmp_path / "b.pdf").exists()


def test_card_print_reprints_one_card_with_its_code(shop: Store, tmp_path: Path) -> None:
    sold = edge.sell(shop.ctx, shop.cashier, [CardLine("50.00")], Payment(cash="50.00"))
    code = sold.cards[0].code
    status, data = run(
        shop, tmp_path, "mia", "card", "print", code, "--out", str(tmp_path / "card.pdf")
    )
    assert status == 0 and code not in json.dumps(data)
    assert code in {b.text for p in render_pages(tmp_path / "card.pdf", 300) for b in decode(p)}


def test_documents_with_codes_are_readable_by_their_owner_only(
    shop: Store, tmp_path: Path
) -> None:
    sold = edge.sell(shop.ctx, shop.cashier, [CardLine("50.00")], Payment(cash="50.00"))
    batch = edge_admin.create_batch(shop.ctx, shop.admin, 3, amount="10")
    card, sheets, receipt = tmp_path / "card.pdf", tmp_path / "sheets.pdf", tmp_path / "r.pdf"
    receipt.write_bytes(b"")
    receipt.chmod(0o644)  # an old file of that name is tightened, not kept open to others
    old = os.umask(0o022)
    try:
        commands = [
            ("mia", "card", "print", sold.cards[0].code, "--out", str(card)),
            ("root", "batch", "print", str(batch.batch_id), "--out", str(sheets)),
            ("carl", "receipt", "print", str(sold.sale_id), "--out", str(receipt)),
        ]
        for user, *args in commands:
            assert run(shop, tmp_path, user, *args)[0] == 0
    finally:
        os.umask(old)
    for written in (card, sheets, receipt):
        assert written.stat().st_size > 0
        assert stat.S_IMODE(written.stat().st_mode) == 0o600, written


def test_receipt_print_writes_a_pdf_with_masked_codes(shop: Store, tmp_path: Path) -> None:
    sold = edge.sell(shop.ctx, shop.cashier, [CardLine("50.00")], Payment(cash="50.00"))
    paid = edge.pay(shop.ctx, shop.cashier, "20.00", codes=[sold.cards[0].code])
    status, _ = run(
        shop,
        tmp_path,
        "carl",
        "receipt",
        "print",
        str(paid.sale_id),
        "--out",
        str(tmp_path / "r.pdf"),
    )
    text = "\n".join(page_texts(tmp_path / "r.pdf"))
    assert status == 0 and paid.receipt_number in text
    assert sold.cards[0].code[-4:] in text and sold.cards[0].code not in text


def _terminal_printer(tmp_path: Path, printer: dict) -> None:
    conf = tmp_path / "config" / "posapp"
    conf.mkdir(parents=True, exist_ok=True)
    (conf / "terminal.json").write_text(json.dumps({"printer": printer}))


def test_receipt_print_sends_escpos_to_the_terminal_printer(shop: Store, tmp_path: Path) -> None:
    _terminal_printer(tmp_path, {"kind": "file", "target": str(tmp_path / "lp0"), "width": 58})
    paid = edge.pay(shop.ctx, shop.cashier, "12.00", payment=Payment(cash="20.00"))
    status, _ = run(shop, tmp_path, "carl", "receipt", "print", str(paid.sale_id))
    printed = parse_escpos((tmp_path / "lp0").read_bytes())
    assert stat.S_IMODE((tmp_path / "lp0").stat().st_mode) == 0o600  # a plain file: owner-only
    assert status == 0 and printed.count("cut") == 1 and printed.count("drawer") == 1
    assert any(paid.receipt_number in line for line in printed.lines)
    assert all(len(line) <= 32 for line in printed.lines)


def test_an_unreachable_printer_fails_clearly_and_the_sale_stays_reprintable(
    shop: Store, tmp_path: Path
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    _terminal_printer(tmp_path, {"kind": "network", "target": f"127.0.0.1:{port}", "timeout": 1})
    paid = edge.pay(shop.ctx, shop.cashier, "12.00", payment=Payment(cash="12.00"))
    status, data = run(shop, tmp_path, "carl", "receipt", "print", str(paid.sale_id))
    assert (status, data["error"]) == (3, "device_error")
    assert sales.get_sale(shop.ctx, shop.cashier, paid.sale_id).state == "completed"
    status, _ = run(
        shop,
        tmp_path,
        "carl",
        "receipt",
        "print",
        str(paid.sale_id),
        "--out",
        str(tmp_path / "again.pdf"),
    )
    assert status == 0 and (tmp_path / "again.pdf").exists()


def test_report_print_prints_the_days_totals_per_terminal(shop: Store, tmp_path: Path) -> None:
    _terminal_printer(tmp_path, {"kind": "file", "target": str(tmp_path / "lp0"), "width": 80})
    edge.pay(shop.ctx, shop.cashier, "12.00", payment=Payment(cash="20.00"))
    day = shop.clock.now.date().isoformat()  # the sale was made on the test clock's day
    status, data = run(shop, tmp_path, "mia", "report", "print", "--date", day)
    assert status == 0, data
    printed = parse_escpos((tmp_path / "lp0").read_bytes())
    assert status == 0 and data["printer"] == "file"
    text = "\n".join(printed.lines)
    assert "Till T1" in text and "Cash                                      $12.00" in text
    assert all(len(line) <= 48 for line in printed.lines)
    status, data = run(shop, tmp_path, "carl", "report", "print")
    assert (status, data["error"]) == (4, "permission_denied")
    status, data = run(shop, tmp_path, "mia", "report", "print", "--date", "yesterday")
    assert (status, data["error"]) == (3, "invalid_input")


def test_card_slip_prints_the_balance_with_a_masked_code(shop: Store, tmp_path: Path) -> None:
    _terminal_printer(tmp_path, {"kind": "file", "target": str(tmp_path / "lp0"), "width": 58})
    sold = edge.sell(shop.ctx, shop.cashier, [CardLine("50.00")], Payment(cash="50.00"))
    code = sold.cards[0].code
    edge.pay(shop.ctx, shop.cashier, "12.50", codes=[code])
    status, data = run(shop, tmp_path, "carl", "card", "slip", code)
    text = "\n".join(parse_escpos((tmp_path / "lp0").read_bytes()).lines)
    assert status == 0 and data["masked_code"].endswith(code[-4:])
    assert "$37.50" in text and code[-4:] in text and code not in text
    # One symbol too many; any body length is read with a check symbol, so the last one is
    # chosen to fail that check (else 1 in 37 such typos reads as a code that is not there).
    typo = next(t for ch in codes.CHECK_SYMBOLS if not _reads(t := code[:-1] + "0" + ch))
    status, data = run(shop, tmp_path, "carl", "card", "slip", typo)
    assert (status, data["error"]) == (3, "invalid_code")


def test_receipt_print_to_a_file_not_ending_in_pdf_writes_the_printers_escpos_bytes(
    shop: Store, tmp_path: Path
) -> None:
    _terminal_printer(tmp_path, {"kind": "none", "width": 58})
    sold = edge.sell(shop.ctx, shop.cashier, [CardLine("50.00")], Payment(cash="50.00"))
    code = sold.cards[0].code
    paid = edge.pay(shop.ctx, shop.cashier, "60.00", codes=[code], payment=Payment(cash="20.00"))
    out = tmp_path / "receipt.bin"
    status, data = run(shop, tmp_path, "carl", "receipt", "print", str(paid.sale_id),
                       "--out", str(out))
    assert status == 0 and data == {"receipt_number": paid.receipt_number, "file": str(out),
                                    "format": "escpos"}
    raw = out.read_bytes()
    assert raw.startswith(b"\x1b@")  # the printer is reset first
    printed = parse_escpos(raw)
    assert printed.count("drawer") == 1 and printed.count("cut") == 1
    text = "\n".join(printed.lines)
    assert paid.receipt_number in text and "$60.00" in text and "$10.00" in text
    assert code[-4:] in text and code not in text
    assert all(len(line) <= 32 for line in printed.lines)  # the terminal's 58 mm paper
    assert out.stat().st_mode & 0o777 == 0o600
    status, data = run(shop, tmp_path, "carl", "receipt", "print", str(paid.sale_id),
                       "--out", str(tmp_path / "no-such-folder" / "r.bin"))
    assert (status, data["error"]) == (3, "invalid_input")
    status, data = run(shop, tmp_path, "carl", "receipt", "print", str(paid.sale_id),
                       "--out", str(tmp_path / "r.PDF"))
    assert status == 0 and (tmp_path / "r.PDF").read_bytes().startswith(b"%PDF")
