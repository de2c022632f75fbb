"""Printing results: one JSON object with ``--json``, readable lines otherwise."""

from __future__ import annotations

import json
from typing import Any, TextIO


def as_dict(result: Any) -> dict[str, Any]:
    if isinstance(result, dict):
        return result
    to_dict = getattr(result, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"cannot print {type(result).__name__}")
    return to_dict()


def write_json(data: dict[str, Any], out: TextIO) -> None:
    out.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")


def _scalar(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_scalar(v) for v in value)
    return str(value)


def _table(rows: list[dict[str, Any]]) -> list[str]:
    if not rows:
        return ["  (none)"]
    columns = list(rows[0])
    widths = {c: max(len(c), *(len(_scalar(r.get(c))) for r in rows)) for c in columns}
    head = "  ".join(c.ljust(widths[c]) for c in columns)
    return [head, *("  ".join(_scalar(r.get(c)).ljust(widths[c]) for c in columns) for r in rows)]


def render_text(data: dict[str, Any], indent: str = "") -> list[str]:
    """Nested dicts indent, lists of dicts become tables, everything else ``key: value``."""
    lines: list[str] = []
    for key, value in data.items():
        label = key.replace("_", " ")
        if isinstance(value, dict):
            lines.append(f"{indent}{label}:")
            lines.extend(render_text(value, indent + "  "))
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{indent}{label}:")
            lines.extend(indent + "  " + row for row in _table(value))
        else:
            lines.append(f"{indent}{label}: {_scalar(value)}")
    return lines


def write_text(data: dict[str, Any], out: TextIO) -> None:
    out.write("\n".join(render_text(data)) + "\n")
