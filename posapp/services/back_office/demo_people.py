"""The demo store's code and its people: all the sign-in screen needs of the demo (its
hint), without the seeding code and the services behind it."""

from __future__ import annotations

STORE = "DEMO"
#: The demo's people and PINs, printed by the README and the login screen's hint.
DEMO_STAFF = {
    "admin": ("Ada", "999999"),
    "manager": ("Max", "222222"),
    "cashier": ("Cam", "1111"),
}
