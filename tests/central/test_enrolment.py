"""Tills enrol with a one-time code, pin the service's certificate, and can be revoked."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from posapp import __version__
from posapp.central import client as central
from posapp.central import enrolment, tokens
from posapp.central.client import CertificateMismatch, Client
from posapp.central.till_file import TillCredential
from posapp.db import migrate
from posapp.domain.errors import AuthFailed, PermissionDenied, RateLimited
from tests.central.conftest import ROOT, Chain, Service
from tests.conftest import PINS
from tests.support.tls import make_certificate


@pytest.fixture(autouse=True)
def forget_wrong_codes(chain: Chain) -> Iterator[None]:
    """Every test here enrols from one address: one's wrong codes must not throttle the next."""
    yield
    chain.sql("DELETE FROM enrol_failures")


def test_an_enrolment_code_works_once(chain: Chain) -> None:
    code = chain.enrol_code("once")
    first = central.enrol(chain.service.url, code.lower().replace("-", " "))
    assert first.terminal == "once" and first.store == "S1"
    with pytest.raises(AuthFailed, match="already used"):
        central.enrol(chain.service.url, code)
    with Client.of(first) as till:
        assert till.sign_in("carl", PINS["carl"])["staff"]["terminal"] == "once"


def test_a_wrong_or_expired_code_enrols_nothing(chain: Chain) -> None:
    with pytest.raises(AuthFailed):
        central.enrol(chain.service.url, "0000-0000-0000-0000-0000")
    code = chain.enrol_code("late")
    chain.sql(
        "UPDATE terminals SET enrol_expires_at = now() - interval '1 second' WHERE name = 'late'"
    )
    with pytest.raises(AuthFailed, match="expired"):
        central.enrol(chain.service.url, code)
    assert chain.sql("SELECT credential_hash FROM terminals WHERE name = 'late'") == [(None,)]


def test_the_server_keeps_only_hashes_of_codes_and_credentials(chain: Chain) -> None:
    code = chain.enrol_code("hashed")
    stored = chain.sql("SELECT enrol_code_hash FROM terminals WHERE name = 'hashed'")[0][0]
    assert code.replace("-", "") not in stored and len(stored) == 64
    saved = central.enrol(chain.service.url, code)
    row = chain.sql("SELECT credential_hash, enrol_code_hash FROM terminals WHERE name='hashed'")
    assert row[0][0] != saved.credential and len(row[0][0]) == 64 and row[0][1] is None


def test_a_revoked_terminal_is_refused_at_its_next_request(chain: Chain) -> None:
    till = chain.till("carl", name="doomed")
    assert till.me()["terminal"] == "doomed"
    chain.cli.ok("terminal", "revoke", "doomed", user="root")
    with pytest.raises(AuthFailed, match="credential"):
        till.me()
    with pytest.raises(AuthFailed):
        till.sign_in("carl", PINS["carl"])
    listed = chain.cli.ok("terminal", "list", user="root")["terminals"]
    assert [t["access"] for t in listed if t["name"] == "doomed"] == ["revoked"]
    # A new code brings it back, with a new credential; the old one stays refused.
    old = till.credential
    again = central.enrol(chain.service.url, chain.cli.ok(
        "terminal", "code", "doomed", user="root")["enrol_code"])
    assert again.credential != old
    with Client.of(again) as back:
        assert back.sign_in("carl", PINS["carl"])
    with Client(again.url, again.certificate, old) as replayed:
        with pytest.raises(AuthFailed, match="credential"):
            replayed.sign_in("carl", PINS["carl"])


def test_a_new_code_replaces_the_credential_only_when_used(chain: Chain) -> None:
    first = chain.enrol("replaced")
    renewal = chain.cli.ok("terminal", "code", "replaced", user="root")["enrol_code"]
    with Client.of(first) as till:
        assert till.sign_in("carl", PINS["carl"])
        second = central.enrol(chain.service.url, renewal)
        with pytest.raises(AuthFailed, match="credential"):
            till.me()
    with Client.of(second) as till:
        assert till.sign_in("carl", PINS["carl"])


