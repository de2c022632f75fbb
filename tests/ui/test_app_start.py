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


def test_starting_on_a_current_database_never_imports_alembic(tmp_path: Path) -> None:
    """Alembic costs half a second to import: the app checks the schema revision with a
    plain query and leaves Alembic alone when no migration is due."""
    import os
    import subprocess
    import sys

    from posapp.db import migrate
    from posapp.db.engine import Database

    url = f"sqlite:///{tmp_path / 'giftpos.sqlite3'}"
    db = Database(url)
    migrate.upgrade(db)
    db.dispose()
    probe = (
        "import sys\n"
        "from ui.app import Options, open_context\n"
        "assert 'alembic' not in sys.modules, 'imported with ui.app'\n"
        f"ctx = open_context(Options(db_url={url!r}), None)\n"
        "ctx.close()\n"
        "print('alembic' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "POSAPP_KEY_FILE": str(tmp_path / "k.json")}
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, cwd=root, capture_output=True, text=True,
        timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_an_older_schema_is_still_migrated_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from posapp.db import migrate
    from posapp.db.engine import Database

    monkeypatch.setenv("POSAPP_KEY_FILE", str(tmp_path / "keys.json"))
    url = f"sqlite:///{tmp_path / 'giftpos.sqlite3'}"
    db = Database(url)
    migrate.upgrade(db, "0001")
    assert not migrate.is_current(db)
    db.dispose()
    ctx = open_context(Options(db_url=url), None)
    try:
        assert migrate.current_revision(ctx.db) == migrate.head_revision()
    finally:
        ctx.close()
