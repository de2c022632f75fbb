"""An e-gift card as a MIME message: plain text and HTML from the Jinja2 templates in
``resources/email/<language>/``, the QR code, the Code128 barcode and the store's logo
as inline PNG parts referred to by ``cid:``.

The message is built in memory at send time and never written anywhere: it is the one
place the full code exists outside its encrypted column.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import make_msgid
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from posapp.documents import CardFace
from posapp.domain.transitions import last_day
from posapp.symbols import code128_png, qr_payload, qr_png

LANGUAGES = ("en", "de", "fr")


def resources_dir() -> Path:
    """``resources/`` beside the source tree, or inside the frozen app's bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "resources" if bundle else Path(__file__).resolve().parents[2] / (
        "resources")


def language(locale: str) -> str:
    """The templates' language for a store's locale (``de_CH`` → ``de``); English otherwise."""
    lang = locale.replace("-", "_").split("_")[0].lower()
    return lang if lang in LANGUAGES else "en"


@dataclass(frozen=True)
class Sender:
    name: str
    address: str
    reply_to: str = ""


@dataclass(frozen=True)
class CardMail:
    """Everything one e-mail says; ``face`` carries the full code."""

    face: CardFace
    recipient_email: str
    recipient_name: str | None
    purchaser_name: str | None
    message: str | None
    #: The stores where the card is accepted, or None for every store of the chain.
    accepted_at: tuple[str, ...] | None
    timezone: str
    sender: Sender


@cache
def _environment() -> Any:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=FileSystemLoader(resources_dir() / "email"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def _values(mail: CardMail) -> dict[str, Any]:
    from babel.dates import format_date

    face, store = mail.face, mail.face.store
    expires = None
    if face.expires_at is not None:
        day = last_day(face.expires_at, ZoneInfo(mail.timezone))
        expires = format_date(day, format="long", locale=store.locale)
    return {
        "store": store.name,
        "amount": face.face_value.format(store.locale) if face.face_value else None,
        "code": face.display_code,
        "recipient_name": mail.recipient_name,
        "purchaser_name": mail.purchaser_name,
        "message": mail.message,
        "expires": expires,
        "accepted_at": mail.accepted_at,
        "balance_url": store.balance_url,
        "terms": store.terms,
    }


def render(mail: CardMail) -> tuple[str, str, str]:
    """The subject, the plain text and the HTML of ``mail`` in its store's language."""
    env = _environment()
    lang = language(mail.face.store.locale)
    values = _values(mail)
    subject = env.get_template(f"{lang}/subject.txt").render(values).strip()
    text = env.get_template(f"{lang}/card.txt").render(values)
    html = env.get_template(f"{lang}/card.html").render(values)
    # A subject is one line whatever a store's name holds.
    return " ".join(subject.splitlines()), text, html


def new_message_id(sender: Sender) -> str:
    domain = sender.address.rpartition("@")[2] or "giftpos.invalid"
    return make_msgid("giftcard", domain=domain)


def build(mail: CardMail, message_id: str, *, now: datetime | None = None) -> EmailMessage:
    """The message to send: text, then HTML with the inline images (multipart/related)."""
    from email.utils import format_datetime

    subject, text, html = render(mail)
    msg = EmailMessage()
    msg["Subject"] = subject
    # A name kept from before line breaks were refused cannot break a header either.
    msg["From"] = Address(" ".join(mail.sender.name.split()), addr_spec=mail.sender.address)
    msg["To"] = Address(" ".join((mail.recipient_name or "").split()),
                        addr_spec=mail.recipient_email)
    if mail.sender.reply_to:
        msg["Reply-To"] = mail.sender.reply_to
    msg["Message-ID"] = message_id
    if now is not None:
        msg["Date"] = format_datetime(now)
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    html_part = next(p for p in msg.iter_parts() if p.get_content_type() == "text/html")
    assert isinstance(html_part, EmailMessage)
    face = mail.face
    images = {
        "qr": qr_png(qr_payload(face.code, face.store)),
        "barcode": code128_png(face.code),
    }
    logo = resources_dir() / "cards" / "logo.png"
    if logo.is_file():
        images["logo"] = logo.read_bytes()
    for name, data in images.items():
        html_part.add_related(data, maintype="image", subtype="png", cid=f"<{name}>",
                              filename=f"{name}.png", disposition="inline")
    return msg
