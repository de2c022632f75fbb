"""What each setting is: its type, default, parser, group, label and description.

Every value reaches the database through the parser of its definition, and is
read back through the same parser, so a stored value always means what it
meant when an admin saved it. Amounts are parsed by :meth:`Money.parse`, the
one strict amount parser, in the currency they are given for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from posapp.domain.errors import InvalidInput
from posapp.money import Money, check_currency


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
class PerCurrency:
    """A money setting: its amounts for each currency, e.g. ``USD 25.00,50.00; JPY 3000``.

    A single-amount setting holds one amount per currency. A currency gets only
    the amounts written for it: 10,000 is a sensible ceiling in dollars and an
    absurd one in dinars, so nothing is carried from one currency to another.
    """

    amounts: tuple[tuple[str, tuple[Money, ...]], ...]

    def get(self, currency: str) -> tuple[Money, ...] | None:
        return next((values for cur, values in self.amounts if cur == currency), None)

    def currencies(self) -> tuple[str, ...]:
        return tuple(cur for cur, _values in self.amounts)

    def merged(self, over: PerCurrency) -> PerCurrency:
        """These amounts with ``over``'s replacing those of the currencies it names."""
        named = dict(self.amounts) | dict(over.amounts)
        return PerCurrency(tuple(sorted(named.items())))

    def text(self) -> str:
        return "; ".join(
            f"{cur} {','.join(m.amount_str() for m in values)}" for cur, values in self.amounts
        )

    def as_json(self, single: bool) -> dict[str, Any]:
        return {
            cur: values[0].amount_str() if single else [m.amount_str() for m in values]
            for cur, values in self.amounts
        }


_CURRENCY_PART = re.compile(r"^\s*([A-Za-z]{3})\s+(.*)$", re.DOTALL)


def parse_per_currency(
    text: str, currency: str | None, *, single: bool, allow_zero: bool = False
) -> PerCurrency:
    """``"USD 25,50; JPY 3000"``; a part without a currency is in ``currency``.

    ``currency`` is the currency of the store the value is set for (for a
    global value, the admin's own store). Amounts must be above zero (or zero, for a
    setting where 0 switches something off) and have no more decimals than their currency.
    """
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("Give at least one amount, e.g. 25.00 or USD 25.00.")
    found: dict[str, tuple[Money, ...]] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        match = _CURRENCY_PART.match(part)
        cur = check_currency(match.group(1)) if match else None
        body = match.group(2) if match else part
        if cur is None:
            if currency is None:
                raise InvalidInput(
                    "Say which currency {text!r} is in, e.g. USD 25.00.",
                    text=part.strip(),
                )
            cur = currency
        if cur in found:
            raise InvalidInput("{cur} is given twice.", cur=cur)
        pieces = [p.strip() for p in body.split(",")]
        if single and len(pieces) != 1:
            raise InvalidInput(
                "Give one amount for {cur}, not {count}.",
                cur=cur, count=len(pieces),
            )
        if any(not p for p in pieces):
            raise InvalidInput("{text!r} has an empty amount.", text=part.strip())
        parsed = {Money.parse(p, cur, allow_zero=allow_zero) for p in pieces}
        amounts = tuple(sorted(parsed, key=lambda m: m.minor))
        found[cur] = amounts
    return PerCurrency(tuple(sorted(found.items())))


def _flag(text: str) -> bool:
    value = text.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise InvalidInput("{text!r} is not yes or no.", text=text)


