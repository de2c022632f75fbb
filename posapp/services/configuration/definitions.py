"""What each setting is: its type, default, parser, group, label and description.

Every value reaches the database through the parser of its definition, and is
read back through the same parser, so a stored value always means what it
meant when an admin saved it. Amounts are parsed by :meth:`Money.parse`, the
one strict amount parser, in the currency they are given for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from posapp.domain.errors import InvalidInput
from posapp.services.configuration.setting_values import (
    PerCurrency,
    address_or_empty,
    choice,
    code_prefix,
    flag,
    header_text,
    parse_per_currency,
    scope,
    text_up_to,
    whole_number,
    words,
)


class Kind(Enum):
    """How a value is edited: the settings screen picks an editor by kind."""

    FLAG = "flag"
    NUMBER = "number"
    CHOICE = "choice"
    TEXT = "text"
    WORDS = "words"
    AMOUNT = "amount"
    AMOUNTS = "amounts"


class Group(Enum):
    CARDS = "Cards & codes"
    AMOUNTS = "Amounts"
    SALES = "Sales & payments"
    EXPIRY = "Expiry"
    LIMITS = "Security & limits"
    PRINTING = "Printing"
    ACCOUNTING = "Accounting"
    EMAIL = "E-mail"


@dataclass(frozen=True)
class Definition:
    """One setting. ``parse`` reads text given for a store in ``currency``."""

    key: str
    group: Group
    kind: Kind
    label: str
    help: str
    parse: Callable[[str, str | None], Any]
    choices: tuple[str, ...] = ()
    #: The smallest and largest whole number a NUMBER setting takes.
    bounds: tuple[int, int] = (0, 0)

    def text(self, value: Any) -> str:
        """The value as an admin would type it; parsing it gives the value back."""
        if isinstance(value, PerCurrency):
            return value.text()
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, tuple):
            return ", ".join(value)
        return str(value)


def _plain(parse: Callable[[str], Any]) -> Callable[[str, str | None], Any]:
    return lambda text, _currency: parse(text)


def _money(single: bool, allow_zero: bool = False) -> Callable[[str, str | None], PerCurrency]:
    return lambda text, currency: parse_per_currency(
        text, currency, single=single, allow_zero=allow_zero
    )


def _d(key: str, group: Group, kind: Kind, label: str, help: str,
       parse: Callable[[str, str | None], Any], choices: tuple[str, ...] = (),
       bounds: tuple[int, int] = (0, 0)) -> Definition:
    return Definition(key, group, kind, label, help, parse, choices, bounds)


G, K = Group, Kind
DEFINITIONS: dict[str, Definition] = {d.key: d for d in (
    _d("enabled", G.CARDS, K.FLAG, "Gift cards on sale",
       "Gift cards can be sold and used at the counter.", _plain(flag)),
    _d("code_prefix", G.CARDS, K.TEXT, "Code prefix",
       "Letters that start every new card code. Cards already sold keep their code.",
       _plain(code_prefix)),
    _d("code_length", G.CARDS, K.NUMBER, "Code length",
       "Random symbols in a new card code (8 to 32). Cards already sold keep their code.",
       _plain(whole_number(8, 32)), bounds=(8, 32)),
    _d("scope_default", G.CARDS, K.TEXT, "Where new cards are accepted",
       "all, issuing (only the store that sold it) or a list of store codes.", _plain(scope)),
    _d("strategy_default", G.CARDS, K.CHOICE, "After a partial payment",
       "balance: the card keeps the rest; replacement: a new card carries the rest.",
       _plain(choice("balance", "replacement")), ("balance", "replacement")),
    _d("allow_message", G.CARDS, K.FLAG, "Cards may carry a message",
       "A personal message can be printed on a sold card.", _plain(flag)),
    _d("require_recipient_email", G.CARDS, K.FLAG, "E-cards need an e-mail",
       "An e-card cannot be sold without the recipient's e-mail address.", _plain(flag)),
    _d("denominations", G.AMOUNTS, K.AMOUNTS, "Fixed amounts",
       "The amounts offered as buttons when selling a card, per currency.", _money(False)),
    _d("custom_min", G.AMOUNTS, K.AMOUNT, "Smallest custom amount",
       "The least a card may be sold for when the amount is typed in.", _money(True)),
    _d("custom_max", G.AMOUNTS, K.AMOUNT, "Largest custom amount",
       "The most a card may be sold for when the amount is typed in.", _money(True)),
    _d("max_card_value", G.AMOUNTS, K.AMOUNT, "Largest card balance",
       "No sale, reload or refund may bring a card above this balance.", _money(True)),
    _d("cashout_threshold", G.AMOUNTS, K.AMOUNT, "Cash-out under",
       "Where the law requires it, a card's remainder under this amount is paid out in cash "
       "on request; 0 (or no amount for a currency) means no cash-out.",
       _money(True, allow_zero=True)),
    _d("cashout_manager_over", G.AMOUNTS, K.AMOUNT, "Cash-out approved by a manager over",
       "A cash-out above this amount needs a manager; 0 (or no amount for a currency) means "
       "a cashier pays out any remainder under the cash-out limit.",
       _money(True, allow_zero=True)),
    _d("usable_for_payment", G.SALES, K.FLAG, "Cards accepted as payment",
       "Customers may pay with gift cards.", _plain(flag)),
    _d("payment_methods", G.SALES, K.WORDS, "Other ways to pay",
       "Tenders offered next to gift cards, e.g. cash,external.", _plain(words)),
    _d("gift_card_payment_methods", G.SALES, K.WORDS, "Ways to buy a gift card",
       "Tenders a customer may use to buy a gift card.", _plain(words)),
    _d("hold_timeout_minutes", G.SALES, K.NUMBER, "Checkout hold (minutes)",
       "How long money stays reserved on a card for an unfinished sale.",
       _plain(whole_number(1, 1440)), bounds=(1, 1440)),
    _d("default_lifetime_days", G.EXPIRY, K.NUMBER, "Card lifetime (days)",
       "Days until a new card expires; 0 means it never expires.",
       _plain(whole_number(0, 36500)), bounds=(0, 36500)),
    _d("refund_extension_days", G.EXPIRY, K.NUMBER, "Extension on refund (days)",
       "A refund to an expiring card keeps it usable at least this long.",
       _plain(whole_number(0, 3650)), bounds=(0, 3650)),
    _d("failed_lookup_limit", G.LIMITS, K.NUMBER, "Failed look-ups a minute",
       "Unknown or mistyped codes a terminal may try per minute before it must wait.",
       _plain(whole_number(1, 10000)), bounds=(1, 10000)),
    _d("min_pin_length_cashier", G.LIMITS, K.NUMBER, "Shortest cashier PIN",
       "Digits a cashier's PIN must have at least, for PINs set from now on.",
       _plain(whole_number(4, 12)), bounds=(4, 12)),
    _d("min_pin_length_manager", G.LIMITS, K.NUMBER, "Shortest manager or admin PIN",
       "Digits a manager's or admin's PIN must have at least, for PINs set from now on.",
       _plain(whole_number(4, 12)), bounds=(4, 12)),
    _d("offline_redemption", G.LIMITS, K.FLAG, "Cards accepted while offline",
       "When the central service cannot be reached, a till may still take cards it knows, "
       "within the limits below; otherwise it only sells and reloads until the link is back.",
       _plain(flag)),
    _d("offline_card_cap", G.LIMITS, K.AMOUNT, "Offline limit per card",
       "The most a till takes from one card while offline.", _money(True)),
    _d("offline_terminal_allowance", G.LIMITS, K.AMOUNT, "Offline limit per till",
       "The most a till takes from all cards together while offline.", _money(True)),
    _d("offline_window_hours", G.LIMITS, K.NUMBER, "Offline redemption window (hours)",
       "Hours after its last contact with the central service that a till may take cards.",
       _plain(whole_number(1, 168)), bounds=(1, 168)),
    _d("session_hours", G.LIMITS, K.NUMBER, "Till sign-in lasts (hours)",
       "Hours a staff member stays signed in at a till of the central service before "
       "signing in again.", _plain(whole_number(1, 24)), bounds=(1, 24)),
    _d("enrol_code_hours", G.LIMITS, K.NUMBER, "Enrolment code valid for (hours)",
       "Hours a new till's one-time enrolment code stays usable.",
       _plain(whole_number(1, 168)), bounds=(1, 168)),
    _d("balance_url", G.PRINTING, K.TEXT, "Balance page address",
       "Printed in the QR code before the card code; empty for the code alone.",
       _plain(text_up_to(200))),
    _d("terms", G.PRINTING, K.TEXT, "Printed terms",
       "The terms printed on cards and gift receipts.", _plain(text_up_to(1000))),
    _d("dormancy_months", G.EXPIRY, K.NUMBER, "Dormancy period (months)",
       "Months without activity after which a card with a balance is listed for "
       "unclaimed-property review.",
       _plain(whole_number(1, 600)), bounds=(1, 600)),
    _d("account_liability", G.ACCOUNTING, K.TEXT, "Gift card liability account",
       "The account the journal export credits for value put on cards and debits for value "
       "taken off them.",
       _plain(text_up_to(40))),
    _d("account_clearing", G.ACCOUNTING, K.TEXT, "Gift card clearing account",
       "The other side of card sales, reloads, redemptions, refunds to cards and cash-outs.",
       _plain(text_up_to(40))),
    _d("account_promotions", G.ACCOUNTING, K.TEXT, "Promotional cards account",
       "The account debited for cards issued in the back office without a sale.",
       _plain(text_up_to(40))),
    _d("account_adjustments", G.ACCOUNTING, K.TEXT, "Card adjustments account",
       "The other side of manager adjustments and of balances voided.",
       _plain(text_up_to(40))),
    _d("account_breakage", G.ACCOUNTING, K.TEXT, "Breakage income account",
       "The account credited with the balances of expired cards, and debited when a refund "
       "brings one back.",
       _plain(text_up_to(40))),
    _d("email_delivery_date", G.EMAIL, K.FLAG, "Offer a delivery date",
       "The counter may choose the day an e-card is e-mailed; otherwise it goes at once.",
       _plain(flag)),
    _d("email_send_hour", G.EMAIL, K.NUMBER, "Hour of dated e-mails",
       "An e-card given a delivery date is e-mailed at this hour (store's time zone).",
       _plain(whole_number(0, 23)), bounds=(0, 23)),
    _d("smtp_host", G.EMAIL, K.TEXT, "Mail server",
       "The SMTP server's host name; empty: e-cards are not e-mailed.", _plain(header_text(253))),
    _d("smtp_port", G.EMAIL, K.NUMBER, "Mail server port",
       "587 for STARTTLS, 465 for TLS, 25 for none.",
       _plain(whole_number(1, 65535)), bounds=(1, 65535)),
    _d("smtp_security", G.EMAIL, K.CHOICE, "Mail server security",
       "How the connection is encrypted: STARTTLS after connecting, TLS from the first "
       "byte, or none for a trusted relay.",
       _plain(choice("starttls", "tls", "none")), ("starttls", "tls", "none")),
    _d("smtp_user", G.EMAIL, K.TEXT, "Mail server user",
       "The SMTP login; empty: no login. The password is set apart and never shown.",
       _plain(header_text(254))),
    _d("smtp_ca_file", G.EMAIL, K.TEXT, "Mail server certificate authority",
       "A PEM file to trust for the mail server's certificate; empty: the system's.",
       _plain(text_up_to(500))),
    _d("email_sender_name", G.EMAIL, K.TEXT, "Sender name",
       "Shown as who the e-card comes from, e.g. the store's name.", _plain(header_text(120))),
    _d("email_sender_address", G.EMAIL, K.TEXT, "Sender address",
       "The From address of e-cards.", _plain(address_or_empty)),
    _d("email_reply_to", G.EMAIL, K.TEXT, "Reply-to address",
       "Where a recipient's reply goes; empty: to the sender address.",
       _plain(address_or_empty)),
    _d("email_retry_minutes", G.EMAIL, K.NUMBER, "First retry after (minutes)",
       "After a temporary failure the next try waits this long, doubling each time.",
       _plain(whole_number(1, 1440)), bounds=(1, 1440)),
    _d("email_max_attempts", G.EMAIL, K.NUMBER, "Tries before giving up",
       "An e-mail refused temporarily this many times is listed as failed.",
       _plain(whole_number(1, 50)), bounds=(1, 50)),
    _d("email_claim_seconds", G.EMAIL, K.NUMBER, "Sender claim (seconds)",
       "A sender that stopped half-way holds an e-mail this long; then another takes it.",
       _plain(whole_number(10, 86400)), bounds=(10, 86400)),
)}
del G, K


def definition(key: str) -> Definition:
    found = DEFINITIONS.get(key)
    if found is None:
        raise InvalidInput(
            "Unknown setting {key!r}. Known: {known}.",
            key=key, known=", ".join(sorted(DEFINITIONS)),
        )
    return found
