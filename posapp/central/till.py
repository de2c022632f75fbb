"""The till in central mode: online through the service, offline from its own store, and back.

:class:`Till` is the one object a till's CLI or app calls in central mode. Online,
each command is one request to the service. A request that fails
(:class:`~posapp.central.client.Unreachable`) or takes longer than the client's
timeout switches the till offline; from then on it probes ``/v1/health`` (at most
every ``probe_every`` seconds, when it is next used) and, once the service answers,
replays its outbox in order and pulls what changed. Offline, what the policy
(:mod:`posapp.central.offline_policy`) allows is answered from the till's store and
queued in its outbox in the same local transaction as its effect.

Every command the till sends carries an idempotency key (one is made when the caller
gave none), so a request whose reply was lost is simply sent again: the service
answers with its first result. A command sent online that got no answer stays in the
outbox as *unconfirmed* and is confirmed on replay, never run twice.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from posapp import codes
from posapp.central import offline_policy as policy
from posapp.central import till_staff
from posapp.central.client import Client, Unreachable
from posapp.central.offline_keys import card_lookup
from posapp.central.till_file import TillCredential
from posapp.central.till_replay import replay
from posapp.central.till_store import CachedCard, TillStore
from posapp.domain.errors import AuthFailed, InvalidCode, Offline, PosError
from posapp.money import Money
from posapp.services.command_path import commands as c
from posapp.services.command_path.context import utc_now

#: The store, currency, locale and terminal of the last online sign-in: an offline sign-in
#: (which only an earlier online one makes possible) acts at the same place.
_PLACE = "signed_in_at"
#: Seconds between two probes of the service while offline.
PROBE_EVERY = 5.0
#: Seconds between two pulls of changes while online (after an operation, never before it).
PULL_EVERY = 30.0


class Till:
    def __init__(
        self,
        client: Client,
        store: TillStore,
        *,
        clock: Callable[[], datetime] = utc_now,
        probe_every: float = PROBE_EVERY,
        pull_every: float = PULL_EVERY,
    ) -> None:
        self.client = client
        self.store = store
        self.clock = clock
        self.probe_every = probe_every
        self.pull_every = pull_every
        self._last_pull = 0.0
        self.online = True
        self.staff: str | None = None
        #: What replays answered since :meth:`replayed` was last asked (for the cashier).
        self._replayed: list[dict[str, Any]] = []
        self._last_probe = 0.0

    @classmethod
    def open(cls, credential: TillCredential, store_path: Path, **options: Any) -> Till:
        store = TillStore(store_path)
        client = Client.of(credential, outbox_waiting=store.count_waiting)
        return cls(client, store, **options)

    def close(self) -> None:
        self.client.close()
        self.store.close()

    # the link ----------------------------------------------------------------------------
    def _offline(self) -> None:
        if self.online:
            self.online = False
            self._last_probe = time.monotonic()

    def _request(self, send: Callable[..., Any], *args: Any) -> Any:
        """One request; an unanswered or slow one takes the till offline."""
        started = time.monotonic()
        try:
            answer = send(*args)
        except Unreachable:
            self._offline()
            raise
        if time.monotonic() - started > self.client.timeout:
            self._offline()
        return answer

    def check_link(self, *, force: bool = False) -> bool:
        """Offline: probe the service (when due) and, if it answers, replay and pull."""
        if self.online:
            return True
        if not force and time.monotonic() - self._last_probe < self.probe_every:
            return False
        self._last_probe = time.monotonic()
        try:
            self.client.health()
        except PosError:
            return False
        self.online = True
        self.sync()
        return self.online

    def probe(self) -> bool:
        """Whether the service answers, for a till that sits idle: online, one health
        request (a failed one takes the till offline) and the outbox sent if anything
        waits; offline, :meth:`check_link` when a probe is due."""
        if not self.online:
            return self.check_link()
        try:
            self._request(self.client.health)
        except PosError:
            return self.online
        if self.online and self.store.count_waiting():
            self.sync()
        return self.online

    def sync(self) -> list[dict[str, Any]]:
        """Replay the outbox in order, then pull the changes; what the replay answered."""
        results = replay(self)
        self._replayed.extend(results)
        if self.online:
            try:
                self.pull()
            except Unreachable:
                pass  # offline again: the next probe pulls
            except AuthFailed:
                pass  # signed in offline: the pull waits for an online sign-in
        return results

    def replayed(self) -> list[dict[str, Any]]:
        """The answers to operations replayed since the last call: results, and refusals
        with the reconciliation item each became."""
        done, self._replayed = self._replayed, []
        return done

    def _refresh(self) -> None:
        """Pull when one is due, after an operation went through: the cache follows the cards
        this till just used, while a failed pull changes nothing of what was done."""
        if time.monotonic() - self._last_pull >= self.pull_every:
            try:
                self.pull()
            except Unreachable:
                pass

    def pull(self) -> None:
        """The cards changed since the last pull, the look-up key and the reference data."""
        self._last_pull = time.monotonic()
        since = self.store.number("seq")
        while True:
            got = self._request(self.client.request, "POST", "/changes", {"since": since})
            with self.store.transaction() as conn:
                self.store.save_cards(conn, got["cards"], self.clock())
                self.store.put(conn, "seq", str(got["seq"]))
                self.store.put(conn, "lookup_key", got["lookup_key"])
                self.store.put(conn, "reference", json.dumps(got["reference"]))
                till_staff.forget_unusable(self.store, conn, got["reference"]["staff"])
                if not got["more"]:
                    self.store.put(conn, "last_sync", self.clock().isoformat())
                    if self.store.count_waiting(conn) == 0:
                        self.store.settled(conn)
            since = got["seq"]
            if not got["more"]:
                return

    # staff -------------------------------------------------------------------------------
    def sign_in(self, name: str, pin: str) -> dict[str, Any]:
        """Sign in through the service; offline, against what an earlier online sign-in of
        the same person here left (see :mod:`posapp.central.till_staff`)."""
        if self.check_link(force=True):
            try:
                signed: dict[str, Any] = self._request(self.client.sign_in, name, pin)
            except Unreachable:
                pass
            else:
                staff = signed["staff"]
                hours = int(self.store.reference().get("settings", {})
                            .get("offline_window_hours", policy.DEFAULT_WINDOW_HOURS))
                if signed.get("offline_ticket"):  # a service older than tickets issues none
                    till_staff.remember(self.store, staff["name"], staff["role"], pin,
                                        signed["offline_ticket"], now=self.clock(),
                                        window=timedelta(hours=hours))
                with self.store.transaction() as conn:
                    self.store.put(conn, _PLACE, json.dumps(
                        {k: staff[k] for k in ("store", "currency", "locale", "terminal")}))
                self.staff = staff["name"]
                self.sync()  # a replay stopped by an ended session goes on now
                return signed
        role = till_staff.sign_in_offline(self.store, name, pin, self.clock())
        # Whoever was signed in online before is not who acts now: they sign in again.
        self.client.session = None
        self.staff = name
        place = json.loads(self.store.get(_PLACE) or "{}")
        return {"staff": {**place, "name": name, "role": role}, "offline": True}

    def _cashier(self) -> str:
        if self.staff is None:
            raise Offline("Nobody is signed in at this till.")
        return self.staff

    # commands ----------------------------------------------------------------------------
    def run(self, command: c.Command, *, approval: str | None = None) -> dict[str, Any]:
        """Run ``command``: on the service when online, from the outbox when offline. An
        operation a manager approved (``approval``) runs online only: the outbox replays
        as the cashier."""
        if getattr(command, "key", "") is None:
            command = dataclasses.replace(command, key=f"till/{uuid.uuid4().hex}")  # type: ignore[call-arg]
        self.check_link()
        if self.online and self.store.count_waiting():
            self.sync()
        if not self.online or self.store.unsent():
            if approval is not None:
                raise _needs_link()
            # Behind operations the service did not take yet (it was busy): in order, or not.
            return self._run_offline(command)
        try:
            result: dict[str, Any] = self._request(
                lambda: self.client.run(command, approval=approval))
        except Unreachable as lost:
            with self.store.transaction() as conn:
                self.store.enqueue(conn, command, staff=self._cashier(), at=self.clock(),
                                   state_="unconfirmed", detail=policy.detail(command))
            raise Offline(
                "The central service stopped answering before it confirmed this. The till "
                "will confirm it by itself when the link is back: do not repeat it."
            ) from lost
        self._remember(command, result)
        self._refresh()
        return result

    def _remember(self, command: c.Command, result: dict[str, Any]) -> None:
        """A sale with cards reserved online may be finished offline until they lapse."""
        if isinstance(command, c.ApplyCard):
            minutes = int(self.store.reference().get("settings", {})
                          .get("hold_timeout_minutes", 0))
            currency = self._currency()
            total = sum(Money.parse(t["amount"], currency).minor
                        for t in result.get("tenders", []) if t.get("masked_code"))
            # The hold's clock started at the service a moment before this answer arrived.
            expires = self.clock() + timedelta(minutes=minutes - 1)
            self.store.remember_sale(str(command.sale_id), expires, total, currency)

    def _currency(self) -> str:
        return str(self.store.reference().get("store", {}).get("currency", ""))

    def _run_offline(self, command: c.Command) -> dict[str, Any]:
        cashier, now = self._cashier(), self.clock()
        if isinstance(command, c.RedeemCard):
            return self._redeem_offline(command, cashier, now)
        if not isinstance(command, policy.QUEUED_AS_THEY_ARE):
            raise policy.refused(command)
        policy.check_sale(command)
        with self.store.transaction() as conn:
            detail = policy.detail(command)
            if isinstance(command, c.CompleteSale):
                found = self.store.sale(conn, command.sale_id)
                policy.check_complete(found[0] if found else None, now)
                assert found is not None
                detail["amount"] = {"minor": found[1], "currency": found[2]}
                self.store.forget_sale(conn, command.sale_id)
            key = self.store.enqueue(conn, command, staff=cashier, at=now, detail=detail)
        return {"offline": True, "queued": key, "type": command.name}

    def _redeem_offline(
        self, command: c.RedeemCard, cashier: str, now: datetime
    ) -> dict[str, Any]:
        reference = self.store.reference()
        limits = policy.Limits.of(reference.get("settings", {}), command.amount.currency)
        lookups = self._lookups(command.card.code) if command.card.code else []
        with self.store.transaction() as conn:
            card = self.store.card(conn, lookups)
            last = self.store.get("last_sync", conn)
            used = self.store.number("allowance_used", conn)
            policy.check_redemption(
                limits, card, command.amount, store=reference.get("store", {}), used=used,
                last_sync=datetime.fromisoformat(last) if last else None, now=now,
            )
            assert card is not None and command.key is not None
            settle = c.SettleOfflineRedemption(
                card_id=card.id, amount=command.amount, cashier=cashier, taken_at=now,
                reference=command.reference, key=command.key,
            )
            self.store.take(conn, card.id, command.amount.minor)
            self.store.put(conn, "allowance_used", str(used + command.amount.minor))
            self.store.enqueue(conn, settle, staff=cashier, at=now, detail=policy.detail(settle))
        left = card.available_minor - card.offline_taken_minor - command.amount.minor
        return {
            "offline": True,
            "queued": command.key,
            "type": command.name,
            "redeemed": command.amount.amount_str(),
            "card": {"id": str(card.id), "masked_code": card.masked,
                     "available": Money(left, card.currency).amount_str(),
                     "currency": card.currency},
        }

    def approve(self, name: str, pin: str, permission: str, command: str, key: str
                ) -> dict[str, Any]:
        """A manager's approval of one operation from the service (online only)."""
        found = self._online(self.client.approve, name, pin, permission, command, key)
        if found is None:
            raise _needs_link()
        return found

    # reads -------------------------------------------------------------------------------
    def _online(self, send: Callable[..., dict[str, Any]], *args: Any
                ) -> dict[str, Any] | None:
        """``send`` to the service if the till is online; None if it is, or goes, offline."""
        self.check_link()
        if self.online:
            try:
                found: dict[str, Any] = self._request(send, *args)
                return found
            except Unreachable:
                pass
        return None

    def _lookups(self, code: str) -> list[str]:
        """The cache keys ``code`` may have (every code format the store has used)."""
        key = self.store.get("lookup_key")
        formats = self.store.reference().get("code_formats") or []
        if not key or not formats:
            return []
        (prefix, length), *earlier = [(str(p), int(n)) for p, n in formats]
        try:
            forms = codes.candidates(code, prefix, length, earlier)
        except InvalidCode:
            return []
        secret = base64.b64decode(key)
        return [card_lookup(secret, form) for form in forms]

    def balance(self, code: str) -> dict[str, Any]:
        """A card's balance: from the service, or offline the last known one, marked so."""
        return self._known_if_offline(self._online(self.client.balance, code), code)

    def check(self, code: str, *, last: int) -> dict[str, Any]:
        """A counter's balance check: online the card and its last entries, from the service;
        offline the last known balance (see :meth:`balance`), which has no entries."""
        return self._known_if_offline(self._online(self.client.history, code, last), code)

    def _known_if_offline(self, found: dict[str, Any] | None, code: str) -> dict[str, Any]:
        if found is not None:
            self._refresh()
            return found
        lookups = self._lookups(code)
        with self.store.reading() as conn:
            card = self.store.card(conn, lookups)
        if card is None:
            raise Offline(
                "The till is offline and does not know this card: its balance cannot be "
                "checked until the link is back."
            )
        return _offline_view(card, self.clock())

    def history(self, card: str | uuid.UUID, *, last: int) -> dict[str, Any]:
        """A card and its last entries from the service: a manager's look needs the link
        (the till's cache has no entries)."""
        found = self._online(self.client.history, card, last)
        if found is not None:
            return found
        raise Offline(
            "The till is offline (it cannot reach the central service): a card's history "
            "needs the link. Try again when the till is back online."
        )


def _needs_link() -> Offline:
    return Offline("The till is offline: a manager's approval needs the link to the central "
                   "service. Try again when the till is back online.")


def _offline_view(card: CachedCard, now: datetime) -> dict[str, Any]:
    return {
        "id": str(card.id),
        "masked_code": card.masked,
        "status": card.status,
        "currency": card.currency,
        "balance": Money(card.balance_minor - card.offline_taken_minor, card.currency)
        .amount_str(),
        "available": Money(max(0, card.available_minor - card.offline_taken_minor),
                           card.currency).amount_str(),
        "expires_at": card.expires_at.isoformat() if card.expires_at else None,
        "offline": True,
        "as_of": card.fetched_at.isoformat(),
        "age_seconds": int((now - card.fetched_at).total_seconds()),
    }
