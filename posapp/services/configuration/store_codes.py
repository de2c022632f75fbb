"""Store codes as an admin types them, and a card's redemption scope (all, issuing, a list)."""

from __future__ import annotations

import re

from posapp.domain.errors import InvalidInput


def check_store_code(code: str) -> str:
    value = (code or "").strip().upper()
    if not re.fullmatch(r"[A-Z0-9_-]{1,16}", value):
        raise InvalidInput("A store code is 1-16 letters, digits, - or _.")
    return value


def parse_scope(text: str) -> tuple[str, list[str]]:
    """``all``, ``issuing`` or a list of store codes ``L1,L2``."""
    value = (text or "").strip()
    if value.lower() in ("all", "issuing"):
        return value.lower(), []
    codes = [check_store_code(c) for c in value.split(",") if c.strip()]
    if not codes:
        raise InvalidInput("Scope is all, issuing or a comma-separated list of store codes.")
    return "list", codes
