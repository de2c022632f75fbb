"""A delivery date is a day in the store's time zone: the e-mail goes at the configured
hour there, across a daylight-saving change, and not before; a day already past there is
refused with nothing sold."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from posapp import edge_admin
from posapp.db.models import EmailDelivery
from posapp.domain.errors import InvalidInput
from posapp.services.command_path.context import Actor
from posapp.services.delivery import sender
from tests.conftest import Store
from tests.mail.conftest import point_at, sell_ecard
from tests.services.helpers import snapshot
from tests.support.smtp import SmtpServer


def cashier_in(store: Store, code: str, zone: str) -> Actor:
    edge_admin.add_location(store.ctx, store.admin, code, f"Store {code}", "USD",
                            timezone=zone)
    store.add_terminal(f"T-{code}", code)
    return store.sign_in("carl", location=code, terminal=f"T-{code}")


def due_of(store: Store) -> list[datetime]:
    return store.ctx.db.run(lambda s: list(s.scalars(
        select(EmailDelivery.due_at).order_by(EmailDelivery.created_at))), readonly=True)


def test_a_delivery_day_is_the_send_hour_in_the_store_zone_across_summer_time(
    store: Store,
) -> None:
    store.cashier = cashier_in(store, "B1", "Europe/Berlin")
    # Berlin moves to summer time on Sunday 28 March 2027.
    sell_ecard(store, deliver_on=date(2027, 3, 27))
    sell_ecard(store, deliver_on=date(2027, 3, 28))
    assert due_of(store) == [
        datetime(2027, 3, 27, 8, 0, tzinfo=UTC),  # 09:00 CET
        datetime(2027, 3, 28, 7, 0, tzinfo=UTC),  # 09:00 CEST
    ]


def test_the_send_hour_setting_moves_the_time(store: Store) -> None:
    store.cashier = cashier_in(store, "N1", "America/New_York")
    edge_admin.set_settings(store.ctx, store.admin, {"email_send_hour": "7"}, store="N1")
    sell_ecard(store, deliver_on=date(2026, 12, 24))
    assert due_of(store) == [datetime(2026, 12, 24, 12, 0, tzinfo=UTC)]  # 07:00 EST


def test_today_in_the_store_zone_goes_at_once_and_yesterday_is_refused(store: Store) -> None:
    store.clock.now = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)  # still the 21st in Los Angeles
    la = cashier_in(store, "L1", "America/Los_Angeles")
    berlin = cashier_in(store, "B1", "Europe/Berlin")
    store.cashier = la
    sell_ecard(store, deliver_on=date(2026, 11, 21))
    assert due_of(store) == [store.clock.now]
    store.cashier = berlin
    before = snapshot(store.ctx)
    with pytest.raises(InvalidInput, match="in the past"):
        sell_ecard(store, deliver_on=date(2026, 11, 21))
    assert snapshot(store.ctx) == before and len(due_of(store)) == 1


def test_a_dated_email_waits_for_its_day(store: Store, smtp: SmtpServer) -> None:
    point_at(store, smtp)
    sell_ecard(store, deliver_on=date(2026, 11, 25))
    assert sender.send_due(store.ctx).sent == 0
    store.clock.now = datetime(2026, 11, 25, 8, 59, tzinfo=UTC)
    assert sender.send_due(store.ctx).sent == 0 and smtp.accepted == []
    store.clock.now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert sender.send_due(store.ctx).sent == 1 and len(smtp.accepted) == 1


def test_a_store_without_delivery_dates_refuses_one(store: Store) -> None:
    edge_admin.set_settings(store.ctx, store.admin, {"email_delivery_date": "no"})
    with pytest.raises(InvalidInput, match="offers no delivery date"):
        sell_ecard(store, deliver_on=date(2026, 12, 1))
    assert due_of(store) == []
