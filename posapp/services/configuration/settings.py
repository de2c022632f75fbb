"""Settings in force at a location: typed values, global with per-store overrides.

A value is stored as the text an admin would type (see
:mod:`posapp.services.configuration.definitions`) and read back through the same
parser into :class:`Settings`. A store's override replaces the global value;
for money settings it replaces only the currencies it names. Before anything
is stored, the settings of every affected store are rebuilt and checked as a
whole (:meth:`Settings.check`): a value that would make later sales fail is
refused at entry, not at the counter.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posapp.db.models import Location, Setting
from posapp.domain.errors import InvalidInput, PosError
from posapp.money import Money
from posapp.services.configuration.definitions import DEFINITIONS, definition
from posapp.services.configuration.setting_values import PerCurrency

GLOBAL = "*"


class SettingRefused(InvalidInput):
    """A value refused at entry; ``key`` names the setting and ``reason`` says why.

    It keeps the error code of the refusal it reports (``invalid_amount`` for
    an amount), so callers see the same code as for any other bad amount.
    """

    def __init__(self, key: str, refusal: PosError) -> None:
        super().__init__("{setting} not changed: {reason}", setting=key, reason=refusal)
        self.key, self.reason, self.code = key, refusal.message, refusal.code
        self.refusal = refusal
#: Not a setting an admin edits: the prefixes new codes had before the one in force.
FORMAT_HISTORY = "code_format_history"


def _amounts(text: str) -> PerCurrency:
    return DEFINITIONS["denominations"].parse(text, None)


@dataclass(frozen=True)
class Settings:
    """The values in force at one location (see the definitions for their meaning)."""

    enabled: bool = True
    code_prefix: str = "GC"
    code_length: int = 16
    scope_default: str = "all"
    strategy_default: str = "balance"
    allow_message: bool = True
    require_recipient_email: bool = False
    denominations: PerCurrency = _amounts(
        "USD 25,50,100; EUR 25,50,100; GBP 25,50,100; CHF 25,50,100; CAD 25,50,100; "
        "AUD 25,50,100; JPY 3000,5000,10000"
    )
    custom_min: PerCurrency = _amounts(
        "USD 5; EUR 5; GBP 5; CHF 5; CAD 5; AUD 5; JPY 500"
    )
    custom_max: PerCurrency = _amounts(
        "USD 500; EUR 500; GBP 500; CHF 500; CAD 500; AUD 500; JPY 50000"
    )
    max_card_value: PerCurrency = _amounts(
        "USD 10000; EUR 10000; GBP 10000; CHF 10000; CAD 10000; AUD 10000; JPY 1000000"
    )
    #: Off in every currency until an admin sets an amount: few places require it.
    cashout_threshold: PerCurrency = PerCurrency(())
    cashout_manager_over: PerCurrency = PerCurrency(())
    usable_for_payment: bool = True
    payment_methods: tuple[str, ...] = ("cash", "external")
    gift_card_payment_methods: tuple[str, ...] = ("cash", "external")
    hold_timeout_minutes: int = 15
    default_lifetime_days: int = 0
    refund_extension_days: int = 30
    failed_lookup_limit: int = 10
    min_pin_length_cashier: int = 4
    min_pin_length_manager: int = 6
    offline_redemption: bool = False
    offline_card_cap: PerCurrency = _amounts(
        "USD 50; EUR 50; GBP 50; CHF 50; CAD 50; AUD 50; JPY 5000"
    )
    offline_terminal_allowance: PerCurrency = _amounts(
        "USD 500; EUR 500; GBP 500; CHF 500; CAD 500; AUD 500; JPY 50000"
    )
    offline_window_hours: int = 24
    session_hours: int = 12
    enrol_code_hours: int = 24
    balance_url: str = ""
    terms: str = "Not redeemable for cash except where required by law."
    dormancy_months: int = 36
    account_liability: str = "2400"
    account_clearing: str = "1090"
    account_promotions: str = "6300"
    account_adjustments: str = "6900"
    account_breakage: str = "4900"
    email_delivery_date: bool = True
    email_send_hour: int = 9
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_user: str = ""
    smtp_ca_file: str = ""
    email_sender_name: str = ""
    email_sender_address: str = ""
    email_reply_to: str = ""
    email_retry_minutes: int = 5
    email_max_attempts: int = 8
    email_claim_seconds: int = 600
    #: Every (prefix, length) new codes have had anywhere: look-ups read them all.
    earlier_formats: tuple[tuple[str, int], ...] = ()

    # money in one currency ---------------------------------------------------------
    def _one(self, key: str, currency: str) -> tuple[Money, ...]:
        found: tuple[Money, ...] | None = getattr(self, key).get(currency)
        if found is None:
            label = DEFINITIONS[key].label
            raise InvalidInput(
                "No {label} is set for {currency}: an admin sets {key} for {currency} first.",
                label=label.lower(), currency=currency, key=key,
            )
        return found

    def max_value(self, currency: str) -> Money:
        """The largest balance a card in ``currency`` may hold."""
        return self._one("max_card_value", currency)[0]

    def custom_range(self, currency: str) -> tuple[Money, Money] | None:
        """The smallest and largest typed-in amount a card in ``currency`` is sold for;
        None when either is not set for it (only fixed amounts are sold then)."""
        low, high = self.custom_min.get(currency), self.custom_max.get(currency)
        return (low[0], high[0]) if low and high else None

    def cashout_limits(self, currency: str) -> tuple[int, int]:
        """The cash-out threshold and the amount above which a manager approves, in minor
        units of ``currency``; 0 for a currency with no amount (cash-out off, no approval)."""
        under, over = self.cashout_threshold.get(currency), self.cashout_manager_over.get(currency)
        return (under[0].minor if under else 0), (over[0].minor if over else 0)

    def fixed_amounts(self, currency: str) -> tuple[Money, ...]:
        """The fixed amounts offered in ``currency`` (none when it has no list)."""
        return self.denominations.get(currency) or ()

    # checks and views ------------------------------------------------------------
    def check(self) -> None:
        """Refuse amounts that contradict each other: no card could be sold for them.

        A currency may lack some values while an admin enters them one by one;
        a sale that needs a missing one is refused with a message naming it.
        """
        for cur, (ceiling, *_rest) in self.max_card_value.amounts:
            found = self.custom_range(cur)
            if found and found[0] > found[1]:
                raise InvalidInput(
                    "The smallest custom amount ({smallest}) is above the largest ({largest}).",
                    smallest=found[0], largest=found[1],
                )
            for amount in (*(found[1:] if found else ()), *self.fixed_amounts(cur)):
                if amount > ceiling:
                    raise InvalidInput(
                        "{amount} is above the largest card balance ({ceiling}): no card could be "
                        "sold for it.",
                        amount=amount, ceiling=ceiling,
                    )

    def formats_now(self) -> tuple[str, int]:
        return self.code_prefix, self.code_length

    def text(self, key: str) -> str:
        return definition(key).text(getattr(self, key))

    def to_dict(self) -> dict[str, Any]:
        return self.as_json()

    def to_record(self) -> dict[str, Any]:
        """Every value as its stored text, for an idempotency key's replay."""
        # A money setting with no amount in any currency (cash-out, off) has no text to
        # parse back: left out, it is read back as its default, which is that.
        values = {f.name: self.text(f.name) for f in fields(self)
                  if f.name in DEFINITIONS and getattr(self, f.name) != PerCurrency(())}
        return {"values": values, "earlier_formats": [list(f) for f in self.earlier_formats]}

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> Settings:
        earlier = tuple((str(p), int(n)) for p, n in data["earlier_formats"])
        return _apply(cls(earlier_formats=earlier), data["values"])

    def as_json(self) -> dict[str, Any]:
        """Every value as JSON: amounts as decimal strings per currency."""
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name not in DEFINITIONS:
                continue
            value = getattr(self, f.name)
            if isinstance(value, PerCurrency):
                value = value.as_json(single=f.name != "denominations")
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out


