"""The base of every command: a frozen dataclass of parsed values, with its JSON form
(see :mod:`posapp.services.command_path.commands`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from posapp.services.command_path.codec import encode, fields


@dataclass(frozen=True)
class Command:
    """Base of every command. ``key`` is the caller's idempotency key, if any."""

    name: ClassVar[str]

    def to_dict(self) -> dict[str, Any]:
        values = {f.name: encode(getattr(self, f.name)) for f in fields(self)}
        return {"type": self.name, **values}
