"""Malformed, huge and hostile requests are refused with a JSON error and change nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from posapp.central.client import Client
from posapp.central.protocol import MAX_BODY
from posapp.money import Money
from posapp.services.cards.issuing import CardTerms
from posapp.services.cards.lookup import CardRef
from posapp.services.checkout.sale_parts import GoodsLine
from posapp.services.command_path import commands as c
from tests.central.conftest import Chain


@pytest.fixture(scope="module")
def till(chain: Chain) -> Iterator[Client]:
    with chain.till("mia", name="hostile") as client:
        yield client


@pytest.fixture(scope="module")
def card(till: Client) -> dict[str, Any]:
    return till.run(c.IssueCard(Money(5000, "USD")))


def post(till: Client, path: str, content: bytes | Any, **headers: str) -> httpx.Response:
    return httpx.post(
        f"{till.url}/v1{path}",
        content=content,
        headers={
            "Authorization": f"Bearer {till.credential}",
            "X-Staff-Session": str(till.session),
            "Content-Type": "application/json",
            **headers,
        },
        verify=False,
        timeout=30,
    )


def redeem_body(code: str, minor: str = "500", currency: str = '"USD"') -> bytes:
    amount = f'{{"minor": {minor}, "currency": {currency}}}'
    return f'{{"type": "card_redeem", "card": {{"code": "{code}"}}, "amount": {amount}}}'.encode()


def test_a_well_formed_raw_request_works(till: Client, card: dict[str, Any]) -> None:
    reply = post(till, "/commands/card_redeem", redeem_body(card["code"], "1"))
    assert reply.status_code == 200 and reply.json()["redeemed"] == "0.01"


@pytest.mark.parametrize(
    "minor",
    ["500.0", "5e2", "true", '"500"', "NaN", "Infinity", "-500", "1" * 5000, "null", "[500]"],
)
def test_an_amount_not_written_as_whole_minor_units_is_refused(
    till: Client, card: dict[str, Any], minor: str
) -> None:
    before = till.balance(card["code"])["balance"]
    reply = post(till, "/commands/card_redeem", redeem_body(card["code"], minor))
    assert 400 <= reply.status_code < 500, reply.text
    assert reply.json()["error"] in {"invalid_input", "invalid_amount"}
    assert till.balance(card["code"])["balance"] == before


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"{not json", "invalid_input"),
        (b"[1, 2]", "invalid_input"),
        (b"\xff\xfe{}", "invalid_input"),
        (b"[" * 20000 + b"]" * 20000, "invalid_input"),
        (b'{"a": ' + b"[" * 990 + b"]" * 990 + b"}", "invalid_input"),
        (b'{"card": ' + b'{"code": ' * 900 + b'"x"' + b"}" * 901, "invalid_input"),
        (b'{"type": "card_void", "card": {"code": "X"}, "reason": "r"}', "invalid_input"),
        (b'{"card": {"code": "X"}, "amount": {"minor": 1, "currency": "USD"}, "evil": 1}',
         "invalid_input"),
        (b'{"card": {"code": "X", "card_id": "Y"}, "amount": {"minor": 1, "currency": "USD"}}',
         "invalid_input"),
    ],
)
def test_malformed_bodies_are_refused_400(till: Client, body: bytes, expected: str) -> None:
    reply = post(till, "/commands/card_redeem", body)
    assert reply.status_code == 400, reply.text
    assert reply.json()["error"] == expected and reply.json()["message"]


def test_hostile_codes_and_other_currencies_are_the_cores_refusals(
    till: Client, card: dict[str, Any]
) -> None:
    before = till.balance(card["code"])["balance"]
    fullwidth = "".join(chr(ord(ch) + 0xFEE0) for ch in card["code"])
    reply = post(till, "/commands/card_redeem", redeem_body(fullwidth))
    assert (reply.status_code, reply.json()["error"]) == (400, "invalid_code")
    reply = post(till, "/commands/card_redeem", redeem_body(card["code"], currency='"EUR"'))
    assert reply.status_code == 422 and reply.json()["error"] == "currency_mismatch"
    for currency in ('"usd"', '"USD "', '"ＵＳＤ"', "840"):
        reply = post(till, "/commands/card_redeem", redeem_body(card["code"], currency=currency))
        assert reply.status_code == 400, reply.text
    assert till.balance(card["code"])["balance"] == before


def test_huge_bodies_are_refused_413_declared_or_streamed(till: Client) -> None:
    huge = b'{"pad": "' + b"x" * (MAX_BODY * 16) + b'"}'
    assert post(till, "/commands/card_issue", huge).status_code == 413

    def chunks() -> Iterator[bytes]:
        yield b'{"pad": "'
        for _ in range(64):
            yield b"x" * MAX_BODY
        yield b'"}'

    streamed = post(till, "/commands/card_issue", chunks())
    assert streamed.status_code == 413 and streamed.json()["error"] == "invalid_input"


def test_unknown_paths_and_methods_answer_json(till: Client) -> None:
    missing = post(till, "/commands/card_print_money", b"{}")
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
    wrong = httpx.get(f"{till.url}/v1/commands/card_redeem", verify=False)
    assert wrong.status_code == 405 and json.loads(wrong.text)["error"] == "invalid_input"


@pytest.mark.parametrize(
    "until",
    ['"2026-02-30"', '"+10000-01-01"', '"2027-1-1"', '"２０２７-０１-０１"', "20270101", "true",
     '"9999-12-31"', '"2027-01-01T00:00:00"', "null", '["2027-01-01"]', '"' + "9" * 5000 + '"'],
)
def test_a_hostile_new_expiry_is_refused_and_changes_nothing(
    till: Client, card: dict[str, Any], until: str
) -> None:
    before = till.balance(card["code"])
    body = f'{{"card": {{"code": "{card["code"]}"}}, "until": {until}}}'.encode()
    reply = post(till, "/commands/card_extend_expiry", body)
    assert 400 <= reply.status_code < 500, reply.text
    assert reply.json()["error"] in {"invalid_input", "invalid_state"}
    assert till.balance(card["code"]) == before


def test_no_request_ended_in_a_server_error(chain: Chain, till: Client) -> None:
    assert till.health()["status"] == "ok"
    statuses = [
        json.loads(line).get("status")
        for line in chain.service.log_lines().splitlines()
        if '"event": "request"' in line
    ]
    assert statuses and 500 not in statuses
    assert '"level": "error"' not in chain.service.log_lines()


@pytest.mark.parametrize("waiting", ["-1", "many", "1e3", "9" * 12])
def test_a_malformed_outbox_count_is_refused(till: Client, waiting: str) -> None:
    reply = httpx.get(
        f"{till.url}/v1/me",
        headers={"Authorization": f"Bearer {till.credential}",
                 "X-Staff-Session": str(till.session), "X-Outbox-Waiting": waiting},
        verify=False,
    )
    assert reply.status_code == 400 and reply.json()["error"] == "invalid_input"


@pytest.mark.parametrize("bad", ["\\u0000", "\\ud800", "\\udfff\\ud800"])
def test_text_no_database_can_store_is_refused_400(
    till: Client, card: dict[str, Any], bad: str
) -> None:
    before = till.balance(card["code"])["balance"]
    redeem = redeem_body(card["code"], "100")[:-1] + f', "reference": "till {bad}"}}'.encode()
    sign_in = f'{{"name": "ca{bad}rl", "pin": "3333"}}'.encode()
    for path, body in (("/commands/card_redeem", redeem), ("/sessions", sign_in)):
        reply = post(till, path, body)
        assert reply.status_code == 400, reply.text
        assert reply.json()["error"] == "invalid_input"
    assert till.balance(card["code"])["balance"] == before


def test_overlong_text_fields_are_refused_not_crashed(till: Client, card: dict[str, Any]) -> None:
    long = "x" * 20000
    ref = CardRef(code=card["code"])
    commands = [
        c.RedeemCard(ref, Money(100, "USD"), reference=long),
        c.AdjustCard(ref, Money(100, "USD"), long),
        c.FreezeCard(ref, long),
        c.OpenSale((GoodsLine("mug", Money(100, "USD"), category=long),)),
        c.RedeemCard(ref, Money(100, "USD"), key=long),
        c.IssueCard(Money(100, "USD"), CardTerms(recipient_name=long)),
    ]
    before = till.balance(card["code"])
    for command in commands:
        reply = post(till, f"/commands/{command.name}", json.dumps(command.to_dict()).encode())
        assert reply.status_code == 400, (command.name, reply.text)
    assert till.balance(card["code"]) == before
