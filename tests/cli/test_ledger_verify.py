"""`posapp ledger verify` against a ledger tampered with by SQL, on both databases.

The attacker here has the database but not the key file: they drop or disable the
ledger's append-only triggers and rewrite rows. Every attack must be found, named by
card and entry, refuse `report liability`, and exit 3.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import DBAPIError

from tests.cli.conftest import issue, sell
from tests.cli.runner import Cli


@contextmanager
def attacker(cli: Cli) -> Iterator[Connection]:
    """A raw connection with the ledger's append-only triggers out of the way."""
    engine = create_engine(cli.db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                conn.execute(text("DROP TRIGGER IF EXISTS ledger_entries_no_update"))
                conn.execute(text("DROP TRIGGER IF EXISTS ledger_entries_no_delete"))
            else:
                conn.execute(text("ALTER TABLE ledger_entries DISABLE TRIGGER USER"))
            yield conn
            if conn.dialect.name != "sqlite":
                conn.execute(text("ALTER TABLE ledger_entries ENABLE TRIGGER USER"))
    finally:
        engine.dispose()


def card_id(cli: Cli, code: str) -> str:
    return str(cli.balance(code)["id"])


def busy_card(cli: Cli) -> dict[str, Any]:
    """A card with four entries: issued 50.00, redeemed twice, reloaded."""
    card = issue(cli, "50.00")
    cli.ok("card", "redeem", card["code"], "--amount", "10.00", user="carl")
    cli.ok("card", "redeem", card["code"], "--amount", "5.00", user="carl")
    cli.ok("card", "reload", card["code"], "--amount", "20.00", user="mia")
    return card


def entries(conn: Connection, cid: str) -> list[Any]:
    return list(
        conn.execute(
            text(
                "SELECT id, seq, amount_minor, balance_before, balance_after FROM ledger_entries"
                " WHERE card_id = :c ORDER BY seq"
            ),
            {"c": cid if conn.dialect.name != "sqlite" else cid.replace("-", "")},
        )
    )


def sql_id(conn: Connection, cid: str) -> str:
    return cid if conn.dialect.name != "sqlite" else cid.replace("-", "")


def refused(cli: Cli, cid: str, needle: str) -> dict[str, Any]:
    """`ledger verify` fails (exit 3) naming ``cid`` with a problem containing ``needle``,
    and `report liability` refuses too."""
    result = cli("ledger", "verify", user="mia")
    assert result.status == 3, result
    data = result.data
    assert data["error"] == "invalid_state" and data["ok"] is False, data
    mine = [p for p in data["problems"] if p["card_id"] == cid]
    assert any(needle in p["problem"] for p in mine), data["problems"]
    assert all(p["masked_code"].startswith("GC-****") for p in mine), mine
    liability = cli("report", "liability", user="mia")
    assert liability.status == 3 and "ledger verify" in liability.data["message"], liability
    return data


def test_a_clean_ledger_passes(any_cli: Cli) -> None:
    busy_card(any_cli)
    sell(any_cli, "25.00")
    data = any_cli.ok("ledger", "verify", user="mia")
    assert data["ok"] is True and data["problem_count"] == 0
    assert data["cards"] == 2 and data["entries"] == 5 and data["legacy_entries"] == 0
    assert any_cli.ok("report", "liability", user="mia")["total"] == {"USD": "80.00"}
    text_run = any_cli("ledger", "verify", user="mia", as_json=False)
    assert text_run.status == 0 and "intact" in text_run.out


def test_a_cashier_may_not_verify(any_cli: Cli) -> None:
    any_cli.fails("permission_denied", "ledger", "verify", user="carl")


def test_a_balance_set_by_sql_is_found(any_cli: Cli) -> None:
    card = busy_card(any_cli)
    cid = card_id(any_cli, card["code"])
    with attacker(any_cli) as conn:
        conn.execute(
            text("UPDATE gift_cards SET balance_minor = 99900 WHERE id = :c"),
            {"c": sql_id(conn, cid)},
        )
    refused(any_cli, cid, "balance 99900 but its entries sum to 5500")


def test_a_deleted_entry_is_found(any_cli: Cli) -> None:
    card = busy_card(any_cli)
    cid = card_id(any_cli, card["code"])
    with attacker(any_cli) as conn:
        second = entries(conn, cid)[1]
        conn.execute(text("DELETE FROM ledger_entries WHERE id = :e"), {"e": second.id})
    data = refused(any_cli, cid, "where seq 2 was expected")
    assert any("hash does not match" in p["problem"] for p in data["problems"])


def test_a_deleted_last_entry_is_found_even_with_the_card_row_rewound(any_cli: Cli) -> None:
    card = busy_card(any_cli)
    cid = card_id(any_cli, card["code"])
    with attacker(any_cli) as conn:
        last = entries(conn, cid)[-1]
        conn.execute(text("DELETE FROM ledger_entries WHERE id = :e"), {"e": last.id})
        conn.execute(
            text("UPDATE gift_cards SET balance_minor = :b, last_seq = 3 WHERE id = :c"),
            {"b": last.balance_before, "c": sql_id(conn, cid)},
        )
    refused(any_cli, cid, "newest entry is not the one the card row names")


def test_an_altered_amount_is_found_even_when_every_sum_agrees(any_cli: Cli) -> None:
    card = busy_card(any_cli)
    cid = card_id(any_cli, card["code"])
    with attacker(any_cli) as conn:
        # The first redemption made 1.00 instead of 10.00, and every later balance moved by 9.00:
        # the balances all add up again, only the hash can tell.
        rows = entries(conn, cid)
        conn.execute(
            text("UPDATE ledger_entries SET amount_minor = -100, balance_after = 4900 "
                 "WHERE id = :e"),
            {"e": rows[1].id},
        )
        for row in rows[2:]:
            conn.execute(
                text("UPDATE ledger_entries SET balance_before = balance_before + 900, "
                     "balance_after = balance_after + 900 WHERE id = :e"),
                {"e": row.id},
            )
        conn.execute(
            text("UPDATE gift_cards SET balance_minor = balance_minor + 900 WHERE id = :c"),
            {"c": sql_id(conn, cid)},
        )
    data = refused(any_cli, cid, "hash does not match")
    assert [p["seq"] for p in data["problems"]] == [2, 3, 4]


def test_a_broken_chain_is_found(any_cli: Cli) -> None:
    card = busy_card(any_cli)
    cid = card_id(any_cli, card["code"])
    other = issue(any_cli, "50.00")
    with attacker(any_cli) as conn:
        # Copy another card's (valid) first hash over this card's first entry.
        conn.execute(
            text(
                "UPDATE ledger_entries SET chain_hash = (SELECT chain_hash FROM ledger_entries "
                "WHERE card_id = :o AND seq = 1) WHERE card_id = :c AND seq = 1"
            ),
            {"o": sql_id(conn, card_id(any_cli, other["code"])), "c": sql_id(conn, cid)},
        )
    data = refused(any_cli, cid, "hash does not match")
    # The copied hash is wrong for entry 1, and entry 2 no longer follows from it.
    assert [p["seq"] for p in data["problems"] if p["card_id"] == cid] == [1, 2]


def test_an_entry_stripped_of_its_hash_is_found(any_cli: Cli) -> None:
    card = busy_card(any_cli)
    cid = card_id(any_cli, card["code"])
    with attacker(any_cli) as conn:
        conn.execute(
            text("UPDATE ledger_entries SET chain_hash = NULL WHERE card_id = :c"),
            {"c": sql_id(conn, cid)},
        )
    data = refused(any_cli, cid, "newest entry is not the one the card row names")
    assert any("have no hash; only 0 were written" in p["problem"] for p in data["problems"])


def test_a_ledger_checked_with_another_key_file_fails(any_cli: Cli, tmp_path: Any) -> None:
    busy_card(any_cli)
    stranger = Cli(any_cli.db_url, tmp_path / "other-keys.json")
    result = stranger("ledger", "verify", user="mia")
    # The key check refuses another key file before any entry is read.
    assert result.status == 3 and result.data["error"] == "key_file", result


def test_a_forged_entry_is_found(any_cli: Cli) -> None:
    card = busy_card(any_cli)
    cid = card_id(any_cli, card["code"])
    with attacker(any_cli) as conn:
        last = entries(conn, cid)[-1]
        conn.execute(
            text(
                "INSERT INTO ledger_entries (id, card_id, seq, kind, amount_minor, "
                "balance_before, balance_after, currency, location_id, created_at, recorded_at, "
                "origin, idempotency_key, chain_hash) SELECT :id, card_id, 5, 'adjust', 100000, "
                "balance_after, balance_after + 100000, currency, location_id, created_at, "
                "recorded_at, origin, 'forged', chain_hash FROM ledger_entries WHERE id = :e"
            ),
            {"id": sql_id(conn, str(uuid.uuid4())), "e": last.id},
        )
        conn.execute(
            text("UPDATE gift_cards SET balance_minor = balance_minor + 100000, last_seq = 5 "
                 "WHERE id = :c"),
            {"c": sql_id(conn, cid)},
        )
    refused(any_cli, cid, "hash does not match")


@pytest.mark.postgres
def test_postgres_refuses_truncate_of_the_ledger_and_the_cards(empty_cli: Cli) -> None:
    if not empty_cli.db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    from tests.cli.conftest import set_up_shop

    set_up_shop(empty_cli)
    busy_card(empty_cli)
    engine = create_engine(empty_cli.db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        for statement in (
            "TRUNCATE ledger_entries",
            "TRUNCATE gift_cards CASCADE",
            "TRUNCATE sales CASCADE",
            "TRUNCATE locations CASCADE",
        ):
            with pytest.raises(DBAPIError, match="may not be truncated"), engine.begin() as conn:
                conn.execute(text(statement))
    finally:
        engine.dispose()
    assert empty_cli.ok("ledger", "verify", user="mia")["entries"] == 4


def test_entries_from_before_the_chain_are_a_legacy_prefix(any_cli: Cli) -> None:
    """A database written before the chain existed: its entries have no hash. They pass
    (their balances are still checked), new entries chain on after them, and nothing
    later may lack a hash."""
    from posapp.db import migrate
    from posapp.db.engine import Database

    card = busy_card(any_cli)
    cid = card_id(any_cli, card["code"])
    db = Database(any_cli.db_url)
    try:
        migrate.downgrade(db, "0002_security")
        assert "chain_hash" not in {c["name"] for c in _columns(db, "ledger_entries")}
        migrate.upgrade(db)
    finally:
        db.dispose()
    data = any_cli.ok("ledger", "verify", user="mia")
    assert (data["legacy_entries"], data["entries"]) == (4, 4)
    any_cli.ok("card", "redeem", card["code"], "--amount", "1.00", user="carl")
    data = any_cli.ok("ledger", "verify", user="mia")
    assert (data["legacy_entries"], data["entries"], data["ok"]) == (4, 5, True)
    with attacker(any_cli) as conn:
        conn.execute(
            text("UPDATE gift_cards SET balance_minor = 1 WHERE id = :c"),
            {"c": sql_id(conn, cid)},
        )
    refused(any_cli, cid, "balance 1 but its entries sum to 5400")
    with attacker(any_cli) as conn:
        conn.execute(
            text("UPDATE gift_cards SET balance_minor = 5400 WHERE id = :c"),
            {"c": sql_id(conn, cid)},
        )
        conn.execute(
            text("UPDATE ledger_entries SET chain_hash = NULL WHERE card_id = :c AND seq = 5"),
            {"c": sql_id(conn, cid)},
        )
    refused(any_cli, cid, "newest entry is not the one the card row names")


def _columns(db: Any, table: str) -> list[Any]:
    from sqlalchemy import inspect

    return list(inspect(db.engine).get_columns(table))


def test_a_seal_moved_past_unsummed_days_is_found_by_day_store_and_currency(
    any_cli: Cli,
) -> None:
    """Days marked sealed without their totals would drop their movements from every
    roll-forward: the recount names each such day, store and currency, and exits 3."""
    busy_card(any_cli)
    today = datetime.now(UTC).date()
    period = ("--from", str(today), "--to", str(today))
    any_cli.ok("report", "rollforward", *period, user="mia")
    with attacker(any_cli) as conn:
        conn.execute(text("UPDATE ledger_seal SET sealed_until = :d"),
                     {"d": today + timedelta(days=1)})
    result = any_cli("ledger", "verify", user="mia")
    assert result.status == 3, result
    found = {(p["day"], p["store"], p["currency"], p["problem"])
             for p in result.data["problems"]}
    assert (str(today), "S1", "USD", "issued sealed as 0 but its entries sum to 5000") in found
    assert (str(today), "S1", "USD", "redeemed sealed as 0 but its entries sum to -1500") in found
    text_run = any_cli("ledger", "verify", user="mia", as_json=False)
    assert text_run.status == 3 and str(today) in text_run.err, text_run
    refused_report = any_cli("report", "rollforward", *period, user="mia")
    assert refused_report.status == 3 and "ledger verify" in refused_report.data["message"]