def _whole(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        if not re.fullmatch(r"\s*[0-9]{1,6}\s*", text):
            raise InvalidInput(
                "{text!r} is not a whole number from {low} to {high}.",
                text=text, low=low, high=high,
            )
        value = int(text)
        if not low <= value <= high:
            raise InvalidInput(
                "{value} is outside {low} to {high}.",
                value=value, low=low, high=high,
            )
        return value

    return parse


def _choice(*options: str) -> Callable[[str], str]:
    def parse(text: str) -> str:
        value = text.strip().lower()
        if value not in options:
            raise InvalidInput(
                "{text!r} is not one of {options}.",
                text=text, options=", ".join(options),
            )
        return value

    return parse


def _words(text: str) -> tuple[str, ...]:
    words = tuple(part.strip().lower() for part in text.split(",") if part.strip())
    if not words or any(not re.fullmatch(r"[a-z_]{2,30}", w) for w in words):
        raise InvalidInput("{text!r} is not a comma-separated list of method names.", text=text)
    return tuple(dict.fromkeys(words))


def _prefix(text: str) -> str:
    value = text.strip().upper()
    if not re.fullmatch(r"[A-HJKMNP-TV-Z]{1,4}", value):
        raise InvalidInput("A code prefix is 1-4 letters (not I, L, O or U).")
    return value


def _scope(text: str) -> str:
    value = text.strip()
    if value.lower() in ("all", "issuing"):
        return value.lower()
    if re.fullmatch(r"[A-Za-z0-9_-]{1,20}(,[A-Za-z0-9_-]{1,20}){0,99}", value):
        return value.upper()
    raise InvalidInput("{text!r} is not all, issuing or a list of store codes.", text=text)


def _text(limit: int) -> Callable[[str], str]:
    def parse(text: str) -> str:
        value = text.strip()
        if len(value) > limit:
            raise InvalidInput(
                "That text is {length} characters long; at most {limit}.",
                length=len(value), limit=limit,
            )
        return value

    return parse


#: What ends a line somewhere (NUL too): in a mail header it would start a header of its own.
_LINE_BREAKS = frozenset("\r\n\v\f\x00\x1c\x1d\x1e\x85\u2028\u2029")


def breaks_lines(text: str) -> bool:
    return any(ch in _LINE_BREAKS for ch in text)


def _header(limit: int) -> Callable[[str], str]:
    """Text that goes into a mail header: no line breaks or other control characters, which
    would let a value add headers of its own."""

    def parse(text: str) -> str:
        value = _text(limit)(text)
        if any(not ch.isprintable() for ch in value):
            raise InvalidInput("An e-mail header cannot hold line breaks or control characters.")
        return value

    return parse


_ADDRESS = re.compile(r"[^@\s\x00-\x1f\x7f]{1,64}@[^@\s\x00-\x1f\x7f]+\.[^@\s\x00-\x1f\x7f]{2,}")


def email_address(text: str) -> str:
    """One plain address (``name@example.com``), as a recipient or a sender."""
    value = text.strip()
    if len(value) > 254 or not _ADDRESS.fullmatch(value):
        raise InvalidInput("{email!r} is not an e-mail address.", email=value)
    return value


def _address_or_empty(text: str) -> str:
    return email_address(text) if text.strip() else ""


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
       "Gift cards can be sold and used at the counter.", _plain(_flag)),
    _d("code_prefix", G.CARDS, K.TEXT, "Code prefix",
       "Letters that start every new card code. Cards already sold keep their code.",
       _plain(_prefix)),
    _d("code_length", G.CARDS, K.NUMBER, "Code length",
       "Random symbols in a new card code (8 to 32). Cards already sold keep their code.",
       _plain(_whole(8, 32)), bounds=(8, 32)),
    _d("scope_default", G.CARDS, K.TEXT, "Where new cards are accepted",
       "all, issuing (only the store that sold it) or a list of store codes.", _plain(_scope)),
    _d("strategy_default", G.CARDS, K.CHOICE, "After a partial payment",
       "balance: the card keeps the rest; replacement: a new card carries the rest.",
       _plain(_choice("balance", "replacement")), ("balance", "replacement")),
    _d("allow_message", G.CARDS, K.FLAG, "Cards may carry a message",
       "A personal message can be printed on a sold card.", _plain(_flag)),
    _d("require_recipient_email", G.CARDS, K.FLAG, "E-cards need an e-mail",
       "An e-card cannot be sold without the recipient's e-mail address.", _plain(_flag)),
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
       "Customers may pay with gift cards.", _plain(_flag)),
    _d("payment_methods", G.SALES, K.WORDS, "Other ways to pay",
       "Tenders offered next to gift cards, e.g. cash,external.", _plain(_words)),
    _d("gift_card_payment_methods", G.SALES, K.WORDS, "Ways to buy a gift card",
       "Tenders a customer may use to buy a gift card.", _plain(_words)),
    _d("hold_timeout_minutes", G.SALES, K.NUMBER, "Checkout hold (minutes)",
       "How long money stays reserved on a card for an unfinished sale.",
       _plain(_whole(1, 1440)), bounds=(1, 1440)),
    _d("default_lifetime_days", G.EXPIRY, K.NUMBER, "Card lifetime (days)",
       "Days until a new card expires; 0 means it never expires.",
       _plain(_whole(0, 36500)), bounds=(0, 36500)),
    _d("refund_extension_days", G.EXPIRY, K.NUMBER, "Extension on refund (days)",
       "A refund to an expiring card keeps it usable at least this long.",
       _plain(_whole(0, 3650)), bounds=(0, 3650)),
    _d("failed_lookup_limit", G.LIMITS, K.NUMBER, "Failed look-ups a minute",
       "Unknown or mistyped codes a terminal may try per minute before it must wait.",
       _plain(_whole(1, 10000)), bounds=(1, 10000)),
    _d("min_pin_length_cashier", G.LIMITS, K.NUMBER, "Shortest cashier PIN",
       "Digits a cashier's PIN must have at least, for PINs set from now on.",
       _plain(_whole(4, 12)), bounds=(4, 12)),
    _d("min_pin_length_manager", G.LIMITS, K.NUMBER, "Shortest manager or admin PIN",
       "Digits a manager's or admin's PIN must have at least, for PINs set from now on.",
       _plain(_whole(4, 12)), bounds=(4, 12)),
    _d("offline_redemption", G.LIMITS, K.FLAG, "Cards accepted while offline",
       "When the central service cannot be reached, a till may still take cards it knows, "
       "within the limits below; otherwise it only sells and reloads until the link is back.",
       _plain(_flag)),
    _d("offline_card_cap", G.LIMITS, K.AMOUNT, "Offline limit per card",
       "The most a till takes from one card while offline.", _money(True)),
    _d("offline_terminal_allowance", G.LIMITS, K.AMOUNT, "Offline limit per till",
       "The most a till takes from all cards together while offline.", _money(True)),
    _d("offline_window_hours", G.LIMITS, K.NUMBER, "Offline redemption window (hours)",
       "Hours after its last contact with the central service that a till may take cards.",
       _plain(_whole(1, 168)), bounds=(1, 168)),
    _d("session_hours", G.LIMITS, K.NUMBER, "Till sign-in lasts (hours)",
       "Hours a staff member stays signed in at a till of the central service before "
       "signing in again.", _plain(_whole(1, 24)), bounds=(1, 24)),
    _d("enrol_code_hours", G.LIMITS, K.NUMBER, "Enrolment code valid for (hours)",
       "Hours a new till's one-time enrolment code stays usable.",
       _plain(_whole(1, 168)), bounds=(1, 168)),
    _d("balance_url", G.PRINTING, K.TEXT, "Balance page address",
       "Printed in the QR code before the card code; empty for the code alone.",
       _plain(_text(200))),
    _d("terms", G.PRINTING, K.TEXT, "Printed terms",
       "The terms printed on cards and gift receipts.", _plain(_text(1000))),
    _d("dormancy_months", G.EXPIRY, K.NUMBER, "Dormancy period (months)",
       "Months without activity after which a card with a balance is listed for "
       "unclaimed-property review.",
       _plain(_whole(1, 600)), bounds=(1, 600)),
    _d("account_liability", G.ACCOUNTING, K.TEXT, "Gift card liability account",
       "The account the journal export credits for value put on cards and debits for value "
       "taken off them.",
       _plain(_text(40))),
    _d("account_clearing", G.ACCOUNTING, K.TEXT, "Gift card clearing account",
       "The other side of card sales, reloads, redemptions, refunds to cards and cash-outs.",
       _plain(_text(40))),
    _d("account_promotions", G.ACCOUNTING, K.TEXT, "Promotional cards account",
       "The account debited for cards issued in the back office without a sale.",
       _plain(_text(40))),
    _d("account_adjustments", G.ACCOUNTING, K.TEXT, "Card adjustments account",
       "The other side of manager adjustments and of balances voided.",
       _plain(_text(40))),
    _d("account_breakage", G.ACCOUNTING, K.TEXT, "Breakage income account",
       "The account credited with the balances of expired cards, and debited when a refund "
       "brings one back.",
       _plain(_text(40))),
    _d("email_delivery_date", G.EMAIL, K.FLAG, "Offer a delivery date",
       "The counter may choose the day an e-card is e-mailed; otherwise it goes at once.",
       _plain(_flag)),
    _d("email_send_hour", G.EMAIL, K.NUMBER, "Hour of dated e-mails",
       "An e-card given a delivery date is e-mailed at this hour (store's time zone).",
       _plain(_whole(0, 23)), bounds=(0, 23)),
    _d("smtp_host", G.EMAIL, K.TEXT, "Mail server",
       "The SMTP server's host name; empty: e-cards are not e-mailed.", _plain(_header(253))),
    _d("smtp_port", G.EMAIL, K.NUMBER, "Mail server port",
       "587 for STARTTLS, 465 for TLS, 25 for none.",
       _plain(_whole(1, 65535)), bounds=(1, 65535)),
    _d("smtp_security", G.EMAIL, K.CHOICE, "Mail server security",
       "How the connection is encrypted: STARTTLS after connecting, TLS from the first "
       "byte, or none for a trusted relay.",
       _plain(_choice("starttls", "tls", "none")), ("starttls", "tls", "none")),
    _d("smtp_user", G.EMAIL, K.TEXT, "Mail server user",
       "The SMTP login; empty: no login. The password is set apart and never shown.",
       _plain(_header(254))),
    _d("smtp_ca_file", G.EMAIL, K.TEXT, "Mail server certificate authority",
       "A PEM file to trust for the mail server's certificate; empty: the system's.",
       _plain(_text(500))),
    _d("email_sender_name", G.EMAIL, K.TEXT, "Sender name",
       "Shown as who the e-card comes from, e.g. the store's name.", _plain(_header(120))),
    _d("email_sender_address", G.EMAIL, K.TEXT, "Sender address",
       "The From address of e-cards.", _plain(_address_or_empty)),
    _d("email_reply_to", G.EMAIL, K.TEXT, "Reply-to address",
       "Where a recipient's reply goes; empty: to the sender address.",
       _plain(_address_or_empty)),
    _d("email_retry_minutes", G.EMAIL, K.NUMBER, "First retry after (minutes)",
       "After a temporary failure the next try waits this long, doubling each time.",
       _plain(_whole(1, 1440)), bounds=(1, 1440)),
    _d("email_max_attempts", G.EMAIL, K.NUMBER, "Tries before giving up",
       "An e-mail refused temporarily this many times is listed as failed.",
       _plain(_whole(1, 50)), bounds=(1, 50)),
    _d("email_claim_seconds", G.EMAIL, K.NUMBER, "Sender claim (seconds)",
       "A sender that stopped half-way holds an e-mail this long; then another takes it.",
       _plain(_whole(10, 86400)), bounds=(10, 86400)),
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
