"""Counter tasks end to end, each driven by real X events: a card sold for cash with
change, a sale found by its printed receipt number and voided, a replacement-strategy
card paying part of a sale, and the next person after lock or switch user."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from posapp import codes, edge
from posapp.db.models import GiftCard
from posapp.money import Money
from posapp.services.cards.issuing import CardTerms
from posapp.services.checkout import sales
from posapp.services.checkout.sale_parts import Payment
from posapp.services.command_path.results import SaleResult
from tests.e2e.app import App, Screen
from tests.e2e.test_screen_fit import overlap
from ui.diagnostics import masked


@pytest.fixture(scope="module")
def manager(app: App) -> App:
    app.sign_in("manager")
    return app


def last_sale(app: App) -> SaleResult:
    with app.context() as ctx:
        return sales.last_sale(ctx, app.actor(ctx, "manager", at_the_app=True))


def done_dialog(screen: Screen) -> bool:
    return screen.window("SaleDoneDialog") is not None


def shown_codes(screen: Screen) -> list[str]:
    """The codes the completion view shows, as the widget dump has them: the dump keeps
    only the last four symbols of anything code-like, and the grouping."""
    dialog = screen.window("SaleDoneDialog")
    assert dialog is not None, "the completion view is not shown"
    return [w["text"] for w in dialog["widgets"] if w["name"] == "soldCode"]


def card_ids(app: App) -> set[uuid.UUID]:
    with app.context() as ctx, ctx.db.transaction(readonly=True) as session:
        return set(session.scalars(select(GiftCard.id)))


def full_code(app: App, card_id: uuid.UUID) -> str:
    """A card's code, decrypted from the database with the site's key file."""
    with app.context() as ctx, ctx.db.transaction(readonly=True) as session:
        card = session.get(GiftCard, card_id)
        assert card is not None
        return ctx.keys.decrypt(card.code_encrypted, card.code_hash)


def as_dumped(code: str) -> str:
    """How the dump shows a full code the screen shows in groups of four."""
    return masked(codes.display(code))


def close_done_dialog(app: App) -> None:
    app.x.key("Return")  # "New sale" is the completion view's default button
    app.wait_screen("the completion view closed", lambda s: not done_dialog(s))


def test_a_card_sold_for_cash_shows_the_change(manager: App) -> None:
    app = manager
    before = card_ids(app)
    app.x.key("F2")
    app.wait_screen("the sell page", lambda s: s.find("sellAmount"))
    app.click_into("sellAmount")
    app.x.key("ctrl+a", "BackSpace")  # the product's first denomination is filled in
    app.x.type_as_person("35.00")
    app.x.key("Return")
    app.wait_screen("the card in the sale", lambda s: len(s.get("sellLines")["rows"]) == 1)
    app.x.key("F9")
    app.wait_screen("the tender dialog", lambda s: s.window("TenderDialog"))
    app.x.type_as_person("40.00")  # replaces the due amount, which is selected
    app.x.key("Return")
    screen = app.wait_screen("the completion view", done_dialog)
    app.screenshot("sold-for-cash")
    shown = shown_codes(screen)
    close_done_dialog(app)
    assert screen.text("changeAmount") == "Change to give: $5.00"
    dialog = {w["name"]: w["geometry"] for w in screen.window("SaleDoneDialog")["widgets"]}
    assert not overlap(dialog["receiptWhere"], dialog["receiptPreview"])  # a wrapped path

    sale = last_sale(app)
    assert (sale.state, sale.total, sale.change) == (
        "completed", Money.parse("35.00", "USD"), Money.parse("5.00", "USD"))
    assert [(t.type, t.amount.amount_str()) for t in sale.tenders] == [("cash", "40.00")]
    assert any(sale.receipt_number in text for text in screen.texts())
    (new_card,) = card_ids(app) - before
    code = full_code(app, new_card)
    assert shown == [as_dumped(code)]  # the full code, in groups
    with app.context() as ctx:
        sold = edge.balance(ctx, app.actor(ctx), code)
    assert (sold.id, sold.status, sold.balance.amount_str()) == (new_card, "active", "35.00")


def card_and_cash_sale(app: App) -> tuple[SaleResult, str]:
    """60.00 paid at the app's terminal by a 25.00 card and 40.00 cash (5.00 change)."""
    with app.context() as ctx:
        code = edge.issue(ctx, app.actor(ctx), "25.00").card.code
        assert code is not None
        sold = edge.pay(ctx, app.actor(ctx, "manager", at_the_app=True), "60.00",
                        codes=[code], payment=Payment(cash=Money.parse("40.00", "USD")))
    assert sold.change == Money.parse("5.00", "USD")
    return sold, code


