"""Enrolment and sessions in-process, on SQLite and PostgreSQL, with a clock the test moves."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from posapp import edge_admin
from posapp.central import enrolment, protocol, sessions
from posapp.domain.errors import AuthFailed, ErrorCode, NotFound, PermissionDenied, PosError
from tests.central.conftest import ROOT
from tests.conftest import PINS, Store


def test_a_code_expires_after_a_day_and_a_credential_until_revoked(store: Store) -> None:
    late = enrolment.add_terminal(store.ctx, store.admin, "late", "S1")
    store.clock.advance(hours=24, seconds=1)
    with pytest.raises(AuthFailed, match="expired"):
        enrolment.enrol(store.ctx, late.code)
    fresh = enrolment.new_code(store.ctx, store.admin, "late")
    done = enrolment.enrol(store.ctx, fresh.code)
    terminal, nobody = sessions.authorize(store.ctx, done.credential, None, waiting=3)
    assert (terminal.name, terminal.store, nobody) == ("late", "S1", None)
    enrolment.revoke(store.ctx, store.admin, "late")
    with pytest.raises(AuthFailed, match="credential"):
        sessions.authorize(store.ctx, done.credential, None)


def test_a_session_expires_and_follows_its_persons_role(store: Store) -> None:
    code = enrolment.add_terminal(store.ctx, store.admin, "desk", "S1").code
    credential = enrolment.enrol(store.ctx, code).credential
    terminal, _ = sessions.authorize(store.ctx, credential, None)
    signed = sessions.sign_in(store.ctx, terminal, "carl", PINS["carl"])
    _, actor = sessions.authorize(store.ctx, credential, signed.token)
    assert actor is not None and actor.role.value == "cashier"
    assert actor.terminal_id == terminal.id and actor.currency == "USD"
    edge_admin.set_staff(store.ctx, store.admin, "carl", role="manager", pin="998877")
    _, promoted = sessions.authorize(store.ctx, credential, signed.token)
    assert promoted is not None and promoted.role.value == "manager"
    store.clock.advance(hours=12)
    with pytest.raises(AuthFailed):
        sessions.authorize(store.ctx, credential, signed.token)


def test_only_admins_enrol_or_revoke_terminals(store: Store) -> None:
    with pytest.raises(PermissionDenied):
        enrolment.add_terminal(store.ctx, store.manager, "sneaky", "S1")
    with pytest.raises(PermissionDenied):
        enrolment.revoke(store.ctx, store.manager, "T1")
    with pytest.raises(NotFound):
        enrolment.new_code(store.ctx, store.admin, "nowhere")


def test_a_tills_command_line_does_not_load_the_web_stack() -> None:
    probe = (
        "import sys, posapp.cli; "
        "print([m for m in ('fastapi', 'starlette', 'uvicorn', 'httpx') if m in sys.modules])"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_refusal_travels_and_comes_back_as_the_same_kind(code: ErrorCode) -> None:
    kind = protocol.ERROR_CLASSES[code]
    refusal = kind("why")
    status = protocol.status_of(refusal)
    assert 400 <= status < 500 or (code is ErrorCode.BUSY and status == 503)
    back = protocol.error_from(protocol.error_body(refusal), status)
    assert type(back) is kind and back.code is code and back.message == "why"
    assert isinstance(protocol.error_from({"error": "nonsense"}, 500), PosError)
