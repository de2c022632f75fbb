"""Only terminals an admin registered can sign in; naming a new one is no way around the
per-terminal limits, and registering one twice is a clear error, never a crash."""

from __future__ import annotations

import pytest

from posapp import codes, paths
from tests.cli.runner import Cli, run_processes
from tests.conftest import PINS


@pytest.mark.parametrize("name", ["TILL-NEW", "", "   ", "x" * 300, "tab\there"])
def test_sign_in_at_an_unregistered_terminal_is_refused(any_cli: Cli, name: str) -> None:
    result = any_cli.fails("auth_failed", "location", "list", user="carl", terminal=name)
    assert result.status == 4


def test_a_new_terminal_name_gives_no_fresh_look_up_budget(cli: Cli) -> None:
    cli.ok("settings", "set", "failed_lookup_limit", "3", user="root")
    for _ in range(3):
        cli.fails("card_not_found", "card", "balance", codes.generate(), user="carl")
    for n in range(5):
        cli.fails("auth_failed", "card", "balance", codes.generate(), user="carl", terminal=f"X{n}")
    cli.fails("rate_limited", "card", "balance", codes.generate(), user="carl")


def test_an_admin_registers_terminals_and_lists_them(any_cli: Cli) -> None:
    added = any_cli.ok("terminal", "add", " Till 2 ", "--store", "s2", user="root")
    assert (added["name"], added["store"]) == ("Till 2", "S2")
    any_cli.fails("conflict", "terminal", "add", "Till 2", "--store", "S2", user="root")
    any_cli.fails("invalid_input", "terminal", "add", "y" * 65, "--store", "S2", user="root")
    any_cli.fails("invalid_input", "terminal", "add", "bell\a", "--store", "S2", user="root")
    any_cli.fails("not_found", "terminal", "add", "Till 3", "--store", "NOPE", user="root")
    any_cli.fails("permission_denied", "terminal", "add", "Till 3", "--store", "S2", user="mia")
    listed = any_cli.ok("terminal", "list", user="root")["terminals"]
    assert ("Till 2", "S2") in {(t["name"], t["store"]) for t in listed}
    assert any_cli.ok("location", "list", user="carl", location="S2", terminal="Till 2")


def test_db_init_registers_this_machines_terminal(fresh_cli: Cli) -> None:
    fresh_cli.ok(
        "db", "init", "--admin", "root", "--set-pin", PINS["root"], "--store", "S1",
    )
    listed = fresh_cli.ok("terminal", "list", user="root")["terminals"]
    assert [(t["name"], t["store"]) for t in listed] == [(paths.terminal_name(), "S1")]


def test_a_chain_set_up_without_a_store_registers_its_terminal_with_the_first_store(
    fresh_cli: Cli,
) -> None:
    fresh_cli.ok("db", "init", "--admin", "root", "--set-pin", PINS["root"])
    fresh_cli.ok("location", "add", "S1", "--name", "One", "--currency", "USD", user="root")
    assert fresh_cli.ok("location", "list", user="root")["locations"]


def test_parallel_registrations_of_one_name_give_one_terminal_and_clear_conflicts(
    any_cli: Cli,
) -> None:
    opts = ["--db", any_cli.db_url, "--key-file", str(any_cli.key_file), "--json"]
    opts += ["--user", "root", "--pin", PINS["root"]]
    done = run_processes(*[[*opts, "terminal", "add", "RACE", "--store", "S1"]] * 6)
    statuses = sorted(p.returncode for p in done)
    assert statuses == [0] + [3] * 5, [(p.returncode, p.stdout, p.stderr[-300:]) for p in done]
    assert all('"conflict"' in p.stdout for p in done if p.returncode)


def test_parallel_first_sign_ins_at_a_new_name_are_all_refused_cleanly(any_cli: Cli) -> None:
    opts = ["--db", any_cli.db_url, "--key-file", str(any_cli.key_file), "--json"]
    opts += ["--user", "carl", "--pin", PINS["carl"], "--terminal", "BRAND-NEW"]
    done = run_processes(*[[*opts, "location", "list"]] * 6)
    assert [p.returncode for p in done] == [4] * 6, [p.stderr[-300:] for p in done]
    assert all('"auth_failed"' in p.stdout for p in done)
    names = {t["name"] for t in any_cli.ok("terminal", "list", user="root")["terminals"]}
    assert "BRAND-NEW" not in names
