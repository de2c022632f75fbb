"""The PDF pack of the money view: every report of a period with its charts and tables,
the period and the filters in the header of every page (A4, reportlab).

The charts are the app's own (:mod:`printers.report_charts`) drawn with Agg at print
resolution. Titles, column names, headers, chart words and the breakage method are in the
language of the given Babel locale (German and French; English otherwise), amounts, counts
and dates written as that locale writes them. The file is written owner-only, like every
other export.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
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
from posapp.services.accounting.breakage import METHOD
from posapp.services.accounting.movements import COLUMNS
from posapp.services.accounting.report_pack import ReportPack, currency_totals
from printers import report_charts, report_words
from printers.messages import language
from printers.messages import text as _

_MARGIN = 15 * mm
_WIDTH = A4[0] - 2 * _MARGIN
_LINES_PER_TABLE = 5  # roll-forward columns side by side on one page width
_STYLES = getSampleStyleSheet()


def period_text(pack: ReportPack, locale: str = "en_US") -> str:
    """The header line: the period (both days included) and the filters."""
    last = (pack.end - timedelta(days=1)).date()
    return _(locale, "Period {first} to {last} (UTC), store: {store}",
             first=_day(locale, pack.start.date()), last=_day(locale, last),
             store=pack.store or _(locale, "all stores"))


def render_pack_pdf(pack: ReportPack, path: Path, locale: str = "en_US") -> int:
    """Write the pack to ``path`` in the language of ``locale``; returns the number of
    pages."""
    header = period_text(pack, locale)
    pages = [0]

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        pages[0] = doc.page
        canvas.saveState()
        # Title and period on lines of their own: translated, they do not fit side by side.
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(_MARGIN, A4[1] - 8 * mm,
                          _(locale, "GiftPOS - gift card liability reports"))
        canvas.setFont("Helvetica", 8)
        canvas.drawString(_MARGIN, A4[1] - 12 * mm, header)
        canvas.drawRightString(A4[0] - _MARGIN, 8 * mm,
                               _(locale, "page {number}", number=_count(locale, doc.page)))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        PrivateTarget(path), pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN,
        topMargin=18 * mm, bottomMargin=15 * mm, title=_(locale, "GiftPOS reports"),
        creator="GiftPOS")
    try:
        doc.build(_story(pack, locale), onFirstPage=on_page, onLaterPages=on_page)
    except OSError as exc:
        raise InvalidInput(
            "Cannot write {target}: {reason}.", target=path, reason=exc.strerror
        ) from exc
    return pages[0]


def _story(pack: ReportPack, loc: str) -> list[Flowable]:
    words = report_charts.ChartWords(say=partial(_, loc), amount=partial(_major, loc))
    col = partial(_column, loc)
    table = partial(_table, loc)
    story: list[Flowable] = [_heading(_(loc, "Liability roll-forward"))]
    story += [
        _chart(report_charts.liability_over_time, pack.months,
               _(loc, "Liability at month end"), words=words),
        _chart(report_charts.activity_by_kind, pack.rollforward,
               _(loc, "Movements in the period"), [col(c) for c in COLUMNS], words=words)]
    lines = (*pack.rollforward.lines, *currency_totals(pack.rollforward, _(loc, "Total")))
    for first in range(0, len(lines), _LINES_PER_TABLE):
        chunk = lines[first:first + _LINES_PER_TABLE]
        header = ["", *(f"{ln.store} {ln.currency}" for ln in chunk)]
        rows = [[col("opening"), *(ln.opening for ln in chunk)]]
        rows += [[col(c), *(ln.movement(c) for ln in chunk)] for c, _m in chunk[0].movements]
        rows.append([col("closing"), *(ln.closing for ln in chunk)])
        story += [table(header, rows), Spacer(1, 4 * mm)]
    if not lines:
        story.append(_text(_(loc, "No card activity in this period.")))

    settled = pack.settlement
    story += [PageBreak(), _heading(_(loc, "Inter-store settlement")),
              _chart(report_charts.settlement_heat_map, settled, _(loc, "Who owes whom"),
                     words=words)]
    story.append(table(*_named(loc, settled.table())) if settled.debts
                 else _text(_(loc, "No store owes another for this period.")))

    ages = pack.ageing
    story += [PageBreak(), _heading(_(loc, "Ageing of balances owed")),
              _chart(report_charts.ageing_bars, ages, _(loc, "Balances owed by age"),
                     words=words),
              table(*_named(loc, ages.table())),
              _text(_(loc, "Dormant cards: {count}.", count=_count(loc, len(ages.dormant))))]

    lapsed = pack.breakage
    story += [PageBreak(), _heading(_(loc, "Breakage")),
              _chart(report_charts.cohort_curves, lapsed,
                     _(loc, "Share redeemed by age (cohorts)"), words=words)]
    if lapsed.expired:
        story.append(table(*_named(loc, lapsed.table())))
    estimates = [[e.currency, "-" if e.rate is None else _rate(loc, e.rate), e.loaded,
                  e.redeemed, e.expected, e.recognised, e.remaining]
                 for e in lapsed.estimates]
    story += [Spacer(1, 4 * mm),
              table([col(c) for c in ("currency", "rate", "loaded", "redeemed", "expected",
                                      "recognised", "remaining")], estimates),
              _text(_(loc, METHOD, maturity=_count(loc, lapsed.maturity_months)))]
    return story


def _named(locale: str, table: tuple[Sequence[str], Any]) -> tuple[list[str], Any]:
    header, rows = table
    return [_column(locale, key) for key in header], rows


def _column(locale: str, key: str) -> str:
    """A report column's name (its CSV key) in the language of ``locale``."""
    english = report_words.COLUMNS["en"]
    return report_words.COLUMNS.get(language(locale), english).get(key, english.get(key, key))


