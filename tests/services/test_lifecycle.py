from __future__ import annotations

from datetime import timedelta

import pytest

from posapp import edge, edge_admin
from posapp.domain.errors import ErrorCode, PosError
from posapp.services.back_office import batches
from posapp.services.cards.issuing import CardTerms
from tests.conftest import Store
from tests.services.helpers import snapshot


def _refused(code: ErrorCode, store: Store, action) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(store.ctx)
    with pytest.raises(PosError) as err:
        action()
    assert err.value.code is code, err.value.message
    assert snapshot(store.ctx) == before


def test_redeeming_more_than_the_balance_is_refused_and_changes_nothing(store: Store) -> None:
    code = edge.issue(store.ctx, store.manager, "30.00").card.code
    _refused(
        ErrorCode.INSUFFICIENT_FUNDS,
        store,
        lambda: edge.redeem(store.ctx, store.cashier, code, "30.01"),
    )


def test_a_depleted_card_is_reactivated_by_a_reload(store: Store) -> None:
    code = edge.issue(store.ctx, store.manager, "30.00").card.code
    assert edge.redeem(store.ctx, store.cashier, code, "30.00").card.status == "depleted"
    _refused(
        ErrorCode.INSUFFICIENT_FUNDS,
        store,
        lambda: edge.redeem(store.ctx, store.cashier, code, "1.00"),
    )
    assert edge.reload(store.ctx, store.manager, code, "10.00").card.status == "active"


def test_a_frozen_card_cannot_pay_until_unfrozen(store: Store) -> None:
    code = edge.issue(store.ctx, store.manager, "30.00").card.code
    edge.freeze(store.ctx, store.manager, code, "reported lost")
    _refused(
        ErrorCode.CARD_FROZEN, store, lambda: edge.redeem(store.ctx, store.cashier, code, "1.00")
    )
    _refused(
        ErrorCode.CARD_FROZEN, store, lambda: edge.reload(store.ctx, store.manager, code, "1.00")
    )
    _refused(
        ErrorCode.INVALID_STATE,
        store,
        lambda: edge.freeze(store.ctx, store.manager, code, "again"),
    )
    assert edge.unfreeze(store.ctx, store.manager, code).status == "active"
    edge.redeem(store.ctx, store.cashier, code, "1.00")


def test_a_voided_card_never_changes_again(store: Store) -> None:
    code = edge.issue(store.ctx, store.manager, "30.00").card.code
    voided = edge.void(store.ctx, store.manager, code, "fraud")
    assert voided.card.balance.minor == 0
    for action in (
        lambda: edge.redeem(store.ctx, store.cashier, code, "1.00"),
        lambda: edge.reload(store.ctx, store.manager, code, "1.00"),
        lambda: edge.refund(store.ctx, store.manager, code, "1.00"),
        lambda: edge.adjust(store.ctx, store.manager, code, "1.00", "note"),
        lambda: edge.void(store.ctx, store.manager, code, "again"),
        lambda: edge.transfer(store.ctx, store.manager, code),
    ):
        _refused(ErrorCode.CARD_VOIDED, store, action)
    kinds = [e.kind for e in edge.history(store.ctx, store.manager, code)]
    assert kinds == ["issue", "void"]


def test_voiding_and_adjusting_need_a_reason(store: Store) -> None:
    code = edge.issue(store.ctx, store.manager, "30.00").card.code
    _refused(
        ErrorCode.INVALID_INPUT, store, lambda: edge.void(store.ctx, store.manager, code, "  ")
    )
    _refused(
        ErrorCode.INVALID_INPUT,
        store,
        lambda: edge.adjust(store.ctx, store.manager, code, "-1.00", ""),
    )
    _refused(
        ErrorCode.INSUFFICIENT_FUNDS,
        store,
        lambda: edge.adjust(store.ctx, store.manager, code, "-30.01", "count error"),
    )
    adjusted = edge.adjust(store.ctx, store.manager, code, "-30.00", "count error")
    assert adjusted.card.status == "depleted"


def test_the_expiry_job_expires_past_due_cards_once_and_keeps_the_balance(store: Store) -> None:
    code = edge.issue(
        store.ctx, store.manager, "30.00", terms=CardTerms(expires_days=10)
    ).card.code
    store.clock.advance(days=11)
    _refused(
        ErrorCode.CARD_EXPIRED, store, lambda: edge.redeem(store.ctx, store.cashier, code, "1.00")
    )
    assert edge.expire_cards(store.ctx, store.manager).expired == 1
    assert edge.expire_cards(store.ctx, store.manager).expired == 0
    seen = edge.balance(store.ctx, store.cashier, code)
    assert (seen.status, seen.balance.amount_str()) == ("expired", "30.00")
    entries = edge.history(store.ctx, store.manager, code)
    assert [(e.kind, e.amount.minor) for e in entries] == [("issue", 3000), ("expire", 0)]


