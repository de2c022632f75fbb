from __future__ import annotations

import pytest

from posapp import edge, edge_admin
from posapp.domain.errors import ErrorCode, PosError
from posapp.services.accounting import reports
from posapp.services.back_office import csv_io
from posapp.services.cards import queries
from posapp.services.cards.issuing import CardTerms
from posapp.services.security import staff
from tests.conftest import Store
from tests.services.helpers import snapshot


def _attempts(s: Store, code: str):  # type: ignore[no-untyped-def]
    c = s.ctx
    return {
        "issue": lambda a: edge.issue(c, a, "10.00"),
        "reload": lambda a: edge.reload(c, a, code, "5.00"),
        "refund": lambda a: edge.refund(c, a, code, "5.00"),
        "adjust": lambda a: edge.adjust(c, a, code, "1.00", "typo"),
        "freeze": lambda a: edge.freeze(c, a, code, "lost"),
        "void": lambda a: edge.void(c, a, code, "lost"),
        "transfer": lambda a: edge.transfer(c, a, code),
        "list": lambda a: queries.list_cards(c, a),
        "liability": lambda a: reports.liability(c, a),
        "expire": lambda a: edge.expire_cards(c, a),
        "export": lambda a: csv_io.export_cards(c, a, "/dev/null"),
        "batch": lambda a: edge_admin.create_batch(c, a, 2),
        "staff": lambda a: edge_admin.add_staff(c, a, "zed", "cashier", "4444"),
        "location": lambda a: edge_admin.add_location(c, a, "S9", "Nine", "USD"),
        "settings": lambda a: edge_admin.set_setting(c, a, "hold_timeout_minutes", "5"),
        "rate": lambda a: edge_admin.set_rate(c, a, "USD", "EUR", "0.9"),
        "product": lambda a: edge_admin.add_product(c, a, "P1", "P", denominations=["10"]),
        "terminal": lambda a: edge_admin.add_terminal(c, a, "T9", "S1"),
        "staff_set": lambda a: edge_admin.set_staff(c, a, "carl", active=False),
        "unlock": lambda a: edge_admin.unlock_staff(c, a, "mia"),
    }


CASHIER_DENIED = [
    "issue",
    "reload",
    "refund",
    "adjust",
    "freeze",
    "void",
    "transfer",
    "list",
    "liability",
    "expire",
    "export",
    "batch",
    "staff",
    "location",
    "settings",
    "rate",
    "product",
    "terminal",
    "staff_set",
    "unlock",
]
MANAGER_DENIED = [
    "batch", "staff", "location", "settings", "rate", "product", "terminal", "staff_set"
]


@pytest.mark.parametrize("action", CASHIER_DENIED)
def test_a_cashier_is_refused_back_office_actions_and_nothing_changes(
    store: Store, action: str
) -> None:
    code = edge.issue(store.ctx, store.manager, "50.00").card.code
    before = snapshot(store.ctx)
    with pytest.raises(PosError) as err:
        _attempts(store, code)[action](store.cashier)
    assert err.value.code is ErrorCode.PERMISSION_DENIED
    assert snapshot(store.ctx) == before


@pytest.mark.parametrize("action", MANAGER_DENIED)
def test_a_manager_is_refused_admin_actions(store: Store, action: str) -> None:
    code = edge.issue(store.ctx, store.manager, "50.00").card.code
    with pytest.raises(PosError) as err:
        _attempts(store, code)[action](store.manager)
    assert err.value.code is ErrorCode.PERMISSION_DENIED


def test_a_cashier_may_check_redeem_and_see_history(store: Store) -> None:
    code = edge.issue(store.ctx, store.manager, "50.00", terms=CardTerms()).card.code
    assert edge.balance(store.ctx, store.cashier, code).balance.amount_str() == "50.00"
    edge.redeem(store.ctx, store.cashier, code, "20.00")
    assert len(edge.history(store.ctx, store.cashier, code)) == 2


def test_a_cashier_cannot_name_a_card_by_its_id(store: Store) -> None:
    issued = edge.issue(store.ctx, store.manager, "50.00")
    with pytest.raises(PosError) as err:
        edge.redeem(store.ctx, store.cashier, issued.card.id, "5.00")  # type: ignore[arg-type]
    assert err.value.code is ErrorCode.PERMISSION_DENIED
    assert edge.balance(store.ctx, store.manager, issued.card.id).balance.minor == 5000


def test_a_manager_override_acts_with_the_managers_authority_at_the_cashiers_terminal(
    store: Store,
) -> None:
    from posapp.domain.roles import Permission

    code = edge.issue(store.ctx, store.manager, "50.00").card.code
    with pytest.raises(PosError):
        staff.authorize_override(store.ctx, store.cashier, "carl", "3333", Permission.VOID)
    acting = staff.authorize_override(store.ctx, store.cashier, "mia", "222222", Permission.VOID)
    assert acting.terminal_id == store.cashier.terminal_id and acting.staff_name == "mia"
    assert edge.void(store.ctx, acting, code, "customer request").card.status == "voided"
