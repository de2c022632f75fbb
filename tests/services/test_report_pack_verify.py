"""The report pack verifies the ledger once for all its reports (each report alone, as the
CLI runs it, still verifies), and a ledger that fails verification yields no report at all.

Verifications are counted by the line each full walk writes to the log."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from posapp.domain.errors import InvalidInput
from posapp.services.accounting import (
    ageing,
    breakage,
    integrity,
    report_pack,
    rollforward,
    settlement,
)
from posapp.services.accounting.integrity import LedgerBroken
from tests.conftest import Store
from tests.services.reports_activity import year_of_activity

START, END = datetime(2025, 2, 1, tzinfo=UTC), datetime(2025, 5, 1, tzinfo=UTC)


def verifications(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == integrity.__name__]


def test_a_pack_verifies_once_and_each_report_alone_verifies(
        store: Store, caplog: pytest.LogCaptureFixture) -> None:
    year_of_activity(store)
    caplog.set_level(logging.INFO, logger=integrity.__name__)
    pack = report_pack.gather(store.ctx, store.manager, START, END)
    (line,) = verifications(caplog)
    assert line.startswith("The ledger is intact:")
    # The same figures as the reports built one by one, each after its own verification.
    caplog.clear()
    assert pack.rollforward == rollforward.rollforward(store.ctx, store.manager, START, END)
    assert pack.settlement == settlement.settlement(store.ctx, store.manager, START, END)
    assert pack.ageing == ageing.ageing(store.ctx, store.manager)
    assert pack.breakage == breakage.breakage(store.ctx, store.manager)
    assert len(verifications(caplog)) == 4


def test_a_ledger_that_fails_verification_yields_no_report(
        store: Store, caplog: pytest.LogCaptureFixture) -> None:
    year_of_activity(store)
    store.ctx.db.run(lambda s: s.execute(text(
        "UPDATE gift_cards SET balance_minor = balance_minor + 1 WHERE balance_minor > 0")))
    caplog.set_level(logging.INFO, logger=integrity.__name__)
    steps: list[int] = []
    with pytest.raises(LedgerBroken):
        report_pack.gather(store.ctx, store.manager, START, END,
                           on_step=lambda done, _total: steps.append(done))
    assert steps == []
    (line,) = verifications(caplog)
    assert line.startswith("The ledger fails verification:")


def test_a_backward_period_or_a_cashier_is_refused_before_any_verification(
        store: Store, caplog: pytest.LogCaptureFixture) -> None:
    from posapp.domain.errors import PermissionDenied

    caplog.set_level(logging.INFO, logger=integrity.__name__)
    with pytest.raises(InvalidInput):
        report_pack.gather(store.ctx, store.manager, END, START)
    with pytest.raises(PermissionDenied):
        report_pack.gather(store.ctx, store.cashier, START, END)
    assert verifications(caplog) == []