def find_by_receipt(app: App, typed: str, receipt: str) -> Screen:
    app.x.key("F5")
    app.wait_screen("the returns page", lambda s: s.find("returnsReceipt"))
    app.click_into("returnsReceipt")
    app.x.key("ctrl+a", "BackSpace")
    app.x.type_as_person(typed)
    app.x.key("Return")
    return app.wait_screen(f"sale {receipt} found by {typed!r}",
                           lambda s: receipt in s.text("returnsSummary"))


def test_a_sale_is_found_by_its_receipt_number_as_printed_and_voided(manager: App) -> None:
    app = manager
    sold, code = card_and_cash_sale(app)
    receipt = sold.receipt_number
    assert receipt != receipt.upper() and receipt != receipt.lower()  # e.g. DEMO-vm-000002
    find_by_receipt(app, receipt.lower(), receipt)
    find_by_receipt(app, receipt.upper(), receipt)
    app.screenshot("found-by-receipt-number")

    app.x.key("F9")
    app.wait_screen("the void dialog", lambda s: s.window("ReasonDialog"))
    app.x.type_as_person("wrong")
    app.x.key("Return")
    screen = app.wait_screen("the sale voided",
                             lambda s: any("is voided" in t for t in s.texts()))
    assert any("Hand back: Cash $35.00." in t for t in screen.texts()), screen.texts()
    app.screenshot("voided-card-and-cash")

    with app.context() as ctx:
        after = sales.find_sale(ctx, app.actor(ctx), receipt)
        card = edge.balance(ctx, app.actor(ctx), code)
    assert after.state == "voided"
    assert card.balance.amount_str() == "25.00"  # the card's share went back onto it


def test_a_replacement_card_paying_part_shows_its_new_code_once(manager: App) -> None:
    app = manager
    with app.context() as ctx:
        old = edge.issue(ctx, app.actor(ctx), "50.00",
                         terms=CardTerms(strategy="replacement")).card
    assert old.code is not None
    before = card_ids(app)
    app.x.key("F3")
    app.wait_screen("the pay page", lambda s: s.find("payAmount"))
    app.x.type_as_person("20.00")
    app.x.key("Return")
    app.wait_screen("the sale started", lambda s: s.text("payDue") == "Due $20.00")
    app.x.scan(old.code)
    app.wait_screen("the card applied", lambda s: s.text("payDue") == "Due $0.00")
    app.x.key("F9")
    screen = app.wait_screen("the completion view", done_dialog)
    app.screenshot("replacement-new-code")
    shown = shown_codes(screen)
    close_done_dialog(app)
    (new_card,) = card_ids(app) - before
    new_code = full_code(app, new_card)
    assert new_code != old.code
    assert shown == [as_dumped(new_code)], screen.texts()  # the new code, once, in full

    with app.context() as ctx:
        actor = app.actor(ctx)
        new = edge.balance(ctx, actor, new_code)
        closed = edge.balance(ctx, actor, old.id)
    assert (new.status, new.balance.amount_str()) == ("active", "30.00")
    assert (closed.status, closed.balance.amount_str()) == ("voided", "0.00")
    screen = app.dump()
    assert not any(new_code[-8:] in t.replace("-", "") for t in screen.texts())


@pytest.mark.parametrize(("keys", "first", "then", "home"), [
    ("ctrl+l", "admin", "cashier", "sell"),
    ("ctrl+u", "cashier", "manager", "cards"),
])
def test_after_lock_or_switch_user_the_next_person_starts_on_their_home_page(
    manager: App, keys: str, first: str, then: str, home: str
) -> None:
    app = manager
    app.x.key("ctrl+l")
    app.wait_screen("the sign-in screen", lambda s: s.find("pinField"))
    app.sign_in(first)
    app.x.key("F4")  # a page that is nobody's home
    app.wait_screen("the balance page", lambda s: s.get("nav_balance")["checked"])
    app.x.key(keys)
    app.wait_screen("the sign-in screen", lambda s: s.find("pinField"))
    screen = app.sign_in(then)
    assert screen.get(f"nav_{home}")["checked"]
    assert not screen.get("nav_balance")["checked"]
    app.x.key("ctrl+l")
    app.wait_screen("the sign-in screen", lambda s: s.find("pinField"))
    app.sign_in("manager")
