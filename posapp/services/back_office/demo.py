"""Demo data for trying GiftPOS out: a store, three staff, products, cards and sales.

Made through the ordinary services, so every card's ledger is as real as a
store's: demo data obeys the same rules as production data.
"""

from __future__ import annotations

from dataclasses import dataclass

from posapp import edge, edge_admin
from posapp.money import Money
from posapp.services.back_office import admin
from posapp.services.back_office.demo_people import DEMO_STAFF, STORE
from posapp.services.cards.issuing import CardTerms
from posapp.services.checkout.sale_parts import CardLine, Payment
from posapp.services.command_path.context import Context
from posapp.services.security import staff

_RECIPIENTS = [
    ("Alice Martin", "alice@example.com"),
    ("Bob Chen", "bob@example.com"),
    ("Chloé Dubois", "chloe@example.com"),
    ("Dara Okafor", "dara@example.com"),
    ("Emil Novak", "emil@example.com"),
    ("Farah Aziz", "farah@example.com"),
]


@dataclass(frozen=True)
class DemoCards:
    codes: list[str]


def seed(ctx: Context, terminal: str) -> DemoCards:
    """Fill a freshly initialised, empty database with demo data at this machine's
    ``terminal`` (registered at both stores); returns the demo codes."""
    name, pin = DEMO_STAFF["admin"]
    admin.init_database(
        ctx, name, pin, store_code=STORE, store_name="GiftPOS Demo Store", terminal_name=terminal
    )
    root = staff.authenticate(ctx, name, pin, terminal_name=terminal)
    for role in ("manager", "cashier"):
        edge_admin.add_staff(ctx, root, *DEMO_STAFF[role][:1], role, DEMO_STAFF[role][1])
    edge_admin.add_location(ctx, root, "UPTOWN", "GiftPOS Uptown", "USD")
    edge_admin.add_terminal(ctx, root, terminal, "UPTOWN")
    edge_admin.add_product(
        ctx,
        root,
        "GC-CLASSIC",
        "Classic gift card",
        denominations=["25", "50", "100"],
        minimum="5",
        maximum="500",
    )
    edge_admin.add_product(
        ctx, root, "GC-HOLIDAY", "Holiday card", denominations=["20", "40"], lifetime_days=365
    )
    manager = staff.authenticate(ctx, *DEMO_STAFF["manager"], terminal_name=terminal)
    cashier = staff.authenticate(ctx, *DEMO_STAFF["cashier"], terminal_name=terminal)
    edge_admin.create_batch(ctx, root, 20, amount="50")
    codes: list[str] = []
    for i, (who, email) in enumerate(_RECIPIENTS):
        amount = Money.parse(["25.00", "50.00", "100.00"][i % 3], cashier.currency)
        sold = edge.sell(
            ctx,
            cashier,
            [
                CardLine(
                    amount,
                    terms=CardTerms(
                        recipient_name=who,
                        recipient_email=email,
                        message="Happy birthday!" if i % 2 else None,
                    ),
                )
            ],
            Payment(cash=amount),
        )
        code = sold.cards[0].code
        assert code is not None
        codes.append(code)
    edge.pay(ctx, cashier, "20.00", codes=[codes[0]], payment=Payment())
    edge.pay(
        ctx,
        cashier,
        "60.00",
        codes=[codes[4]],
        payment=Payment(cash=Money.parse("20.00", cashier.currency)),
    )
    edge.pay(ctx, cashier, "130.00", codes=[codes[1], codes[5]], payment=Payment())
    edge.freeze(ctx, manager, codes[3], "Reported lost by the customer")
    edge.issue(ctx, manager, "75.00", terms=CardTerms(recipient_name="Staff award"))
    return DemoCards(codes)
