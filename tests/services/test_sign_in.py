"""Sign-in resists guessing: back-off per staff member and per terminal, a lock only a
manager or admin lifts, race-free counting, PIN rules, and an admin always left."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from posapp import edge_admin, keys
from posapp.codes import KeyRing
from posapp.db.models import AuditEvent, Staff
from posapp.domain.errors import ErrorCode, PosError
from posapp.services.accounting import audit
from posapp.services.command_path.context import Context
from posapp.services.security import pins, staff
from tests.conftest import PINS, Store


def attempt(store: Store, name: str, pin: str, terminal: str = "T1") -> ErrorCode | None:
    try:
        staff.authenticate(store.ctx, name, pin, terminal_name=terminal)
    except PosError as exc:
        return exc.code
    return None


def pins_tested(ctx: Context) -> int:
    """Wrong PINs that were actually checked: one ``auth_failed`` audit event each."""
    query = select(func.count()).where(AuditEvent.kind == audit.AUTH_FAILED)
    return ctx.db.run(lambda s: s.scalar(query), readonly=True)


def test_after_a_few_wrong_pins_each_attempt_waits_longer_even_with_the_right_pin(
    store: Store,
) -> None:
    for _ in range(staff.FREE_ATTEMPTS):
        assert attempt(store, "carl", "0000") is ErrorCode.AUTH_FAILED
    assert attempt(store, "carl", PINS["carl"]) is ErrorCode.RATE_LIMITED
    store.clock.advance(seconds=1)
    assert attempt(store, "carl", "0000") is ErrorCode.AUTH_FAILED
    store.clock.advance(seconds=1)
    assert attempt(store, "carl", PINS["carl"]) is ErrorCode.RATE_LIMITED  # now 2 s
    store.clock.advance(seconds=1)
    assert attempt(store, "carl", PINS["carl"]) is None
    assert pins_tested(store.ctx) == staff.FREE_ATTEMPTS + 1
    refused = store.ctx.db.run(
        lambda s: s.scalar(
            select(func.count()).where(AuditEvent.kind == staff.SIGN_IN_REFUSED)
        ),
        readonly=True,
    )
    assert refused == 2


def test_guessing_other_names_at_one_terminal_backs_the_terminal_off(store: Store) -> None:
    for name in ("nobody", "ghost", "mia"):
        assert attempt(store, name, "000000") is ErrorCode.AUTH_FAILED
    assert attempt(store, "root", PINS["root"]) is ErrorCode.RATE_LIMITED
    store.add_terminal("T2")
    assert attempt(store, "root", PINS["root"], terminal="T2") is None
    store.clock.advance(seconds=staff.wait_after(3))
    assert attempt(store, "ghost", "000000") is ErrorCode.AUTH_FAILED  # 4 in a row
    assert attempt(store, "root", PINS["root"]) is ErrorCode.RATE_LIMITED
    store.clock.advance(seconds=staff.TERMINAL_DECAY.total_seconds() + 1)
    assert attempt(store, "ghost", "000000") is ErrorCode.AUTH_FAILED  # counted afresh: 1
    assert attempt(store, "root", PINS["root"]) is None


def test_repeated_wrong_pins_lock_the_account_until_a_manager_unlocks_it(store: Store) -> None:
    for _ in range(staff.LOCK_AFTER):
        store.clock.advance(seconds=staff.MAX_WAIT)
        assert attempt(store, "carl", "0000") is ErrorCode.AUTH_FAILED
    store.clock.advance(seconds=staff.MAX_WAIT)
    assert attempt(store, "carl", PINS["carl"]) is ErrorCode.AUTH_FAILED
    with pytest.raises(PosError) as err:
        edge_admin.unlock_staff(store.ctx, store.cashier, "carl")
    assert err.value.code is ErrorCode.PERMISSION_DENIED
    assert edge_admin.unlock_staff(store.ctx, store.manager, "carl").locked is False
    assert attempt(store, "carl", PINS["carl"]) is None


def test_a_manager_cannot_unlock_an_admin(store: Store) -> None:
    edge_admin.add_staff(store.ctx, store.admin, "ada", "admin", "123456")
    with pytest.raises(PosError) as err:
        edge_admin.unlock_staff(store.ctx, store.manager, "ada")
    assert err.value.code is ErrorCode.INVALID_STATE


def test_the_last_admin_is_never_locked_only_slowed(store: Store) -> None:
    for _ in range(staff.LOCK_AFTER + 2):
        store.clock.advance(seconds=staff.MAX_WAIT)
        assert attempt(store, "root", "000000") is ErrorCode.AUTH_FAILED
    assert attempt(store, "root", PINS["root"]) is ErrorCode.RATE_LIMITED
    store.add_terminal("BACK-OFFICE")  # a guesser at T1 cannot keep the admin out elsewhere
    assert attempt(store, "root", PINS["root"], terminal="BACK-OFFICE") is None


def test_the_last_active_admin_can_be_neither_disabled_nor_demoted(store: Store) -> None:
    for change in ({"active": False}, {"role": "manager"}):
        with pytest.raises(PosError) as err:
            edge_admin.set_staff(store.ctx, store.admin, "root", **change)  # type: ignore[arg-type]
        assert err.value.code is ErrorCode.INVALID_STATE
    edge_admin.add_staff(store.ctx, store.admin, "ada", "admin", "123456")
    assert edge_admin.set_staff(store.ctx, store.admin, "root", active=False).active is False
    with pytest.raises(PosError):
        edge_admin.set_staff(store.ctx, store.admin, "ada", role="cashier", pin="1234")


@pytest.mark.parametrize("pin", ["٣٣٣٣", "３３３３", "33 3", "12345678901234", "1e10"])
def test_a_pin_is_ascii_digits_only(store: Store, pin: str) -> None:
    with pytest.raises(PosError) as err:
        edge_admin.add_staff(store.ctx, store.admin, "eve", "cashier", pin)
    assert err.value.code is ErrorCode.INVALID_INPUT


def test_a_pin_of_other_digits_never_matches(store: Store) -> None:
    assert attempt(store, "carl", "٣٣٣٣") is ErrorCode.AUTH_FAILED


def test_managers_and_admins_need_longer_pins_and_the_minimum_is_a_setting(store: Store) -> None:

    for role in ("manager", "admin"):
        with pytest.raises(PosError) as err:
            edge_admin.add_staff(store.ctx, store.admin, f"new {role}", role, "12345")
        assert err.value.code is ErrorCode.INVALID_INPUT
    edge_admin.add_staff(store.ctx, store.admin, "cam", "cashier", "1234")
    with pytest.raises(PosError):
        edge_admin.set_staff(store.ctx, store.admin, "cam", role="manager")
    edge_admin.set_setting(store.ctx, store.admin, "min_pin_length_cashier", "6")
    with pytest.raises(PosError):
        edge_admin.add_staff(store.ctx, store.admin, "cat", "cashier", "12345")
    edge_admin.add_staff(store.ctx, store.admin, "cat", "cashier", "123456")


def test_a_pin_hash_is_useless_without_the_key_files_pepper() -> None:
    pepper, other = keys.pin_pepper(KeyRing.generate()), keys.pin_pepper(KeyRing.generate())
    stored = pins.hash_pin("1234", pepper)
    assert "1234" not in stored and stored.startswith("scrypt-pepper$")
    assert pins.verify_pin("1234", stored, pepper)
    assert not pins.verify_pin("1234", stored, other)
    assert not pins.verify_pin("1243", stored, pepper)


def test_the_production_cost_is_memory_hard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()
    stored = pins.hash_pin("1234", b"p" * 32)
    assert stored.startswith("scrypt-pepper$8192$8$1$")


def test_an_old_unpeppered_hash_still_signs_in_and_is_upgraded(store: Store) -> None:
    import base64
    import hashlib

    salt = b"s" * 16
    digest = hashlib.scrypt(b"3333", salt=salt, n=2**4, r=8, p=1, dklen=32)
    old = f"scrypt$16$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"

    def set_old(session) -> None:  # type: ignore[no-untyped-def]
        session.scalar(select(Staff).where(Staff.name == "carl")).pin_hash = old

    store.ctx.db.run(set_old)
    assert attempt(store, "carl", "3333") is None
    upgraded = store.ctx.db.run(
        lambda s: s.scalar(select(Staff.pin_hash).where(Staff.name == "carl")), readonly=True
    )
    assert upgraded.startswith("scrypt-pepper$")
    assert attempt(store, "carl", "3333") is None


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_hundred_parallel_wrong_pins_test_only_the_allowed_number(store: Store) -> None:
    start = threading.Barrier(100)
    results: list[ErrorCode | None] = []

    def guess(n: int) -> None:
        start.wait()
        results.append(attempt(store, "carl", f"{n:04d}" if n != 3333 else "0000"))

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(100)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 100 and None not in results
    assert pins_tested(store.ctx) == staff.FREE_ATTEMPTS  # the clock does not move
    assert results.count(ErrorCode.AUTH_FAILED) == staff.FREE_ATTEMPTS
    assert results.count(ErrorCode.RATE_LIMITED) == 100 - staff.FREE_ATTEMPTS
