"""A person's keys at the counter: editing keys in text fields, Esc in dialogs, typing then
clicking elsewhere at once, and the session shortcuts while a text field has focus."""

from __future__ import annotations

import pytest

from posapp import edge
from posapp.services.checkout import sales
from posapp.services.checkout.sale_parts import Payment
from tests.e2e.app import App, Screen, centre


@pytest.fixture(scope="module")
def manager(app: App) -> App:
    app.sign_in("manager")
    return app


def sell_page(app: App) -> Screen:
    app.x.key("F2")
    return app.wait_screen("the sell page", lambda s: s.find("sellRecipient"))


def clear_field(app: App) -> None:
    app.x.key("ctrl+a", "BackSpace")


def test_backspace_delete_tab_and_escape_in_text_fields(manager: App) -> None:
    app = manager
    sell_page(app)
    app.click_into("sellRecipient")
    clear_field(app)
    app.x.type_as_person("Tomm")
    app.x.key("BackSpace")
    app.wait_screen("Tom in Recipient", lambda s: s.text("sellRecipient") == "Tom")
    app.x.key("Home", "Delete")
    app.wait_screen("om in Recipient", lambda s: s.text("sellRecipient") == "om")
    app.x.key("Tab")
    app.wait_screen("focus in E-mail", lambda s: s.focus() == "sellEmail")
    clear_field(app)

    app.x.key("F3")
    app.wait_screen("the pay page", lambda s: s.find("payCode"))
    app.x.type_as_person("12.00")
    app.x.key("Return")
    app.wait_screen("the sale started", lambda s: s.text("payDue") == "Due $12.00")
    app.click_into("payCode")
    app.x.type_as_person("abc")
    app.wait_screen("abc in the code field", lambda s: s.text("payCode") == "abc")
    app.x.key("Escape")  # the page's Esc: clear what is being typed
    app.wait_screen("the code field emptied", lambda s: s.text("payCode") == "")
    app.x.key("ctrl+Delete")
    app.wait_screen("the sale cancelled", lambda s: s.text("payDue") == "")


def test_escape_closes_the_tender_void_and_card_detail_dialogs(manager: App) -> None:
    app = manager
    app.x.key("F3")
    app.wait_screen("the pay page", lambda s: s.find("payAmount"))
    app.x.type_as_person("9.00")
    app.x.key("Return")
    app.wait_screen("the sale started", lambda s: s.text("payDue") == "Due $9.00")
    app.x.key("F9")
    app.wait_screen("the tender dialog", lambda s: s.window("TenderDialog"))
    app.screenshot("tender-dialog")
    app.x.key("Escape")
    screen = app.wait_screen("the tender dialog closed", lambda s: not s.window("TenderDialog"))
    assert screen.text("payDue") == "Due $9.00"  # nothing was paid
    app.x.key("ctrl+Delete")
    app.wait_screen("the sale cancelled", lambda s: s.text("payDue") == "")

    with app.context() as ctx:
        code = edge.issue(ctx, app.actor(ctx), "30.00").card.code
        assert code is not None
        at_the_app = app.actor(ctx, "cashier", at_the_app=True)
        sold = edge.pay(ctx, at_the_app, "8.00", codes=[code], payment=Payment())
    app.x.key("F5")
    app.wait_screen("the returns page", lambda s: s.find("returnsReceipt"))
    app.x.key("F9")  # void the last sale: asks why
    app.wait_screen("the void dialog", lambda s: s.window("ReasonDialog"))
    app.x.key("Escape")
    app.wait_screen("the void dialog closed", lambda s: not s.window("ReasonDialog"))
    with app.context() as ctx:
        last = sales.last_sale(ctx, app.actor(ctx, "cashier", at_the_app=True))
    assert (last.receipt_number, last.state) == (sold.receipt_number, "completed")

    app.x.key("F6")
    screen = app.wait_screen("the card list", lambda s: s.find("cardTable")
                             and s.get("cardTable")["rows"])
    app.click_into("cardTable")
    app.x.key("Home", "Return")
    app.wait_screen("the card detail", lambda s: s.window("CardDetailDialog"))
    app.x.key("Escape")
    app.wait_screen("the card detail closed", lambda s: not s.window("CardDetailDialog"))


def test_typing_then_clicking_another_field_at_once_keeps_the_text_where_typed(
    manager: App,
) -> None:
    app = manager
    screen = sell_page(app)
    recipient, email = centre(screen.get("sellRecipient")), centre(screen.get("sellEmail"))
    app.x.click(*email)
    clear_field(app)
    app.x.click(*recipient)
    clear_field(app)
    # One xdotool run: "to" at a person's pace, then "m" and the click on E-mail at once,
    # as when a busy app gets the last key and the click together.
    app.x.xdotool("mousemove", *map(str, email), "type", "--delay", "300", "to")
    app.x.xdotool("key", "--delay", "1", "m", "click", "1")
    screen = app.dump()
    assert screen.text("sellRecipient") == "tom"
    assert screen.text("sellEmail") == ""
    assert screen.focus() == "sellEmail"


@pytest.mark.parametrize(("keys", "what"), [("ctrl+u", "switch user"), ("ctrl+l", "lock")])
def test_session_shortcuts_work_while_a_text_field_has_focus(
    manager: App, keys: str, what: str
) -> None:
    app = manager
    sell_page(app)
    app.click_into("sellRecipient")
    clear_field(app)
    app.x.type_as_person("Zoe")
    app.x.key(keys)
    app.wait_screen(f"the sign-in screen after {what}", lambda s: s.find("pinField")
                    and not s.find("headerUser"))
    app.sign_in("manager")
