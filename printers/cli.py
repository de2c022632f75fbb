"""The printing commands, wired into ``posapp`` by its entry point:

``posapp batch print BATCH_ID --out FILE.pdf``, ``posapp card print CODE --out FILE.pdf``
(managers: they read full codes back, audited), and to the terminal's printer (or a PDF
when ``--out`` is given or no printer is set): ``posapp receipt print SALE_ID``,
``posapp card slip CODE`` and ``posapp report print``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from posapp import edge, paths
from posapp.cli.registry import Command, Env
from posapp.cli.sales import parse_day
from posapp.domain.errors import InvalidInput
from posapp.services import batches, documents
from printers.card_pdf import render_card, render_sheet
from printers.connections import PrinterConfig
from printers.receipt_escpos import print_document
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
    batches.mark_printed(env.ctx, env.actor, view.batch_id)
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


def _receipt_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("sale_id", metavar="SALE_ID")
    p.add_argument("--out", metavar="FILE", help="write a PDF instead of printing")


def _to_printer_or_pdf(doc: Any, out: str | None) -> dict[str, str]:
    """Print on the terminal's printer, or write a PDF when asked or when there is none."""
    config = terminal_printer()
    if out or not config.enabled:
        if not out:
            raise InvalidInput("This terminal has no receipt printer: give --out FILE.pdf.")
        path = _pdf_path(out)
        render_document_pdf(doc, path, width=config.width)
        return {"file": str(path)}
    print_document(doc, config)
    return {"printer": config.kind}


def _print_receipt(env: Env) -> Any:
    receipt = documents.receipt(env.ctx, env.actor, edge.sale_id(env.args.sale_id))
    return {"receipt_number": receipt.receipt_number, **_to_printer_or_pdf(receipt, env.args.out)}


def _slip_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("code", metavar="CODE")
    p.add_argument("--out", metavar="FILE", help="write a PDF instead of printing")


def _print_slip(env: Env) -> Any:
    slip = documents.balance_slip(env.ctx, env.actor, edge.card(env.ctx, env.actor, env.args.code))
    return {"masked_code": slip.masked_code, **_to_printer_or_pdf(slip, env.args.out)}


def _day_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date", help="YYYY-MM-DD (UTC), default today")
    p.add_argument("--out", metavar="FILE", help="write a PDF instead of printing")


def _print_day(env: Env) -> Any:
    day = parse_day(env.args.date, env.ctx.now())
    report = documents.end_of_day_report(env.ctx, env.actor, day)
    return {"business_day": report.business_day, **_to_printer_or_pdf(report, env.args.out)}


COMMANDS = [
    Command(
        ("batch", "print"), "print a batch's cards to a PDF (manager)", _batch_opts, _print_batch
    ),
    Command(("card", "print"), "reprint one card to a PDF (manager)", _card_opts, _print_card),
    Command(
        ("receipt", "print"),
        "print a sale's receipt, or save it as PDF",
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
        ("report", "print"),
        "print the end-of-day summary per terminal (manager)",
        _day_opts,
        _print_day,
    ),
]
