from __future__ import annotations

from pathlib import Path

import pytest

from posapp.services.security import staff
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


#: Modules the sign-in screen has no use for: SQLAlchemy, the ORM models and the services
#: (its names are read with ``sqlite3``; the PIN check loads after it is shown), the
#: cipher (the key file's check value is an HMAC; nothing is decrypted yet), the pages,
#: the first-run and demo set-up, the diagnostics, the command path behind selling and
#: paying, and the printers.
NOT_BEFORE_SIGN_IN = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "alembic",
    "posapp.db.engine",
    "posapp.db.models",
    "posapp.keys",
    "posapp.services.security.staff",
    "posapp.services.back_office.admin",
    "posapp.services.cards.expiry",
    "cryptography",
    "posapp.edge",
    "posapp.services.back_office.demo",
    "posapp.services.checkout.sales",
    "posapp.services.back_office.batches",
    "ui.dialogs.setup_dialog",
    "ui.diagnostics",
    "ui.views.sell_view",
    "ui.manager.card_grid",
    "ui.backoffice.batch_screen",
    "printers",
    "reportlab",
    "escpos",
    "qrcode",
)


def test_the_sign_in_screen_is_shown_without_the_pages_and_services_it_does_not_use(
    tmp_path: Path,
) -> None:
    """What start-up imports is most of its time: on an existing database the screen is
    shown with what ``sqlite3`` reads; the core, pages and printers load after it."""
    import os
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'giftpos.sqlite3'}"
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "PYTHONPATH": str(root),
        "POSAPP_KEY_FILE": str(tmp_path / "k.json"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    init = [sys.executable, "-m", "posapp", "--db", url, "db", "init", "--admin", "root",
            "--set-pin", "739146", "--store", "S1"]
    made = subprocess.run(init, env=env, cwd=root, capture_output=True, text=True,
                          timeout=120, check=False)
    assert made.returncode == 0, made.stderr
    ready = (
        "import sys\n"
        "from ui.app import Options, make_application, start_before_core\n"
        "from ui.terminal_config import TerminalConfig\n"
        "app = make_application(sys.argv[:1])\n"
        f"window = start_before_core(Options(db_url={url!r}), TerminalConfig.load())\n"
        "assert window is not None and window.isVisible()\n"
        "assert window.login_view.names.count() == 1\n"
        "print(' '.join(sorted(sys.modules)))\n"
        "import time\n"
        "from PySide6.QtCore import QEventLoop, QTimer\n"
        "wake = QTimer(interval=100)\n"
        "wake.start()\n"
        "deadline = time.monotonic() + 60\n"
        "while window.ctx is None and time.monotonic() < deadline:\n"
        "    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)\n"
        "assert window.ctx is not None, 'the core never loaded'\n"
        "window.close()\n"
        "window.ctx.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", ready], env=env, cwd=root, capture_output=True, text=True,
        timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "ui.views.login_view" in loaded  # the probe saw the sign-in screen's modules
    assert sorted(name for name in NOT_BEFORE_SIGN_IN if name in loaded) == []