def test_a_card_unfrozen_after_its_date_is_expired_with_its_entry_once(store: Store) -> None:
    """The books see the expiry (breakage) whichever comes first, the job or the unfreeze."""
    code = edge.issue(
        store.ctx, store.manager, "30.00", terms=CardTerms(expires_days=10)
    ).card.code
    edge.freeze(store.ctx, store.manager, code, "reported lost")
    store.clock.advance(days=11)
    assert edge.expire_cards(store.ctx, store.manager).expired == 0  # frozen: not the job's
    assert edge.unfreeze(store.ctx, store.manager, code).status == "expired"
    assert edge.expire_cards(store.ctx, store.manager).expired == 0
    entries = edge.history(store.ctx, store.manager, code)
    assert [(e.kind, e.amount.minor) for e in entries] == [("issue", 3000), ("expire", 0)]


def test_a_refund_to_an_expired_card_reactivates_it_with_an_extension(store: Store) -> None:
    code = edge.issue(
        store.ctx, store.manager, "30.00", terms=CardTerms(expires_days=10)
    ).card.code
    store.clock.advance(days=11)
    edge.expire_cards(store.ctx, store.manager)
    refunded = edge.refund(store.ctx, store.manager, code, "5.00")
    assert refunded.card.status == "active"
    assert refunded.card.expires_at == store.clock.now + timedelta(days=30)
    note = edge.history(store.ctx, store.manager, code)[-1].note
    assert note is not None and "expiry extended" in note
    edge.redeem(store.ctx, store.cashier, code, "35.00")


def test_a_refund_to_a_card_expiring_soon_extends_it_but_not_one_far_from_expiry(
    store: Store,
) -> None:
    soon = edge.issue(store.ctx, store.manager, "10.00", terms=CardTerms(expires_days=5))
    later = edge.issue(store.ctx, store.manager, "10.00", terms=CardTerms(expires_days=90))
    extended = edge.refund(store.ctx, store.manager, soon.card.code, "1.00")
    kept = edge.refund(store.ctx, store.manager, later.card.code, "1.00")
    assert extended.card.expires_at == store.clock.now + timedelta(days=30)
    assert kept.card.expires_at == later.card.expires_at


def test_batch_cards_start_inactive_and_activate_only_at_face_value(store: Store) -> None:
    batch = edge_admin.create_batch(store.ctx, store.admin, 3, amount="25.00")
    _, cards_iter = batches.batch_cards(store.ctx, store.manager, batch.batch_id)
    code = next(cards_iter).code
    _refused(
        ErrorCode.CARD_INACTIVE, store, lambda: edge.redeem(store.ctx, store.cashier, code, "1.00")
    )
    _refused(
        ErrorCode.INVALID_AMOUNT,
        store,
        lambda: edge.activate(store.ctx, store.manager, code, "20.00"),
    )
    activated = edge.activate(store.ctx, store.manager, code, "25.00")
    assert activated.card.status == "active" and activated.card.code == code
    _refused(
        ErrorCode.INVALID_STATE,
        store,
        lambda: edge.activate(store.ctx, store.manager, code, "25.00"),
    )


def test_no_card_may_exceed_the_maximum_value(store: Store) -> None:
    code = edge.issue(store.ctx, store.manager, "9999.00").card.code
    _refused(
        ErrorCode.INVALID_AMOUNT,
        store,
        lambda: edge.reload(store.ctx, store.manager, code, "1.01"),
    )
    _refused(
        ErrorCode.INVALID_AMOUNT, store, lambda: edge.issue(store.ctx, store.manager, "10000.01")
    )


@pytest.mark.parametrize("amount", ["-5", "0", "NaN", "1e3", "12.345", "9" * 20, "five", ""])
def test_bad_amounts_are_refused_and_change_nothing(store: Store, amount: str) -> None:
    code = edge.issue(store.ctx, store.manager, "30.00").card.code
    _refused(
        ErrorCode.INVALID_AMOUNT,
        store,
        lambda: edge.redeem(store.ctx, store.cashier, code, amount),
    )


def test_malformed_mistyped_and_unknown_codes_are_refused(store: Store) -> None:
    code = edge.issue(store.ctx, store.manager, "30.00").card.code
    typo = code[:5] + ("0" if code[5] != "0" else "1") + code[6:]
    swap = code[:6] + code[7] + code[6] + code[8:] if code[6] != code[7] else typo
    for bad, expected in (
        (typo, ErrorCode.INVALID_CODE),
        (swap, ErrorCode.INVALID_CODE),
        ("%%%", ErrorCode.INVALID_CODE),
        ("UNKNOWN123", ErrorCode.CARD_NOT_FOUND),
    ):
        _refused(expected, store, lambda bad=bad: edge.redeem(store.ctx, store.cashier, bad, "1"))