def test_forged_missing_or_wrong_credentials_are_refused(chain: Chain) -> None:
    real = chain.enrol("genuine")
    forged = real.credential[:-2] + ("AA" if not real.credential.endswith("AA") else "BB")
    for credential in (None, "", forged, "x" * 5000, real.credential.lower()):
        with Client(real.url, real.certificate, credential) as till:
            with pytest.raises(AuthFailed):
                till.sign_in("carl", PINS["carl"])
    # Another scheme than Bearer, or the credential in the session header, is no credential.
    for headers in (
        {"Authorization": f"Basic {real.credential}"},
        {"X-Staff-Session": real.credential},
    ):
        reply = httpx.post(
            f"{real.url}/v1/sessions", json={"name": "carl", "pin": PINS["carl"]},
            headers=headers, verify=False,
        )
        assert reply.status_code == 401 and reply.json()["error"] == "auth_failed"


def test_terminal_list_shows_contact_version_and_waiting_operations(chain: Chain) -> None:
    saved = chain.enrol("reporting")
    waiting = [7]

    def listed() -> dict[str, object]:
        rows = chain.cli.ok("terminal", "list", user="root")["terminals"]
        found: dict[str, object] = next(t for t in rows if t["name"] == "reporting")
        return found

    with Client.of(saved, outbox_waiting=lambda: waiting[0]) as till:
        till.sign_in("carl", PINS["carl"])
        row = listed()
        assert row["access"] == "enrolled" and row["outbox_waiting"] == 7
        assert row["app_version"] == __version__ and row["last_contact_at"]
        # A new count is written at once; the time of contact at most every few seconds.
        waiting[0] = 0
        till.me()
        assert listed()["outbox_waiting"] == 0
        chain.sql("UPDATE terminals SET last_contact_at = now() - interval '1 hour' "
                  "WHERE name = 'reporting'")
        till.me()
        seen = datetime.fromisoformat(str(listed()["last_contact_at"]))
        assert datetime.now(UTC) - seen < timedelta(minutes=1)


