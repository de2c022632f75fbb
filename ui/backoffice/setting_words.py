"""The settings' words in the terminal's language: groups, labels, descriptions, choices.

The core names and describes every setting in English and has no Qt, so its words are
repeated here, marked for lupdate, under each setting's key. They are shown translated;
a setting the table does not know yet shows the core's English rather than nothing.
``tests/ui/test_translations.py`` fails when these words and the core's differ.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from posapp.services.configuration.definitions import Definition, Group

CONTEXT = "settings"

GROUPS: dict[Group, str] = {
    Group.CARDS: QT_TRANSLATE_NOOP("settings", "Cards & codes"),
    Group.AMOUNTS: QT_TRANSLATE_NOOP("settings", "Amounts"),
    Group.SALES: QT_TRANSLATE_NOOP("settings", "Sales & payments"),
    Group.EXPIRY: QT_TRANSLATE_NOOP("settings", "Expiry"),
    Group.LIMITS: QT_TRANSLATE_NOOP("settings", "Security & limits"),
    Group.PRINTING: QT_TRANSLATE_NOOP("settings", "Printing"),
    Group.ACCOUNTING: QT_TRANSLATE_NOOP("settings", "Accounting"),
    Group.EMAIL: QT_TRANSLATE_NOOP("settings", "E-mail"),
}

#: Each setting's label and description, as the core words them.
WORDS: dict[str, tuple[str, str]] = {
    "enabled": (
        QT_TRANSLATE_NOOP("settings", "Gift cards on sale"),
        QT_TRANSLATE_NOOP("settings", "Gift cards can be sold and used at the counter.")),
    "code_prefix": (
        QT_TRANSLATE_NOOP("settings", "Code prefix"),
        QT_TRANSLATE_NOOP("settings", "Letters that start every new card code. Cards "
                                      "already sold keep their code.")),
    "code_length": (
        QT_TRANSLATE_NOOP("settings", "Code length"),
        QT_TRANSLATE_NOOP("settings", "Random symbols in a new card code (8 to 32). Cards "
                                      "already sold keep their code.")),
    "scope_default": (
        QT_TRANSLATE_NOOP("settings", "Where new cards are accepted"),
        QT_TRANSLATE_NOOP("settings", "all, issuing (only the store that sold it) or a list "
                                      "of store codes.")),
    "strategy_default": (
        QT_TRANSLATE_NOOP("settings", "After a partial payment"),
        QT_TRANSLATE_NOOP("settings", "balance: the card keeps the rest; replacement: a new "
                                      "card carries the rest.")),
    "allow_message": (
        QT_TRANSLATE_NOOP("settings", "Cards may carry a message"),
        QT_TRANSLATE_NOOP("settings", "A personal message can be printed on a sold card.")),
    "require_recipient_email": (
        QT_TRANSLATE_NOOP("settings", "E-cards need an e-mail"),
        QT_TRANSLATE_NOOP("settings", "An e-card cannot be sold without the recipient's "
                                      "e-mail address.")),
    "denominations": (
        QT_TRANSLATE_NOOP("settings", "Fixed amounts"),
        QT_TRANSLATE_NOOP("settings", "The amounts offered as buttons when selling a card, "
                                      "per currency.")),
    "custom_min": (
        QT_TRANSLATE_NOOP("settings", "Smallest custom amount"),
        QT_TRANSLATE_NOOP("settings", "The least a card may be sold for when the amount is "
                                      "typed in.")),
    "custom_max": (
        QT_TRANSLATE_NOOP("settings", "Largest custom amount"),
        QT_TRANSLATE_NOOP("settings", "The most a card may be sold for when the amount is "
                                      "typed in.")),
    "max_card_value": (
        QT_TRANSLATE_NOOP("settings", "Largest card balance"),
        QT_TRANSLATE_NOOP("settings", "No sale, reload or refund may bring a card above "
                                      "this balance.")),
    "cashout_threshold": (
        QT_TRANSLATE_NOOP("settings", "Cash-out under"),
        QT_TRANSLATE_NOOP("settings", "Where the law requires it, a card's remainder under "
                                      "this amount is paid out in cash on request; 0 (or no "
                                      "amount for a currency) means no cash-out.")),
    "cashout_manager_over": (
        QT_TRANSLATE_NOOP("settings", "Cash-out approved by a manager over"),
        QT_TRANSLATE_NOOP("settings", "A cash-out above this amount needs a manager; 0 (or no "
                                      "amount for a currency) means a cashier pays out any "
                                      "remainder under the cash-out limit.")),
    "usable_for_payment": (
        QT_TRANSLATE_NOOP("settings", "Cards accepted as payment"),
        QT_TRANSLATE_NOOP("settings", "Customers may pay with gift cards.")),
    "payment_methods": (
        QT_TRANSLATE_NOOP("settings", "Other ways to pay"),
        QT_TRANSLATE_NOOP("settings", "Tenders offered next to gift cards, e.g. "
                                      "cash,external.")),
    "gift_card_payment_methods": (
        QT_TRANSLATE_NOOP("settings", "Ways to buy a gift card"),
        QT_TRANSLATE_NOOP("settings", "Tenders a customer may use to buy a gift card.")),
    "hold_timeout_minutes": (
        QT_TRANSLATE_NOOP("settings", "Checkout hold (minutes)"),
        QT_TRANSLATE_NOOP("settings", "How long money stays reserved on a card for an "
                                      "unfinished sale.")),
    "default_lifetime_days": (
        QT_TRANSLATE_NOOP("settings", "Card lifetime (days)"),
        QT_TRANSLATE_NOOP("settings", "Days until a new card expires; 0 means it never "
                                      "expires.")),
    "refund_extension_days": (
        QT_TRANSLATE_NOOP("settings", "Extension on refund (days)"),
        QT_TRANSLATE_NOOP("settings", "A refund to an expiring card keeps it usable at least "
                                      "this long.")),
    "failed_lookup_limit": (
        QT_TRANSLATE_NOOP("settings", "Failed look-ups a minute"),
        QT_TRANSLATE_NOOP("settings", "Unknown or mistyped codes a terminal may try per "
                                      "minute before it must wait.")),
    "min_pin_length_cashier": (
        QT_TRANSLATE_NOOP("settings", "Shortest cashier PIN"),
        QT_TRANSLATE_NOOP("settings", "Digits a cashier's PIN must have at least, for PINs "
                                      "set from now on.")),
    "min_pin_length_manager": (
        QT_TRANSLATE_NOOP("settings", "Shortest manager or admin PIN"),
        QT_TRANSLATE_NOOP("settings", "Digits a manager's or admin's PIN must have at least, "
                                      "for PINs set from now on.")),
    "offline_redemption": (
        QT_TRANSLATE_NOOP("settings", "Cards accepted while offline"),
        QT_TRANSLATE_NOOP("settings", "When the central service cannot be reached, a till "
                                      "may still take cards it knows, within the limits "
                                      "below; otherwise it only sells and reloads until the "
                                      "link is back.")),
    "offline_card_cap": (
        QT_TRANSLATE_NOOP("settings", "Offline limit per card"),
        QT_TRANSLATE_NOOP("settings", "The most a till takes from one card while offline.")),
    "offline_terminal_allowance": (
        QT_TRANSLATE_NOOP("settings", "Offline limit per till"),
        QT_TRANSLATE_NOOP("settings", "The most a till takes from all cards together while "
                                      "offline.")),
    "offline_window_hours": (
        QT_TRANSLATE_NOOP("settings", "Offline redemption window (hours)"),
        QT_TRANSLATE_NOOP("settings", "Hours after its last contact with the central service "
                                      "that a till may take cards.")),
    "session_hours": (
        QT_TRANSLATE_NOOP("settings", "Till sign-in lasts (hours)"),
        QT_TRANSLATE_NOOP("settings", "Hours a staff member stays signed in at a till of the "
                                      "central service before signing in again.")),
    "enrol_code_hours": (
        QT_TRANSLATE_NOOP("settings", "Enrolment code valid for (hours)"),
        QT_TRANSLATE_NOOP("settings", "Hours a new till's one-time enrolment code stays "
                                      "usable.")),
    "balance_url": (
        QT_TRANSLATE_NOOP("settings", "Balance page address"),
        QT_TRANSLATE_NOOP("settings", "Printed in the QR code before the card code; empty "
                                      "for the code alone.")),
    "terms": (
        QT_TRANSLATE_NOOP("settings", "Printed terms"),
        QT_TRANSLATE_NOOP("settings", "The terms printed on cards and gift receipts.")),
    "dormancy_months": (
        QT_TRANSLATE_NOOP("settings", "Dormancy period (months)"),
        QT_TRANSLATE_NOOP("settings", "Months without activity after which a card with a "
                          "balance is listed for unclaimed-property review.")),
    "account_liability": (
        QT_TRANSLATE_NOOP("settings", "Gift card liability account"),
        QT_TRANSLATE_NOOP("settings", "The account the journal export credits for value put on "
                          "cards and debits for value taken off them.")),
    "account_clearing": (
        QT_TRANSLATE_NOOP("settings", "Gift card clearing account"),
        QT_TRANSLATE_NOOP("settings", "The other side of card sales, reloads, redemptions, "
                          "refunds to cards and cash-outs.")),
    "account_promotions": (
        QT_TRANSLATE_NOOP("settings", "Promotional cards account"),
        QT_TRANSLATE_NOOP("settings", "The account debited for cards issued in the back office "
                          "without a sale.")),
    "account_adjustments": (
        QT_TRANSLATE_NOOP("settings", "Card adjustments account"),
        QT_TRANSLATE_NOOP("settings", "The other side of manager adjustments and of balances "
                          "voided.")),
    "account_breakage": (
        QT_TRANSLATE_NOOP("settings", "Breakage income account"),
        QT_TRANSLATE_NOOP("settings", "The account credited with the balances of expired cards, "
                          "and debited when a refund brings one back.")),
    "email_delivery_date": (
        QT_TRANSLATE_NOOP("settings", "Offer a delivery date"),
        QT_TRANSLATE_NOOP("settings", "The counter may choose the day an e-card is e-mailed; "
                                      "otherwise it goes at once.")),
    "email_send_hour": (
        QT_TRANSLATE_NOOP("settings", "Hour of dated e-mails"),
        QT_TRANSLATE_NOOP("settings", "An e-card given a delivery date is e-mailed at this hour "
                                      "(store's time zone).")),
    "smtp_host": (
        QT_TRANSLATE_NOOP("settings", "Mail server"),
        QT_TRANSLATE_NOOP("settings", "The SMTP server's host name; empty: e-cards are not "
                                      "e-mailed.")),
    "smtp_port": (
        QT_TRANSLATE_NOOP("settings", "Mail server port"),
        QT_TRANSLATE_NOOP("settings", "587 for STARTTLS, 465 for TLS, 25 for none.")),
    "smtp_security": (
        QT_TRANSLATE_NOOP("settings", "Mail server security"),
        QT_TRANSLATE_NOOP("settings", "How the connection is encrypted: STARTTLS after "
                                      "connecting, TLS from the first byte, or none for a "
                                      "trusted relay.")),
    "smtp_user": (
        QT_TRANSLATE_NOOP("settings", "Mail server user"),
        QT_TRANSLATE_NOOP("settings", "The SMTP login; empty: no login. The password is set apart "
                                      "and never shown.")),
    "smtp_ca_file": (
        QT_TRANSLATE_NOOP("settings", "Mail server certificate authority"),
        QT_TRANSLATE_NOOP("settings", "A PEM file to trust for the mail server's certificate; "
                                      "empty: the system's.")),
    "email_sender_name": (
        QT_TRANSLATE_NOOP("settings", "Sender name"),
        QT_TRANSLATE_NOOP("settings", "Shown as who the e-card comes from, e.g. the "
                                      "store's name.")),
    "email_sender_address": (
        QT_TRANSLATE_NOOP("settings", "Sender address"),
        QT_TRANSLATE_NOOP("settings", "The From address of e-cards.")),
    "email_reply_to": (
        QT_TRANSLATE_NOOP("settings", "Reply-to address"),
        QT_TRANSLATE_NOOP("settings", "Where a recipient's reply goes; empty: to the sender "
                                      "address.")),
    "email_retry_minutes": (
        QT_TRANSLATE_NOOP("settings", "First retry after (minutes)"),
        QT_TRANSLATE_NOOP("settings", "After a temporary failure the next try waits this long, "
                                      "doubling each time.")),
    "email_max_attempts": (
        QT_TRANSLATE_NOOP("settings", "Tries before giving up"),
        QT_TRANSLATE_NOOP("settings", "An e-mail refused temporarily this many times is listed as "
                                      "failed.")),
    "email_claim_seconds": (
        QT_TRANSLATE_NOOP("settings", "Sender claim (seconds)"),
        QT_TRANSLATE_NOOP("settings", "A sender that stopped half-way holds an e-mail this long; "
                                      "then another takes it.")),
}

# What a choice does, in words; the stored value ("balance") is the core's.
_CHOICES: dict[str, str] = {
    "balance": QT_TRANSLATE_NOOP("settings", "The card keeps the rest"),
    "replacement": QT_TRANSLATE_NOOP("settings", "A new card carries the rest"),
    "starttls": QT_TRANSLATE_NOOP("settings", "STARTTLS on connecting (usually port 587)"),
    "tls": QT_TRANSLATE_NOOP("settings", "TLS from the start (usually port 465)"),
    "none": QT_TRANSLATE_NOOP("settings", "None (a trusted relay only)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def group_name(group: Group) -> str:
    return _tr(GROUPS.get(group, group.value))


def label(spec: Definition) -> str:
    return _tr(WORDS.get(spec.key, (spec.label, spec.help))[0])


def description(spec: Definition) -> str:
    return _tr(WORDS.get(spec.key, (spec.label, spec.help))[1])


def choice(value: str) -> str:
    return _tr(_CHOICES.get(value, value))