def _apply(base: Settings, rows: dict[str, Any]) -> Settings:
    """``base`` with the stored texts of ``rows``; keys no longer defined are skipped."""
    changes: dict[str, Any] = {}
    for key, stored in rows.items():
        if key not in DEFINITIONS:
            continue
        value = definition(key).parse(str(stored), None)
        current = getattr(base, key)
        changes[key] = current.merged(value) if isinstance(value, PerCurrency) else value
    return replace(base, **changes)


def _rows(session: Session, scopes: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {scope: {} for scope in scopes}
    for row in session.scalars(select(Setting).where(Setting.scope.in_(scopes))):
        found[row.scope][row.key] = row.value
    return found


def load(session: Session, location_id: uuid.UUID | None) -> Settings:
    """Every setting in force at ``location_id`` (or globally when None)."""
    scopes = [GLOBAL] + ([str(location_id)] if location_id else [])
    rows = _rows(session, scopes)
    merged = _apply(Settings(earlier_formats=_formats(rows[GLOBAL])), rows[GLOBAL])
    return _apply(merged, rows[str(location_id)]) if location_id else merged


#: How long a process trusts settings it has read; another terminal's change shows within this.
CACHE_SECONDS = 5.0


def current(session: Session, ctx: Any, location_id: uuid.UUID | None) -> Settings:
    """The settings in force at ``location_id``, read at most every few seconds per context.

    Every card operation needs them; re-reading them each time would double the
    round trips of a redemption. A change made through this context is seen at once.
    """
    now = time.monotonic()
    hit = ctx.settings_cache.get(location_id)
    if hit is not None and now - hit[0] < CACHE_SECONDS:
        return hit[1]
    fresh = load(session, location_id)
    ctx.settings_cache[location_id] = (now, fresh)
    return fresh


def change(
    session: Session,
    key: str,
    text: str,
    *,
    location: Location | None,
    currency: str,
    staff_id: uuid.UUID | None,
    now: Any,
) -> Settings:
    """Parse, check and store one value; return the settings then in force there.

    ``currency`` is what an amount without a currency is in: the store's for
    an override, the admin's own store's for a global value. Nothing is
    stored when the value, or the settings it leads to anywhere, is refused.
    """
    spec = definition(key)
    value = spec.parse(text, location.currency if location else currency)
    scope = str(location.id) if location else GLOBAL
    row = session.scalar(select(Setting).where(Setting.key == key, Setting.scope == scope))
    if isinstance(value, PerCurrency) and row is not None:
        value = spec.parse(str(row.value), None).merged(value)
    stored = spec.text(value)
    _check_everywhere(session, key, stored, scope)
    if key in ("code_prefix", "code_length"):
        _remember_formats(session, location, key, value, now)
    if row is None:
        row = Setting(key=key, scope=scope, location_id=location.id if location else None)
        session.add(row)
    row.value = stored
    row.updated_by = staff_id
    row.updated_at = now
    return load(session, location.id if location else None)


def _check_everywhere(session: Session, key: str, stored: str, scope: str) -> None:
    """Check the settings of every store the new value reaches (all, for a global one)."""
    stores = session.scalars(select(Location)).all()
    reached = [loc for loc in stores if scope in (GLOBAL, str(loc.id))]
    rows = _rows(session, [GLOBAL, *(str(loc.id) for loc in reached)])
    rows[scope][key] = stored
    chain = _apply(Settings(), rows[GLOBAL])
    chain.check()
    for loc in reached:
        _apply(chain, rows[str(loc.id)]).check()


def overrides(session: Session, location_id: uuid.UUID) -> set[str]:
    """The keys a store sets for itself instead of taking the global value."""
    stored = _rows(session, [str(location_id)])[str(location_id)]
    return {key for key in stored if key in DEFINITIONS}


def _formats(global_rows: dict[str, Any]) -> tuple[tuple[str, int], ...]:
    entries = str(global_rows.get(FORMAT_HISTORY) or "").split(",")
    return tuple((p, int(n)) for p, _colon, n in (e.partition(":") for e in entries if e))


def _remember_formats(
    session: Session, location: Location | None, key: str, new: Any, now: Any
) -> None:
    """Add the code formats in force before a change, and the new one, to the history
    that look-ups read: a card sold at one store may be presented at another."""
    row = session.scalar(
        select(Setting).where(Setting.key == FORMAT_HISTORY, Setting.scope == GLOBAL)
    )
    if row is None:
        row = Setting(key=FORMAT_HISTORY, scope=GLOBAL, location_id=None, value="", updated_at=now)
        session.add(row)
    stores = [location] if location else session.scalars(select(Location)).all()
    before = [load(session, None), *(load(session, s.id) for s in stores)]
    known = set(_formats({FORMAT_HISTORY: row.value}))
    for st in before:
        known |= {(st.code_prefix, st.code_length), replace(st, **{key: new}).formats_now()}
    row.value = ",".join(f"{p}:{n}" for p, n in sorted(known))
    row.updated_at = now
