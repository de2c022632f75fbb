"""Fixtures for the e-mail tests: a real SMTP server in this process and a store whose
settings send to it."""

from __future__ import annotations

import io
from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any

import pytest
import zxingcpp
from PIL import Image

from posapp import edge, edge_admin
from posapp.services.cards.issuing import CardTerms
from posapp.services.checkout.sale_parts import CardLine, Payment
from posapp.services.command_path.results import SaleResult
from tests.conftest import Store
from tests.support.smtp import SmtpServer


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with SmtpServer() as server:
        yield server


def point_at(store: Store, server: SmtpServer, **extra: str) -> None:
    """Send the store's e-mails through ``server`` (no TLS unless ``extra`` says so)."""
    edge_admin.set_settings(store.ctx, store.admin, {
        "smtp_host": "127.0.0.1",
        "smtp_port": str(server.port),
        "smtp_security": "none",
        "email_sender_name": "Main Street Gifts",
        "email_sender_address": "gifts@main-street.example",
        **extra,
    })


def sell_ecard(store: Store, amount: str = "50.00", **terms: Any) -> SaleResult:
    line = CardLine(amount=amount, terms=CardTerms(  # type: ignore[arg-type]
        recipient_email=terms.pop("recipient_email", "ann@example.org"),
        recipient_name=terms.pop("recipient_name", "Ann"), **terms))
    return edge.sell(store.ctx, store.cashier, [line], Payment(cash=amount))  # type: ignore[arg-type]


def images(msg: EmailMessage) -> dict[str, bytes]:
    """The inline images of ``msg`` by Content-ID (without the angle brackets)."""
    found = {}
    for part in msg.walk():
        if part.get_content_maintype() == "image":
            cid = str(part["Content-ID"]).strip("<>")
            found[cid] = part.get_payload(decode=True)
    return found


def decode_symbols(png: bytes) -> list[tuple[str, str]]:
    """What zxing-cpp reads in ``png``: (text, format name) for each symbol."""
    image = Image.open(io.BytesIO(png)).convert("L")
    return [(r.text, r.format.name) for r in zxingcpp.read_barcodes(image)]
