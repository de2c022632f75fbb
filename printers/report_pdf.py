"""The PDF pack of the money view: every report of a period with its charts and tables,
the period and the filters in the header of every page (A4, reportlab).

The charts are the app's own (:mod:`printers.report_charts`) drawn with Agg at print
resolution. The file is written owner-only, like every other export.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from posapp.domain.errors import InvalidInput
from posapp.money import Money
from posapp.paths import PrivateTarget
from posapp.services.accounting.report_pack import ReportPack, currency_totals
from printers import report_charts

_MARGIN = 15 * mm
_WIDTH = A4[0] - 2 * _MARGIN
_LINES_PER_TABLE = 5  # roll-forward columns side by side on one page width
_STYLES = getSampleStyleSheet()


def period_text(pack: ReportPack) -> str:
    """The header line: the period (both days included) and the filters."""
    last = (pack.end - timedelta(days=1)).date()
    store = pack.store or "all stores"
    return f"Period {pack.start.date().isoformat()} to {last.isoformat()} (UTC), store: {store}"


def render_pack_pdf(pack: ReportPack, path: Path) -> int:
    """Write the pack to ``path``; returns the number of pages."""
    header = period_text(pack)
    pages = [0]

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        pages[0] = doc.page
        canvas.saveState()
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(_MARGIN, A4[1] - 10 * mm, "GiftPOS - gift card liability reports")
        canvas.setFont("Helvetica", 9)
        canvas.drawRightString(A4[0] - _MARGIN, A4[1] - 10 * mm, header)
        canvas.drawRightString(A4[0] - _MARGIN, 8 * mm, f"page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        PrivateTarget(path), pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN,
        topMargin=18 * mm, bottomMargin=15 * mm, title="GiftPOS reports", creator="GiftPOS")
    try:
        doc.build(_story(pack), onFirstPage=on_page, onLaterPages=on_page)
    except OSError as exc:
        raise InvalidInput(
            "Cannot write {target}: {reason}.", target=path, reason=exc.strerror
        ) from exc
    return pages[0]


def _story(pack: ReportPack) -> list[Flowable]:
    story: list[Flowable] = [_heading("Liability roll-forward")]
    story += [_chart(report_charts.liability_over_time, pack.months),
              _chart(report_charts.activity_by_kind, pack.rollforward)]
    lines = (*pack.rollforward.lines, *currency_totals(pack.rollforward))
    for first in range(0, len(lines), _LINES_PER_TABLE):
        chunk = lines[first:first + _LINES_PER_TABLE]
        header = ["", *(f"{ln.store} {ln.currency}" for ln in chunk)]
        rows = [["opening", *(ln.opening for ln in chunk)]]
        rows += [[col, *(ln.movement(col) for ln in chunk)] for col, _ in chunk[0].movements]
        rows.append(["closing", *(ln.closing for ln in chunk)])
        story += [_table(header, rows), Spacer(1, 4 * mm)]
    if not lines:
        story.append(_text("No card activity in this period."))

    story += [PageBreak(), _heading("Inter-store settlement"),
              _chart(report_charts.settlement_heat_map, pack.settlement)]
    story.append(_table(*pack.settlement.table()) if pack.settlement.debts
                 else _text("No store owes another for this period."))

    story += [PageBreak(), _heading("Ageing of balances owed"),
              _chart(report_charts.ageing_bars, pack.ageing), _table(*pack.ageing.table()),
              _text(f"Dormant cards: {len(pack.ageing.dormant)}.")]

    story += [PageBreak(), _heading("Breakage"),
              _chart(report_charts.cohort_curves, pack.breakage)]
    if pack.breakage.expired:
        story.append(_table(*pack.breakage.table()))
    estimates = [[e.currency, "-" if e.rate is None else f"{e.rate:.4f}", e.loaded, e.redeemed,
                  e.expected, e.recognised, e.remaining] for e in pack.breakage.estimates]
    story += [Spacer(1, 4 * mm),
              _table(("currency", "rate", "loaded", "redeemed", "expected", "recognised",
                      "remaining"), estimates),
              _text(pack.breakage.method)]
    return story


def _heading(text: str) -> Paragraph:
    return Paragraph(text, _STYLES["Heading2"])


def _text(text: str) -> Paragraph:
    return Paragraph(text, _STYLES["BodyText"])


def _chart(draw: Callable[..., None], data: Any) -> Image:
    fig = Figure(figsize=(7.0, 3.2), dpi=150, layout="tight")
    FigureCanvasAgg(fig)
    draw(fig, data)
    png = io.BytesIO()
    fig.savefig(png, format="png")
    png.seek(0)
    return Image(png, width=_WIDTH, height=_WIDTH * 3.2 / 7.0)


def _cell(value: Any) -> str:
    if isinstance(value, Money):
        return value.amount_str()
    return "-" if value is None else str(value)


def _table(header: Sequence[str], rows: Any) -> Table:
    """A table whose amounts and counts are set flush right, text flush left."""
    values = [list(row) for row in rows]
    data = [list(header), *([_cell(v) for v in row] for row in values)]
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
    ]
    style += [("ALIGN", (c, r + 1), (c, r + 1), "RIGHT")
              for r, row in enumerate(values) for c, v in enumerate(row)
              if isinstance(v, Money | int) or v is None]
    table = Table(data, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table
