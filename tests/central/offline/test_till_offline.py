"""A till that loses its link to the service: what it still does, what it refuses, and how
what it did offline reaches the service exactly once."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from posapp.central.till import Till
from posapp.codes import KeyRing
from posapp.domain.errors import Conflict, InvalidInput, NotAllowed, Offline, PermissionDenied
from posapp.domain.roles import Role
from posapp.services.cards.issuing import CardTerms
from posapp.services.cards.lookup import CardRef
from posapp.services.checkout.sale_parts import CardLine, GoodsLine, Payment
from posapp.services.command_path import commands as c
from tests.central.conftest import Chain
from tests.central.offline.support import (
    balance_minor,
    key,
    sell,
    set_offline_limits,
    till_through,
    usd,
    wait_for_settings,
)
from tests.invariants.ledger_check import assert_invariants
from tests.support.fault_proxy import FaultProxy


@pytest.fixture
def proxy(chain: Chain) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", chain.service.port) as running:
        yield running


def go_offline(till: Till, proxy: FaultProxy, code: str) -> dict[str, object]:
    proxy.refuse()  # no new connection is accepted,
    proxy.cut_after_request()  # and the one the till keeps open is cut at the next reply
    seen = till.balance(code)
    assert not till.online
    return seen


def test_offline_the_till_sells_and_reloads_refuses_the_rest_and_replays_once(
    chain: Chain, proxy: FaultProxy, tmp_path: Path
) -> None:
    set_offline_limits(chain, offline_redemption="no")
    till = till_through(chain, proxy, tmp_path / "till.sqlite", "mia")
    wait_for_settings(till, offline_redemption=False)
    code = sell(till, 5000)
    till.pull()
    seen = go_offline(till, proxy, code)
    assert seen["offline"] is True and seen["balance"] == "50.00"
    assert isinstance(seen["age_seconds"], int)

    ref = CardRef(code=code)
    for refused in (
        c.VoidCard(ref, "lost"),
        c.AdjustCard(ref, usd(-100), "count"),
        c.FreezeCard(ref, "suspicious"),
        c.ExtendExpiry(ref, date(2099, 1, 1)),
        c.TransferCard(ref),
        c.RefundCard(ref, usd(100)),
        c.IssueCard(usd(1000)),
        c.OpenSale((GoodsLine("mug", usd(1000)),)),
        c.RedeemCard(ref, usd(100)),  # strict by default: no card is taken offline
        c.PaySale(usd(1000), (code,), lines=(GoodsLine("mug", usd(1000)),)),
        c.AddStaff("ann", Role.CASHIER, "482915"),  # no PIN is ever kept in the outbox
        c.SetSettings({"offline_redemption": "yes"}),
        # Its day could pass before the replay: refused offline, not queued.
        c.SellCards((CardLine(usd(2500), terms=CardTerms(
            recipient_email="ann@example.org", deliver_on=date(2099, 1, 1))),),
            Payment(cash=usd(2500))),
    ):
        with pytest.raises(Offline, match="offline"):
            till.run(refused)
    assert till.store.count_waiting() == 0

    sale_key, reload_key = key(), key()
    sold = till.run(c.SellCards((CardLine(usd(2500)),), Payment(cash=usd(2500)), key=sale_key))
    reloaded = till.run(c.ReloadCard(ref, usd(1000), key=reload_key))
    assert sold["offline"] is True and reloaded["queued"] == reload_key
    assert till.store.count_waiting() == 2
    cards_before = int(chain.sql("SELECT count(*) FROM gift_cards")[0][0])

    proxy.heal()
    assert till.check_link(force=True)
    assert till.store.count_waiting() == 0
    card_id = str(till.balance(code)["id"])
    assert balance_minor(chain, card_id) == 6000
    assert int(chain.sql("SELECT count(*) FROM gift_cards")[0][0]) == cards_before + 1
    # The same keys again: the service answers with the first results, nothing more is done.
    again = till.run(c.ReloadCard(ref, usd(1000), key=reload_key))
    assert again["balance"] == "60.00" and balance_minor(chain, card_id) == 6000
    # A card named by id is taken only as the store lets tills take cards offline (not here).
    with pytest.raises(NotAllowed, match="does not take gift cards offline"):
        till.client.run(c.SettleOfflineRedemption(
            uuid.UUID(card_id), usd(100), "mia", till.clock(), key=key()))
    assert balance_minor(chain, card_id) == 6000
    assert_invariants(chain.db_url)
    till.close()


def test_a_reply_lost_after_the_commit_is_confirmed_on_replay_not_run_twice(
    chain: Chain, proxy: FaultProxy, tmp_path: Path
) -> None:
    till = till_through(chain, proxy, tmp_path / "till.sqlite", "carl")
    code = sell(till, 4000)
    card_id = str(till.balance(code)["id"])
    proxy.cut_after_request()
    with pytest.raises(Offline, match="do not repeat"):
        till.run(c.RedeemCard(CardRef(code=code), usd(1500), key=key()))
    assert not till.online and till.store.count_waiting() == 1
    assert balance_minor(chain, card_id) == 2500  # it did commit; the reply was lost
    proxy.heal()
    assert till.check_link(force=True)
    answers = till.replayed()
    assert till.store.count_waiting() == 0
    assert balance_minor(chain, card_id) == 2500
    assert till.online and all(a.get("unconfirmed") for a in answers)
    assert_invariants(chain.db_url)
    till.close()


def test_offline_redemption_within_limits_and_the_shortfall_queued_on_replay(
    chain: Chain, proxy: FaultProxy, tmp_path: Path
) -> None:
    set_offline_limits(chain, offline_redemption="yes", offline_card_cap="30",
                       offline_terminal_allowance="40")
    till = till_through(chain, proxy, tmp_path / "till.sqlite", "carl")
    wait_for_settings(till, offline_redemption=True)
    first, second = sell(till, 5000), sell(till, 5000)
    first_id = str(till.balance(first)["id"])
    till.pull()
    go_offline(till, proxy, first)

    def redeem(code: str, minor: int) -> dict[str, object]:
        return till.run(c.RedeemCard(CardRef(code=code), usd(minor), key=key()))

    assert redeem(first, 2000)["redeemed"] == "20.00"
    with pytest.raises(Offline, match="at most 10.00 USD more"):
        redeem(first, 1500)  # the per-card cap
    assert redeem(first, 1000)["card"]["available"] == "20.00"  # type: ignore[index]
    with pytest.raises(Offline, match="this till may take at most 10.00 USD"):
        redeem(second, 1500)  # the till's allowance
    with pytest.raises(Offline, match="does not know the card"):
        redeem("GC" + "0" * 17, 100)
    assert till.balance(first)["available"] == "20.00"

    # Meanwhile the card is spent at another till that is online.
    with chain.till("carl") as other:
        other.run(c.RedeemCard(CardRef(code=first), usd(4500), key=key()))

    proxy.heal()
    assert till.check_link(force=True)
    answers = till.replayed()
    assert till.store.count_waiting() == 0 and len(answers) == 2
    assert balance_minor(chain, first_id) == 0
    items = chain.sql(
        "SELECT asked_minor, taken_minor, shortfall_minor, cashier FROM reconciliation_items "
        "WHERE card_id = :id ORDER BY asked_minor DESC", id=first_id)
    assert [tuple(i) for i in items] == [(2000, 500, 1500, "carl"), (1000, 0, 1000, "carl")]
    # Past the per-card cap a replay is not refused but queued: the customer had the goods.
    over = till.client.run(c.SettleOfflineRedemption(
        uuid.UUID(first_id), usd(3001), "carl", till.clock(), key=key()))
    assert over["taken"] == "0.00" and over["shortfall"] == "30.01" and over["item_id"]
    assert_invariants(chain.db_url)
    set_offline_limits(chain, offline_redemption="no")
    till.close()

    # Managers work through the queue: listed, resolved once with a note, audited.
    chain.cli.fails("permission_denied", "recon", "list", user="carl")
    mine = [i for i in chain.cli.ok("recon", "list", user="mia")["items"]
            if i["card_id"] == first_id]
    assert sorted(i["shortfall"] for i in mine) == ["10.00", "15.00", "30.01"]
    assert {i["reference"] for i in mine} == {None} and all(i["terminal"] for i in mine)
    done = chain.cli.ok("recon", "resolve", mine[0]["id"], "--note", "customer paid cash",
                        user="mia")
    assert done["resolved_by"] == "mia" and done["note"] == "customer paid cash"
    chain.cli.fails("invalid_state", "recon", "resolve", mine[0]["id"], "--note", "again",
                    user="mia")
    chain.cli.fails("invalid_input", "recon", "resolve", mine[1]["id"], "--note", " ",
                    user="mia")
    chain.cli.fails("not_found", "recon", "resolve", "nonsense", "--note", "x", user="mia")
    with chain.till("mia") as manager, chain.till("carl") as cashier:
        listed = manager.request("GET", "/reconciliation")["items"]
        assert mine[1]["id"] in {i["id"] for i in listed}
        with pytest.raises(PermissionDenied):
            cashier.request("GET", "/reconciliation")
    left = {i["id"] for i in chain.cli.ok("recon", "list", user="mia")["items"]}
    assert mine[0]["id"] not in left and mine[1]["id"] in left
    audited = chain.sql("SELECT count(*) FROM audit_events WHERE kind = "
                        "'reconciliation_resolved' AND detail::text LIKE :id",
                        id=f"%{mine[0]['id']}%")
    assert audited[0][0] == 1


def test_a_sale_reserved_online_is_finished_offline_until_its_holds_lapse(
    chain: Chain, proxy: FaultProxy, tmp_path: Path
) -> None:
    till = till_through(chain, proxy, tmp_path / "till.sqlite", "carl")
    code = sell(till, 3000)
    opened = till.run(c.OpenSale((GoodsLine("scarf", usd(4000)),), key=key()))
    sale_id = uuid.UUID(str(opened["sale_id"]))
    till.run(c.ApplyCard(sale_id, code, key=key()))
    other = till.run(c.OpenSale((GoodsLine("hat", usd(900)),), key=key()))
    go_offline(till, proxy, code)
    done = till.run(c.CompleteSale(sale_id, Payment(cash=usd(1000)), key=key()))
    assert done["offline"] is True
    with pytest.raises(Offline, match="not reserved"):
        till.run(c.CompleteSale(uuid.UUID(str(other["sale_id"])), Payment(cash=usd(900))))
    proxy.heal()
    assert till.check_link(force=True) and till.store.count_waiting() == 0
    state = chain.sql("SELECT state FROM sales WHERE id = :id", id=str(sale_id))[0][0]
    assert state == "completed"
    assert till.balance(code)["balance"] == "0.00"
    assert [a["type"] for a in till.replayed()] == ["sale_complete"]

    # A sale finished offline that was cancelled at another till meanwhile: refused on
    # replay, and queued with its receipt and the amount the cards were to pay.
    second = sell(till, 2000)
    opened = till.run(c.OpenSale((GoodsLine("gloves", usd(2000)),), key=key()))
    sale_id = uuid.UUID(str(opened["sale_id"]))
    till.run(c.ApplyCard(sale_id, second, key=key()))
    go_offline(till, proxy, second)
    till.run(c.CompleteSale(sale_id, key=key()))
    with chain.till("carl") as other:
        other.run(c.CancelSale(sale_id, key=key()))
    proxy.heal()
    assert till.check_link(force=True) and till.store.count_waiting() == 0
    [answer] = till.replayed()
    assert answer["type"] == "sale_complete" and answer["refused"]
    listed = [i for i in chain.cli.ok("recon", "list", user="mia")["items"]
              if i["receipt_number"] == opened["receipt_number"]]
    assert [(i["kind"], i["asked"], i["taken"]) for i in listed] == [("refused", "20.00", "0.00")]
    assert till.balance(second)["balance"] == "20.00"
    assert_invariants(chain.db_url)
    till.close()


def test_the_pull_hands_out_a_derived_look_up_key_never_the_site_secret(chain: Chain) -> None:
    ring = KeyRing.from_json(chain.cli.key_file.read_text())
    with chain.till("carl") as till:
        till.run(c.SellCards((CardLine(usd(500)),), Payment(cash=usd(500)), key=key()))
        got = till.request("POST", "/changes", {"since": 0})
        handed = base64.b64decode(got["lookup_key"])
        assert len(handed) == 32 and handed not in (ring.hmac_secret, ring.encryption_key)
        assert got["cards"] and all("code" not in card for card in got["cards"])
        assert got["seq"] == got["cards"][-1]["change_seq"]
        later = till.request("POST", "/changes", {"since": got["seq"]})
        assert all(card["change_seq"] > got["seq"] for card in later["cards"])
        for since in ("1", -1, 1.5, True, None):
            with pytest.raises(InvalidInput):
                till.request("POST", "/changes", {"since": since})
        # What a till reports is bounded like everything a till sends.
        now = datetime.now(UTC)
        for hostile in (
            c.ReportOfflineRefusal("sale_sell", key(), "x" * 1001, "carl", now, key=key()),
            c.ReportOfflineRefusal("sale_sell", key(), "no", "c" * 81, now, key=key()),
            c.ReportOfflineRefusal("x" * 41, key(), "no", "carl", now, key=key()),
        ):
            with pytest.raises(InvalidInput):
                till.run(hostile)
        with pytest.raises(InvalidInput):
            report = c.ReportOfflineRefusal("sale_sell", key(), "no", "carl", now, key=key())
            till.request("POST", "/commands/offline_refused", {
                **report.to_dict(), "amount": {"minor": 1.5e3, "currency": "USD"}})


def test_a_refusal_report_closes_the_key_so_a_late_first_send_is_not_applied(
    chain: Chain,
) -> None:
    with chain.till("carl") as till:
        sold = till.run(c.SellCards((CardLine(usd(1000)),), Payment(cash=usd(1000)), key=key()))
        code, card_id = str(sold["cards"][0]["code"]), str(sold["cards"][0]["id"])
        late, now = c.RedeemCard(CardRef(code=code), usd(500), key=key()), datetime.now(UTC)
        assert late.key is not None
        # The resend was refused and is reported; the first send was held up on the network.
        report = c.ReportOfflineRefusal("card_redeem", late.key, "refused on resend", "carl",
                                        now, usd(500), key=key())
        assert till.run(report)["item_id"]
        with pytest.raises(Conflict):
            till.run(late)  # it arrives at last: refused, not applied
        assert balance_minor(chain, card_id) == 1000

        # The other way round: the operation had been applied; the report queues nothing.
        done = c.RedeemCard(CardRef(code=code), usd(300), key=key())
        till.run(done)
        assert done.key is not None
        answer = till.run(c.ReportOfflineRefusal("card_redeem", done.key, "lost", "carl", now,
                                                 usd(300), key=key()))
        assert answer["item_id"] is None and answer["taken"] == "3.00"
        assert balance_minor(chain, card_id) == 700
