from posapp.services import cards, queries
from tests.conftest import Store


def test_issue_redeem_and_history_work_on_each_database(store: Store) -> None:
    issued = cards.issue(store.ctx, store.manager, "100.00")
    code = issued.card.code
    assert code is not None
    cards.redeem(store.ctx, store.cashier, code, "60.00")
    assert queries.balance(store.ctx, store.cashier, code).balance.amount_str() == "40.00"
    kinds = [e.kind for e in queries.history(store.ctx, store.cashier, code)]
    assert kinds == ["issue", "redeem"]
