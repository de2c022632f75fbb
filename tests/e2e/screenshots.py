"""Retakes the README's screenshots from the real app, the way the end-to-end tests drive
it (Xvfb, the window manager, only xdotool), at 1024x768 and at 1920x1080:

    PYTHONPATH=$PWD .venv/bin/python -m tests.e2e.screenshots [OUT_DIR]

OUT_DIR defaults to ``docs/screenshots``; each size goes into its own folder
(``1024x768/login.png`` ...). The demo database is a temporary one.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from posapp import edge
from tests.e2e.app import ROOT, App
from tests.e2e.xsession import XSession, missing_tools

SIZES = [(1024, 768), (1920, 1080)]


def issue(app: App, amount: str) -> str:
    with app.context() as ctx:
        code = edge.issue(ctx, app.actor(ctx), amount).card.code
    assert code is not None
    return code


def switch_to(app: App, role: str) -> None:
    app.x.key("ctrl+l")
    app.wait_screen("the sign-in screen", lambda s: s.find("pinField"))
    app.sign_in(role)


def shoot_all(app: App, out: Path) -> None:
    """Each screen the README shows, saved in ``out`` under the README's names."""

    def shot(name: str) -> None:
        app.x.xdotool("mousemove", "0", str(app.x.height - 1))  # no hover highlight
        app.dump()  # one round trip: the app has painted what the last key asked for
        shutil.copy(app.screenshot(name), out / f"{name}.png")

    shot("login")
    app.sign_in("cashier")
    app.x.key("F3")
    app.wait_screen("the pay page", lambda s: s.find("payAmount"))
    app.x.type_as_person("30.00")
    app.x.key("Return")
    app.wait_screen("the sale started", lambda s: s.text("payDue") == "Due $30.00")
    app.x.scan(issue(app, "20.00"))
    app.wait_screen("the first card", lambda s: s.text("payDue") == "Due $10.00")
    app.x.scan(issue(app, "25.00"))
    app.wait_screen("the second card", lambda s: s.text("payDue") == "Due $0.00")
    shot("cashier_sale_two_cards")
    app.x.key("F9")
    app.wait_screen("the completion view", lambda s: s.window("SaleDoneDialog"))
    app.x.key("Return")
    app.wait_screen("the completion view closed", lambda s: not s.window("SaleDoneDialog"))

    app.x.key("F2")
    app.wait_screen("the sell page", lambda s: s.find("sellAmount"))
    app.click_into("sellAmount")
    app.x.key("ctrl+a", "BackSpace")
    app.x.type_as_person("35.00")
    app.x.key("Return")
    app.wait_screen("the card in the sale", lambda s: len(s.get("sellLines")["rows"]) == 1)
    app.x.key("F9")
    app.wait_screen("the tender dialog", lambda s: s.window("TenderDialog"))
    app.x.type_as_person("40.00")
    app.x.key("Return")
    app.wait_screen("the completion view", lambda s: s.window("SaleDoneDialog"))
    shot("sale_complete")
    app.x.key("Return")
    app.wait_screen("the completion view closed", lambda s: not s.window("SaleDoneDialog"))

    app.x.key("F4")
    app.wait_screen("the balance page", lambda s: s.find("balanceCode"))
    app.x.scan(app.codes[0])
    app.wait_screen("the balance", lambda s: "$" in s.text("balanceAvailable"))
    shot("balance_check")

    app.x.key("F5")
    app.wait_screen("the returns page", lambda s: s.find("returnsReceipt"))
    app.x.key("F10")
    app.wait_screen("the last sale", lambda s: "DEMO-" in s.text("returnsSummary"))
    shot("returns")

    switch_to(app, "manager")
    app.x.key("F6")
    app.wait_screen("the card grid", lambda s: s.find("cardTable")
                             and s.get("cardTable")["rows"])
    shot("manager_card_grid")
    app.click_into("cardSearch")
    app.x.type_as_person("Dubois")  # a demo card with a recipient and some history
    app.wait_screen("one card found", lambda s: len(s.get("cardTable")["rows"]) == 1)
    app.click_into("cardTable")
    app.x.key("Home", "Return")
    app.wait_screen("the card detail", lambda s: s.window("CardDetailDialog"))
    shot("card_detail")
    app.x.key("Escape")
    app.wait_screen("the card detail closed", lambda s: not s.window("CardDetailDialog"))

    switch_to(app, "admin")
    app.x.key("shift+F8")
    app.wait_screen("the settings page", lambda s: s.get("nav_settings")["checked"])
    shot("settings")


def main(argv: list[str]) -> int:
    missing = missing_tools()
    if missing:
        print(f"install the Debian packages {', '.join(missing)} first", file=sys.stderr)
        return 2
    out_root = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    for width, height in SIZES:
        out = out_root / f"{width}x{height}"
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="giftpos-shots-") as tmp:
            workdir = Path(tmp)
            x = XSession(width, height, workdir / "x").start()
            app = App(x, workdir)
            try:
                app.seed()
                app.start()
                shoot_all(app, out)
            finally:
                app.stop()
                x.stop()
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