def test_enroll_on_the_command_line_writes_a_private_credential_file(chain: Chain) -> None:
    target = chain.where / "till-cli" / "central.json"
    code = chain.enrol_code("cli-till")
    done = subprocess.run(
        [sys.executable, "-m", "posapp", "--json", "terminal", "enroll", chain.service.url,
         code, "--credential-file", str(target),
         "--fingerprint", central.fingerprint(chain.service.tls.pem)],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["terminal"] == "cli-till"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with Client.from_file(target) as till:
        assert till.sign_in("carl", PINS["carl"])["staff"]["terminal"] == "cli-till"
    assert code not in chain.service.log_lines()


def test_a_certificate_other_than_the_pinned_one_is_refused(chain: Chain) -> None:
    saved = chain.enrol("pinned")
    impostor = Service(
        chain.db_url, chain.cli.key_file, make_certificate(chain.where, "impostor"),
        chain.where / "impostor.log",
    ).start()
    try:
        with Client(impostor.url, saved.certificate, saved.credential) as till:
            with pytest.raises(CertificateMismatch, match="pinned"):
                till.sign_in("carl", PINS["carl"])
        # The credential never reached the impostor: it logged no request with it.
        assert "/v1/sessions" not in impostor.log_lines()
        # At enrolment a fingerprint that does not match refuses before the code is sent.
        code = chain.enrol_code("careful")
        with pytest.raises(CertificateMismatch):
            central.enrol(impostor.url, code, expected=central.fingerprint(chain.service.tls.pem))
        assert central.enrol(chain.service.url, code).terminal == "careful"
    finally:
        impostor.stop()


def test_an_admin_session_enrols_and_revokes_tills_over_the_api(chain: Chain) -> None:
    with chain.till("root", name="back-office") as office, chain.till("carl") as counter:
        added = office.request("POST", "/terminals", {"name": "api-till", "store": "S1"})
        assert added["access"] == "enrolling" and added["enrol_code"]
        with pytest.raises(PermissionDenied):
            counter.request("POST", "/terminals", {"name": "rogue", "store": "S1"})
        saved = central.enrol(chain.service.url, added["enrol_code"])
        with Client.of(saved) as till:
            till.sign_in("carl", PINS["carl"])
            office.request("POST", "/terminals/revoke", {"name": "api-till"})
            with pytest.raises(AuthFailed):
                till.me()
        listed = office.request("GET", "/terminals")["terminals"]
        assert [t["access"] for t in listed if t["name"] == "api-till"] == ["revoked"]
        health = office.health()
        assert health["database"] is True and health["schema"] == migrate.head_revision()


def test_one_code_sent_by_several_tills_at_once_enrols_one(chain: Chain) -> None:
    code = chain.enrol_code("raced")
    outcomes: list[object] = []

    def attempt() -> None:
        try:
            outcomes.append(central.enrol(chain.service.url, code, timeout=20))
        except AuthFailed as refused:
            outcomes.append(refused)

    threads = [threading.Thread(target=attempt) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    won = [o for o in outcomes if isinstance(o, TillCredential)]
    assert len(outcomes) == 6 and len(won) == 1
    stored = chain.sql("SELECT credential_hash FROM terminals WHERE name = 'raced'")[0][0]
    assert stored == tokens.digest(won[0].credential)


def _session_with(saved: TillCredential, token: str) -> Client:
    client = Client.of(saved)
    client.session = token
    return client


@pytest.mark.parametrize("revoked_first", [False, True])
def test_enrolling_again_or_revoking_ends_the_terminals_open_sessions(
    chain: Chain, revoked_first: bool
) -> None:
    name = f"re-enrolled-{int(revoked_first)}"
    first = chain.enrol(name)
    with Client.of(first) as old:
        old.sign_in("mia", PINS["mia"])
        token = old.session
    assert token
    if revoked_first:
        chain.cli.ok("terminal", "revoke", name, user="root")
    renewal = chain.cli.ok("terminal", "code", name, user="root")["enrol_code"]
    second = central.enrol(chain.service.url, renewal)
    # The new machine holding the old session (copied, or left on a disk) acts for nobody.
    with _session_with(second, token) as stolen:
        with pytest.raises(AuthFailed, match="Not signed in"):
            stolen.me()
    ended = chain.sql(
        "SELECT s.ended_at FROM staff_sessions s JOIN terminals t ON t.id = s.terminal_id "
        "WHERE t.name = :name", name=name)
    assert ended and all(row[0] is not None for row in ended)


def _audited(chain: Chain, kind: str, name: str) -> int:
    return int(chain.sql("SELECT count(*) FROM audit_events WHERE kind = :kind "
                         "AND detail::text LIKE :name", kind=kind, name=f'%"{name}"%')[0][0])


def test_wrong_codes_void_the_code_they_name_and_throttle_their_address(chain: Chain) -> None:
    code = chain.enrol_code("guessed")
    group = code[5:9]
    wrong = code[:5] + ("0000" if group != "0000" else "1111") + code[9:]
    for _ in range(enrolment.CODE_TRIES):
        with pytest.raises(AuthFailed, match="not valid"):
            central.enrol(chain.service.url, wrong)
    # Enough guesses at this terminal's code: it works no more, even typed right.
    with pytest.raises(AuthFailed, match="not valid"):
        central.enrol(chain.service.url, code)
    assert chain.sql("SELECT enrol_code_hash FROM terminals WHERE name = 'guessed'") == [(None,)]
    assert _audited(chain, "terminal_enrol_refused", "guessed") == enrolment.CODE_TRIES
    assert _audited(chain, "terminal_enrol_code_voided", "guessed") == 1
    chain.sql("DELETE FROM enrol_failures")

    fresh = chain.enrol_code("slow-typist")
    for _ in range(enrolment.ADDRESS_TRIES):
        with pytest.raises(AuthFailed):
            central.enrol(chain.service.url, "ZZZZ-0000-0000-0000-0000")
    with pytest.raises(RateLimited, match="Too many wrong enrolment codes"):
        central.enrol(chain.service.url, fresh)  # refused before it is even tried
    assert _audited(chain, "terminal_enrol_throttled", "127.0.0.1") >= 1
    # Once the wrong codes are older than the window, the right one works.
    chain.sql("UPDATE enrol_failures SET at = at - interval '16 minutes'")
    assert central.enrol(chain.service.url, fresh).terminal == "slow-typist"
