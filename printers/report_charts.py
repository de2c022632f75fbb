"""The report charts, drawn with matplotlib onto a Figure the caller owns: the app's Qt
canvas and the PDF pack's Agg figures share these functions and so draw the same picture.

Each function takes a Figure and the report, clears the figure and draws one chart.
Amounts are drawn in the currency's major unit; each currency is its own series. The
caller gives the title in the reader's language, and ``words`` the chart's other words
and the numbers written on it (English as written by default).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from babel.numbers import format_decimal
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from posapp.money import Money
from posapp.services.accounting.ageing import BUCKETS, Ageing
from posapp.services.accounting.breakage import Breakage
from posapp.services.accounting.movements import COLUMNS
from posapp.services.accounting.report_pack import MonthClosing
from posapp.services.accounting.rollforward import RollForward
from posapp.services.accounting.settlement import Settlement


def _english(words: str) -> str:
    return words


def _grouped(value: float) -> str:
    return f"{value:,.2f}"


@dataclass(frozen=True)
class ChartWords:
    """How a chart writes its own words (axis labels, "no data") and the amounts on it."""

    say: Callable[[str], str] = _english
    amount: Callable[[float], str] = _grouped


ENGLISH = ChartWords()


def amount_text(locale: str, value: float) -> str:
    """A chart's amount in major units as ``locale`` writes it (``1.250,00`` in German)."""
    return format_decimal(Decimal(repr(value)), format="#,##0.00", locale=locale)


def major(money: Money) -> float:
    """A Money as a plotting number in major units (charts only, never for sums)."""
    return float(money.to_decimal())


def _currencies(values: Iterable[str]) -> list[str]:
    return sorted(set(values))


def _amounts(words: ChartWords) -> FuncFormatter:
    """Tick labels of amounts, written as the reader's locale does."""
    return FuncFormatter(lambda value, _: words.amount(float(value)))


def _amount_axis(ax: Axes, words: ChartWords) -> None:
    ax.yaxis.set_major_formatter(_amounts(words))


def _empty(fig: Figure, title: str, words: ChartWords) -> None:
    ax = fig.add_subplot()
    ax.set_title(title)
    ax.text(0.5, 0.5, words.say("no data"), ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def liability_over_time(fig: Figure, months: Iterable[MonthClosing],
                        title: str = "Liability at month end",
                        words: ChartWords = ENGLISH) -> None:
    """One line per currency: the closing liability at the end of each month."""
    fig.clear()
    months = list(months)
    currencies = _currencies(c for m in months for c in m.closing)
    if not currencies:
        _empty(fig, title, words)
        return
    ax = fig.add_subplot()
    labels = [m.month for m in months]
    for cur in currencies:
        ax.plot(labels, [major(m.closing.get(cur, Money.zero(cur))) for m in months],
                marker="o", label=cur)
    _amount_axis(ax, words)
    ax.set_title(title)
    ax.legend()
    ax.grid(True, alpha=0.3)
    for label in ax.get_xticklabels():
        label.set_rotation(45)
        label.set_horizontalalignment("right")


def activity_by_kind(fig: Figure, report: RollForward,
                     title: str = "Movements in the period",
                     labels: Sequence[str] = COLUMNS, words: ChartWords = ENGLISH) -> None:
    """Bars per movement of the roll-forward (signed as they move the liability), grouped
    by currency; ``labels`` name the movements in the reader's language."""
    fig.clear()
    currencies = _currencies(line.currency for line in report.lines)
    if not currencies:
        _empty(fig, title, words)
        return
    ax = fig.add_subplot()
    width = 0.8 / len(currencies)
    for i, cur in enumerate(currencies):
        totals = [sum(line.movement(col).minor for line in report.lines
                      if line.currency == cur) for col in COLUMNS]
        heights = [major(Money(t, cur)) for t in totals]
        ax.bar([x + i * width for x in range(len(COLUMNS))], heights, width, label=cur)
    ax.set_xticks([x + width * (len(currencies) - 1) / 2 for x in range(len(COLUMNS))],
                  labels, rotation=45, ha="right")
    ax.axhline(0, color="black", linewidth=0.8)
    _amount_axis(ax, words)
    ax.set_title(title)
    ax.legend()


def cohort_curves(fig: Figure, report: Breakage,
                  title: str = "Share redeemed by age (cohorts)",
                  words: ChartWords = ENGLISH) -> None:
    """One line per cohort: the cumulative share of its loaded value redeemed by month."""
    fig.clear()
    if not report.cohorts:
        _empty(fig, title, words)
        return
    ax = fig.add_subplot()
    for cohort in report.cohorts:
        ax.plot(range(len(cohort.curve)), [float(s) * 100 for s in cohort.curve],
                label=f"{cohort.month} {cohort.currency}")
    ax.set_xlabel(words.say("months since loaded"))
    ax.set_ylabel(words.say("% redeemed"))
    ax.set_ylim(0, 100)
    ax.set_title(title)
    if len(report.cohorts) <= 12:
        ax.legend(fontsize="small")


def settlement_heat_map(fig: Figure, report: Settlement, title: str = "Who owes whom",
                        words: ChartWords = ENGLISH) -> None:
    """One heat map per currency, side by side, each on its own colour scale: rows owe
    columns, each cell what the row's store owes the column's store. Amounts of different
    currencies are never added nor drawn on one scale."""
    fig.clear()
    currencies = _currencies(d.amount.currency for d in report.debts)
    if not currencies:
        _empty(fig, title, words)
        return
    for ax, cur in zip(fig.subplots(1, len(currencies), squeeze=False)[0], currencies,
                       strict=True):
        debts = [d for d in report.debts if d.amount.currency == cur]
        stores = sorted({d.debtor for d in debts} | {d.creditor for d in debts})
        index = {s: i for i, s in enumerate(stores)}
        grid = [[0.0] * len(stores) for _ in stores]
        for d in debts:
            grid[index[d.debtor]][index[d.creditor]] = major(d.amount)
        image = ax.imshow(grid, cmap="Oranges")
        image.set_label(cur)
        ax.set_xticks(range(len(stores)), stores)
        ax.set_yticks(range(len(stores)), stores)
        ax.set_xlabel(words.say("is owed"))
        ax.set_ylabel(words.say("owes"))
        top = max(map(max, grid))
        for row, cells in enumerate(grid):
            for col, value in enumerate(cells):
                if value:
                    ax.text(col, row, words.amount(value), ha="center", va="center",
                            fontsize="small", color="white" if value > top / 2 else "black")
        fig.colorbar(image, ax=ax, label=cur, format=_amounts(words))
        ax.set_title(cur)
    fig.suptitle(title)


def ageing_bars(fig: Figure, report: Ageing, title: str = "Balances owed by age",
                words: ChartWords = ENGLISH) -> None:
    """Bars per age bucket (months since last use), grouped by currency."""
    fig.clear()
    currencies = _currencies(b.currency for b in report.buckets)
    if not currencies:
        _empty(fig, title, words)
        return
    ax = fig.add_subplot()
    labels = [label for label, _, _ in BUCKETS]
    width = 0.8 / len(currencies)
    for i, cur in enumerate(currencies):
        totals = [sum(b.amount.minor for b in report.buckets
                      if b.currency == cur and b.bucket == label) for label in labels]
        ax.bar([x + i * width for x in range(len(labels))],
               [major(Money(t, cur)) for t in totals], width, label=cur)
    ax.set_xticks([x + width * (len(currencies) - 1) / 2 for x in range(len(labels))], labels)
    ax.set_xlabel(words.say("months since last use"))
    _amount_axis(ax, words)
    ax.set_title(title)
    ax.legend()
