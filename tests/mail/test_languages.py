"""The e-mail speaks the store's language (English, German, French) and formats its amount
and expiry the store's way; any other locale gets English."""

from __future__ import annotations

import pytest

from posapp import edge_admin
from posapp.services.delivery import sender
from tests.conftest import Store
from tests.mail.conftest import point_at, sell_ecard
from tests.support.smtp import SmtpServer


@pytest.mark.parametrize("locale, currency, amount, words", [
    ("de_DE", "EUR", "50,00\xa0€", ("Ihr Gutscheincode", "Gültig", "21. November 2027")),
    ("fr_FR", "EUR", "50,00\xa0€", ("Le code de votre carte cadeau", "21 novembre 2027")),
    ("en_GB", "GBP", "£50.00", ("Your gift card code", "21 November 2027")),
    ("it_IT", "EUR", "50,00\xa0€", ("Your gift card code", "21 novembre 2027")),
])
def test_the_email_is_in_the_store_language(
    store: Store, smtp: SmtpServer, locale: str, currency: str, amount: str,
    words: tuple[str, ...],
) -> None:
    edge_admin.add_location(store.ctx, store.admin, "X1", "Laden", currency, locale)
    edge_admin.set_settings(store.ctx, store.admin, {"default_lifetime_days": "365"})
    store.add_terminal("TX", "X1")
    store.cashier = store.sign_in("carl", location="X1", terminal="TX")
    point_at(store, smtp)
    sell_ecard(store, "50.00")
    sender.send_due(store.ctx)
    [msg] = smtp.accepted
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert amount in text and amount in str(msg["Subject"])
    for word in words:
        assert word in text and word in html
