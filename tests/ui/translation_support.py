"""The shipped catalogues as data, and Qt's own tools run on them (lupdate, lrelease)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr")
_TOOLS = Path(sys.executable).parent


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    finished: bool
    numerus: bool


def tool(name: str) -> str:
    """A Qt tool from the venv PySide6-Essentials installed (``pyside6-lupdate``...)."""
    path = _TOOLS / name
    assert path.exists(), f"{name} is not in {_TOOLS}: is PySide6-Essentials installed?"
    return str(path)


def ui_sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))


def extract(target: Path, sources: list[str]) -> list[Message]:
    """Every translatable string in ``sources``, as lupdate finds it, written to ``target``."""
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources,
                    "-ts", str(target)], check=True, capture_output=True, timeout=120)
    return read_ts(target)


def compile_catalogues(out: Path) -> Path:
    """The shipped ``.ts`` files compiled by lrelease into ``out``, as ``make`` does."""
    out.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm",
                        str(out / f"giftpos_{language}.qm")], check=True, capture_output=True,
                       timeout=120)
    return out


def ts_path(language: str) -> Path:
    return CATALOGUES / f"giftpos_{language}.ts"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            kind = translation.get("type")
            messages.append(Message(
                name, message.findtext("source") or "",
                tuple(forms) if forms else (translation.text or "",),
                finished=kind not in ("unfinished", "vanished", "obsolete"),
                numerus=message.get("numerus") == "yes"))
    return messages


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"%(?:\d+|n)", text))


def has_mnemonic(text: str) -> bool:
    return bool(re.search(r"&[^&\s]", text.replace("&&", "")))
