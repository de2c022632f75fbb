"""The card model's transition table, pair by pair: every (state, operation) is either
allowed, ending in one of the states written out below, or refused with invalid_state
(or the refusal that names the state)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from posapp.domain.card import Card, Change, Place
from posapp.domain.errors import (
    CardExpired,
    CardFrozen,
    CardInactive,
    CardVoided,
    InsufficientFunds,
    InvalidAmount,
    InvalidInput,
    InvalidState,
    NotAllowed,
    WrongLocation,
)
from posapp.domain.lifecycle import Kind, Status
from posapp.domain.transitions import LONGEST_LIFETIME, Op
from posapp.money import Money

NOW = datetime(2030, 6, 1, 12, 0, tzinfo=UTC)
HOME = uuid.uuid4()
CEILING = Money(1_000_000, "USD")

# Written out by hand from the product's lifecycle, independently of the model's table.
A, D, E, F, I, V = "active", "depleted", "expired", "frozen", "inactive", "voided"  # noqa: E741
EXPECTED: dict[tuple[str, str], set[str]] = {
    (I, "activate"): {A},
    (I, "void"): {V},
    (A, "spend"): {A, D},
    (A, "load"): {A},
    (A, "refund"): {A},
    (A, "adjust"): {A, D},
    (A, "freeze"): {F},
    (A, "void"): {V},
    (A, "expire"): {E},
    (A, "transfer"): {V},
    (A, "cashout"): {D},
    (D, "load"): {A},
    (D, "refund"): {A},
    (D, "adjust"): {A},
    (D, "freeze"): {F},
    (D, "void"): {V},
    (D, "expire"): {E},
    (E, "refund"): {A, E},
    (E, "adjust"): {E},
    (E, "void"): {V},
    (F, "unfreeze"): {A, D, E},
    (F, "refund"): {F},
    (F, "adjust"): {F},
    (F, "void"): {V},
    (F, "transfer"): {V},
    (A, "extend"): {A},
    (D, "extend"): {D},
    (E, "extend"): {A, D},
    (F, "extend"): {F},
}


@dataclass
class Row:
    status: str
    balance_minor: int
    currency: str = "USD"
    expires_at: datetime | None = None
    scope: str = "all"
    scope_locations: list[str] = field(default_factory=list)
    issuing_location_id: uuid.UUID = HOME
    strategy: str = "balance"


def row_in(state: str) -> Row:
    balance = {A: 5000, D: 0, E: 5000, F: 5000, I: 0, V: 0}[state]
    expires = NOW - timedelta(days=1) if state == E else NOW + timedelta(days=365)
    return Row(state, balance, expires_at=expires)


def past_due(card: Card) -> Card:
    """The same card on the day after its expiry (the expiry job's view of it)."""
    expires = card.record.expires_at
    return Card(card.record, (expires or NOW) + timedelta(days=1))


def run(op: str, card: Card) -> Change:
    place = Place(HOME, "S1")
    calls = {
        "activate": lambda: card.activate(2500, CEILING),
        "spend": lambda: card.spend(1000, held=0, place=place),
        "load": lambda: card.load(1000, CEILING),
        "refund": lambda: card.refund(1000, CEILING, extension=timedelta(days=30)),
        "adjust": lambda: card.adjust(1000, CEILING, held=0),
        "freeze": card.freeze,
        "unfreeze": card.unfreeze,
        "void": card.void,
        "expire": lambda: past_due(card).expire(),
        "transfer": lambda: card.transfer(held=0),
        "cashout": lambda: card.cashout(10_000, held=0, place=place),
        "extend": lambda: card.extend(NOW + timedelta(days=730)),
    }
    return calls[op]()


@pytest.mark.parametrize("op", [o.value for o in Op])
@pytest.mark.parametrize("state", [s.value for s in Status])
def test_every_pair_is_allowed_by_the_table_or_refused_as_invalid_state(
    state: str, op: str
) -> None:
    row = row_in(state)
    card = Card(row, NOW)
    allowed = EXPECTED.get((state, op))
    if allowed is None:
        with pytest.raises(InvalidState):
            run(op, card)
        assert row.status == state  # refused: nothing moved
        return
    change = run(op, card)
    assert change.after.value in allowed
    change.apply(row)
    assert row.status in allowed


def test_the_model_allows_exactly_the_pairs_written_out() -> None:
    from posapp.domain.transitions import TRANSITIONS

    assert {(s.value, o.value): {x.value for x in t} for (s, o), t in TRANSITIONS.items()} == (
        EXPECTED
    )


@pytest.mark.parametrize(
    ("state", "error"),
    [(I, CardInactive), (E, CardExpired), (F, CardFrozen), (V, CardVoided)],
)
def test_a_card_that_cannot_pay_says_why(state: str, error: type[InvalidState]) -> None:
    with pytest.raises(error):
        Card(row_in(state), NOW).spend(100, held=0, place=Place(HOME, "S1"))


def test_a_depleted_card_paying_is_insufficient_funds() -> None:
    with pytest.raises(InsufficientFunds):
        Card(row_in(D), NOW).spend(100, held=0, place=Place(HOME, "S1"))


def test_an_active_card_past_its_expiry_is_expired_before_the_job_runs() -> None:
    row = Row(A, 5000, expires_at=NOW - timedelta(seconds=1))
    with pytest.raises(CardExpired):
        Card(row, NOW).spend(100, held=0, place=Place(HOME, "S1"))
    # A correction keeps the stored state: the expiry job moves it, with its entry.
    assert Card(row, NOW).adjust(-100, CEILING, held=0).after is Status.ACTIVE


def test_the_expiry_job_leaves_a_card_alone_before_its_date() -> None:
    with pytest.raises(InvalidState):
        Card(row_in(A), NOW).expire()


def test_spending_to_zero_depletes_and_a_reload_reactivates() -> None:
    row = row_in(A)
    card = Card(row, NOW)
    change = card.spend(5000, held=0, place=Place(HOME, "S1"))
    assert (change.amount, change.after) == (-5000, Status.DEPLETED)
    change.apply(row)
    row.balance_minor = 0
    assert card.load(100, CEILING).after is Status.ACTIVE


def test_holds_limit_what_can_be_spent_and_adjusted_down() -> None:
    card = Card(row_in(A), NOW)
    with pytest.raises(InsufficientFunds):
        card.spend(4001, held=1000, place=Place(HOME, "S1"))
    with pytest.raises(InsufficientFunds, match="holds"):
        card.adjust(-4001, CEILING, held=1000)
    with pytest.raises(InvalidState):
        card.transfer(held=1)


def test_the_one_maximum_value_rule() -> None:
    card = Card(row_in(A), NOW)
    ceiling = Money(6000, "USD")
    with pytest.raises(InvalidAmount, match="60.00"):
        card.load(1001, ceiling)
    with pytest.raises(InvalidAmount):
        card.refund(1001, ceiling, extension=timedelta(0))
    with pytest.raises(InvalidAmount):
        card.adjust(1001, ceiling, held=0)
    with pytest.raises(InvalidAmount):
        Card(row_in(I), NOW).activate(6001, ceiling)
    assert card.load(1000, ceiling).amount == 1000


def test_a_refund_extends_an_expired_card_and_reactivates_it() -> None:
    row = row_in(E)
    change = Card(row, NOW).refund(100, CEILING, extension=timedelta(days=30))
    assert change.after is Status.ACTIVE and change.expires_at == NOW + timedelta(days=30)
    without = Card(row_in(E), NOW).refund(100, CEILING, extension=timedelta(0))
    assert without.after is Status.EXPIRED


def test_scope_is_part_of_can_pay() -> None:
    row = Row(A, 5000, scope="issuing")
    with pytest.raises(WrongLocation):
        Card(row, NOW).spend(100, held=0, place=Place(uuid.uuid4(), "S2"))
    listed = Row(A, 5000, scope="list", scope_locations=["S2"])
    with pytest.raises(WrongLocation):
        Card(listed, NOW).check_can_pay(Place(HOME, "S1"))
    Card(listed, NOW).check_can_pay(Place(uuid.uuid4(), "S2"))


def test_restricted_cards_pay_only_their_categories() -> None:
    from posapp.domain.card import payable_goods

    lines = [("books", 1000), ("toys", 500), (None, 200)]
    assert payable_goods([], lines) is None
    assert payable_goods(["Books"], lines) == 1000
    with pytest.raises(NotAllowed):
        payable_goods(["garden"], lines)


def test_the_state_is_checked_before_the_amount() -> None:
    voided = Card(row_in(V), NOW)
    with pytest.raises(CardVoided):
        voided.adjust(-12_000, CEILING, held=0)
    with pytest.raises(CardVoided):
        voided.load(10**12, CEILING)
    with pytest.raises(CardFrozen):
        Card(row_in(F), NOW).spend(10**12, held=0, place=Place(HOME, "S1"))


def test_an_extension_moves_the_expiry_and_keeps_the_state() -> None:
    for state in (A, D, F):
        row = row_in(state)
        change = Card(row, NOW).extend(NOW + timedelta(days=400))
        assert change.kind is None and change.amount == 0  # nothing to post: moved only
        change.apply(row)
        assert (row.status, row.expires_at) == (state, NOW + timedelta(days=400))


def test_an_extended_expired_card_is_usable_again_with_a_reinstate_entry() -> None:
    row = row_in(E)
    change = Card(row, NOW).extend(NOW + timedelta(days=10))
    assert (change.kind, change.amount, change.after) == (Kind.REINSTATE, 0, Status.ACTIVE)
    spent = Row(E, 0, expires_at=NOW - timedelta(days=1))
    assert Card(spent, NOW).extend(NOW + timedelta(days=10)).after is Status.DEPLETED
    # Past its date but not yet moved by the expiry job: no expire entry, so none to undo.
    late = Row(A, 5000, expires_at=NOW - timedelta(hours=1))
    moved = Card(late, NOW).extend(NOW + timedelta(days=10))
    assert (moved.kind, moved.after) == (None, Status.ACTIVE)
    moved.apply(late)
    Card(late, NOW).spend(100, held=0, place=Place(HOME, "S1"))


def test_an_extension_is_refused_unless_later_than_now_and_the_current_expiry() -> None:
    card = Card(row_in(A), NOW)  # expires NOW + 365 days
    with pytest.raises(InvalidInput, match="already runs until 2031-06-01"):
        card.extend(NOW + timedelta(days=365))
    with pytest.raises(InvalidInput, match="already runs until"):
        card.extend(NOW + timedelta(days=100))
    with pytest.raises(InvalidInput, match="in the future"):
        Card(row_in(E), NOW).extend(NOW)
    with pytest.raises(InvalidInput, match="at the latest"):
        card.extend(NOW + LONGEST_LIFETIME + timedelta(seconds=1))
    assert card.extend(NOW + LONGEST_LIFETIME).expires_at == NOW + LONGEST_LIFETIME
    with pytest.raises(InvalidState, match="never expires"):
        Card(Row(A, 5000, expires_at=None), NOW).extend(NOW + timedelta(days=10))
    with pytest.raises(CardVoided):
        Card(row_in(V), NOW).extend(NOW + timedelta(days=400))
    with pytest.raises(CardInactive):
        Card(row_in(I), NOW).extend(NOW + timedelta(days=400))
