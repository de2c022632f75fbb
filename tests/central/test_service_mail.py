"""E-gift cards sold at a till in central mode are e-mailed by the service: the till has
neither the key file nor the database, and nobody has to run a timer for it."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from posapp.money import Money
from posapp.services.cards.issuing import CardTerms
from posapp.services.checkout.sale_parts import CardLine, Payment
from posapp.services.command_path import commands as c
from posapp.services.configuration import settings
from tests.central.conftest import Chain
from tests.support.smtp import SmtpServer


@pytest.fixture
def smtp(chain: Chain) -> Iterator[SmtpServer]:
    with SmtpServer() as server:
        chain.cli.ok("settings", "set", "smtp_host", "127.0.0.1", user="root")
        chain.cli.ok("settings", "set", "smtp_port", str(server.port), user="root")
        chain.cli.ok("settings", "set", "smtp_security", "none", user="root")
        chain.cli.ok("settings", "set", "email_sender_address", "gifts@example.org",
                     user="root")
        # The service reads settings at most every CACHE_SECONDS: a request of an earlier
        # test may have left it the settings without a mail server.
        time.sleep(settings.CACHE_SECONDS)
        try:
            yield server
        finally:
            chain.cli.ok("settings", "set", "smtp_host", "", user="root")


def test_an_ecard_sold_through_the_service_is_e_mailed_at_once(
    chain: Chain, smtp: SmtpServer
) -> None:
    till = chain.till("carl")
    amount = Money(2500, "USD")
    line = CardLine(amount, terms=CardTerms(recipient_email="ann@example.org",
                                            recipient_name="Ann"))
    sold = till.run(c.SellCards((line,), Payment(cash=amount)))
    code = str(sold["cards"][0]["code"])
    # The service's sender was nudged by the sale: well inside its minute between rounds.
    deadline = time.monotonic() + 20
    while not smtp.recorder.accepted:
        assert time.monotonic() < deadline, "the service did not send the e-card"
        time.sleep(0.1)
    msg = smtp.recorder.accepted[0]
    assert msg["To"].addresses[0].addr_spec == "ann@example.org"
    text = msg.get_body(("plain",)).get_content()
    assert code.replace("-", "")[-4:] in text.replace("-", "").replace(" ", "")
    state = chain.sql("SELECT d.state FROM email_deliveries d JOIN gift_cards g "
                      "ON g.id = d.card_id WHERE g.id = :id", id=str(sold["cards"][0]["id"]))
    assert state == [("sent",)]
