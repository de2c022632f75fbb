"""Plain data that services hand to printers and e-mail: no database, no formatting.

``printers`` turns these into PDFs and ESC/POS bytes; the UI shows them. They
carry :class:`~posapp.money.Money` values and the store's locale, so that the
printer formats amounts the same way the screen does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from posapp.domain.transitions import last_day
from posapp.money import Money


@dataclass(frozen=True)
class StoreInfo:
    name: str
    code: str
    locale: str = "en_US"
    address_lines: tuple[str, ...] = ()
    balance_url: str | None = None  # e.g. "https://shop.example/g/" : QR carries URL + code
    terms: str = "Not redeemable for cash except where required by law."
    #: The store's time zone (an IANA name), in which a card's last day is printed.
    timezone: str = "UTC"

    def last_day(self, expires_at: datetime) -> date:
        """The last day a card expiring at ``expires_at`` may be used, in this store."""
        return last_day(expires_at, ZoneInfo(self.timezone))


@dataclass(frozen=True)
class CardFace:
    """One physical or e-mailed card: what its front and back show."""

    code: str  # the full normalised code: printed on the card itself only
    display_code: str  # the code in groups of four
    masked_code: str
    face_value: Money | None  # None: value set at activation
    store: StoreInfo
    expires_at: datetime | None = None
    batch_id: str | None = None
    serial: int | None = None  # position in its batch, for the stock count


@dataclass(frozen=True)
class ReceiptLine:
    description: str
    quantity: int
    unit_price: Money
    amount: Money


@dataclass(frozen=True)
class ReceiptTender:
    kind: str  # "gift_card", "cash", "external", ...
    amount: Money
    masked_code: str | None = None
    remaining_balance: Money | None = None


@dataclass(frozen=True)
class GiftReceipt:
    """Printed for a sold e-card or activated card: carries the full code and its QR."""

    code: str
    display_code: str
    masked_code: str
    amount: Money
    recipient_name: str | None = None
    message: str | None = None
    expires_at: datetime | None = None
    #: Where the e-card is e-mailed, and when in the store's time (None: at once).
    email_to: str | None = None
    email_at: datetime | None = None


@dataclass(frozen=True)
class Receipt:
    store: StoreInfo
    receipt_number: str
    sale_id: str
    created_at: datetime
    cashier: str
    terminal: str
    lines: tuple[ReceiptLine, ...]
    tenders: tuple[ReceiptTender, ...]
    total: Money
    change: Money
    state: str = "completed"  # completed / voided / refunded
    open_drawer: bool = False  # a cash sale kicks the drawer
    gift_receipts: tuple[GiftReceipt, ...] = ()
    new_cards: tuple[GiftReceipt, ...] = ()  # replacement strategy: the code that carries the rest


@dataclass(frozen=True)
class BalanceSlip:
    store: StoreInfo
    masked_code: str
    balance: Money
    status: str
    expires_at: datetime | None
    printed_at: datetime


@dataclass(frozen=True)
class CashOutSlip:
    """A card's remainder paid out in cash: printing it opens the drawer."""

    store: StoreInfo
    masked_code: str
    paid: Money
    cashier: str
    terminal: str
    printed_at: datetime
    open_drawer: bool = True


@dataclass(frozen=True)
class TerminalTotals:
    terminal: str
    sales_count: int
    cards_sold: Money
    gift_card_redemptions: Money
    cash: Money
    external: Money
    voids: int
    refunds: Money
    cashed_out: Money | None = None  # card remainders paid out of the drawer


@dataclass(frozen=True)
class EndOfDayReport:
    store: StoreInfo
    business_day: str  # ISO date
    printed_at: datetime
    terminals: tuple[TerminalTotals, ...] = field(default_factory=tuple)
