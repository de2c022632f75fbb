from __future__ import annotations

from pathlib import Path

import pytest

from posapp.services import staff
from ui.app import Options, ensure_set_up, open_context


def test_the_demo_opens_its_own_database_and_never_the_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("POSAPP_DB", raising=False)
    monkeypatch.delenv("POSAPP_KEY_FILE", raising=False)
    ctx = open_context(Options(demo=True), None)
    try:
        assert ensure_set_up(ctx, Options(demo=True), "Counter 1")
        assert ctx.db.url.endswith("posapp/demo.sqlite3")
        assert "Cam" in staff.sign_in_names(ctx)
    finally:
        ctx.close()
    assert not (tmp_path / "data" / "posapp" / "giftpos.sqlite3").exists()
