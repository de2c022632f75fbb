"""The gift receipt of an e-card says where, and when in the store's time, it is e-mailed."""

from __future__ import annotations

from datetime import date

from posapp import edge_admin
from posapp.services.back_office import documents
from printers import layout_document
from tests.conftest import Store
from tests.mail.conftest import sell_ecard


def gift_lines(store: Store, sale_id: object, codes: dict[object, str]) -> str:
    receipt = documents.receipt(store.ctx, store.cashier, sale_id,  # type: ignore[arg-type]
                                gift_codes=codes)  # type: ignore[arg-type]
    job = layout_document(receipt, 80)
    return " ".join(" ".join(slip.lines()) for slip in job.slips)


def test_the_receipt_says_an_ecard_is_emailed_now(store: Store) -> None:
    sold = sell_ecard(store)
    text = gift_lines(store, sold.sale_id, {sold.cards[0].id: sold.cards[0].code})
    assert "E-mailed to ann@example.org now." in text


def test_the_receipt_says_when_in_the_store_time(store: Store) -> None:
    edge_admin.add_location(store.ctx, store.admin, "B1", "Berlin", "EUR", "de_DE",
                            timezone="Europe/Berlin")
    store.add_terminal("TB", "B1")
    store.cashier = store.sign_in("carl", location="B1", terminal="TB")
    sold = sell_ecard(store, deliver_on=date(2026, 12, 24))
    text = gift_lines(store, sold.sale_id, {sold.cards[0].id: sold.cards[0].code})
    assert "Wird am 24.12.2026, 09:00:00 per E-Mail an ann@example.org gesendet." in text
