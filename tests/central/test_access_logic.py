"""Enrolment and sessions in-process, on SQLite and PostgreSQL, with a clock the test moves."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from posapp import edge_admin
from posapp.central import enrolment, identification, offline_policy, protocol, sessions
from posapp.domain.errors import (
    AuthFailed,
    ErrorCode,
    InsufficientFunds,
    InvalidAmount,
    InvalidInput,
    InvalidState,
    NotFound,
    PermissionDenied,
    Phrase,
    PosError,
)
from posapp.domain.lifecycle import Status
from posapp.domain.transitions import Op
from posapp.money import Money
from posapp.services.cards.lookup import CardRef
from posapp.services.command_path import commands as c
from tests.central.conftest import ROOT
from tests.conftest import PINS, Store


def test_a_code_expires_after_a_day_and_a_credential_until_revoked(store: Store) -> None:
    late = enrolment.add_terminal(store.ctx, store.admin, "late", "S1")
    store.clock.advance(hours=24, seconds=1)
    with pytest.raises(AuthFailed, match="expired"):
        enrolment.enrol(store.ctx, late.code)
    fresh = enrolment.new_code(store.ctx, store.admin, "late")
    done = enrolment.enrol(store.ctx, fresh.code)
    terminal, nobody = identification.authorize(store.ctx, done.credential, None, waiting=3)
    assert (terminal.name, terminal.store, nobody) == ("late", "S1", None)
    enrolment.revoke(store.ctx, store.admin, "late")
    with pytest.raises(AuthFailed, match="credential"):
        identification.authorize(store.ctx, done.credential, None)


def test_a_session_expires_and_follows_its_persons_role(store: Store) -> None:
    code = enrolment.add_terminal(store.ctx, store.admin, "desk", "S1").code
    credential = enrolment.enrol(store.ctx, code).credential
    terminal, _ = identification.authorize(store.ctx, credential, None)
    signed = sessions.sign_in(store.ctx, terminal, "carl", PINS["carl"])
    _, actor = identification.authorize(store.ctx, credential, signed.token)
    assert actor is not None and actor.role.value == "cashier"
    assert actor.terminal_id == terminal.id and actor.currency == "USD"
    edge_admin.set_staff(store.ctx, store.admin, "carl", role="manager", pin="998877")
    _, promoted = identification.authorize(store.ctx, credential, signed.token)
    assert promoted is not None and promoted.role.value == "manager"
    store.clock.advance(hours=12)
    with pytest.raises(AuthFailed):
        identification.authorize(store.ctx, credential, signed.token)


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


def test_a_refusal_travels_with_its_template_and_params() -> None:
    """The till rebuilds the service's template and params, not only its English message,
    so that it shows the refusal in its own language: the core's words stay words, a
    nested phrase stays a phrase, a count stays a number."""
    refusals = [
        InvalidState("A {status} card cannot be given a {op}.", status=Status.VOIDED,
                     op=Op.SPEND),
        offline_policy.refused(c.VoidCard(CardRef(code="X"), "lost")),
        offline_policy.not_yet(Phrase("the card was {status} when the till last saw it.",
                                      status=Status.FROZEN)),
        InvalidInput("{file} line {n:,}: {problem}", file=Path("/tmp/a.csv"), n=12345,
                     problem=InvalidAmount("{text!r} is too large.", text="1e99")),
        InsufficientFunds("The card has only {available} available.",
                          available=Money(1250, "EUR")),
    ]
    for refusal in refusals:
        body = json.loads(json.dumps(protocol.error_body(refusal)))
        back = protocol.error_from(body, protocol.status_of(refusal))
        assert type(back) is protocol.ERROR_CLASSES[refusal.code]
        assert (back.message, back.template) == (refusal.message, refusal.template)
        assert back.params.keys() == refusal.params.keys()
    status, op = back_params(refusals[0], "status", "op")
    assert (type(status), status, type(op), op) == (Status, Status.VOIDED, Op, Op.SPEND)
    [what] = back_params(refusals[1], "what")
    assert isinstance(what, Phrase) and what.template == "Voiding a card"
    [reason] = back_params(refusals[2], "reason")
    assert isinstance(reason, Phrase) and reason.params == {"status": Status.FROZEN}
    n, problem = back_params(refusals[3], "n", "problem")
    assert (n, problem.template, problem.params) == (12345, "{text!r} is too large.",
                                                     {"text": "1e99"})


def back_params(refusal: PosError, *names: str) -> list[object]:
    body = json.loads(json.dumps(protocol.error_body(refusal)))
    back = protocol.error_from(body, protocol.status_of(refusal))
    return [back.params[name] for name in names]


@pytest.mark.parametrize(("template", "params"), [
    (None, None),
    ("The card has only {available} available.", {}),
    ("The card has only {available} available.", {"available": "9.99", "extra": 1}),
    ("The card has only {available} available.", {"available": "99.99"}),
    ("The card has only {available.__class__} available.", {"available": "12.50"}),
    ("The card has only {} available.", {"": "12.50"}),
    ("The card has only {available} available.", {"available": {"word": "Nope",
                                                                "value": "x"}}),
    ("The card has only {available} available.", {"available": {"template": "{a}",
                                                                "params": {}}}),
    ("The card has only {available} available.", {"available": ["12.50"]}),
    ("The card has only {available", {"available": "12.50"}),
    ("The card has only {available} available.", "12.50"),
])
def test_a_template_that_does_not_make_the_message_is_left_out(
    template: object, params: object
) -> None:
    """Whatever arrives beside the message, the till shows exactly the message the service
    sent: a template it cannot fill to that very sentence is not used."""
    body = {"error": "insufficient_funds", "message": "The card has only 12.50 available.",
            "template": template, "params": params}
    back = protocol.error_from(body, 422)
    assert type(back) is InsufficientFunds
    assert (back.message, back.template, back.params) == (
        "The card has only 12.50 available.", "The card has only 12.50 available.", {})
