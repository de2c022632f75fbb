"""The printing commands, wired into ``posapp`` by its entry point:

``posapp batch print BATCH_ID --out FILE.pdf``, ``posapp card print CODE --out FILE.pdf``
(managers: they read full codes back, audited), and to the terminal's printer:
``posapp receipt print SALE_ID``, ``posapp card slip CODE``, ``posapp report print`` and
``posapp card cashout CODE`` (a card's small remainder paid out: the drawer opens).
With ``--out FILE`` these three write a PDF when FILE ends in ``.pdf``, and otherwise the
ESC/POS bytes the terminal's printer would get (its profile and paper width), to inspect
or to send to a printer device by hand (``--out /dev/usb/lp0``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from posapp import edge, edge_admin, paths
from posapp.cli.registry import Command, Env
from posapp.cli.sales import parse_day
from posapp.domain.errors import InvalidInput
from posapp.services.back_office import documents
from printers.card_pdf import render_card, render_sheet
from printers.connections import PrinterConfig
from printers.receipt_escpos import document_bytes, print_document
from printers.receipt_pdf import render_document_pdf


def terminal_printer() -> PrinterConfig:
    """The printer configured for this terminal in its settings file (none if unset)."""
    try:
        data = json.loads(paths.terminal_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return PrinterConfig()
    except (OSError, ValueError) as exc:
        raise InvalidInput(f"The terminal settings file cannot be read: {exc}.") from exc
    return PrinterConfig.from_dict(data.get("printer") or {})


def _pdf_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".pdf":
        raise InvalidInput("The output file name must end in .pdf.")
    if not path.parent.is_dir():
        raise InvalidInput(f"There is no folder {path.parent}.")
    return path


def _batch_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("batch_id", metavar="BATCH_ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--paper", choices=["A4", "Letter"], default="A4")


def _print_batch(env: Env) -> Any:
    out = _pdf_path(env.args.out)
    view, faces = documents.batch_faces(env.ctx, env.actor, env.args.batch_id)

    def progress(done: int, total: int | None) -> None:
        sys.stderr.write(f"\rprinted {done} of {total} cards")
        sys.stderr.flush()

    result = render_sheet(faces, out, paper=env.args.paper, total=view.count, progress=progress)
    sys.stderr.write("\n")
    edge_admin.mark_printed(env.ctx, env.actor, view.batch_id)
    return {
        "batch_id": str(view.batch_id),
        "cards": result.cards,
        "pages": result.pages,
        "file": str(out),
    }


def _card_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("code", metavar="CODE")
    p.add_argument("--out", required=True, metavar="FILE.pdf")


def _print_card(env: Env) -> Any:
    out = _pdf_path(env.args.out)
    face = edge.card_face(env.ctx, env.actor, env.args.code)
    render_card(face, out)
    return {"masked_code": face.masked_code, "file": str(out)}


_OUT_HELP = "write to FILE instead of printing: a PDF for *.pdf, else ESC/POS bytes"


def _receipt_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("sale_id", metavar="SALE_ID")
    p.add_argument("--out", metavar="FILE", help=_OUT_HELP)


def _to_printer_or_file(doc: Any, out: str | None) -> dict[str, str]:
    """Print on the terminal's printer, or write ``out``: a PDF, or the printer's bytes."""
    config = terminal_printer()
    if not out:
        if not config.enabled:
            raise InvalidInput("This terminal has no receipt printer: give --out FILE.")
        print_document(doc, config)
        return {"printer": config.kind}
    if Path(out).suffix.lower() == ".pdf":
        path = _pdf_path(out)
        render_document_pdf(doc, path, width=config.width)
        return {"file": str(path)}
    return {"file": _write_escpos(document_bytes(doc, config), Path(out)), "format": "escpos"}


def _write_escpos(data: bytes, path: Path) -> str:
    """A regular file is made owner-only; a device (a printer port) is written as it is."""
    if not path.parent.is_dir():
        raise InvalidInput(f"There is no folder {path.parent}.")
    try:
        if path.exists() and not path.is_file():
            with path.open("wb") as device:
                device.write(data)
        else:
            with paths.open_private(path) as file:
                file.write(data)
    except OSError as exc:
        raise InvalidInput(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    return str(path)


def _print_receipt(env: Env) -> Any:
    receipt = documents.receipt(env.ctx, env.actor, edge.sale_id(env.args.sale_id))
    return {"receipt_number": receipt.receipt_number, **_to_printer_or_file(receipt, env.args.out)}


def _slip_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("code", metavar="CODE")
    p.add_argument("--out", metavar="FILE", help=_OUT_HELP)


def _print_slip(env: Env) -> Any:
    slip = documents.balance_slip(env.ctx, env.actor, edge.card(env.ctx, env.actor, env.args.code))
    return {"masked_code": slip.masked_code, **_to_printer_or_file(slip, env.args.out)}


def _cashout_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("code", metavar="CODE")
    p.add_argument("--out", metavar="FILE", help=_OUT_HELP)
    p.add_argument("--idempotency-key")


def _cash_out(env: Env) -> Any:
    """Pay the remainder out, then open the drawer with the slip. The printer is checked
    first, so a till that could not open its drawer pays nothing out."""
    if not env.args.out and not terminal_printer().enabled:
        raise InvalidInput("This terminal has no receipt printer to open the drawer: give "
                           "--out FILE.")
    done = edge.cash_out(env.ctx, env.actor, env.args.code, key=env.args.idempotency_key)
    slip = documents.cashout_slip(env.ctx, env.actor, done)
    return {**done.to_dict(), **_to_printer_or_file(slip, env.args.out)}


def _day_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date", help="YYYY-MM-DD (UTC), default today")
    p.add_argument("--out", metavar="FILE", help=_OUT_HELP)


def _print_day(env: Env) -> Any:
    day = parse_day(env.args.date, env.ctx.now())
    report = documents.end_of_day_report(env.ctx, env.actor, day)
    return {"business_day": report.business_day, **_to_printer_or_file(report, env.args.out)}


COMMANDS = [
    Command(
        ("batch", "print"), "print a batch's cards to a PDF (manager)", _batch_opts, _print_batch
    ),
    Command(("card", "print"), "reprint one card to a PDF (manager)", _card_opts, _print_card),
    Command(
        ("receipt", "print"),
        "print a sale's receipt, or save it as PDF or ESC/POS bytes",
        _receipt_opts,
        _print_receipt,
    ),
    Command(
        ("card", "slip"),
        "print a balance slip for a card (masked code, balance, expiry)",
        _slip_opts,
        _print_slip,
    ),
    Command(
        ("card", "cashout"),
        "pay a card's small remainder out in cash: opens the drawer and prints a slip",
        _cashout_opts,
        _cash_out,
    ),
    Command(
        ("report", "print"),
        "print the end-of-day summary per terminal (manager)",
        _day_opts,
        _print_day,
    ),
]
