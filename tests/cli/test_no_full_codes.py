"""No full code outside the outputs that may show one (issue, sale sell, activate, transfer,
the new card of a replacement), nor in logs, nor in the SQLite database file or its WAL."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from posapp.services.security import pins
from tests.cli.conftest import FAST_SCRYPT, batch_codes, issue, sell
from tests.cli.runner import (
    Cli,
    hold_sqlite_open,
    leaked,
    sqlite_files_bytes,
)

#: Commands whose output may carry a full code .
MAY_SHOW_CODE = {
    ("card", "issue"),
    ("sale", "sell"),
    ("card", "activate"),
    ("card", "transfer"),
    ("card", "redeem"),  # only in "new_card" of a replacement; checked below
}


def command_words(argv: list[str]) -> tuple[str, str]:
    """The two command words after the global options of a runner argv."""
    rest, i = [], 0
    takes_value = {"--db", "--key-file", "--user", "--pin", "--location", "--terminal"}
    while i < len(argv):
        if argv[i] in takes_value:
            i += 2
        elif argv[i] == "--json":
            i += 1
        else:
            rest = argv[i:]
            break
    return (rest + ["", ""])[0], (rest + ["", ""])[1]


def exercise_every_card_command(cli: Cli, tmp_path: Path) -> set[str]:
    """Issue codes in every way, then run every command that reads or changes a card, with
    and without ``--json``; return the codes issued."""
    a = sell(cli, "60.00", "--recipient-name", "Ann")["code"]
    b = issue(cli, "40.00", "--strategy", "replacement")["code"]
    batch = cli.ok("batch", "create", "--count", "2", "--amount", "25.00", user="root")
    c, d = batch_codes(cli, batch["batch_id"])
    cli.ok("card", "activate", c, "--amount", "25.00", user="mia")
    cli.ok("sale", "sell", "--amount", "25.00", "--card", d, "--cash", "25.00", user="carl")
    spent = cli.ok("card", "redeem", b, "--amount", "10.00", user="carl")
    new_b = spent["new_card"]["code"]
    moved = cli.ok("card", "transfer", c, user="mia")["code"]
    issued = {a, b, c, d, new_b, moved}
    assert issued <= cli.codes_shown

    for as_json in (True, False):
        for code in (a, new_b, moved, b):
            cli("card", "balance", code, user="carl", as_json=as_json)
            cli("card", "history", code, user="carl", as_json=as_json)
        cli("card", "redeem", a, "--amount", "1.00", user="carl", as_json=as_json)
        cli("card", "redeem", a, "--amount", "999.00", user="carl", as_json=as_json)
        cli("card", "redeem", b, "--amount", "1.00", user="carl", as_json=as_json)  # voided
        cli(
            "card",
            "redeem",
            a[:-2] + a[-1] + a[-2],
            "--amount",
            "1",
            user="carl",
            as_json=as_json,
        )
        cli("card", "reload", a, "--amount", "1.00", user="mia", as_json=as_json)
        cli("card", "refund", a, "--amount", "1.00", user="mia", as_json=as_json)
        cli("card", "adjust", a, "--amount", "-1.00", "--note", "n", user="mia", as_json=as_json)
        cli("card", "freeze", a, "--reason", "r", user="mia", as_json=as_json)
        cli("card", "redeem", a, "--amount", "1.00", user="carl", as_json=as_json)  # frozen
        cli("card", "unfreeze", a, user="mia", as_json=as_json)
        cli("card", "list", user="mia", as_json=as_json)
        cli("card", "list", "--search", a[-4:], user="mia", as_json=as_json)
        cli("card", "void", a, "--reason", "r", user="carl", as_json=as_json)  # denied
        paid = cli("sale", "pay", "--total", "5.00", "--card", a, "--card", new_b, user="carl")
        cli("sale", "show", paid.data["sale_id"], user="carl", as_json=as_json)
        cli("report", "liability", user="mia", as_json=as_json)
        cli("report", "day", user="mia", as_json=as_json)
        cli("cards", "expire", user="mia", as_json=as_json)
        cli("export", "cards", str(tmp_path / f"cards-{as_json}.csv"), user="mia")
    cli("sale", "void", paid.data["sale_id"], "--reason", "r", user="mia")
    cli("card", "void", new_b, "--reason", "r", user="mia")
    return issued


@dataclass
class Exercised:
    cli: Cli
    issued: set[str]
    files: dict[str, bytes]
    logs: list[logging.LogRecord]
    tmp: Path


class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def exercised(
    shop_template: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Exercised]:
    """One shop where every card command ran, logging everything at DEBUG (SQLAlchemy's
    statements and parameters too: it quiets its own loggers on import, so open them)."""
    tmp = tmp_path_factory.mktemp("no_full_codes")
    db, key = tmp / "giftpos.sqlite3", tmp / "keys.json"
    shutil.copy(shop_template[0], db)
    shutil.copy(shop_template[1], key)
    cli = Cli(f"sqlite:///{db}", key)
    keep = _Keep()
    watched = [logging.getLogger(), logging.getLogger("sqlalchemy.engine")]
    levels = [logger.level for logger in watched]
    for logger in watched:
        logger.setLevel(logging.DEBUG)
    logging.getLogger().addHandler(keep)
    reader = hold_sqlite_open(cli.db_url)  # keeps the -wal file in place to be read
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(pins, "_SCRYPT", FAST_SCRYPT)
            issued = exercise_every_card_command(cli, tmp)
        files = sqlite_files_bytes(cli.db_url)
    finally:
        reader.close()
        logging.getLogger().removeHandler(keep)
        for logger, level in zip(watched, levels, strict=True):
            logger.setLevel(level)
    yield Exercised(cli, issued, files, keep.records, tmp)


def test_only_the_outputs_design_allows_show_a_full_code(exercised: Exercised) -> None:
    codes = exercised.issued
    assert len(codes) == 6
    for result in exercised.cli.outputs:
        words = command_words(result.argv)
        text = result.out + result.err
        if words not in MAY_SHOW_CODE:
            assert leaked(text, codes) == [], result
        elif words == ("card", "redeem") and result.status == 0 and result.out.startswith("{"):
            data = result.data
            assert leaked(str(data["card"]), codes) == [], result
        if result.status != 0:
            assert leaked(text, codes) == [], result


def test_exported_csv_files_hold_no_full_code(exercised: Exercised) -> None:
    files = list(exercised.tmp.glob("cards-*.csv"))
    assert len(files) == 2
    for path in files:
        assert leaked(path.read_text(), exercised.issued) == [], path


def test_the_sqlite_file_and_its_wal_never_hold_an_issued_code(exercised: Exercised) -> None:
    files = exercised.files
    assert any(name.endswith("-wal") for name in files), files.keys()
    assert sum(len(b) for b in files.values()) > 10_000
    for name, blob in files.items():
        assert leaked(blob, exercised.issued) == [], name
    after = sqlite_files_bytes(exercised.cli.db_url)  # checkpointed into the main file now
    for name, blob in after.items():
        assert leaked(blob, exercised.issued) == [], name


def test_the_search_finds_the_codes_it_is_looking_for(exercised: Exercised) -> None:
    """The leak check itself: an issued code is found in text that holds it."""
    code = sorted(exercised.issued)[0]
    assert leaked(f"x {code} y", exercised.issued)
    assert leaked(f"x {code.lower()} y".encode(), exercised.issued)


def test_log_output_at_debug_never_holds_a_full_code(exercised: Exercised) -> None:
    records = exercised.logs
    assert len(records) > 100, "nothing was logged: the check would prove nothing"
    for record in records:
        message = record.getMessage()
        assert leaked(message, exercised.issued) == [], (record.name, message)


def test_searching_the_card_list_by_a_full_code_keeps_it_out_of_the_sql_log(
    cli: Cli, caplog: pytest.LogCaptureFixture
) -> None:
    code = sell(cli, "20.00")["code"]
    caplog.set_level(logging.DEBUG, logger="sqlalchemy.engine")
    found = cli.ok("card", "list", "--search", code, user="mia")["cards"]
    assert [c["masked_code"][-4:] for c in found] == [code[-4:]]
    assert caplog.records
    assert leaked(caplog.text, {code}) == []


def test_an_unexpected_error_logs_its_traceback_without_the_code(
    cli: Cli, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = sell(cli, "20.00")["code"]

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("posapp.services.checkout.spending.check_spend", boom)
    caplog.set_level(logging.DEBUG)
    r = cli("card", "redeem", code, "--amount", "1.00", user="carl")
    assert r.status == 1 and r.data == {
        "error": "unexpected",
        "message": "RuntimeError: disk on fire",
    }
    assert "unexpected error in card redeem" in caplog.text
    assert leaked(caplog.text + r.out, {code}) == []
