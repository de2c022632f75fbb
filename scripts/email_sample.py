"""An e-gift card e-mail as a recipient's mail program shows it: the HTML part drawn by
headless Chromium, with its ``cid:`` images in place.

``python scripts/email_sample.py docs/email`` writes a sample card's e-mail in English,
German and French (``card-LANG.png`` and ``card-LANG.txt``) for the documentation;
``tests/mail/test_rendering.py`` draws a message a real sender sent the same way and reads
the code back from the picture.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from posapp import codes  # noqa: E402
from posapp.documents import CardFace, StoreInfo  # noqa: E402
from posapp.mail.message import CardMail, Sender, build  # noqa: E402
from posapp.money import Money  # noqa: E402

SAMPLE_CODE = "GC7K2MQ9XD4F8H2J6R3"
SAMPLES = {"en": ("en_US", "USD"), "de": ("de_DE", "EUR"), "fr": ("fr_FR", "EUR")}


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def render_html(msg: EmailMessage, out: Path, *, width: int = 700, height: int = 1300) -> Path:
    """Draw ``msg``'s HTML part to the PNG ``out``, its inline images resolved as a mail
    program resolves ``cid:`` references."""
    browser = chromium()
    if browser is None:
        raise RuntimeError("headless Chromium is not installed (Debian package chromium)")
    html_part = msg.get_body(("html",))
    assert html_part is not None
    html = html_part.get_content()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for part in msg.walk():
            cid = part["Content-ID"]
            if cid and part.get_content_maintype() == "image":
                name = re.sub(r"[^A-Za-z0-9_.-]", "_", str(cid).strip(" <>")) + ".png"
                (folder / name).write_bytes(part.get_payload(decode=True))
                html = html.replace(f"cid:{str(cid).strip(' <>')}", name)
        page = folder / "message.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--user-data-dir={folder / 'profile'}", f"--window-size={width},{height}",
             f"--screenshot={out.resolve()}", page.as_uri()],
            check=True, capture_output=True, timeout=120,
        )
    return out


def sample(lang: str) -> EmailMessage:
    locale, currency = SAMPLES[lang]
    store = StoreInfo(name="Main Street Gifts", code="S1", locale=locale,
                      balance_url="https://gifts.example/balance/")
    face = CardFace(code=SAMPLE_CODE, display_code=codes.display(SAMPLE_CODE),
                    masked_code=codes.mask_code(SAMPLE_CODE),
                    face_value=Money(5000, currency), store=store,
                    expires_at=datetime(2027, 12, 24, 12, tzinfo=UTC))
    mail = CardMail(face=face, recipient_email="ann@example.org", recipient_name="Ann",
                    purchaser_name="Bob", message="Happy birthday!\nLove, Bob",
                    accepted_at=None, timezone="Europe/Berlin",
                    sender=Sender("Main Street Gifts", "gifts@main-street.example"))
    return build(mail, "<sample@main-street.example>", now=datetime(2026, 12, 24, 9, tzinfo=UTC))


def main(out_dir: str) -> int:
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    for lang in SAMPLES:
        msg = sample(lang)
        render_html(msg, folder / f"card-{lang}.png")
        text = msg.get_body(("plain",))
        assert text is not None
        (folder / f"card-{lang}.txt").write_text(
            f"Subject: {msg['Subject']}\n\n{text.get_content()}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/email"))
