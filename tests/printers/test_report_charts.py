"""Each report chart drawn headless (Agg) to a PNG over a year of real activity: the file
is a picture of the asked size, and what is drawn is the report's figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from PIL import Image

from posapp import edge, edge_admin
from posapp.money import Money
from posapp.services.accounting import report_pack
from posapp.services.accounting.movements import COLUMNS
from posapp.services.checkout.sale_parts import CardLine, Payment
from printers import report_charts
from tests.conftest import Store
from tests.services.reports_activity import year_of_activity


@pytest.fixture
def pack(store: Store) -> report_pack.ReportPack:
    year_of_activity(store)
    start, end = datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 7, 1, tzinfo=UTC)
    return report_pack.gather(store.ctx, store.manager, start, end)


def render(draw: object, path: Path, *args: object) -> Figure:
    fig = Figure(figsize=(6.4, 4.0), dpi=100, layout="tight")
    FigureCanvasAgg(fig)
    draw(fig, *args)  # type: ignore[operator]
    fig.savefig(path, format="png")
    with Image.open(path) as image:
        assert image.size == (640, 400)
        # Not a blank page: a chart has many colours.
        assert len(image.convert("RGB").getcolors(maxcolors=100_000) or []) > 20
    return fig


def bars(fig: Figure) -> list[Rectangle]:
    return [p for p in fig.axes[0].patches if isinstance(p, Rectangle)]


def test_activity_bars_are_the_roll_forward_movements(
        pack: report_pack.ReportPack, tmp_path: Path) -> None:
    fig = render(report_charts.activity_by_kind, tmp_path / "a.png", pack.rollforward)
    currencies = sorted({ln.currency for ln in pack.rollforward.lines})
    heights = [round(b.get_height(), 2) for b in bars(fig)]
    expected = [
        float(Money(sum(ln.movement(col).minor for ln in pack.rollforward.lines
                        if ln.currency == cur), cur).to_decimal())
        for cur in currencies for col in COLUMNS
    ]
    assert heights == expected
    assert any(h > 0 for h in heights) and any(h < 0 for h in heights)


def test_liability_line_ends_at_the_roll_forward_closing(
        pack: report_pack.ReportPack, tmp_path: Path) -> None:
    fig = render(report_charts.liability_over_time, tmp_path / "l.png", pack.months)
    assert [m.month for m in pack.months] == [f"2025-0{m}" for m in range(1, 7)]
    lines = {ln.get_label(): ln.get_ydata() for ln in fig.axes[0].get_lines()}
    for cur, ys in lines.items():
        closing = sum(ln.closing.minor for ln in pack.rollforward.lines if ln.currency == cur)
        assert round(float(ys[-1]), 2) == float(Money(closing, cur).to_decimal())
    assert set(lines) == {"USD", "EUR"}


def test_ageing_bars_add_up_to_the_buckets(
        pack: report_pack.ReportPack, tmp_path: Path) -> None:
    fig = render(report_charts.ageing_bars, tmp_path / "g.png", pack.ageing)
    drawn = round(sum(b.get_height() for b in bars(fig)), 2)
    owed = sum(float(b.amount.to_decimal()) for b in pack.ageing.buckets)
    assert drawn == round(owed, 2) and drawn > 0


def test_cohort_curves_draw_each_cohort(pack: report_pack.ReportPack, tmp_path: Path) -> None:
    fig = render(report_charts.cohort_curves, tmp_path / "c.png", pack.breakage)
    curves = fig.axes[0].get_lines()
    assert len(curves) == len(pack.breakage.cohorts) > 1
    first = pack.breakage.cohorts[0]
    assert [round(y, 4) for y in curves[0].get_ydata()] == [
        round(float(s) * 100, 4) for s in first.curve]


def euro_trade(s: Store) -> None:
    """A second euro store, E2, where cards sold in Paris (EU) are spent, and E2's cards
    spent in Paris: settlement debts in euros beside the dollar ones of the year."""
    edge_admin.add_location(s.ctx, s.admin, "E2", "Lyon", "EUR", "fr_FR")
    s.add_terminal("T1", "E2")
    cashier = {code: s.sign_in("carl", location=code) for code in ("EU", "E2")}
    for home, away, value, spent in (("EU", "E2", "80.00", "31.25"),
                                     ("E2", "EU", "50.00", "12.50"),
                                     ("EU", "E2", "40.00", "40.00")):
        s.clock.advance(hours=3)
        sold = edge.sell(s.ctx, cashier[home], [CardLine(value)], Payment(cash="999"))
        edge.redeem(s.ctx, cashier[away], sold.cards[0].code or "", spent)


def test_each_currency_has_its_own_heat_map(store: Store, tmp_path: Path) -> None:
    year_of_activity(store)
    euro_trade(store)
    pack = report_pack.gather(store.ctx, store.manager, datetime(2025, 1, 1, tzinfo=UTC),
                              store.clock.now + timedelta(days=1))
    by_currency = {cur: [d for d in pack.settlement.debts if d.amount.currency == cur]
                   for cur in ("USD", "EUR")}
    assert all(by_currency.values())
    fig = render(report_charts.settlement_heat_map, tmp_path / "h.png", pack.settlement)
    maps = {image.get_label(): (ax, image.get_array())
            for ax in fig.axes for image in ax.images}
    assert sorted(maps) == ["EUR", "USD"]
    for cur, debts in by_currency.items():
        ax, grid = maps[cur]
        stores = sorted({d.debtor for d in debts} | {d.creditor for d in debts})
        assert [t.get_text() for t in ax.get_yticklabels()] == stores
        assert grid.shape == (len(stores), len(stores))
        expected = [[0.0] * len(stores) for _ in stores]
        for d in debts:
            expected[stores.index(d.debtor)][stores.index(d.creditor)] = float(
                d.amount.to_decimal())
        assert [[round(float(v), 2) for v in row] for row in grid] == expected
        # Each map's colour scale is its own currency's: no euro amount on the dollar scale.
        assert round(float(ax.images[0].norm.vmax), 2) == max(map(max, expected))
    # Paris (EU) owes Lyon (E2) for its cards spent there, net of E2's card spent in Paris:
    # 31.25 + 40.00 - 12.50 euros (row EU, column E2); Lyon is in no dollar cell.
    assert round(float(maps["EUR"][1][1][0]), 2) == 58.75
    assert "E2" not in [t.get_text() for t in maps["USD"][0].get_xticklabels()]


def test_an_empty_report_says_so(tmp_path: Path, pack: report_pack.ReportPack) -> None:
    fig = render(report_charts.activity_by_kind, tmp_path / "e.png",
                 replace(pack.rollforward, lines=()))
    assert [t.get_text() for t in fig.axes[0].texts] == ["no data"]


def test_gathering_reports_each_step(store: Store) -> None:
    steps: list[tuple[int, int]] = []
    report_pack.gather(store.ctx, store.manager, datetime(2026, 1, 1, tzinfo=UTC),
                       datetime(2026, 2, 1, tzinfo=UTC), on_step=lambda *s: steps.append(s))
    assert steps == [(n, report_pack.STEPS) for n in range(1, 6)]
