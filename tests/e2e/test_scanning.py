"""A keyboard-wedge scanner at the counter, typed by xdotool as a real scanner types: each
upper-case letter as Shift + key, about 5 ms apart, Enter straight after."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from posapp import codes, edge
from posapp.domain.errors import InvalidCode
from tests.e2e.app import App, Screen


def issue(app: App, amount: str) -> str:
    with app.context() as ctx:
        code = edge.issue(ctx, app.actor(ctx), amount).card.code
    assert code is not None and code.isupper()
    return code


def balance(app: App, code: str) -> tuple[str, str]:
    """(balance, available) of a card, read from the database."""
    with app.context() as ctx:
        view = edge.balance(ctx, app.actor(ctx), code)
    assert view.available is not None
    return view.balance.amount_str(), view.available.amount_str()


def due(screen: Screen) -> str:
    return screen.text("payDue")


@pytest.fixture(scope="module")
def cashier(app: App) -> App:
    app.sign_in("cashier")
    return app


@pytest.fixture
def pay_page(cashier: App) -> Iterator[App]:
    cashier.x.key("F3")
    cashier.wait_screen("the pay page", lambda s: s.find("payAmount"))
    yield cashier
    cashier.x.key("ctrl+Delete")  # cancel a sale left open by a failed test


def test_two_cards_scanned_while_the_table_has_focus_pay_the_sale(pay_page: App) -> None:
    app = pay_page
    first, second = issue(app, "20.00"), issue(app, "25.00")
    app.x.type_as_person("30.00")
    app.x.key("Return")
    screen = app.wait_screen("the sale started", lambda s: due(s) == "Due $30.00")
    app.click_into("payTenders")
    assert app.dump().focus() == "payTenders"

    app.x.scan(first)
    app.wait_screen("the first card applied", lambda s: due(s) == "Due $10.00")
    app.x.scan(second)
    screen = app.wait_screen("the second card applied", lambda s: due(s) == "Due $0.00")
    rows = screen.get("payTenders")["rows"]
    assert [row[1] for row in rows] == ["$20.00", "$10.00"]
    assert rows[0][0].endswith(first[-4:]) and rows[1][0].endswith(second[-4:])
    assert balance(app, first) == ("20.00", "0.00")  # held, not yet taken
    assert balance(app, second) == ("25.00", "15.00")
    app.screenshot("two-cards-applied")

    app.x.key("F9")
    app.wait_screen("the completion view", lambda s: s.window("SaleDoneDialog"))
    app.x.key("Return")  # "New sale"
    app.wait_screen("the sale paid", lambda s: not s.window("SaleDoneDialog")
                    and any("paid" in t for t in s.texts()))
    assert balance(app, first) == ("0.00", "0.00")
    assert balance(app, second) == ("15.00", "15.00")


def test_a_mistyped_code_says_so_and_changes_nothing(pay_page: App) -> None:
    app = pay_page
    code = issue(app, "40.00")
    wrong = code[:5] + ("B" if code[5] != "B" else "C") + code[6:]
    with pytest.raises(InvalidCode, match="mistyped"):
        codes.normalize(wrong)
    app.x.type_as_person("15.00")
    app.x.key("Return")
    screen = app.wait_screen("the sale started", lambda s: due(s) == "Due $15.00")
    app.click_into("payCode")
    app.x.type_as_person(wrong)
    app.x.key("Return")
    screen = app.wait_screen("the refusal", lambda s: any("mistyped" in t for t in s.texts()))
    assert due(screen) == "Due $15.00" and screen.get("payTenders")["rows"] == []
    assert balance(app, code) == ("40.00", "40.00")
    app.screenshot("mistyped-code")


def test_a_scan_into_a_text_field_leaves_no_code_there(cashier: App) -> None:
    app = cashier
    code = issue(app, "10.00")
    app.x.key("F2")
    screen = app.wait_screen("the sell page", lambda s: s.find("sellRecipient"))
    app.click_into("sellRecipient")
    app.x.scan(code)
    screen = app.wait_screen("the code taken as the card to sell",
                             lambda s: s.text("sellCode").endswith(code[-4:]))
    assert screen.text("sellRecipient") == ""
    app.screenshot("scan-into-recipient")


def test_a_scan_on_the_balance_page_shows_the_balance(cashier: App) -> None:
    app = cashier
    code = issue(app, "12.00")
    app.x.key("F4")
    app.wait_screen("the balance page", lambda s: s.find("balanceCode"))
    app.x.scan(code)
    screen = app.wait_screen("the balance shown",
                             lambda s: "$12.00" in s.text("balanceAvailable"))
    assert screen.text("balanceCode") == ""
