"""The HTML part as a recipient sees it: drawn by headless Chromium, with the inline images
the message carries, the QR code in the picture reads back to the card's code."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from posapp.services.delivery import sender
from scripts.email_sample import chromium, render_html
from tests.conftest import Store
from tests.mail.conftest import point_at, sell_ecard
from tests.support.smtp import SmtpServer

pytestmark = pytest.mark.skipif(chromium() is None, reason="headless Chromium is not installed")


def test_the_rendered_email_shows_a_qr_code_that_reads_as_the_card(
    store: Store, smtp: SmtpServer, tmp_path: Path
) -> None:
    point_at(store, smtp)
    code = sell_ecard(store, "50.00", message="Enjoy <3").cards[0].code
    sender.send_due(store.ctx)
    [msg] = smtp.accepted

    shot = render_html(msg, tmp_path / "email.png")

    image = Image.open(io.BytesIO(shot.read_bytes())).convert("L")
    read = {(r.text, r.format.name) for r in zxingcpp.read_barcodes(image)}
    assert (code, "QRCode") in read
    assert (code, "Code128") in read
