"""The Reports page over a year of real activity: a manager picks a period and a store,
the tables show the roll-forward's figures, and the exports write their files."""

from __future__ import annotations

import csv
import logging
import stat
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2
import pytest
from matplotlib.figure import Figure
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from posapp.db.models import AuditEvent
from posapp.money import Money
from posapp.services.accounting import integrity, rollforward
from posapp.services.accounting.ageing import BUCKETS, AgeBucket, Ageing
from posapp.services.accounting.movements import COLUMNS
from posapp.services.accounting.settlement import Debt, Settlement
from printers import report_charts
from tests.conftest import Store
from tests.services.reports_activity import year_of_activity
from tests.ui.conftest import sign_in
from tests.ui.translation_support import compile_catalogues
from ui import i18n
from ui.main_window import MainWindow
from ui.manager.report_tabs import ReportTab, chart_words
from ui.manager.reports_screen import ReportsScreen, last_month


def test_last_month_is_the_whole_month_before() -> None:
    assert last_month(datetime(2026, 3, 31).date()) == (
        datetime(2026, 2, 1).date(), datetime(2026, 2, 28).date())
    assert last_month(datetime(2026, 1, 1).date()) == (
        datetime(2025, 12, 1).date(), datetime(2025, 12, 31).date())


def shown(qtbot: QtBot, screen: ReportsScreen, store: str | None) -> None:
    qtbot.waitUntil(lambda: screen.pack is not None and screen.pack.store == store
                    and screen.progress.isHidden(), timeout=60_000)


def reports_page(qtbot: QtBot, window: MainWindow) -> ReportsScreen:
    """The Reports page as mia opens it, once it is shown."""
    sign_in(qtbot, window, "mia")
    page = window.open_page("reports")
    assert page is not None and isinstance(page.widget, ReportsScreen)
    shown(qtbot, page.widget, None)
    return page.widget


