from posapp import edge
from tests.conftest import Store


def test_issue_redeem_and_history_work_on_each_database(store: Store) -> None:
    issued = edge.issue(store.ctx, store.manager, "100.00")
    code = issued.card.code
    assert code is not None
    edge.redeem(store.ctx, store.cashier, code, "60.00")
    assert edge.balance(store.ctx, store.cashier, code).balance.amount_str() == "40.00"
    kinds = [e.kind for e in edge.history(store.ctx, store.cashier, code)]
    assert kinds == ["issue", "redeem"]
