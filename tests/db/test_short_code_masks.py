"""Cards stored before the masking rule keep a four-symbol tail: `db upgrade` re-masks them
once (it has the key file), so that no masked code leaves fewer than 8 unknown symbols."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import LargeBinary, Uuid, bindparam, text

from posapp import codes
from posapp.codes import KeyRing
from posapp.db import migrate
from posapp.db.engine import Database
from posapp.db.types import UTCDateTime
from posapp.services.back_office import admin
from posapp.services.cards import masks
from posapp.services.command_path.context import Context
from tests.conftest import Clock

#: Codes as an old database holds them, with the prefix it recorded for each.
OLD_CARDS = [
    ("ABC123", ""),  # a short imported code: nothing may show
    ("AB12CD34EF", ""),  # 10 symbols: two may show
    ("ZX9QWE7RTY55", ""),  # 12 symbols: four may show (unchanged)
    ("GC" + "7K2MQ9XD" + codes.check_symbol("7K2MQ9XD"), "GC"),  # 8 + 1 after the prefix
    (codes.generate("GC", 16), "GC"),  # today's format: four show (unchanged)
]


_TYPES = {"id": Uuid(), "store": Uuid(), "now": UTCDateTime(), "blob": LargeBinary()}


def _typed(sql: str) -> object:
    statement = text(sql)
    return statement.bindparams(
        *(bindparam(name, type_=kind) for name, kind in _TYPES.items() if f":{name}" in sql)
    )


def _old_database(db_url: str, ring: KeyRing) -> Database:
    """A database at the revision before typed settings, with cards whose stored tail is
    the last four symbols of any code, as they were made then."""
    db = Database(db_url)
    migrate.downgrade(db, "0003_ledger_chain")
    now = datetime(2026, 1, 5, tzinfo=UTC)
    store = uuid.uuid4()
    # Change numbers as the database drew them then.
    seq = ":seq" if db.is_sqlite else "nextval('card_change_seq')"
    with db.engine.begin() as conn:
        conn.execute(
            _typed(
                "INSERT INTO locations (id, code, name, currency, locale, timezone, created_at) "
                "VALUES (:id, 'S1', 'Home', 'USD', 'en_US', 'UTC', :now)"
            ),
            {"id": store, "now": now},
        )
        for number, (code, prefix) in enumerate(OLD_CARDS, start=1):
            digest = ring.lookup_hash(code)
            conn.execute(
                _typed(
                    "INSERT INTO gift_cards (id, code_hash, code_last4, code_prefix, "
                    "code_encrypted, currency, initial_balance_minor, balance_minor, status, "
                    "issuing_location_id, scope, scope_locations, strategy, created_at, source, "
                    "version, last_seq, change_seq) VALUES (:id, :hash, :last4, :prefix, "
                    ":blob, 'USD', 0, 0, 'inactive', :store, 'all', '[]', 'balance', :now, "
                    f"'import', 1, 0, {seq})"
                ),
                {
                    "id": uuid.uuid4(), "hash": digest, "last4": code[-4:], "prefix": prefix,
                    "blob": ring.encrypt(code, digest), "store": store, "now": now, "seq": number,
                },
            )
    return db


def _stored(db: Database) -> dict[str, tuple[str, str, int, int]]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT code_hash, code_last4, code_prefix, version, change_seq FROM gift_cards"
            )
        ).all()
    return {row[0]: (row[1], row[2], int(row[3]), int(row[4])) for row in rows}


def _marks(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return [
            str(detail)
            for (detail,) in conn.execute(
                text("SELECT detail FROM audit_events WHERE kind = :kind"),
                {"kind": masks.REMASKED},
            )
        ]


def test_the_upgrade_re_masks_short_imported_codes_once(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(masks, "CHUNK", 2)  # three chunks: each picks up after the last
    ring = KeyRing.generate()
    ctx = Context(_old_database(db_url, ring), ring, Clock())
    admin.upgrade_database(ctx)
    stored = _stored(ctx.db)
    assert len(stored) == len(OLD_CARDS)
    for code, prefix in OLD_CARDS:
        last4, kept_prefix, _version, _seq = stored[ring.lookup_hash(code)]
        assert kept_prefix == prefix
        unknown = len(code) - len(prefix)
        # Shown symbols never leave fewer than 8 unknown (a shorter code shows none).
        assert len(last4) <= max(0, unknown - codes.MASK_HIDDEN), (code, last4)
        assert code.endswith(last4)
        assert last4 == codes.visible_tail(code, prefix or None)
    tails = [stored[ring.lookup_hash(code)][0] for code, _prefix in OLD_CARDS]
    assert tails == ["", "EF", "TY55", OLD_CARDS[3][0][-1:], OLD_CARDS[4][0][-4:]]
    # The re-masked cards changed for terminals that keep a copy; the others did not.
    changed = {h for h, (_l, _p, version, _s) in stored.items() if version == 2}
    assert changed == {ring.lookup_hash(code) for code, _p in OLD_CARDS[:2] + OLD_CARDS[3:4]}
    assert all(seq > len(OLD_CARDS) for h, (*_x, seq) in stored.items() if h in changed)
    assert len(_marks(ctx.db)) == 1

    admin.upgrade_database(ctx)  # a second run changes nothing
    assert _stored(ctx.db) == stored
    assert len(_marks(ctx.db)) == 1
    ctx.close()