def _plain(text: str) -> str:
    # Babel's no-break spaces (French groups, "12,50 €") are not in the PDF's base fonts.
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def _amount(locale: str, money: Money) -> str:
    """An amount without its symbol (the column names the currency), with the currency's
    own number of decimals: ``-1.234,56`` in German."""
    return _plain(format_currency(money.to_decimal(), money.currency, format="#,##0.00",
                                  locale=locale, currency_digits=True))


def _major(locale: str, value: float) -> str:
    return _plain(report_charts.amount_text(locale, value))


def _count(locale: str, value: int) -> str:
    return _plain(format_decimal(value, locale=locale))


def _rate(locale: str, value: Decimal) -> str:
    return _plain(format_decimal(value, format="0.0000", locale=locale))


def _day(locale: str, value: date) -> str:
    return _plain(format_date(value, "medium", locale=locale))


def _heading(text: str) -> Paragraph:
    return Paragraph(text, _STYLES["Heading2"])


def _text(text: str) -> Paragraph:
    return Paragraph(text, _STYLES["BodyText"])


def _chart(draw: Callable[..., None], data: Any, *args: Any, **options: Any) -> Image:
    fig = Figure(figsize=(7.0, 3.2), dpi=150, layout="tight")
    FigureCanvasAgg(fig)
    draw(fig, data, *args, **options)
    png = io.BytesIO()
    fig.savefig(png, format="png")
    png.seek(0)
    return Image(png, width=_WIDTH, height=_WIDTH * 3.2 / 7.0)


def _cell(locale: str, value: Any) -> str:
    if isinstance(value, Money):
        return _amount(locale, value)
    if isinstance(value, int):
        return _count(locale, value)
    return "-" if value is None else str(value)


def _table(locale: str, header: Sequence[str], rows: Any) -> Table:
    """A table whose amounts and counts are set flush right, text flush left."""
    values = [list(row) for row in rows]
    data = [list(header), *([_cell(locale, v) for v in row] for row in values)]
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