def test_a_period_and_store_show_the_roll_forward_and_export(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    year_of_activity(store)
    screen = reports_page(qtbot, window)
    first, last = last_month(store.clock().date())
    assert screen.first.date().toPython() == first and screen.last.date().toPython() == last

    screen.first.setDate(QDate(2025, 2, 1))
    screen.last.setDate(QDate(2025, 4, 30))
    screen.store.setCurrentIndex(screen.store.findData("S1"))
    screen.show_button.click()
    shown(qtbot, screen, "S1")
    start, end = datetime(2025, 2, 1, tzinfo=UTC), datetime(2025, 5, 1, tzinfo=UTC)
    expected = rollforward.rollforward(store.ctx, store.manager, start, end, store="S1")
    (line,) = expected.lines
    grid = screen.rollforward
    assert grid.grid.rowCount() == 2  # S1's line and its total
    assert grid.cell(0, "store") == "S1" and grid.cell(1, "store") == "Total"
    for column in ("opening", *COLUMNS, "closing"):
        want = (line.opening if column == "opening" else line.closing if column == "closing"
                else line.movement(column)).amount_str()
        assert grid.cell(0, column) == want == grid.cell(1, column)
    assert line.closing.minor > 0
    # The charts were drawn from the same figures: the last month's closing.
    liability = screen.rollforward.figures[0].axes[0].get_lines()[0].get_ydata()
    assert round(float(liability[-1]), 2) == float(line.closing.to_decimal())

    saved = {".pdf": tmp_path / "pack.pdf", ".csv": tmp_path / "roll.csv"}
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(saved[a[2][-4:]]), ""))
    screen.pdf_button.click()
    window.runner.wait_idle(60_000)
    pdf = pypdfium2.PdfDocument(saved[".pdf"])
    texts = [p.get_textpage().get_text_range() for p in pdf]
    pdf.close()
    # The pack speaks the signed-in store's language: this till is in Paris.
    assert window.deps.actor().locale == "fr_FR"
    assert all("Période du 1 févr. 2025 au 30 avr. 2025 (UTC), magasin : S1" in t
               for t in texts)
    assert stat.S_IMODE(saved[".pdf"].stat().st_mode) == 0o600

    screen.csv_button.click()
    window.runner.wait_idle(60_000)
    with saved[".csv"].open(newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["store", "currency", "opening", *COLUMNS, "closing"]
    assert rows[1][0] == "S1" and rows[1][-1] == line.closing.amount_str()

    saved[".csv"] = tmp_path / "journal.csv"
    screen.journal_button.click()
    window.runner.wait_idle(60_000)
    with saved[".csv"].open(newline="") as handle:
        journal = list(csv.DictReader(handle))
    assert journal and {r["date"][:7] for r in journal} <= {"2025-02", "2025-03", "2025-04"}
    assert "journal.csv" in screen.banner.text()
    exported = store.ctx.db.run(lambda s: [e.detail for e in s.scalars(
        select(AuditEvent).where(AuditEvent.kind == "report_exported"))], readonly=True)
    assert sorted(exported, key=lambda d: str(d["report"])) == [
        {"report": "journal", "file": "journal.csv", "rows": len(journal)},
        {"report": "pack", "file": "pack.pdf", "pages": len(texts)},
        {"report": "rollforward", "file": "roll.csv", "rows": 1},
    ]


def test_a_period_ending_before_it_starts_is_refused_in_words(
        qtbot: QtBot, window: MainWindow) -> None:
    screen = reports_page(qtbot, window)
    before = screen.pack
    screen.first.setDate(QDate(2026, 3, 2))
    screen.last.setDate(QDate(2026, 3, 1))
    screen.show_button.click()
    window.runner.wait_idle()
    assert "end after it starts" in screen.banner.text()
    assert screen.pack is before and screen.progress.isHidden()


def test_gathering_shows_its_steps_and_can_be_stopped(
        qtbot: QtBot, window: MainWindow, store: Store) -> None:
    year_of_activity(store)
    screen = reports_page(qtbot, window)
    before = screen.pack
    steps: list[tuple[int, int]] = []
    screen.progress.valueChanged.connect(
        lambda value: steps.append((value, screen.progress.maximum())))
    screen.store.setCurrentIndex(screen.store.findData("S2"))
    screen.show_button.click()
    assert screen.cancel_button.isVisible() and not screen.show_button.isEnabled()
    # Stopped while the ledger is verified: the work ends at its first step.
    screen.cancel()
    qtbot.waitUntil(lambda: "Stopped" in screen.banner.text(), timeout=60_000)
    assert (1, 5) in steps and (5, 5) not in steps
    assert screen.pack is before and screen.show_button.isEnabled()
    assert screen.cancel_button.isHidden()


def verifications(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == integrity.__name__]


def test_a_refresh_verifies_the_ledger_once_and_a_failed_one_clears_every_report(
        qtbot: QtBot, window: MainWindow, store: Store, caplog: pytest.LogCaptureFixture,
) -> None:
    year_of_activity(store)
    caplog.set_level(logging.INFO, logger=integrity.__name__)
    screen = reports_page(qtbot, window)
    assert len(verifications(caplog)) == 1
    caplog.clear()
    screen.store.setCurrentIndex(screen.store.findData("S2"))
    screen.show_button.click()
    shown(qtbot, screen, "S2")
    (line,) = verifications(caplog)
    assert line.startswith("The ledger is intact")
    tabs = [screen.rollforward, screen.breakage, screen.ageing, screen.settlement]
    assert all(tab.grid.columnCount() for tab in tabs)

    store.ctx.db.run(lambda s: s.execute(text(
        "UPDATE gift_cards SET balance_minor = balance_minor + 1 WHERE balance_minor > 0")))
    caplog.clear()
    screen.show_button.click()
    qtbot.waitUntil(lambda: "ledger verify" in screen.banner.text(), timeout=60_000)
    (line,) = verifications(caplog)
    assert line.startswith("The ledger fails verification")
    assert screen.pack is None and screen.progress.isHidden()
    for tab in tabs:
        assert (tab.grid.rowCount(), tab.grid.columnCount()) == (0, 0)
        assert all(not fig.axes for fig in tab.figures)
    assert not any(b.isEnabled() for b in
                   (screen.csv_button, screen.journal_button, screen.pdf_button))


def last_row_shown(tab: ReportTab) -> bool:
    grid = tab.grid
    last = grid.rowCount() - 1
    bottom = grid.rowViewportPosition(last) + grid.rowHeight(last)
    return grid.isVisible() and 0 <= bottom <= grid.viewport().height()


def test_the_table_has_room_on_a_small_screen_and_the_charts_join_it_on_a_large_one(
        qtbot: QtBot, window: MainWindow, store: Store) -> None:
    year_of_activity(store)
    window.resize(1024, 768)
    screen = reports_page(qtbot, window)
    roll = screen.rollforward
    assert roll.grid.rowCount() == 5  # three stores and two currency totals
    qtbot.waitUntil(lambda: not roll.together and last_row_shown(roll))
    assert not any(canvas.isVisible() for canvas in roll.canvases)
    roll.pages.setCurrentWidget(roll.charts)
    qtbot.waitUntil(lambda: all(canvas.isVisible() for canvas in roll.canvases))

    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: roll.together and last_row_shown(roll))
    assert all(canvas.isVisible() and canvas.height() >= 250 for canvas in roll.canvases)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: not roll.together and roll.pages.count() == 2)


def test_the_page_charts_write_their_own_words_in_the_apps_language(
        qapp: object, tmp_path: Path) -> None:
    start, end = datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 2, 1, tzinfo=UTC)
    owed = Settlement(start, end, (Debt("S1", "S2", Money(1250, "USD")),), {})
    catalogues = compile_catalogues(tmp_path)
    try:
        for language, locale, owes, is_owed, nothing, amount, thousands in (
            ("de", "de_DE", "schuldet", "erhält", "keine Daten", "12,50", "."),
            ("fr", "fr_FR", "doit", "créancier", "aucune donnée", "12,50", "\u202f"),
            ("de", "en_US", "schuldet", "erhält", "keine Daten", "12.50", ","),
        ):
            assert i18n.install(language, catalogues) == language
            fig = Figure()
            report_charts.settlement_heat_map(fig, owed, "", chart_words(locale))
            assert (fig.axes[0].get_ylabel(), fig.axes[0].get_xlabel()) == (owes, is_owed)
            assert [t.get_text() for t in fig.axes[0].texts] == [amount]
            bucket = AgeBucket("S1", "USD", BUCKETS[0][0], 1, Money(125_000, "USD"))
            aged = Ageing(end, (bucket,), ())
            report_charts.ageing_bars(fig, aged, "", chart_words(locale))
            fig.canvas.draw()
            ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
            assert f"1{thousands}000{amount[2]}00" in ticks, ticks
            report_charts.settlement_heat_map(fig, Settlement(start, end, (), {}), "",
                                              chart_words(locale))
            assert [t.get_text() for t in fig.axes[0].texts] == [nothing]
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE, catalogues)
